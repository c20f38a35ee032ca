// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advicereplay.h"
#include "rulesetdiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace deelwijzer {

class RuleSet;

/// What `deelwijzer-cli diff` found: the rule changes and every case replayed.
struct DiffResult
{
    const RuleSet *older = nullptr;
    const RuleSet *newer = nullptr;
    std::vector<EntryChange> changes;
    std::vector<ReplayedCase> cases;

    qsizetype changedAdvices() const;
};

/// Prints a DiffResult as text (in the language of the installed translator; rule texts in
/// `language`) or as one JSON object.
class DiffWriter
{
    Q_DECLARE_TR_FUNCTIONS(DiffWriter)
public:
    static QString text(const DiffResult &result, const QString &language);
    static QJsonObject json(const DiffResult &result);
};

} // namespace deelwijzer
