// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
#include "ruleset.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace deelwijzer {

struct RuleSetLoadResult
{
    std::shared_ptr<const RuleSet> ruleSet; ///< null when there were errors
    Diagnostics diagnostics;
    bool ok() const { return ruleSet != nullptr; }
};

/// Loads a rule set (rules/README.md), checks its schema and proves it sound with
/// RuleSetValidator. Never throws; every problem becomes a diagnostic.
class RuleSetLoader
{
public:
    /// The built-in rule set compiled into the program (Qt resource ":/rules").
    static QString builtinPath() { return QStringLiteral(":/rules"); }

    /// Loads `folder/ruleset.yaml` and the files its manifest names. Reads regular files only,
    /// never leaves the folder (links to folders or files elsewhere are refused, link loops
    /// walked once) and reads no file the manifest does not name.
    static RuleSetLoadResult loadFolder(const QString &folder);

    /// Loads from memory: `files` maps a relative path to content and must hold "ruleset.yaml".
    /// Used by the fuzzer and the tests.
    static RuleSetLoadResult loadFiles(const QList<QPair<QString, QByteArray>> &files,
                                       const QString &displayPrefix = QString());

private:
    /// A file's bytes, or nullopt with the reason added to the diagnostics.
    using FileContent = std::function<std::optional<QByteArray>(const QString &relativePath, Diagnostics &)>;
    /// Reads a rule set whose files are named in `available` (paths relative to the rule-set
    /// folder). Only the manifest and the files it names are ever asked for.
    static RuleSetLoadResult load(const QStringList &available, const QString &displayPrefix,
                                  const FileContent &content);
};

} // namespace deelwijzer
