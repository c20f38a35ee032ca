// SPDX-License-Identifier: EUPL-1.2
// How long a typical advice takes to become a PDF (goal: under 150 ms). Built, not run by CTest:
//     build/dev/tests/report/report_bench
#include "reporttestsupport.h"

#include "reportbuilder.h"
#include "reportexporter.h"
#include "reportwriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace deelwijzer;
using namespace reporttest;

TEST_CASE("a typical advice to PDF", "[benchmark]")
{
    const EvaluatedCase *typical = nullptr;
    for (const EvaluatedCase *c : fixtureCases())
        if (c->name == QLatin1String("fixture/police-om-health"))
            typical = c;
    REQUIRE(typical);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("advice.pdf"));

    BENCHMARK("build the document (nl)")
    {
        return ReportBuilder(typical->request(ReportLanguage::Dutch)).build();
    };
    BENCHMARK("advice to PDF file (nl)")
    {
        return writeReport(typical->request(ReportLanguage::Dutch), path, nullptr);
    };
    BENCHMARK("advice to PDF file (both languages)")
    {
        return writeReport(typical->request(ReportLanguage::Both), path, nullptr);
    };
    BENCHMARK("advice to ODT file (nl)")
    {
        return writeReport(typical->request(ReportLanguage::Dutch), dir.filePath(QStringLiteral("advice.odt")), nullptr);
    };
    BENCHMARK("advice to HTML file (nl)")
    {
        return writeReport(typical->request(ReportLanguage::Dutch), dir.filePath(QStringLiteral("advice.html")),
                           nullptr);
    };
}
