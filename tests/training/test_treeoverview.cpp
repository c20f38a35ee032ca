// SPDX-License-Identifier: EUPL-1.2
#include "evaluator.h"
#include "ruleedgeitem.h"
#include "rulenodeitem.h"
#include "ruletextcontext.h"
#include "testsupport.h"
#include "treeexporter.h"
#include "treeoverview.h"
#include "treescene.h"
#include "treeview.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace deelwijzer;
using training_test::builtinCase;
using training_test::builtinRules;

namespace {

QStringList traceNodes(const Advice &advice)
{
    QStringList nodes;
    for (const TraceStep &step : advice.trace)
        nodes.append(step.node);
    return nodes;
}

} // namespace

TEST_CASE("overview: every node of the rule tree is drawn, none overlapping", "[overview]")
{
    const auto rules = builtinRules();
    TreeScene scene;
    REQUIRE(scene.build(*rules, QStringLiteral("nl")));
    const qsizetype expected = qsizetype(rules->questions().size() + rules->decisions().size() + rules->outcomes().size());
    REQUIRE(scene.nodeItems().size() == expected);
    for (const Question &q : rules->questions())
        CHECK(scene.nodeItem(q.id));
    for (const Decision &d : rules->decisions())
        CHECK(scene.nodeItem(d.id));
    for (const Outcome &o : rules->outcomes())
        CHECK(scene.nodeItem(o.id));
    for (RuleNodeItem *item : scene.nodeItems()) {
        CHECK(item->scene() == &scene);
        CHECK(scene.sceneRect().contains(item->sceneBoundingRect()));
    }
    CHECK(scene.edgeItems().size() > 0);
}

TEST_CASE("overview: the route of an advice is highlighted, nothing else", "[overview]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    const Evaluation evaluation = Evaluator(*rules).evaluate(c.answers);
    REQUIRE(evaluation.advice);
    const QStringList route = traceNodes(*evaluation.advice);
    REQUIRE(route.size() >= 3);

    TreeScene scene;
    REQUIRE(scene.build(*rules, QStringLiteral("en")));
    scene.setRoute(route);
    int onRoute = 0;
    for (RuleNodeItem *item : scene.nodeItems()) {
        CHECK(item->isOnRoute() == route.contains(item->id()));
        onRoute += item->isOnRoute() ? 1 : 0;
    }
    CHECK(onRoute == route.size());
    int edgesOnRoute = 0;
    for (RuleEdgeItem *edge : scene.edgeItems())
        edgesOnRoute += edge->isOnRoute() ? 1 : 0;
    CHECK(edgesOnRoute == route.size() - 1);
    CHECK(scene.nodeItem(QStringLiteral("police-comensha"))->isOnRoute());

    scene.setRoute({});
    for (RuleNodeItem *item : scene.nodeItems())
        CHECK_FALSE(item->isOnRoute());
}

TEST_CASE("overview: clicking a node shows its text", "[overview]")
{
    const auto rules = builtinRules();
    RuleTextContext context;
    context.setRules(rules);
    context.setLanguage(QStringLiteral("en"));
    TreeOverview overview(&context);
    overview.resize(1200, 800);
    overview.show();
    overview.showNode(QStringLiteral("acute_danger"));
    REQUIRE(overview.shownNode() == QStringLiteral("acute_danger"));
    // Scroll "sharer" into view and click it with the mouse, as a trainer would.
    overview.view()->showNode(QStringLiteral("sharer"));
    QCoreApplication::processEvents();
    auto *tree = qobject_cast<TreeScene *>(overview.view()->scene());
    REQUIRE(tree);
    const RuleNodeItem *node = tree->nodeItem(QStringLiteral("sharer"));
    REQUIRE(node);
    const QPoint centre = overview.view()->mapFromScene(node->sceneBoundingRect().center());
    REQUIRE(overview.view()->viewport()->rect().contains(centre));
    QTest::mouseClick(overview.view()->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    CHECK(overview.shownNode() == QStringLiteral("sharer"));
    CHECK(overview.detailsText().contains(rules->question(QStringLiteral("sharer"))->text.text(QStringLiteral("en"))));
    overview.showNode(QStringLiteral("police-comensha"));
    CHECK(overview.detailsText().contains(rules->outcome(QStringLiteral("police-comensha"))->title.text(QStringLiteral("en"))));
}

TEST_CASE("overview: PDF poster and PNG are written and not trivial", "[overview][export]")
{
    const auto rules = builtinRules();
    TreeScene scene;
    REQUIRE(scene.build(*rules, QStringLiteral("nl")));
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    scene.setRoute(traceNodes(*Evaluator(*rules).evaluate(c.answers).advice));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("tree.pdf"));
    const QString png = dir.filePath(QStringLiteral("tree.png"));
    QString error;
    REQUIRE(TreeExporter::writePdf(scene, pdf, &error));
    REQUIRE(TreeExporter::writePng(scene, png, 1.0, &error));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    CHECK(QFile::permissions(pdf) == ownerOnly);
    CHECK(QFile::permissions(png) == ownerOnly);
    if (qEnvironmentVariableIsSet("DEELWIJZER_KEEP_EXPORTS")) {
        const QString keep = qEnvironmentVariable("DEELWIJZER_KEEP_EXPORTS");
        QFile::remove(keep + QStringLiteral("/tree.pdf"));
        QFile::remove(keep + QStringLiteral("/tree.png"));
        QFile::copy(pdf, keep + QStringLiteral("/tree.pdf"));
        QFile::copy(png, keep + QStringLiteral("/tree.png"));
    }

    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 50 * 1024);
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>") >= 1);

    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 1000);
    CHECK(image.height() > 300);
    // Not blank: many non-white pixels, and the route's orange is there.
    int dark = 0;
    int orange = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor px = image.pixelColor(x, y);
            dark += px.lightness() < 128 ? 1 : 0;
            orange += (px.red() > 180 && px.green() < 110 && px.blue() < 40) ? 1 : 0;
        }
    }
    CHECK(dark > 1000);
    CHECK(orange > 50);
}

TEST_CASE("overview: the PDF poster's text layer holds every question's text at its size", "[overview][export]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the poster's text layer is not checked");
        return;
    }
    const auto rules = builtinRules();
    TreeScene scene;
    REQUIRE(scene.build(*rules, QStringLiteral("nl")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("tree.pdf"));
    QString error;
    REQUIRE(TreeExporter::writePdf(scene, pdf, &error));
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    // Lines wrap inside the boxes; compare the words.
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString &id : {QStringLiteral("sharer"), QStringLiteral("recipient"), QStringLiteral("data")}) {
        const QString question = rules->question(id)->text.text(QStringLiteral("nl")).simplified();
        INFO(question.toStdString());
        CHECK(text.contains(question));
    }
    // Text drawn at the size the boxes were measured for (12 scene units, the page is in scene
    // units): when fonts were sized in points, the 300-dpi PDF drew them about four times too
    // large and node texts ran over their boxes and into each other.
    process.start(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">organisatie</word>"));
    int found = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto match = it.next();
        const double height = match.captured(4).toDouble() - match.captured(2).toDouble();
        CHECK(height < 20.0);
        ++found;
    }
    CHECK(found > 0);
}
