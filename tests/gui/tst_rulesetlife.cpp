// SPDX-License-Identifier: EUPL-1.2
#include "tst_rulesetlife.h"

#include "advicepage.h"
#include "mainwindow.h"
#include "startpage.h"
#include "savedadvicecomparison.h"
#include "testhelpers.h"

#include <QFile>
#include <QLabel>
#include <QTest>

using namespace deelwijzer;

namespace {

/// Another fingerprint than the demo rules have: the file was saved under other rules.
const QByteArray otherRules = "ruleset: {id: demo, version: 0.9.0, sha256: " + QByteArray(64, 'a') + "}\n";

QString writeFile(TestEnvironment &env, const QByteArray &content)
{
    const QString path = env.path(QStringLiteral("saved.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write("deelwijzer_case: 1\n" + content);
    return path;
}

/// Opens `content` as a saved advice in a new window.
bool openSaved(TestEnvironment &env, std::unique_ptr<MainWindow> &w, const QByteArray &content)
{
    w = env.makeWindow();
    const QString path = writeFile(env, content);
    return !path.isEmpty() && w->openFile(path);
}

/// The comparison beside the notice, or null when it is not shown.
SavedAdviceComparison *shownComparison(const MainWindow &w)
{
    auto *comparison = w.findChild<SavedAdviceComparison *>(QStringLiteral("savedAdviceComparison"));
    return comparison && comparison->isVisible() ? comparison : nullptr;
}

} // namespace

void TestRuleSetLife::startAndAdvicePagesSayTheRulesAreNotReviewed()
{
    TestEnvironment env;
    {
        auto w = env.makeWindow(QStringLiteral("nl"));
        auto *status = w->startPage()->findChild<QLabel *>(QStringLiteral("rulesStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("Niet beoordeeld: niemand heeft deze regels afgetekend.")),
                 qPrintable(status->text()));
    }
    std::unique_ptr<MainWindow> w;
    QVERIFY(openSaved(env, w, "answers:\n  acute_danger: \"yes\"\n"));
    auto *status = w->startPage()->findChild<QLabel *>(QStringLiteral("rulesStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("Not reviewed: nobody has signed off these rules.")), qPrintable(status->text()));
    QCOMPARE(w->page(), MainWindow::Page::Advice);
    auto *footer = w->advicePage()->findChild<QLabel *>(QStringLiteral("adviceFooter"));
    QVERIFY(footer);
    QVERIFY2(footer->text().contains(QStringLiteral("Not reviewed: nobody has signed off these rules.")), qPrintable(footer->text()));
}

void TestRuleSetLife::savingRecordsTheAdvice()
{
    TestEnvironment env;
    std::unique_ptr<MainWindow> w;
    QVERIFY(openSaved(env, w, "answers:\n  acute_danger: \"yes\"\n"));
    QVERIFY(!shownComparison(*w));
    const QString path = env.path(QStringLiteral("again.yaml"));
    QVERIFY(w->saveTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray yaml = file.readAll();
    QVERIFY2(yaml.contains("advice: {outcome: acute, verdict: allowed_if, grounds: [avg-6-1-d]}"), yaml.constData());
}

void TestRuleSetLife::changedVerdictAndGroundsAreShown()
{
    TestEnvironment env;
    std::unique_ptr<MainWindow> w;
    QVERIFY(openSaved(env, w,
                                      otherRules + "advice: {outcome: doctor-no, verdict: not_allowed, grounds: [avg-6-1-e]}\n"
                                                   "answers:\n  acute_danger: \"yes\"\n"));
    auto *comparison = shownComparison(*w);
    QVERIFY(comparison);
    const QString text = comparison->text();
    QVERIFY2(text.contains(QStringLiteral("Under the current rules the advice is \u201CAllowed under conditions\u201D")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("When the advice was saved it was \u201CSharing is not allowed\u201D")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The verdict differs.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Now also cited: ")) && text.contains(QStringLiteral("No longer cited: ")), qPrintable(text));
    // Beside the notice that exists already.
    QVERIFY2(w->noticeText().contains(QLatin1String("differ")), qPrintable(w->noticeText()));
}

void TestRuleSetLife::unchangedAdviceSaysSo()
{
    TestEnvironment env;
    std::unique_ptr<MainWindow> w;
    QVERIFY(openSaved(env, w,
                                      otherRules + "advice: {outcome: acute, verdict: allowed_if, grounds: [avg-6-1-d]}\n"
                                                   "answers:\n  acute_danger: \"yes\"\n"));
    auto *comparison = shownComparison(*w);
    QVERIFY(comparison);
    QVERIFY2(comparison->text().contains(QStringLiteral("The advice has not changed.")), qPrintable(comparison->text()));
    QVERIFY(!comparison->text().contains(QStringLiteral("differs")));
}

void TestRuleSetLife::questionTheCurrentRulesAddIsNamed()
{
    TestEnvironment env;
    std::unique_ptr<MainWindow> w;
    // Saved as complete after one answer; the current rules go on to ask who shares.
    QVERIFY(openSaved(env, w,
                                      otherRules + "advice: {outcome: seek-advice, verdict: consult}\n"
                                                   "answers:\n  acute_danger: \"no\"\n"));
    auto *comparison = shownComparison(*w);
    QVERIFY(comparison);
    QVERIFY2(comparison->text().contains(
                 QStringLiteral("The current rules ask a question these answers do not answer: \u201CWho shares the data?\u201D")),
             qPrintable(comparison->text()));
}

void TestRuleSetLife::olderFileWithoutAdviceSaysItCannotCompare()
{
    TestEnvironment env;
    std::unique_ptr<MainWindow> w;
    QVERIFY(openSaved(env, w, otherRules + "answers:\n  acute_danger: \"yes\"\n"));
    auto *comparison = shownComparison(*w);
    QVERIFY(comparison);
    QVERIFY2(comparison->text().contains(QStringLiteral("does not record the advice")), qPrintable(comparison->text()));
    QVERIFY2(comparison->text().contains(QStringLiteral("\u201CAllowed under conditions\u201D")), qPrintable(comparison->text()));
}

void TestRuleSetLife::sameRulesShowNoComparison()
{
    TestEnvironment env;
    std::unique_ptr<MainWindow> w;
    QVERIFY(openSaved(env, w,
                            "advice: {outcome: doctor-no, verdict: not_allowed}\n"
                            "answers:\n  acute_danger: \"yes\"\n"));
    QVERIFY(!shownComparison(*w));
    QVERIFY(w->noticeText().isEmpty());
}
