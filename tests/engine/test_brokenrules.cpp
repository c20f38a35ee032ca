// SPDX-License-Identifier: EUPL-1.2
// Every file in tests/data/broken is a one-file rule set with one defect. Its first lines say
// exactly which diagnostics it must produce: "# expect: {f}:LINE:COL: error: message".
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace deelwijzer;

TEST_CASE("every broken rule file is reported with its exact message and line", "[loader][corpus]")
{
    const QDir folder(test::sourcePath(QStringLiteral("tests/data/broken")));
    const QStringList files = folder.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 25);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QString prefix = name.chopped(5);
        const QString displayed = prefix + QStringLiteral("/ruleset.yaml");
        QStringList expected;
        for (const QByteArray &line : content.split('\n')) {
            if (line.startsWith("# expect: "))
                expected << QString::fromUtf8(line.mid(10)).replace(QStringLiteral("{f}"), displayed);
        }
        REQUIRE_FALSE(expected.isEmpty());
        const RuleSetLoadResult result = test::loadSingleFile(content, prefix);
        QStringList actual;
        for (const Diagnostic &d : result.diagnostics.items())
            actual << d.toString();
        expected.sort();
        actual.sort();
        INFO("file: " << name.toStdString());
        CHECK_FALSE(result.ok());
        CHECK(actual.join(QLatin1Char('\n')).toStdString() == expected.join(QLatin1Char('\n')).toStdString());
    }
}
