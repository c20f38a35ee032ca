// SPDX-License-Identifier: EUPL-1.2
// The desktop app's print pieces (app/gui/reportactions.*): what can run without a person.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "reportactions.h"
#include "reportbuilder.h"
#include "reportpagerenderer.h"
#include "reporttestsupport.h"

#include <QApplication>
#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace deelwijzer;
using namespace reporttest;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("print dialogs: file name and screen document", "[reportactions]")
{
    REQUIRE_FALSE(fixtureCases().empty());
    const EvaluatedCase &c = *fixtureCases().front();
    const ReportRequest request = c.request(ReportLanguage::Dutch);
    CHECK(ReportActions::suggestedFileName(request, QStringLiteral("pdf"))
          == QStringLiteral("deelwijzer-advies-%1.pdf").arg(c.advice.code));
    const std::unique_ptr<QTextDocument> doc = ReportActions::document(request);
    CHECK(doc->toPlainText().contains(c.advice.code));
    CHECK(ReportActions::document(ReportRequest())->isEmpty());
}

TEST_CASE("print dialogs: what the preview and the printer get", "[reportactions]")
{
    // The preview and print paths render on a QPrinter in full-page mode; check that with a
    // printer that writes PDF, so no print service is needed.
    REQUIRE_FALSE(fixtureCases().empty());
    const EvaluatedCase &c = *fixtureCases().front();
    const ReportRequest request = c.request(ReportLanguage::Both);
    ReportBuilder builder(request);
    const std::unique_ptr<QTextDocument> doc = builder.build();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true);
    ReportPageRenderer renderer;
    QString error;
    REQUIRE(renderer.render(*doc, &printer, builder.pageDecoration(), &error));
    CHECK(renderer.pageCount() >= 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
}
