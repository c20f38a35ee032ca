// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace deelwijzer::test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(DEELWIJZER_SOURCE_DIR "/") + relative;
}

std::shared_ptr<const RuleSet> demoRules()
{
    static const RuleSetLoadResult result = RuleSetLoader::loadFolder(sourcePath(QStringLiteral("rules/demo")));
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    return result.ruleSet;
}

RuleSetLoadResult loadSingleFile(const QByteArray &content, const QString &prefix)
{
    return RuleSetLoader::loadFiles({{QStringLiteral("ruleset.yaml"), content}}, prefix);
}

Answers answers(std::initializer_list<std::pair<const char *, QStringList>> items)
{
    Answers result;
    for (const auto &[question, answer] : items)
        result.insert(QString::fromLatin1(question), answer);
    return result;
}

} // namespace deelwijzer::test
