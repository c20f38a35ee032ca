// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "rulesetloader.h"

#include <catch2/catch.hpp>

namespace deelwijzer::training_test {

std::shared_ptr<const RuleSet> builtinRules()
{
    static std::shared_ptr<const RuleSet> rules = [] {
        RuleSetLoadResult result = RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
        INFO(result.diagnostics.toString().toStdString());
        REQUIRE(result.ok());
        return result.ruleSet;
    }();
    return rules;
}

CaseFile builtinCase(const QString &name)
{
    Diagnostics diagnostics;
    std::optional<CaseFile> file =
        CaseFile::read(QStringLiteral(":/rules/cases/%1.yaml").arg(name), diagnostics);
    INFO(diagnostics.toString().toStdString());
    REQUIRE(file.has_value());
    return *file;
}

} // namespace deelwijzer::training_test
