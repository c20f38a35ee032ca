// SPDX-License-Identifier: EUPL-1.2
#include "testhelpers.h"

#include "mainwindow.h"
#include "optionbuttons.h"
#include "settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace deelwijzer {

TestEnvironment::TestEnvironment()
    : m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini"))))
{
}

TestEnvironment::~TestEnvironment() = default;

QString TestEnvironment::demoRules()
{
    return QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo");
}

QString TestEnvironment::brokenRules()
{
    return QStringLiteral(DEELWIJZER_GUI_TEST_DATA "/broken-rules");
}

std::unique_ptr<MainWindow> TestEnvironment::makeWindow(const QString &language)
{
    m_settings->setLanguage(language);
    auto window = std::make_unique<MainWindow>(m_settings.get(), autosaveFolder());
    window->setConfirmUnsaved(false);
    window->resize(1000, 720);
    if (!window->loadRuleSetFolder(demoRules()))
        qFatal("The demo rules (%s) did not load: the GUI tests need them.", qPrintable(demoRules()));
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void typeKey(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

QString focusDescription()
{
    QWidget *w = QApplication::focusWidget();
    if (!w)
        return QStringLiteral("(nothing)");
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QStringList clippedWidgets(QWidget *root)
{
    QStringList clipped;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(root) || !label->wordWrap() || label->text().isEmpty())
            continue;
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            clipped << QStringLiteral("label %1 \"%2\": %3 < %4")
                           .arg(label->objectName(), label->text().left(40))
                           .arg(label->height())
                           .arg(needed);
    }
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(root))
            continue;
        if (button->hasHeightForWidth()) {
            const int needed = button->heightForWidth(button->width());
            if (needed > button->height() + 1)
                clipped << QStringLiteral("option %1: %2 < %3").arg(button->objectName()).arg(button->height()).arg(needed);
        } else if (!button->text().isEmpty()) {
            const QSize hint = button->minimumSizeHint();
            if (hint.width() > button->width() + 1 || hint.height() > button->height() + 1)
                clipped << QStringLiteral("button %1 \"%2\": %3x%4 < %5x%6")
                               .arg(button->objectName(), button->text())
                               .arg(button->width())
                               .arg(button->height())
                               .arg(hint.width())
                               .arg(hint.height());
        }
    }
    return clipped;
}

QStringList offTheRight(QWidget *root)
{
    QStringList off;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool text = qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget);
        if (!text || !widget->isVisibleTo(root) || widget->width() <= 0)
            continue;
        const int right = widget->mapTo(root, QPoint(widget->width(), 0)).x();
        if (right > root->width() + 1)
            off << QStringLiteral("%1 \"%2\" ends at %3 of %4")
                       .arg(widget->objectName(), widget->property("text").toString().left(30))
                       .arg(right)
                       .arg(root->width());
    }
    return off;
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                             || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!control)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

} // namespace deelwijzer
