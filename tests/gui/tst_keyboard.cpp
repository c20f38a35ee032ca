// SPDX-License-Identifier: EUPL-1.2
#include "tst_keyboard.h"

#include "advicesession.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "routepanel.h"
#include "startpage.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QKeySequence>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <functional>
#include <map>

using namespace deelwijzer;

namespace {

/// The keys of the README's keyboard table ("Ctrl+N, Ctrl+O" and "Alt+Left / Alt+Right" are
/// several keys), in the order of the table.
QStringList readmeKeys()
{
    QFile readme(QStringLiteral(DEELWIJZER_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QStringLiteral("| key | does |"));
    if (header < 0)
        return {};
    QStringList keys;
    for (qsizetype i = header + 2; i < lines.size() && lines[i].startsWith(QLatin1Char('|')); ++i) {
        const QString cell = lines[i].section(QLatin1Char('|'), 1, 1).trimmed();
        for (const QString &group : cell.split(QStringLiteral(", ")))
            keys += group.split(QStringLiteral(" / "));
    }
    return keys;
}

/// A window on the demo rules with the question `questionId` on screen (answered along the
/// police route: no acute danger, police, ordinary data).
std::unique_ptr<MainWindow> windowAt(TestEnvironment &env, const QString &questionId)
{
    auto w = env.makeWindow();
    w->newAdvice();
    const std::vector<std::pair<QString, QStringList>> route{{QStringLiteral("acute_danger"), {QStringLiteral("no")}},
                                                             {QStringLiteral("sharer"), {QStringLiteral("police")}},
                                                             {QStringLiteral("data"), {QStringLiteral("ordinary")}},
                                                             {QStringLiteral("recipient"), {QStringLiteral("prosecution")}}};
    for (const auto &[question, answer] : route) {
        if (w->questionPage()->questionId() == questionId || w->page() != MainWindow::Page::Question)
            break;
        if (w->questionPage()->questionId() != question)
            qFatal("the demo rules asked '%s', not '%s'", qPrintable(w->questionPage()->questionId()), qPrintable(question));
        for (QAbstractButton *button : w->questionPage()->answerButtons())
            button->setChecked(answer.contains(button->property("answerId").toString()));
        w->goNext();
    }
    return w;
}

/// A window showing the complete advice of the police -> prosecution route.
std::unique_ptr<MainWindow> windowWithAdvice(TestEnvironment &env)
{
    auto w = windowAt(env, QStringLiteral("-"));
    w->showAdvice();
    return w;
}

void press(const QKeySequence &key)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keySequence(target, key);
}

/// "ClassName: title" of the modal dialog `action` opens (closed at once), or empty.
QString modalDialogOpenedBy(const std::function<void()> &action)
{
    QString seen;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&seen] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !seen.isEmpty())
            return;
        seen = QString::fromLatin1(modal->metaObject()->className()) + QStringLiteral(": ") + modal->windowTitle();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    });
    poll.start();
    action();
    // A dialog opened without blocking (open() rather than exec()) is seen and closed here.
    for (int waited = 0; waited < 2000 && (seen.isEmpty() || QApplication::activeModalWidget()); waited += 20)
        QTest::qWait(20);
    return seen;
}

QString focusedAnswer(MainWindow &w)
{
    auto *focused = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
    return focused && w.questionPage()->answerButtons().contains(focused) ? focused->property("answerId").toString()
                                                                          : QString();
}

using KeyCheck = std::function<void(TestEnvironment &, const QString &key)>;

/// What each key of the README's table must do, checked by pressing it.
const std::map<QString, KeyCheck> &keyChecks()
{
    static const std::map<QString, KeyCheck> checks{
        {QStringLiteral("Tab"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("data"));
             w->questionPage()->answerButtons().first()->setFocus();
             QCOMPARE(focusedAnswer(*w), QStringLiteral("ordinary"));
             typeKey(Qt::Key_Tab);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("health"));
         }},
        {QStringLiteral("arrows"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             w->questionPage()->answerButtons().first()->setFocus();
             typeKey(Qt::Key_Down);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("doctor"));
             typeKey(Qt::Key_Up);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("police"));
         }},
        {QStringLiteral("Space"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("data"));
             w->questionPage()->answerButtons().at(1)->setFocus();
             typeKey(Qt::Key_Space);
             QCOMPARE(w->questionPage()->selection(), QStringList{QStringLiteral("health")});
             typeKey(Qt::Key_Space);
             QCOMPARE(w->questionPage()->selection(), QStringList());
         }},
        {QStringLiteral("1–9"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             const QStringList ids{QStringLiteral("police"), QStringLiteral("doctor"), QStringLiteral("other")};
             for (int n = 0; n < int(ids.size()); ++n) {
                 typeKey(Qt::Key_1 + n);
                 QCOMPARE(w->questionPage()->selection(), QStringList{ids.at(n)});
             }
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer")); // picking does not go on
         }},
        {QStringLiteral("Home"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             w->questionPage()->answerButtons().last()->setFocus();
             typeKey(Qt::Key_Home);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("police"));
         }},
        {QStringLiteral("End"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             w->questionPage()->answerButtons().first()->setFocus();
             typeKey(Qt::Key_End);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("other"));
         }},
        {QStringLiteral("first letters of an answer"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             w->questionPage()->answerButtons().first()->setFocus();
             // The demo's answers are Police, Doctor and Someone else.
             typeKey(Qt::Key_D);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("doctor"));
             QTest::qWait(1100); // letters typed within a second make one prefix
             typeKey(Qt::Key_S);
             QCOMPARE(focusedAnswer(*w), QStringLiteral("other"));
             QVERIFY(w->questionPage()->selection().isEmpty()); // finding never chooses
         }},
        {QStringLiteral("Enter"),
         [](TestEnvironment &env, const QString &) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             // With nothing chosen, Enter on a focused answer neither picks it nor goes on.
             w->questionPage()->answerButtons().at(1)->setFocus();
             QVERIFY(w->questionPage()->selection().isEmpty());
             typeKey(Qt::Key_Return);
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
             QVERIFY(w->questionPage()->selection().isEmpty());
             // Once an answer is chosen, Enter goes on with it.
             typeKey(Qt::Key_2);
             typeKey(Qt::Key_Return);
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("data"));
             QCOMPARE(w->session()->answers().value(QStringLiteral("sharer")), QStringList{QStringLiteral("doctor")});
             typeKey(Qt::Key_1);
             w->questionPage()->nextButton()->setFocus();
             typeKey(Qt::Key_Enter);
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("consent"));
         }},
        {QStringLiteral("F1"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowAt(env, QStringLiteral("sharer"));
             press(QKeySequence(key));
             auto *dialog = w->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
             QVERIFY(dialog);
             QTRY_VERIFY(dialog->isVisible());
             dialog->close();
         }},
        {QStringLiteral("Alt+Left"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowAt(env, QStringLiteral("data"));
             press(QKeySequence(key));
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("sharer"));
         }},
        {QStringLiteral("Alt+Right"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowAt(env, QStringLiteral("data"));
             press(QKeySequence(QStringLiteral("Alt+Left")));
             press(QKeySequence(key));
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("data"));
         }},
        {QStringLiteral("F6"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowAt(env, QStringLiteral("data"));
             w->questionPage()->focusAnswers();
             QVERIFY(!w->routePanel()->view()->hasFocus());
             press(QKeySequence(key));
             QVERIFY2(w->routePanel()->view()->hasFocus(), qPrintable(focusDescription()));
             press(QKeySequence(key));
             QVERIFY2(w->questionPage()->isAncestorOf(QApplication::focusWidget()), qPrintable(focusDescription()));
         }},
        {QStringLiteral("Ctrl+R"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowWithAdvice(env);
             press(QKeySequence(key));
             QCOMPARE(w->page(), MainWindow::Page::Review);
         }},
        {QStringLiteral("Alt+Home"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowAt(env, QStringLiteral("data"));
             press(QKeySequence(key));
             QCOMPARE(w->page(), MainWindow::Page::Start);
         }},
        {QStringLiteral("Ctrl+N"),
         [](TestEnvironment &env, const QString &key) {
             auto w = env.makeWindow();
             w->startPage()->setFocus();
             press(QKeySequence(key));
             QCOMPARE(w->page(), MainWindow::Page::Question);
             QCOMPARE(w->questionPage()->questionId(), QStringLiteral("acute_danger"));
         }},
        {QStringLiteral("Ctrl+O"),
         [](TestEnvironment &env, const QString &key) {
             auto w = env.makeWindow();
             const QString dialog = modalDialogOpenedBy([&] { press(QKeySequence(key)); });
             QVERIFY2(dialog == QStringLiteral("QFileDialog: Open a saved advice"), qPrintable(dialog));
         }},
        {QStringLiteral("Ctrl+S"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowAt(env, QStringLiteral("data"));
             const QString dialog = modalDialogOpenedBy([&] { press(QKeySequence(key)); });
             QVERIFY2(dialog == QStringLiteral("QFileDialog: Save the advice"), qPrintable(dialog));
         }},
        {QStringLiteral("Ctrl+E"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowWithAdvice(env);
             const QString dialog = modalDialogOpenedBy([&] { press(QKeySequence(key)); });
             QVERIFY2(dialog == QStringLiteral("QDialog: Export advice"), qPrintable(dialog)); // format and language first
         }},
        {QStringLiteral("Ctrl+Shift+P"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowWithAdvice(env);
             const QString dialog = modalDialogOpenedBy([&] { press(QKeySequence(key)); });
             QVERIFY2(dialog == QStringLiteral("QPrintPreviewDialog: Print preview of the advice"), qPrintable(dialog));
         }},
        {QStringLiteral("Ctrl+P"),
         [](TestEnvironment &env, const QString &key) {
             auto w = windowWithAdvice(env);
             const QString dialog = modalDialogOpenedBy([&] { press(QKeySequence(key)); });
             QVERIFY2(dialog == QStringLiteral("QPrintDialog: Print the advice"), qPrintable(dialog));
         }},
        {QStringLiteral("Ctrl++"),
         [](TestEnvironment &env, const QString &key) {
             auto w = env.makeWindow();
             QCOMPARE(w->fontScale(), 100);
             press(QKeySequence(key));
             QCOMPARE(w->fontScale(), 125);
         }},
        {QStringLiteral("Ctrl+-"),
         [](TestEnvironment &env, const QString &key) {
             auto w = env.makeWindow();
             w->setFontScale(150);
             press(QKeySequence(key));
             QCOMPARE(w->fontScale(), 125);
         }},
        {QStringLiteral("Ctrl+0"),
         [](TestEnvironment &env, const QString &key) {
             auto w = env.makeWindow();
             w->setFontScale(175);
             press(QKeySequence(key));
             QCOMPARE(w->fontScale(), 100);
         }},
    };
    return checks;
}

} // namespace

void TestKeyboard::readmeTableHasKeys()
{
    // Guards the parsing below: an empty table would make the table-driven test vacuous.
    QVERIFY2(readmeKeys().size() >= 15, qPrintable(readmeKeys().join(QStringLiteral(" | "))));
}

void TestKeyboard::everyKeyOfTheReadmeTable_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : readmeKeys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestKeyboard::everyKeyOfTheReadmeTable()
{
    QFETCH(QString, key);
    const auto check = keyChecks().find(key);
    if (check == keyChecks().end())
        QFAIL(qPrintable(QStringLiteral("the README's keyboard table lists '%1', but tst_keyboard.cpp has no check for it").arg(key)));
    TestEnvironment env;
    check->second(env, key);
}

// Alt+V, L opened "Larger text" where the user wanted "Language": within one menu, every entry
// needs its own underlined letter, in each language.
void TestKeyboard::menuLettersAreUniqueInEveryMenu()
{
    TestEnvironment env;
    auto w = env.makeWindow();
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        w->setLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QList<QMenu *> menus;
        for (QAction *action : w->menuBar()->actions()) {
            if (action->menu())
                menus << action->menu();
        }
        const QList<QMenu *> topLevel = menus;
        QVERIFY(!topLevel.isEmpty());
        // The menus speak the language under test (they are retranslated on LanguageChange).
        QCOMPARE(topLevel.constFirst()->title(), language == QLatin1String("nl") ? QStringLiteral("&Bestand") : QStringLiteral("&File"));
        QStringList menuBarLetters;
        for (QMenu *menu : topLevel)
            menuBarLetters << QKeySequence::mnemonic(menu->title()).toString();
        QCOMPARE(QSet<QString>(menuBarLetters.cbegin(), menuBarLetters.cend()).size(), menuBarLetters.size());
        for (qsizetype i = 0; i < menus.size(); ++i) {
            QHash<QString, QString> taken; // letter -> entry
            for (QAction *action : menus[i]->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (action->menu())
                    menus << action->menu();
                const QString letter = QKeySequence::mnemonic(action->text()).toString();
                if (letter.isEmpty())
                    continue;
                QVERIFY2(!taken.contains(letter),
                         qPrintable(QStringLiteral("%1, menu '%2': '%3' and '%4' share the letter %5")
                                        .arg(language, menus[i]->title(), taken.value(letter), action->text(), letter)));
                taken.insert(letter, action->text());
            }
        }
    }
}
