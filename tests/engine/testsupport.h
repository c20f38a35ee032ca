// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "rulesetloader.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace deelwijzer::test {

/// Path of a file or folder in the source tree.
QString sourcePath(const QString &relative);
/// The demo rule set (rules/demo), loaded once; fails the test if it does not load cleanly.
std::shared_ptr<const RuleSet> demoRules();
/// Loads a single-file rule set given as text (the manifest holds every section).
RuleSetLoadResult loadSingleFile(const QByteArray &content, const QString &prefix = QStringLiteral("t"));
/// Convenience: {{"q", {"a"}}, ...}.
Answers answers(std::initializer_list<std::pair<const char *, QStringList>> items);

} // namespace deelwijzer::test
