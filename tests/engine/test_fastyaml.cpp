// SPDX-License-Identifier: EUPL-1.2
// The fast YAML reader must agree with yaml-cpp, positions included, on everything it accepts.
#include "testsupport.h"

#include "fastyamlreader.h"
#include "yamldocument.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {
/// Returns whether the fast reader accepted `content`; fails the test if it disagrees with yaml-cpp.
bool agreesWithYamlCpp(const QByteArray &content, const QString &name)
{
    const auto fast = FastYamlReader::read(content, name);
    if (!fast)
        return false;
    Diagnostics diagnostics;
    const auto reference = YamlDocument::parseWithYamlCpp(content, name, diagnostics);
    INFO(name.toStdString() << "\n" << diagnostics.toString().toStdString());
    REQUIRE(reference);
    CHECK(YamlDocument::sameTree(*fast, *reference));
    return true;
}
} // namespace

TEST_CASE("the fast reader agrees with yaml-cpp on every YAML file in the repository", "[yaml][fast]")
{
    int files = 0;
    int accepted = 0;
    for (const char *folder : {"rules", "tests/data"}) {
        QDirIterator it(test::sourcePath(QString::fromLatin1(folder)), {QStringLiteral("*.yaml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            ++files;
            accepted += agreesWithYamlCpp(file.readAll(), path) ? 1 : 0;
        }
    }
    CHECK(files > 100);
    // The rule files are written in the subset; nearly all must take the fast path.
    INFO(accepted << " of " << files << " files read by the fast reader");
    CHECK(accepted * 10 >= files * 8);
}

TEST_CASE("the fast reader handles the constructs rule files use", "[yaml][fast]")
{
    const QByteArray content = "# comment\n"
                               "a: 1\n"
                               "b:\n"
                               "c: \"q # x\"   # trailing\n"
                               "d: 'it''s'\n"
                               "list:\n"
                               "  - x\n"
                               "  -   y\n"
                               "  - k: v\n"
                               "    k2: [a, \"b\", {c: d}]\n"
                               "  -\n"
                               "  - |\n"
                               "    line1\n"
                               "\n"
                               "    # not a comment\n"
                               "  - >-\n"
                               "    folded\n"
                               "    text\n"
                               "\n"
                               "    para\n"
                               "e: {nl: Hallo daar, en: \"Hi\", x: }\n"
                               "f: ~\n"
                               "g: http://example.org/a#b\n"
                               "h:\n"
                               "- p\n"
                               "- q\n"
                               "i: \"tab\\tand \\\"quote\\\"\"\n";
    REQUIRE(agreesWithYamlCpp(content, QStringLiteral("t.yaml")));
    const auto tree = FastYamlReader::read(content, QStringLiteral("t.yaml"));
    const YamlNode *list = tree->value(QStringLiteral("list"));
    REQUIRE(list);
    REQUIRE(list->items().size() > 5);
    CHECK(list->items()[4]->scalar() == QStringLiteral("line1\n\n# not a comment\n"));
    CHECK(list->items()[5]->scalar() == QStringLiteral("folded text\npara"));
}

TEST_CASE("the fast reader leaves everything else to yaml-cpp", "[yaml][fast]")
{
    for (const char *text : {"a: &x 1\n", "a: *x\n", "a: !tag b\n", "a:\n\t- b\n", "a: b\r\n", "---\na: 1\n",
                             "a: plain\n  continued\n", "a: \"multi\n  line\"\n", "a: 1\na: 2\n", "a: [p, ]\n",
                             "a: {x: 1,\n  y: 2}\n", "a: b: c\n", "? a\n: b\n", "a: |+\n  keep\n", "a:\n",
                             "a: \"\\u00e9\"\n", "  a: 1\n", "a: 1\n b: 2\n",
                             "a: [crim?inal]\n" /* found by fuzz_yaml */,
                             "a: >-\n  x\n        " /* found by fuzz_yaml */,
                             "a: {nl: x, ~: }\n" /* found by fuzz_yaml */, "a: {null: x}\n", "a: 1"}) {
        INFO(text);
        CHECK_FALSE(FastYamlReader::read(QByteArray(text), QStringLiteral("t.yaml")));
    }
}
