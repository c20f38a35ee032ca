// SPDX-License-Identifier: EUPL-1.2
// Every file in tests/data/broken is a one-file rule set with one defect. Its first lines say
// exactly which diagnostics it must produce: "# expect: {f}:LINE:COL: error: message".
#include "testsupport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace deelwijzer;

TEST_CASE("every broken rule file is reported with its exact message and line", "[loader][corpus]")
{
    const QDir folder(test::sourcePath(QStringLiteral("tests/data/broken")));
    const QStringList files = folder.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 25);
    for (const QString &name : files) {
        const test::CorpusResult result = test::loadCorpusFile(folder.filePath(name));
        INFO("file: " << name.toStdString());
        CHECK_FALSE(result.expected.empty());
        CHECK_FALSE(result.loaded);
        CHECK(result.actual == result.expected);
    }
}
