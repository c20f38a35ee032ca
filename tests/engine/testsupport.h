// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "rulesetloader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace deelwijzer::test {

/// Path of a file or folder in the source tree.
QString sourcePath(const QString &relative);
/// The demo rule set (rules/demo), loaded once; fails the test if it does not load cleanly.
std::shared_ptr<const RuleSet> demoRules();
/// The `ruleset:` section of a small test rule set (id t, Dutch and English) that starts at
/// `start`; the test adds the other sections after it.
QByteArray manifest(const char *start);
/// Loads a single-file rule set given as text (the manifest holds every section).
RuleSetLoadResult loadSingleFile(const QByteArray &content, const QString &prefix = QStringLiteral("t"));
/// A corpus file (tests/data/broken, tests/data/groundproof) loaded as a one-file rule set:
/// the diagnostics its "# expect: {f}:LINE:COL: ..." lines promise and those it gives, both
/// sorted, one per line; `{f}` stands for "NAME/ruleset.yaml".
struct CorpusResult
{
    std::string expected;
    std::string actual;
    bool loaded = false;
};
CorpusResult loadCorpusFile(const QString &path);
/// Convenience: {{"q", {"a"}}, ...}.
Answers answers(std::initializer_list<std::pair<const char *, QStringList>> items);

} // namespace deelwijzer::test
