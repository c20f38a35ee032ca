// SPDX-License-Identifier: EUPL-1.2
// How long the review book of the shipped rules takes: the route walk, the document, the PDF.
// Built, not run by CTest:  build/dev/tests/report/report_bench "[book]"
#include "reporttestsupport.h"

#include "reviewbookbuilder.h"
#include "routedescriber.h"
#include "rulesetloader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTextDocument>

using namespace deelwijzer;

TEST_CASE("the review book of the shipped rules", "[benchmark][book]")
{
    const RuleSetLoadResult loaded = RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
    REQUIRE(loaded.ok());
    ReviewBookRequest request;
    request.rules = loaded.ruleSet.get();
    request.created = reporttest::fixedDate();
    request.cases = casesOf(*loaded.ruleSet, RuleSetLoader::builtinPath() + QStringLiteral("/cases"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.pdf"));

    BENCHMARK("describe every route")
    {
        return RouteDescriber(*loaded.ruleSet).describe();
    };
    BENCHMARK("build the document (nl)")
    {
        return ReviewBookBuilder(request).build();
    };
    BENCHMARK("book to PDF file (nl)")
    {
        return writeReviewBook(request, path, nullptr);
    };
}
