// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
#include "rulesetloader.h"

#include <QObject>
#include <QString>

#include <memory>

namespace deelwijzer {

class RuleSet;

/// Owns the rule set in use: the built-in one or one from a folder. A rule set that does not
/// load leaves the one in use untouched and reports its diagnostics (FILE:LINE:COL).
class RuleSetController : public QObject
{
    Q_OBJECT

public:
    explicit RuleSetController(QObject *parent = nullptr);

    std::shared_ptr<const RuleSet> rules() const { return m_rules; }
    /// The folder the rules came from, or RuleSetLoader::builtinPath().
    const QString &origin() const { return m_origin; }
    bool isBuiltin() const;
    /// Warnings of the rule set in use (it loaded, but something is worth knowing).
    const Diagnostics &warnings() const { return m_warnings; }

    /// Loads the built-in rules; false (and loadFailed) if even they do not load.
    bool loadBuiltin();
    /// Loads `folder/ruleset.yaml`; on errors emits loadFailed and keeps the rules in use.
    bool loadFolder(const QString &folder);
    /// Reads and checks `folder` without using it (on errors emits loadFailed): the caller
    /// can ask about the advice in progress only once the new rules are known to be good.
    RuleSetLoadResult read(const QString &folder);
    /// Uses rules that read() found good.
    void use(RuleSetLoadResult result, const QString &folder);

Q_SIGNALS:
    void rulesChanged();
    void loadFailed(const QString &folder, const deelwijzer::Diagnostics &diagnostics);

private:
    std::shared_ptr<const RuleSet> m_rules;
    QString m_origin;
    Diagnostics m_warnings;
};

} // namespace deelwijzer
