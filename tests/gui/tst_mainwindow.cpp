// SPDX-License-Identifier: EUPL-1.2
#include "tst_mainwindow.h"

#include "advicepage.h"
#include "advicesession.h"
#include "autosave.h"
#include "diagnosticsdialog.h"
#include "glossarylabel.h"
#include "groundviewer.h"
#include "languagemanager.h"
#include "traininglauncher.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "referencefield.h"
#include "reviewpage.h"
#include "routedelegate.h"
#include "routemodel.h"
#include "routepanel.h"
#include "ruleset.h"
#include "rulesetcontroller.h"
#include "ruletextcontext.h"
#include "settings.h"
#include "startpage.h"
#include "termviewer.h"
#include "testhelpers.h"
#include "verdictbanner.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextLayout>

using namespace deelwijzer;

namespace {

// The demo rules (rules/demo): acute_danger -> sharer -> data -> [route-by-sharer]
//   police -> recipient -> [police-route] -> police-om (required) / police-private (not_allowed)
//   doctor -> consent -> doctor-consent (allowed_if) / doctor-no (not_allowed)

QAbstractButton *answerButton(MainWindow &w, const QString &answerId)
{
    const auto buttons = w.questionPage()->answerButtons();
    for (QAbstractButton *b : buttons) {
        if (b->property("answerId").toString() == answerId)
            return b;
    }
    return nullptr;
}

/// Answers the question on screen with the mouse: click each answer, then Next.
void answer(MainWindow &w, const QString &questionId, const QStringList &answerIds)
{
    QCOMPARE(w.page(), MainWindow::Page::Question);
    QCOMPARE(w.questionPage()->questionId(), questionId);
    for (const QString &id : answerIds) {
        QAbstractButton *b = answerButton(w, id);
        QVERIFY2(b, qPrintable(id));
        if (!b->isChecked())
            QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(b->isChecked());
    }
    QVERIFY(w.questionPage()->nextButton()->isEnabled());
    QTest::mouseClick(w.questionPage()->nextButton(), Qt::LeftButton);
}

} // namespace

void TestMainWindow::init()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestMainWindow::startPageShowsRules()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    QCOMPARE(w->page(), MainWindow::Page::Start);
    auto *info = w->startPage()->findChild<QLabel *>(QStringLiteral("rulesInfo"));
    auto *status = w->startPage()->findChild<QLabel *>(QStringLiteral("rulesStatus"));
    QVERIFY(info && status);
    QVERIFY2(info->text().contains(QLatin1String("demo")) && info->text().contains(QLatin1String("1.0.0")),
             qPrintable(info->text()));
    QVERIFY2(status->text().contains(QLatin1String("Demonstration rules")), qPrintable(status->text()));
    QVERIFY(w->startPage()->newAdviceButton()->isEnabled());
}

void TestMainWindow::fullAdviceByKeyboardOnly()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->startPage()->newAdviceButton()->setFocus();
    QVERIFY(w->startPage()->newAdviceButton()->hasFocus());

    typeKey(Qt::Key_Return); // "Start a new advice"
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("acute_danger"));
    // Focus is on the first answer; the arrow key moves to "No", Space picks it.
    QVERIFY2(w->questionPage()->answerButtons().first()->hasFocus(), qPrintable(focusDescription()));
    typeKey(Qt::Key_Down);
    typeKey(Qt::Key_Space);
    QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("no")});
    typeKey(Qt::Key_Return);

    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    typeKey(Qt::Key_1); // "Politie / Police"
    QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("police")});
    typeKey(Qt::Key_Enter);

    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("data"));
    QVERIFY(!w->questionPage()->nextButton()->isEnabled());
    typeKey(Qt::Key_Space); // tick "ordinary" (focused)
    typeKey(Qt::Key_Tab);   // each check box is a tab stop
    typeKey(Qt::Key_Space); // tick "health"
    typeKey(Qt::Key_Down);  // arrows move too
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("answer_anonymous"));
    typeKey(Qt::Key_Up);
    QCOMPARE(w->questionPage()->selection(), (QStringList{QStringLiteral("ordinary"), QStringLiteral("health")}));
    typeKey(Qt::Key_Return);

    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("recipient"));
    // Enter on a focused answer of a single-choice question picks it and goes on.
    QVERIFY2(w->questionPage()->answerButtons().first()->hasFocus(), qPrintable(focusDescription()));
    typeKey(Qt::Key_Down);
    typeKey(Qt::Key_Up);
    typeKey(Qt::Key_Space); // the first answer: prosecution
    typeKey(Qt::Key_Right, Qt::AltModifier); // Alt+Right = Next

    QCOMPARE(w->page(), MainWindow::Page::Review);
    QCOMPARE(w->reviewPage()->changeButtons().size(), 4);
    QVERIFY2(w->reviewPage()->showAdviceButton()->hasFocus(), qPrintable(focusDescription()));
    typeKey(Qt::Key_Return);

    QCOMPARE(w->page(), MainWindow::Page::Advice);
    QCOMPARE(w->advicePage()->banner()->verdict(), Verdict::Required);
    QCOMPARE(w->advicePage()->banner()->labelText(), QStringLiteral("Sharing is required"));
    QCOMPARE(w->advicePage()->outcomeTitle(), QStringLiteral("The police must inform the prosecution service."));
    QVERIFY(w->advicePage()->findChild<QWidget *>(QStringLiteral("ground_wpg-16-1-a")));
    QVERIFY(w->advicePage()->findChild<QWidget *>(QStringLiteral("ground_wpg-5"))); // health was picked
    QVERIFY(w->advicePage()->findChild<QWidget *>(QStringLiteral("condition_special-care")));

    // From the advice, Alt+Left goes back to the answers.
    typeKey(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w->page(), MainWindow::Page::Review);
}

void TestMainWindow::backAndChangeKeepsLaterAnswers()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    answer(*w, QStringLiteral("data"), {QStringLiteral("ordinary")});
    answer(*w, QStringLiteral("recipient"), {QStringLiteral("prosecution")});
    QCOMPARE(w->page(), MainWindow::Page::Review);

    // Click "sharer" in the route panel: back to that question, its answer chosen.
    QListView *view = w->routePanel()->view();
    auto *model = qobject_cast<RouteModel *>(view->model());
    const int row = model->rowOf(QStringLiteral("sharer"));
    QCOMPARE(row, 1);
    QTRY_VERIFY(view->viewport()->width() > 50); // laid out beside the question
    const QRect rect = view->visualRect(model->index(row));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("police")});
    QCOMPARE(w->questionPage()->findChild<QLabel *>(QStringLiteral("questionProgress"))->text(),
             QStringLiteral("Question 2"));

    // Change to "doctor": "data" is still on the new route and keeps its answer; the next
    // unanswered question on the new route is "consent".
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("consent"));
    QCOMPARE(w->session()->answers().value(QStringLiteral("data")), QStringList{QStringLiteral("ordinary")});
    // The recipient answer is off the route now, but kept.
    QCOMPARE(w->session()->answers().value(QStringLiteral("recipient")), QStringList{QStringLiteral("prosecution")});
    QCOMPARE(int(w->session()->route().size()), 3);
    answer(*w, QStringLiteral("consent"), {QStringLiteral("given")});
    QCOMPARE(w->page(), MainWindow::Page::Review);
    w->showAdvice();
    QCOMPARE(w->advicePage()->banner()->verdict(), Verdict::AllowedIf);

    // Change back to police from the review page: the kept recipient answer applies again,
    // so the route is complete at once.
    w->showReview();
    auto *change = w->reviewPage()->findChild<QPushButton *>(QStringLiteral("change_sharer"));
    QVERIFY(change);
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    QCOMPARE(w->page(), MainWindow::Page::Review);
    QCOMPARE(int(w->session()->route().size()), 4);
    w->showAdvice();
    QCOMPARE(w->advicePage()->banner()->verdict(), Verdict::Required);
}

void TestMainWindow::changingAnEarlierAnswerSaysWhatHappened()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    auto *notice = w->findChild<QWidget *>(QStringLiteral("noticeBar"));
    auto *noticeText = w->findChild<QLabel *>(QStringLiteral("noticeText"));
    QVERIFY(notice && noticeText);
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
    answer(*w, QStringLiteral("consent"), {QStringLiteral("given")});
    QCOMPARE(w->page(), MainWindow::Page::Review);
    QVERIFY(notice->isHidden()); // answering forward says nothing

    // Consent was given for health data. Change the data: consent must be asked again, and the
    // app says so instead of jumping on.
    w->goToQuestion(QStringLiteral("data"));
    QTest::mouseClick(answerButton(*w, QStringLiteral("health")), Qt::LeftButton); // untick
    answer(*w, QStringLiteral("data"), {QStringLiteral("ordinary")});
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("consent"));
    QVERIFY(w->questionPage()->selection().isEmpty()); // the old consent is not offered
    QVERIFY(notice->isVisible());
    QVERIFY2(noticeText->text().contains(QStringLiteral("You changed your answer to ‘Which data do you want to share?’."))
                 && noticeText->text().contains(QStringLiteral("Your answer to ‘Has the person consented?’ was given for your "
                                                               "earlier answer to this question; it must be asked again")),
             qPrintable(noticeText->text()));
    answer(*w, QStringLiteral("consent"), {QStringLiteral("given")});
    QVERIFY(notice->isHidden());

    // On the police route, another data answer keeps the recipient: the review page follows,
    // with a notice of what was kept.
    w->goToQuestion(QStringLiteral("sharer"));
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    answer(*w, QStringLiteral("recipient"), {QStringLiteral("prosecution")});
    w->goToQuestion(QStringLiteral("data"));
    answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
    QCOMPARE(w->page(), MainWindow::Page::Review);
    QVERIFY(notice->isVisible());
    QVERIFY2(noticeText->text().contains(QStringLiteral("Kept, because they still apply: ‘To whom?’"))
                 && noticeText->text().contains(QLatin1String("check the answers below")),
             qPrintable(noticeText->text()));
}

void TestMainWindow::reopeningWithAStaleAnswerAsksAgain()
{
    TestEnvironment env;
    const QString path = env.path(QStringLiteral("stale.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("deelwijzer_case: 1\n"
               "answers: {acute_danger: \"no\", sharer: doctor, data: [health], consent: given}\n"
               "given_for:\n"
               "  consent: {sharer: doctor, data: [ordinary]}\n");
    file.close();
    auto w = env.makeWindow();
    QVERIFY(w->openFile(path));
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("consent"));
    QVERIFY(!w->session()->answers().contains(QStringLiteral("consent")));
    auto *noticeText = w->findChild<QLabel *>(QStringLiteral("noticeText"));
    QVERIFY2(noticeText->isVisible() && noticeText->text().contains(QLatin1String("no longer holds")),
             qPrintable(noticeText->text()));
}

void TestMainWindow::backButtonAndShortcuts()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    QVERIFY(!w->questionPage()->backButton()->isEnabled());
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("data"));
    QTest::mouseClick(w->questionPage()->backButton(), Qt::LeftButton);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("doctor")});
    typeKey(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("acute_danger"));
    // Next without a change goes to the first unanswered question.
    typeKey(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("data"));
    // "Not sure" is shown apart and leads to "consult".
    answer(*w, QStringLiteral("data"), {QStringLiteral("ordinary")});
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("consent"));
    QWidget *unsureBox = answerButton(*w, QStringLiteral("unsure"))->parentWidget();
    QCOMPARE(unsureBox->objectName(), QStringLiteral("unsureBox"));
    QVERIFY(unsureBox->isVisible());
    answer(*w, QStringLiteral("consent"), {QStringLiteral("unsure")});
    w->showAdvice();
    QCOMPARE(w->advicePage()->banner()->verdict(), Verdict::Consult);
    QVERIFY(w->advicePage()->findChild<QWidget *>(QStringLiteral("unsureChange_consent")));
}

void TestMainWindow::multipleChoiceExclusive()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    QAbstractButton *ordinary = answerButton(*w, QStringLiteral("ordinary"));
    QAbstractButton *health = answerButton(*w, QStringLiteral("health"));
    QAbstractButton *anonymous = answerButton(*w, QStringLiteral("anonymous"));
    QVERIFY(ordinary && health && anonymous);
    QTest::mouseClick(ordinary, Qt::LeftButton);
    QTest::mouseClick(health, Qt::LeftButton);
    QVERIFY(ordinary->isChecked() && health->isChecked());
    QTest::mouseClick(anonymous, Qt::LeftButton); // exclusive: clears the others
    QVERIFY(anonymous->isChecked() && !ordinary->isChecked() && !health->isChecked());
    QTest::mouseClick(health, Qt::LeftButton); // and another answer clears it
    QVERIFY(!anonymous->isChecked() && health->isChecked());
}

void TestMainWindow::saveAndReopen()
{
    TestEnvironment env;
    const QString file = env.path(QStringLiteral("advice.yaml"));
    {
        auto w = env.makeWindow();
        w->newAdvice();
        answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
        answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
        answer(*w, QStringLiteral("data"), {QStringLiteral("ordinary"), QStringLiteral("health")});
        // Go back to "sharer" and save while it is on screen.
        w->goToQuestion(QStringLiteral("sharer"));
        w->reviewPage()->referenceField()->setReference(QStringLiteral("VT-2026-0143"));
        w->session()->setReference(QStringLiteral("VT-2026-0143"));
        QVERIFY(w->session()->isModified());
        QVERIFY(w->saveTo(file));
        QVERIFY(!w->session()->isModified());
        QVERIFY(w->windowTitle().startsWith(QLatin1String("advice.yaml")));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!w->autosave()->exists());
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray yaml = in.readAll();
    QVERIFY2(yaml.contains("current: sharer"), yaml.constData());
    QVERIFY2(yaml.contains("VT-2026-0143"), yaml.constData());

    auto w = env.makeWindow();
    QVERIFY(env.settings()->recentFiles().contains(file));
    QVERIFY(w->openFile(file));
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("police")});
    QCOMPARE(w->session()->answers().value(QStringLiteral("data")),
             (QStringList{QStringLiteral("ordinary"), QStringLiteral("health")}));
    QCOMPARE(w->session()->reference(), QStringLiteral("VT-2026-0143"));
    QCOMPARE(w->reviewPage()->referenceField()->reference(), QStringLiteral("VT-2026-0143"));
    QVERIFY(!w->session()->isModified());
    QVERIFY(w->noticeText().isEmpty());
    // Next goes on to the first unanswered question.
    typeKey(Qt::Key_Return);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("recipient"));
}

void TestMainWindow::reopenFinishedAdvice()
{
    TestEnvironment env;
    const QString file = env.path(QStringLiteral("finished.yaml"));
    {
        auto w = env.makeWindow();
        w->newAdvice();
        answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
        answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
        answer(*w, QStringLiteral("data"), {QStringLiteral("ordinary")});
        answer(*w, QStringLiteral("recipient"), {QStringLiteral("private_party")});
        w->showAdvice();
        QVERIFY(w->saveTo(file));
    }
    auto w = env.makeWindow();
    QVERIFY(w->openFile(file));
    QCOMPARE(w->page(), MainWindow::Page::Advice);
    QCOMPARE(w->advicePage()->banner()->verdict(), Verdict::NotAllowed);

    // A file that does not fit the rules is refused with its diagnostics; nothing changes.
    const QString bad = env.path(QStringLiteral("bad.yaml"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("deelwijzer_case: 1\nanswers:\n  acute_danger: maybe\n");
    out.close();
    QVERIFY(!w->openFile(bad));
    QTRY_VERIFY(w->diagnosticsDialog() && w->diagnosticsDialog()->isVisible());
    QVERIFY2(w->diagnosticsDialog()->diagnosticsText().contains(QLatin1String("bad.yaml:3:")),
             qPrintable(w->diagnosticsDialog()->diagnosticsText()));
    w->diagnosticsDialog()->close();
    QCOMPARE(w->page(), MainWindow::Page::Advice);
    QCOMPARE(w->advicePage()->banner()->verdict(), Verdict::NotAllowed);
}

void TestMainWindow::reopenUnderChangedRulesSaysSo()
{
    TestEnvironment env;
    const QString file = env.path(QStringLiteral("older.yaml"));
    {
        auto w = env.makeWindow();
        w->newAdvice();
        answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
        QVERIFY(w->saveTo(file));
    }
    // Pretend it was saved under other rules: another fingerprint.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray yaml = f.readAll();
    f.close();
    const QRegularExpression sha(QStringLiteral("[0-9a-f]{64}"));
    const QString before = QString::fromUtf8(yaml);
    QVERIFY(sha.match(before).hasMatch());
    yaml = QString(before).replace(sha, QString(64, QLatin1Char('0'))).toUtf8();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(yaml);
    f.close();

    auto w = env.makeWindow();
    QVERIFY(w->openFile(file));
    QVERIFY2(w->noticeText().contains(QLatin1String("differ")), qPrintable(w->noticeText()));
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
}

void TestMainWindow::autosaveRecoveryAfterCrash()
{
    TestEnvironment env;
    QString autosaveFile;
    {
        auto w = env.makeWindow();
        w->newAdvice();
        QVERIFY(!w->autosave()->exists());
        answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
        // Written after every answer, as soon as the next question is on screen.
        QTRY_VERIFY(w->autosave()->exists());
        answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
        answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
        QTest::qWait(50); // the autosave of the last answer runs once the screen is painted
        autosaveFile = w->autosave()->filePath();
        QCOMPARE(QFile::permissions(autosaveFile) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The crash: the window goes away without closing (no closeEvent, no clean-up).
        QWidget *raw = w.release();
        raw->hide();
        delete raw;
    }
    QVERIFY(QFile::exists(autosaveFile));

    auto w = env.makeWindow();
    w->checkForAutosave();
    QVERIFY(w->startPage()->isRestoreOffered());
    auto *restore = w->startPage()->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QVERIFY(restore && restore->isVisible());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("consent"));
    QCOMPARE(w->session()->answers().value(QStringLiteral("sharer")), QStringList{QStringLiteral("doctor")});
    QCOMPARE(w->session()->answers().value(QStringLiteral("data")), QStringList{QStringLiteral("health")});
    QVERIFY(w->session()->isModified());
    QVERIFY(!w->startPage()->isRestoreOffered());

    // Discarding removes it; a normal close without changes leaves nothing behind.
    w->discardAutosave();
    QVERIFY(!QFile::exists(autosaveFile));
}

void TestMainWindow::languageSwitchAtRunTime()
{
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("nl"));
    w->newAdvice();
    QPushButton *next = w->questionPage()->nextButton();
    QTRY_COMPARE(next->text(), QStringLiteral("&Volgende"));
    auto *text = w->questionPage()->findChild<GlossaryLabel *>(QStringLiteral("questionText"));
    QCOMPARE(text->accessibleName(), QStringLiteral("Is er nu acuut gevaar?"));
    QTest::mouseClick(answerButton(*w, QStringLiteral("no")), Qt::LeftButton);

    auto *english = w->findChild<QAction *>(QStringLiteral("actionLanguage_en"));
    QVERIFY(english);
    english->trigger();
    QTRY_COMPARE(next->text(), QStringLiteral("&Next"));
    QCOMPARE(text->accessibleName(), QStringLiteral("Is there acute danger now?"));
    QCOMPARE(answerButton(*w, QStringLiteral("no"))->text(), QStringLiteral("No"));
    QVERIFY(answerButton(*w, QStringLiteral("no"))->isChecked()); // the choice survives
    QCOMPARE(env.settings()->language(), QStringLiteral("en"));
    QCOMPARE(w->languageManager()->language(), QStringLiteral("en"));

    w->setLanguage(QStringLiteral("nl"));
    QTRY_COMPARE(next->text(), QStringLiteral("&Volgende"));
    QCOMPARE(answerButton(*w, QStringLiteral("no"))->text(), QStringLiteral("Nee"));
}

void TestMainWindow::invalidRuleSetKeepsRules()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    QCOMPARE(w->textContext()->rules()->info().id, QStringLiteral("demo"));
    QVERIFY(!w->loadRuleSetFolder(TestEnvironment::brokenRules()));
    QTRY_VERIFY(w->diagnosticsDialog() && w->diagnosticsDialog()->isVisible());
    const QString text = w->diagnosticsDialog()->diagnosticsText();
    const QRegularExpression location(QStringLiteral(R"(ruleset\.yaml:\d+:\d+: error: )"));
    QVERIFY2(location.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ruleset.yaml:17:")), qPrintable(text)); // the `nxt:` typo
    QVERIFY(w->diagnosticsDialog()->summaryText().contains(QLatin1String("demo")));
    w->diagnosticsDialog()->close();
    // The rules in use did not change.
    QCOMPARE(w->textContext()->rules()->info().id, QStringLiteral("demo"));
    QCOMPARE(w->ruleSets()->origin(), TestEnvironment::demoRules());
    w->newAdvice();
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("acute_danger"));
}

void TestMainWindow::privacyWarningOnReference()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("yes")});
    QCOMPARE(w->page(), MainWindow::Page::Review);
    ReferenceField *field = w->reviewPage()->referenceField();
    QLineEdit *edit = field->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Dossier 2026-114"));
    QVERIFY(!field->isWarningVisible());
    QCOMPARE(w->session()->reference(), QStringLiteral("Dossier 2026-114"));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Jan de Vries"));
    QVERIFY(field->isWarningVisible());
    QVERIFY2(field->warningText().contains(QLatin1String("a name")), qPrintable(field->warningText()));
    QVERIFY(edit->accessibleDescription().contains(QLatin1String("a name")));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("111222333"));
    QVERIFY(field->isWarningVisible());
    QVERIFY(field->warningText().contains(QLatin1String("BSN")));

    // The advice page shows the same reference and the same warning.
    w->showAdvice();
    QCOMPARE(w->advicePage()->referenceField()->reference(), QStringLiteral("111222333"));
    QVERIFY(w->advicePage()->referenceField()->isWarningVisible());
}

void TestMainWindow::roleIsPrefilled()
{
    TestEnvironment env;
    env.settings()->setRole(QStringLiteral("doctor"));
    auto w = env.makeWindow();
    auto *combo = w->startPage()->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("doctor"));
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("doctor")});
    QVERIFY(w->questionPage()->findChild<QLabel *>(QStringLiteral("prefillNote"))->isVisible());
    // One click changes it for this advice.
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    QCOMPARE(w->session()->answers().value(QStringLiteral("sharer")), QStringList{QStringLiteral("police")});
    // ... and the start page changes the profile.
    w->showStart();
    combo->setCurrentIndex(combo->findData(QStringLiteral("other")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(env.settings()->role(), QStringLiteral("other"));
}

void TestMainWindow::glossaryAndGroundViewer()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    auto *why = w->questionPage()->findChild<GlossaryLabel *>(QStringLiteral("questionWhy"));
    QVERIFY(why->text().contains(QLatin1String("href=\"term:beroepsgeheim\"")));
    QVERIFY(why->text().contains(QLatin1String(">professional secrecy</a>")));
    Q_EMIT why->linkActivated(QStringLiteral("term:beroepsgeheim"));
    QTRY_VERIFY(w->termViewer()->isVisible());
    QCOMPARE(w->termViewer()->termText(), QStringLiteral("Professional secrecy"));
    w->termViewer()->close();

    answer(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    answer(*w, QStringLiteral("data"), {QStringLiteral("ordinary")});
    answer(*w, QStringLiteral("recipient"), {QStringLiteral("prosecution")});
    w->showAdvice();
    auto *cite = w->advicePage()->findChild<QPushButton *>(QStringLiteral("groundButton_wpg-16-1-a"));
    QVERIFY(cite);
    QTest::mouseClick(cite, Qt::LeftButton);
    QTRY_VERIFY(w->groundViewer()->isVisible());
    QCOMPARE(w->groundViewer()->groundId(), QStringLiteral("wpg-16-1-a"));
    QVERIFY2(w->groundViewer()->citationText().contains(QLatin1String("16")), qPrintable(w->groundViewer()->citationText()));
    QVERIFY2(w->groundViewer()->urlText().startsWith(QLatin1String("https://")), qPrintable(w->groundViewer()->urlText()));
    QCOMPARE(w->groundViewer()->wordsText(), QStringLiteral("“De verwerkingsverantwoordelijke verstrekt politiegegevens aan:”"));
    w->groundViewer()->close();

    // The advice page shows the grounds by role, each with the statute's words and a link.
    QVERIFY(w->advicePage()->findChild<QLabel *>(QStringLiteral("groundsTitle")));
    auto *words = w->advicePage()->findChild<QLabel *>(QStringLiteral("groundWords_wpg-16-1-a"));
    QVERIFY(words);
    QVERIFY2(words->text().contains(QLatin1String("Statutory text (Dutch)")), qPrintable(words->text()));
    auto *link = w->advicePage()->findChild<QLabel *>(QStringLiteral("groundLink_wpg-16-1-a"));
    QVERIFY(link && link->text().contains(QLatin1String("href=\"https://")));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    QStringList unnamed = unnamedControls(w.get());
    w->newAdvice();
    unnamed += unnamedControls(w.get());
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
    unnamed += unnamedControls(w.get());
    answer(*w, QStringLiteral("consent"), {QStringLiteral("refused")});
    unnamed += unnamedControls(w.get());
    w->showAdvice();
    unnamed += unnamedControls(w.get());
    w->showGround(QStringLiteral("cvp"));
    unnamed += unnamedControls(w->groundViewer());
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::noClippingAt200Percent()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->setFontScale(200);
    QCOMPARE(w->fontScale(), 200);
    w->resize(1000, 720);
    auto check = [&](const char *where) {
        QWidget *page = w->findChild<QWidget *>(QStringLiteral("pages"));
        // Layouts settle through posted events, which take longer on a loaded machine (or under
        // ASan): wait for them, and fail only when the text stays clipped.
        QTRY_VERIFY2_WITH_TIMEOUT(clippedWidgets(page).isEmpty(),
                                  qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(where),
                                                                          clippedWidgets(page).join(QStringLiteral("; ")))),
                                  5000);
    };
    check("start");
    w->newAdvice();
    check("question 1");
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    check("question 3");
    answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
    answer(*w, QStringLiteral("consent"), {QStringLiteral("refused")});
    check("review");
    w->showAdvice();
    check("advice");
    // Changing the size while a page is on screen re-lays it out too.
    w->setFontScale(100);
    w->setFontScale(175);
    check("advice after a size change");
    w->showReview();
    check("review after a size change");
    w->setFontScale(100);
}

void TestMainWindow::highContrastPalette()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    auto *action = w->findChild<QAction *>(QStringLiteral("actionHighContrast"));
    action->trigger();
    QVERIFY(env.settings()->highContrast());
    // The palette change reaches top-level windows through a posted event.
    QTRY_COMPARE(w->palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(w->palette().color(QPalette::WindowText), QColor(Qt::white));
    QCOMPARE(w->questionPage()->palette().color(QPalette::Base), QColor(Qt::black));
    action->trigger();
    QVERIFY(!env.settings()->highContrast());
    QTRY_VERIFY(w->palette().color(QPalette::Window) != QColor(Qt::black));
}

void TestMainWindow::glossaryLinksAreLinksForScreenReaders()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    auto *why = w->questionPage()->findChild<GlossaryLabel *>(QStringLiteral("questionWhy"));
    QVERIFY(why && why->text().contains(QLatin1String(">professional secrecy</a>")));
    QAccessibleInterface *label = QAccessible::queryAccessibleInterface(why);
    QVERIFY(label);
    QCOMPARE(label->childCount(), int(why->links().size()));
    QAccessibleInterface *link = nullptr;
    for (int i = 0; i < label->childCount(); ++i) {
        if (label->child(i)->text(QAccessible::Name) == QLatin1String("professional secrecy"))
            link = label->child(i);
    }
    QVERIFY2(link, "the glossary link is no child of its label");
    QCOMPARE(link->role(), QAccessible::Link);
    QCOMPARE(link->parent(), label);
    QCOMPARE(label->child(label->indexOfChild(link)), link);
    QVERIFY2(link->text(QAccessible::Description).startsWith(QLatin1String("Glossary term: Professional secrecy")),
             qPrintable(link->text(QAccessible::Description)));
    QVERIFY(link->state().linked && link->state().focusable);
    const QRect labelRect(why->mapToGlobal(QPoint(0, 0)), why->size());
    QVERIFY(labelRect.contains(link->rect()));
    QCOMPARE(label->childAt(link->rect().center().x(), link->rect().center().y()), link);

    // Tab reaches the link: the label says which of its children has the focus.
    why->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(why->hasFocus());
    QVERIFY(why->focusedLink() >= 0);
    QCOMPARE(label->focusChild(), label->child(why->focusedLink()));
    QVERIFY(label->focusChild()->state().focused);

    // Pressing it (as a screen reader does) opens the term.
    QVERIFY(link->actionInterface());
    link->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(w->termViewer()->isVisible());
    QCOMPARE(w->termViewer()->termText(), QStringLiteral("Professional secrecy"));
}

void TestMainWindow::routePanelBreaksOnlyBetweenWords()
{
    // A row narrower than a word still breaks between words only (the word runs long).
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 2);
    const QString text = QStringLiteral("3. Verwerkingsverantwoordelijke beroepsgeheim\n→ Gemeentelijke gezondheidsdienst");
    QTextLayout layout;
    RouteDelegate::layoutText(layout, text, font, QFontMetrics(font).horizontalAdvance(QStringLiteral("Verwerk")));
    const QString laidOut = layout.text();
    QVERIFY(layout.lineCount() > 3);
    for (int i = 1; i < layout.lineCount(); ++i) {
        const int start = layout.lineAt(i).textStart();
        QVERIFY2(start == 0 || laidOut.at(start - 1).isSpace(),
                 qPrintable(QStringLiteral("line %1 starts mid-word: …%2|%3").arg(i).arg(laidOut.mid(start - 6, 6), laidOut.mid(start, 6))));
    }

    // And at 200% the route list is wide enough for its widest word, so no word runs long.
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("nl"));
    w->resize(1280, 800);
    w->setFontScale(200);
    w->newAdvice();
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
    QListView *view = w->routePanel()->view();
    QFont bold = view->font();
    bold.setBold(true);
    int widest = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QStringList words = view->model()->index(row, 0).data().toString().split(QRegularExpression(QStringLiteral("\\s+")));
        for (const QString &word : words)
            widest = std::max(widest, QFontMetrics(bold).horizontalAdvance(word));
    }
    QVERIFY(widest > 0);
    QTRY_VERIFY2(view->viewport()->width() >= widest,
                 qPrintable(QStringLiteral("viewport %1 px, widest word %2 px").arg(view->viewport()->width()).arg(widest)));
    w->setFontScale(100);
}

void TestMainWindow::everyPageFitsA1280x800ScreenAt200Percent_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("fontScale");
    // 200% display scaling (QT_SCALE_FACTOR=2) leaves 640x400 logical pixels for everything:
    // menus, buttons, route panel and status bar grow with the text.
    QTest::newRow("display scaling 200%") << QSize(640, 400) << 100;
    // The app's own text size at 200%: the page texts grow, the window's chrome does not.
    QTest::newRow("text size 200%") << QSize(1280, 800) << 200;
}

void TestMainWindow::everyPageFitsA1280x800ScreenAt200Percent()
{
    // Every page must fit the screen's width (and scroll down) in both languages, also after
    // switching languages under it: a row that does not wrap widens the whole window (the
    // pages share one minimum width), past the edge of the screen.
    QFETCH(QSize, screen);
    QFETCH(int, fontScale);
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("en"));
    TrainingLauncher::install(w.get()); // as the app does: its button has the longest label
    w->setFontScale(fontScale);
    w->resize(screen);
    auto check = [&](const QString &where) {
        QTRY_VERIFY2_WITH_TIMEOUT(w->width() <= screen.width() && offTheRight(w.get()).isEmpty()
                                      && clippedWidgets(w.get()).isEmpty(),
                                  qPrintable(QStringLiteral("%1 (%2): window %3 px wide; %4")
                                                 .arg(where, w->languageManager()->language())
                                                 .arg(w->width())
                                                 .arg((offTheRight(w.get()) + clippedWidgets(w.get())).join(QStringLiteral("; ")))),
                                  5000);
    };
    auto inBothLanguages = [&](const char *where) {
        check(QLatin1String(where));
        w->setLanguage(QStringLiteral("nl"));
        w->resize(screen);
        check(QLatin1String(where));
        w->setLanguage(QStringLiteral("en"));
        w->resize(screen);
        check(QLatin1String(where));
    };
    inBothLanguages("start");
    w->newAdvice();
    inBothLanguages("question 1");
    answer(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    answer(*w, QStringLiteral("sharer"), {QStringLiteral("doctor")});
    answer(*w, QStringLiteral("data"), {QStringLiteral("health")});
    inBothLanguages("question 4");
    answer(*w, QStringLiteral("consent"), {QStringLiteral("refused")});
    inBothLanguages("review");
    w->showAdvice();
    inBothLanguages("advice");
    w->showStart();
    inBothLanguages("start with an advice open");
    w->setFontScale(100);
}
