// SPDX-License-Identifier: EUPL-1.2
#include "tst_navigation.h"

#include "advicepage.h"
#include "advicesession.h"
#include "autosave.h"
#include "diagnosticsdialog.h"
#include "glossarylabel.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "referencefield.h"
#include "reportactions.h"
#include "reviewpage.h"
#include "rulesetcontroller.h"
#include "ruletextcontext.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "startpage.h"
#include "testhelpers.h"
#include "verdictbanner.h"
#include "yamlerrortext.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

using namespace deelwijzer;

namespace {

QAbstractButton *answerNamed(MainWindow &w, const QString &answerId)
{
    for (QAbstractButton *b : w.questionPage()->answerButtons()) {
        if (b->property("answerId").toString() == answerId)
            return b;
    }
    return nullptr;
}

/// Picks `answerIds` with the mouse and presses Next.
void pick(MainWindow &w, const QString &questionId, const QStringList &answerIds)
{
    QCOMPARE(w.page(), MainWindow::Page::Question);
    QCOMPARE(w.questionPage()->questionId(), questionId);
    for (const QString &id : answerIds) {
        QAbstractButton *b = answerNamed(w, id);
        QVERIFY2(b, qPrintable(id));
        if (!b->isChecked())
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QTest::mouseClick(w.questionPage()->nextButton(), Qt::LeftButton);
}

/// The demo rules' police route to an advice with the condition "necessity".
void policeAdvice(MainWindow &w)
{
    w.newAdvice();
    pick(w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    pick(w, QStringLiteral("sharer"), {QStringLiteral("police")});
    pick(w, QStringLiteral("data"), {QStringLiteral("ordinary")});
    pick(w, QStringLiteral("recipient"), {QStringLiteral("prosecution")});
    w.showAdvice();
    QCOMPARE(w.page(), MainWindow::Page::Advice);
}

/// What a screen reader (Orca) says of the groups around a new focus: nothing when the focus
/// stays on the same object; otherwise the names of the groups the focus enters (the groups
/// around `to` that were not around `from`), outermost first.
QStringList groupsAnnounced(QWidget *from, QWidget *to)
{
    if (!to || from == to)
        return {};
    QSet<QAccessibleInterface *> around;
    for (QAccessibleInterface *i = from ? QAccessible::queryAccessibleInterface(from) : nullptr; i; i = i->parent())
        around.insert(i);
    QStringList names;
    for (QAccessibleInterface *i = QAccessible::queryAccessibleInterface(to)->parent(); i && !around.contains(i);
         i = i->parent()) {
        if (i->role() == QAccessible::Grouping && !i->text(QAccessible::Name).isEmpty())
            names.prepend(i->text(QAccessible::Name));
    }
    return names;
}

QScrollArea *scrollOf(QWidget *page)
{
    return page->findChild<QScrollArea *>();
}

/// True when `widget` lies wholly inside the visible part of `area`.
bool inView(QScrollArea *area, QWidget *widget)
{
    const QRect rect(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
    return area->viewport()->rect().contains(rect);
}

/// Answers the next modal message box with `choose` (its button's object name, or empty for
/// Escape) and remembers what it asked and which button had the default.
struct MessageBoxAnswer
{
    QString text;
    QString defaultButton;
    bool shown = false;

    /// Looks for the box every 10 ms for up to `tries` times.
    void arm(const QString &choose, int tries = 500)
    {
        QTimer::singleShot(10, qApp, [this, choose, tries] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                if (tries > 0)
                    arm(choose, tries - 1); // not up yet
                return;
            }
            shown = true;
            text = box->text();
            defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
            auto *button = choose.isEmpty() ? nullptr : box->findChild<QAbstractButton *>(choose);
            if (button)
                button->click();
            else
                box->reject();
        });
    }
};

} // namespace

void TestNavigation::init()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestNavigation::everyPageOpensAtItsTop()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->resize(1280, 480); // low enough that the long list of who shares must scroll
    w->useBuiltinRules();
    QVERIFY2(w->ruleSets()->isBuiltin(), "the built-in rules did not load");
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    QScrollArea *scroll = scrollOf(w->questionPage());
    QVERIFY(scroll);

    // The last answer of the long list: the page scrolls to it.
    typeKey(Qt::Key_End);
    QAbstractButton *last = w->questionPage()->answerButtons().last();
    QVERIFY2(last->hasFocus(), qPrintable(focusDescription()));
    QTRY_VERIFY2(inView(scroll, last) && scroll->verticalScrollBar()->value() > 0,
                 qPrintable(QStringLiteral("last at %1, viewport %2, scroll %3 of %4, window %5")
                                .arg(last->mapTo(scroll->viewport(), QPoint(0, 0)).y())
                                .arg(scroll->viewport()->height())
                                .arg(scroll->verticalScrollBar()->value())
                                .arg(scroll->verticalScrollBar()->maximum())
                                .arg(w->height())));

    // Choose an answer low on the list and go on: the next question opens at its top.
    QAbstractButton *other = answerNamed(*w, QStringLiteral("other"));
    QVERIFY(other);
    other->setFocus();
    typeKey(Qt::Key_Space);
    QVERIFY(other->isChecked());
    QTRY_VERIFY(inView(scroll, other) && scroll->verticalScrollBar()->value() > 0);
    typeKey(Qt::Key_Return);
    QVERIFY(w->questionPage()->questionId() != QStringLiteral("sharer"));
    QTRY_COMPARE(scroll->verticalScrollBar()->value(), 0);

    // Back: the earlier question shows the chosen answer in view.
    typeKey(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    other = answerNamed(*w, QStringLiteral("other"));
    QVERIFY(other->isChecked());
    QTRY_VERIFY(inView(scroll, other));

    // An advice read to its end: the next one opens at the verdict.
    TestEnvironment demoEnv; // its own autosave folder: the first window's copy is not a crash
    auto demo = demoEnv.makeWindow();
    demo->resize(900, 420);
    policeAdvice(*demo);
    QScrollArea *adviceScroll = scrollOf(demo->advicePage());
    QTRY_VERIFY(adviceScroll->verticalScrollBar()->maximum() > 0);
    adviceScroll->verticalScrollBar()->setValue(adviceScroll->verticalScrollBar()->maximum());
    demo->showReview();
    demo->showAdvice();
    QTRY_COMPARE(adviceScroll->verticalScrollBar()->value(), 0);
    QVERIFY2(demo->advicePage()->banner()->hasFocus(), qPrintable(focusDescription()));
}

void TestNavigation::typeToFindReachesEveryAnswer()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->resize(1280, 480);
    w->useBuiltinRules();
    QVERIFY2(w->ruleSets()->isBuiltin(), "the built-in rules did not load");
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    QScrollArea *scroll = scrollOf(w->questionPage());
    const auto buttons = w->questionPage()->answerButtons();
    QVERIFY(buttons.size() > 9); // more than 1-9 can reach

    // First letters move the focus to the answer (never choose it) and scroll it into view.
    typeKey(Qt::Key_S);
    typeKey(Qt::Key_C);
    auto *focused = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
    QVERIFY2(focused && focused->text().startsWith(QLatin1String("Sc")), qPrintable(focusDescription()));
    QVERIFY(!focused->isChecked());
    QVERIFY(w->questionPage()->selection().isEmpty());
    QTRY_VERIFY(inView(scroll, focused));

    // The same letter again steps through every answer starting with it.
    QTest::qWait(1100);
    QStringList reached;
    const int withS = int(std::count_if(buttons.cbegin(), buttons.cend(), [](QAbstractButton *b) {
        return b->text().startsWith(QLatin1Char('S'), Qt::CaseInsensitive);
    }));
    QVERIFY(withS >= 2);
    for (int i = 0; i < withS; ++i) {
        typeKey(Qt::Key_S);
        reached << QApplication::focusWidget()->objectName();
    }
    reached.removeDuplicates();
    QCOMPARE(reached.size(), withS);

    // Arrow keys to an answer below the visible area scroll too.
    typeKey(Qt::Key_Home);
    QVERIFY(buttons.first()->hasFocus());
    for (int i = 0; i < buttons.size() - 1; ++i)
        typeKey(Qt::Key_Down);
    QVERIFY2(buttons.last()->hasFocus(), qPrintable(focusDescription()));
    QTRY_VERIFY(inView(scroll, buttons.last()));
    QVERIFY(w->questionPage()->selection().isEmpty());
}

void TestNavigation::enterNeedsADeliberateChoice()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    QVERIFY(w->questionPage()->answerButtons().first()->hasFocus());
    typeKey(Qt::Key_Return);
    typeKey(Qt::Key_Return);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("acute_danger"));
    QVERIFY(w->questionPage()->selection().isEmpty());
    QVERIFY(w->session()->answers().isEmpty());
    auto *hint = w->questionPage()->findChild<QLabel *>(QStringLiteral("keysHint"));
    QVERIFY2(hint->text().contains(QLatin1String("Choose an answer first")), qPrintable(hint->text()));

    typeKey(Qt::Key_Down);
    typeKey(Qt::Key_Space);
    typeKey(Qt::Key_Return);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
    QCOMPARE(w->session()->answers().value(QStringLiteral("acute_danger")), QStringList{QStringLiteral("no")});
}

void TestNavigation::crashCopyIsNeverThrownAwayUnasked()
{
    TestEnvironment env;
    {
        auto w = env.makeWindow();
        w->newAdvice();
        pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
        QTRY_VERIFY(w->autosave()->exists());
        QWidget *raw = w.release(); // the crash: no closeEvent
        raw->hide();
        delete raw;
    }
    auto w = env.makeWindow();
    w->checkForAutosave();
    QVERIFY(w->startPage()->isRestoreOffered());

    // "New advice" next to the restore offer asks first; restore is the default; Escape keeps it.
    MessageBoxAnswer answer;
    answer.arm(QString());
    QTest::mouseClick(w->startPage()->newAdviceButton(), Qt::LeftButton);
    QVERIFY(answer.shown);
    QCOMPARE(answer.defaultButton, QStringLiteral("crashCopyRestore"));
    QVERIFY(w->autosave()->exists());
    QVERIFY(!w->session()->isStarted());
    QVERIFY(w->startPage()->isRestoreOffered());

    // New advice from the menu (as --new does) asks as well; "restore" restores.
    MessageBoxAnswer restore;
    restore.arm(QStringLiteral("crashCopyRestore"));
    w->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(restore.shown);
    QCOMPARE(w->session()->answers().value(QStringLiteral("acute_danger")), QStringList{QStringLiteral("no")});

    // Only an explicit "discard" throws it away.
    auto third = env.makeWindow();
    third->checkForAutosave();
    MessageBoxAnswer discard;
    discard.arm(QStringLiteral("crashCopyDiscard"));
    third->newAdvice();
    QVERIFY(discard.shown);
    QVERIFY(third->session()->isStarted());
    QVERIFY(third->session()->answers().isEmpty());
    QVERIFY(!third->autosave()->exists());
}

void TestNavigation::conditionTicksAreSavedAndPrinted()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    policeAdvice(*w);
    w->saveTo(env.path(QStringLiteral("ticks.yaml")));
    QVERIFY(!w->session()->isModified());
    auto *necessity = w->advicePage()->findChild<QCheckBox *>(QStringLiteral("condition_necessity"));
    QVERIFY(necessity);
    QTest::mouseClick(necessity, Qt::LeftButton);
    QVERIFY(necessity->isChecked());
    QVERIFY(w->session()->isModified()); // a tick is a change worth saving
    QCOMPARE(w->session()->checkedConditions(), QStringList{QStringLiteral("necessity")});

    // Printed ticked.
    ReportRequest request;
    request.rules = w->textContext()->rules();
    request.advice = &*w->session()->evaluation().advice;
    request.language = ReportLanguage::English;
    request.checkedConditions = w->session()->checkedConditions();
    QVERIFY(ReportActions::document(request)->toPlainText().contains(QChar(0x2611)));
    request.checkedConditions.clear();
    QVERIFY(!ReportActions::document(request)->toPlainText().contains(QChar(0x2611)));

    // Saved and reopened ticked.
    QVERIFY(w->save());
    QFile file(env.path(QStringLiteral("ticks.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("checked_conditions: [necessity]"));
    auto reopened = env.makeWindow();
    QVERIFY(reopened->openFile(env.path(QStringLiteral("ticks.yaml"))));
    QCOMPARE(reopened->page(), MainWindow::Page::Advice);
    auto *again = reopened->advicePage()->findChild<QCheckBox *>(QStringLiteral("condition_necessity"));
    QVERIFY(again && again->isChecked());

    // A changed answer asks for the conditions to be checked anew.
    reopened->goToQuestion(QStringLiteral("data"));
    pick(*reopened, QStringLiteral("data"), {QStringLiteral("ordinary"), QStringLiteral("health")});
    QVERIFY(reopened->session()->checkedConditions().isEmpty());
}

void TestNavigation::statusFollowsTheLanguage()
{
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("en"));
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    auto *status = w->findChild<QLabel *>(QStringLiteral("autosaveStatus"));
    QTRY_VERIFY2(status->text().startsWith(QLatin1String("Kept safe automatically")), qPrintable(status->text()));
    w->setLanguage(QStringLiteral("nl"));
    QTRY_VERIFY2(status->text().startsWith(QLatin1String("Automatisch bewaard")), qPrintable(status->text()));
    w->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY2(status->text().startsWith(QLatin1String("Kept safe automatically")), qPrintable(status->text()));
    // A screen reader reads the status itself, not a fixed name.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(status);
    QCOMPARE(iface->text(QAccessible::Name), status->text());
}

void TestNavigation::yamlErrorsSpeakTheLanguage()
{
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("nl"));
    QCOMPARE(yamlErrorText("end of map not found"), QStringLiteral("einde van de mapping niet gevonden"));
    QCOMPARE(yamlErrorText("unknown escape character: q"), QStringLiteral("onbekend escapeteken: q"));
    QCOMPARE(yamlErrorText("something new"), QStringLiteral("something new"));
    w->setLanguage(QStringLiteral("en"));
    QCOMPARE(yamlErrorText("end of map not found"), QStringLiteral("end of map not found"));
}

void TestNavigation::failedAutosaveIsShownInTheWindow()
{
    TestEnvironment env;
    // A file where the autosave folder should be: the folder cannot be made (even by root).
    QFile blocker(env.autosaveFolder());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto w = env.makeWindow();
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    QTRY_VERIFY2(w->noticeText().contains(QLatin1String("could not keep your answers safe")), qPrintable(w->noticeText()));
    QVERIFY(w->findChild<QWidget *>(QStringLiteral("noticeBar"))->isVisible());
}

void TestNavigation::ruleFolderIsCheckedBeforeAsking()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->setConfirmUnsaved(true);
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    QTRY_VERIFY(w->autosave()->exists());

    MessageBoxAnswer asked;
    asked.arm(QString());
    QVERIFY(!w->loadRuleSetFolder(TestEnvironment::brokenRules()));
    QTest::qWait(50);
    QVERIFY2(!asked.shown, "asked about the advice before the rules were known to be broken");
    QTRY_VERIFY(w->diagnosticsDialog() && w->diagnosticsDialog()->isVisible());
    w->diagnosticsDialog()->close();
    QVERIFY(w->session()->isStarted());
    QCOMPARE(w->session()->answers().value(QStringLiteral("acute_danger")), QStringList{QStringLiteral("no")});
    QVERIFY(w->autosave()->exists());

    // Good rules: now it asks (Escape = cancel keeps everything).
    QVERIFY(!w->loadRuleSetFolder(TestEnvironment::demoRules()));
    QVERIFY(asked.shown);
    QVERIFY(w->session()->isStarted());
    QVERIFY(w->autosave()->exists());
    w->setConfirmUnsaved(false);
}

void TestNavigation::continueTheCurrentAdvice()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    auto *continueButton = w->startPage()->findChild<QPushButton *>(QStringLiteral("continueAdviceButton"));
    QVERIFY(continueButton && !continueButton->isVisible());
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    w->showStart();
    QVERIFY(continueButton->isVisible());
    QVERIFY2(continueButton->hasFocus(), qPrintable(focusDescription()));
    typeKey(Qt::Key_Space);
    QCOMPARE(w->page(), MainWindow::Page::Question);
    QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
}

void TestNavigation::personalDataWarningOffersRemoval()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    policeAdvice(*w);
    ReferenceField *field = w->advicePage()->referenceField();
    field->lineEdit()->setFocus();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("Jan Jansen 12-03-1990"));
    QVERIFY(field->isWarningVisible());
    QCOMPARE(w->session()->reference(), QStringLiteral("Jan Jansen 12-03-1990"));
    auto *remove = field->findChild<QPushButton *>(QStringLiteral("referenceRemove"));
    QVERIFY(remove && remove->isVisible());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(field->reference().isEmpty());
    QVERIFY(!field->isWarningVisible());
    QVERIFY(w->session()->reference().isEmpty());
    QVERIFY(w->reviewPage()->referenceField()->reference().isEmpty());
}

void TestNavigation::screenReaderHearsQuestionAndVerdictFirst()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    // Keyboard only, as a blind user goes: every new question (going back too) puts the focus
    // on an answer in a group named by the question that the focus was not in before, so a
    // screen reader says the question and then the answer. A focus that stays on the same
    // object is not announced at all.
    auto *text = w->questionPage()->findChild<GlossaryLabel *>(QStringLiteral("questionText"));
    QWidget *focused = QApplication::focusWidget();
    auto answerWithKeys = [&](const QString &questionId, const QString &answerId, int key,
                              Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QCOMPARE(w->questionPage()->questionId(), questionId);
        if (!answerId.isEmpty()) {
            QAbstractButton *answer = answerNamed(*w, answerId);
            QVERIFY2(answer, qPrintable(answerId));
            answer->setFocus(Qt::TabFocusReason);
            typeKey(Qt::Key_Space);
            QVERIFY(answer->isChecked());
            focused = answer;
        }
        typeKey(key, modifiers);
    };
    auto announced = [&](const QString &question) {
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now && w->questionPage()->answerButtons().contains(qobject_cast<QAbstractButton *>(now)),
                 qPrintable(focusDescription()));
        QCOMPARE(text->accessibleName(), question);
        QCOMPARE(groupsAnnounced(focused, now), QStringList{question});
        focused = now;
    };
    answerWithKeys(QStringLiteral("acute_danger"), QStringLiteral("no"), Qt::Key_Return);
    announced(QStringLiteral("Who shares the data?"));
    answerWithKeys(QStringLiteral("sharer"), QStringLiteral("police"), Qt::Key_Return);
    announced(QStringLiteral("Which data do you want to share?"));
    answerWithKeys(QStringLiteral("data"), QStringLiteral("ordinary"), Qt::Key_Return);
    announced(QStringLiteral("To whom?"));
    answerWithKeys(QStringLiteral("recipient"), QString(), Qt::Key_Left, Qt::AltModifier);
    announced(QStringLiteral("Which data do you want to share?"));
    answerWithKeys(QStringLiteral("data"), QString(), Qt::Key_Return);
    announced(QStringLiteral("To whom?"));
    answerWithKeys(QStringLiteral("recipient"), QStringLiteral("prosecution"), Qt::Key_Return);

    QCOMPARE(w->page(), MainWindow::Page::Review);
    typeKey(Qt::Key_Return);
    QCOMPARE(w->page(), MainWindow::Page::Advice);
    VerdictBanner *banner = w->advicePage()->banner();
    QVERIFY2(banner->hasFocus(), qPrintable(focusDescription()));
    QCOMPARE(QAccessible::queryAccessibleInterface(banner)->text(QAccessible::Name),
             QStringLiteral("Advice: Sharing is required"));
}

void TestNavigation::fullTextsForScreenReaders()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    GlossaryLabel label(w->textContext());
    const QString sentence = QStringLiteral("Deelwijzer reads every word of this sentence aloud. ");
    QString longText;
    while (longText.size() < 600)
        longText += sentence;
    label.setMarkup(longText);
    QCOMPARE(label.accessibleName(), longText.simplified());
    QVERIFY(label.accessibleName().size() > 400);
}

void TestNavigation::shortcutListNamesEveryKey()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    auto *help = w->findChild<QAction *>(QStringLiteral("actionShortcuts"));
    QVERIFY(help);
    QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
    help->trigger();
    auto *dialog = w->findChild<ShortcutsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QStringList listed;
    for (QTreeWidgetItemIterator it(dialog->list()); *it; ++it)
        listed << (*it)->text(0);
    const auto actions = w->findChildren<QAction *>();
    for (QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            const bool found = std::any_of(listed.cbegin(), listed.cend(),
                                           [&](const QString &keys) { return keys.split(QStringLiteral(", ")).contains(text); });
            QVERIFY2(found, qPrintable(QStringLiteral("%1 (%2) is not listed").arg(text, action->objectName())));
        }
    }
    for (const char *pageKey : {"Home, End", "1 – 9", "F5", "Alt+1, Alt+2, Alt+3"})
        QVERIFY2(listed.contains(QString::fromUtf8(pageKey)), pageKey);
    dialog->close();
}

void TestNavigation::highContrastLinksAreReadable()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    auto *why = w->questionPage()->findChild<GlossaryLabel *>(QStringLiteral("questionWhy"));
    QVERIFY(why->text().contains(QLatin1String("href=\"term:")));
    // Pixels in the link colour of the palette the text was read with.
    const auto pixelsLike = [why](const QColor &colour) {
        const QImage image = why->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40
                    && std::abs(c.blue() - colour.blue()) < 40)
                    ++count;
            }
        }
        return count;
    };
    const QColor normalLink = QApplication::palette().color(QPalette::Link);
    QVERIFY(pixelsLike(normalLink) > 0);
    w->setHighContrast(true);
    QTRY_COMPARE(w->palette().color(QPalette::Window), QColor(Qt::black));
    QTRY_COMPARE(pixelsLike(normalLink), 0);
    QVERIFY(pixelsLike(QApplication::palette().color(QPalette::Link)) > 0);
    w->setHighContrast(false);
}

void TestNavigation::settingsFileIsPrivate()
{
    TestEnvironment env;
    const QString file = env.path(QStringLiteral("shared-settings.ini"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ui]\nlanguage=en\n");
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    { Settings settings(file); }
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // The usual place: the file and its own folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, env.path(QStringLiteral("config")));
    {
        Settings settings;
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
        const QString folder = QFileInfo(settings.fileName()).absolutePath();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther);
        QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    }
    Settings again;
    const QString folder = QFileInfo(again.fileName()).absolutePath();
    QVERIFY(folder.startsWith(env.path(QStringLiteral("config"))));
    QCOMPARE(QFile::permissions(folder) & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
    QCOMPARE(QFile::permissions(again.fileName()) & QFile::ReadOther, QFile::Permissions());
}

void TestNavigation::exportFolderIsRememberedApart()
{
    TestEnvironment env;
    env.settings()->setExportFolder(env.path(QStringLiteral("exports")));
    auto w = env.makeWindow();
    w->newAdvice();
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    QVERIFY(w->saveTo(env.path(QStringLiteral("advice.yaml"))));
    QCOMPARE(env.settings()->lastFolder(), QFileInfo(env.path(QStringLiteral("advice.yaml"))).absolutePath());
    QCOMPARE(env.settings()->exportFolder(), env.path(QStringLiteral("exports")));
}

void TestNavigation::everyTabStopShowsItsFocus()
{
    // Tab through each page: the widget with the focus must look different from the same
    // widget without it (a focus frame, a highlighted row), or a keyboard user is lost.
    TestEnvironment env;
    auto w = env.makeWindow();
    w->resize(1000, 720);
    auto tabAround = [&](const QString &page) {
        QStringList unseen;
        QSet<QWidget *> visited;
        for (int step = 0; step < 40; ++step) {
            typeKey(Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            if (!focused || visited.contains(focused))
                break;
            visited.insert(focused);
            // The widget and a few pixels around it (a ring may be drawn just outside).
            auto picture = [&] {
                QTest::qWait(20);
                const QRect around(focused->mapTo(w.get(), QPoint(-3, -3)), focused->size() + QSize(6, 6));
                return w->grab(around).toImage();
            };
            const QImage with = picture();
            // The same widget without the focus: give it to the window for a moment.
            w->setFocus(Qt::OtherFocusReason);
            const QImage without = picture();
            focused->setFocus(Qt::TabFocusReason);
            if (with == without)
                unseen << QStringLiteral("%1 %2").arg(QString::fromLatin1(focused->metaObject()->className()),
                                                      focused->objectName());
        }
        QVERIFY2(visited.size() >= 3, qPrintable(page));
        QVERIFY2(unseen.isEmpty(), qPrintable(page + QStringLiteral(": no visible focus on ") + unseen.join(QStringLiteral(", "))));
    };
    tabAround(QStringLiteral("start"));
    w->newAdvice();
    tabAround(QStringLiteral("question 1"));
    pick(*w, QStringLiteral("acute_danger"), {QStringLiteral("no")});
    pick(*w, QStringLiteral("sharer"), {QStringLiteral("police")});
    pick(*w, QStringLiteral("data"), {QStringLiteral("ordinary")});
    pick(*w, QStringLiteral("recipient"), {QStringLiteral("prosecution")});
    tabAround(QStringLiteral("review"));
    w->showAdvice();
    tabAround(QStringLiteral("advice"));
}

void TestNavigation::shortcutListWrapsLongDescriptions()
{
    // No description in Help > Keyboard shortcuts ends in "…": a long one takes more lines.
    TestEnvironment env;
    auto w = env.makeWindow(QStringLiteral("nl"));
    w->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    auto *dialog = w->findChild<ShortcutsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->resize(540, 440); // as it opened on a 1280x800 screen
    QTreeWidget *list = dialog->list();
    QStringList cut;
    int longOnes = 0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            cut.clear();
            longOnes = 0;
            for (QTreeWidgetItemIterator it(list); *it; ++it) {
                const QString what = (*it)->text(1);
                if (what.isEmpty())
                    continue;
                const QRect cell = list->visualItemRect(*it).intersected(
                    QRect(list->header()->sectionViewportPosition(1), 0, list->header()->sectionSize(1), 1 << 20));
                const QFontMetrics metrics(list->font());
                const int oneLine = metrics.height();
                // What one line of this width can hold (less the cell's margins of a few pixels).
                if (metrics.horizontalAdvance(what) > cell.width() - 8) {
                    ++longOnes;
                    if (cell.height() < 2 * oneLine)
                        cut << QStringLiteral("%1 (%2x%3)").arg(what).arg(cell.width()).arg(cell.height());
                }
            }
            return cut.isEmpty();
        }(),
        qPrintable(cut.join(QStringLiteral(" | "))), 3000);
    QVERIFY2(longOnes > 0, "no description is longer than a line: the check proves nothing at this size");
}
