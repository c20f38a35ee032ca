// SPDX-License-Identifier: EUPL-1.2
#include "windowpreferences.h"

#include "highcontrastpalette.h"
#include "languagemanager.h"
#include "mainactions.h"
#include "ruletextcontext.h"
#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QSplitter>

#include <algorithm>

namespace deelwijzer {

WindowPreferences::WindowPreferences(Settings *settings, RuleTextContext *context, MainActions *actions,
                                     QSplitter *splitter, QMainWindow *window)
    : QObject(window)
    , m_settings(settings)
    , m_context(context)
    , m_actions(actions)
    , m_splitter(splitter)
    , m_window(window)
    , m_languages(new LanguageManager(this))
    , m_baseFont(QApplication::font())
    , m_basePalette(QApplication::palette())
{
    connect(actions->largerAction, &QAction::triggered, this, [this] { setFontScale(m_fontScale + 25); });
    connect(actions->smallerAction, &QAction::triggered, this, [this] { setFontScale(m_fontScale - 25); });
    connect(actions->normalSizeAction, &QAction::triggered, this, [this] { setFontScale(100); });
    connect(actions->highContrastAction, &QAction::toggled, this, &WindowPreferences::setHighContrast);
    connect(actions->languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void WindowPreferences::apply()
{
    m_fontScale = m_settings->fontScale();
    if (m_fontScale != 100)
        setFontScale(m_fontScale);
    if (m_settings->highContrast())
        setHighContrast(true);
    setLanguage(m_settings->language());
    const QFontMetrics metrics = m_window->fontMetrics();
    if (!m_window->restoreGeometry(m_settings->windowGeometry()))
        m_window->resize(metrics.averageCharWidth() * 150, metrics.height() * 42);
    m_window->restoreState(m_settings->windowState());
    m_splitter->setSizes({metrics.averageCharWidth() * 38, metrics.averageCharWidth() * 100});
}

void WindowPreferences::setLanguage(const QString &language)
{
    if (!m_languages->setLanguage(language))
        return;
    m_context->setLanguage(language);
    m_settings->setLanguage(language);
    for (QAction *action : m_actions->languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void WindowPreferences::setFontScale(int percent)
{
    m_fontScale = std::clamp(percent, int(Settings::MinFontScale), int(Settings::MaxFontScale));
    QFont font = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * m_fontScale / 100.0);
    else
        font.setPixelSize(m_baseFont.pixelSize() * m_fontScale / 100);
    QApplication::setFont(font);
    m_settings->setFontScale(m_fontScale);
    // The route panel keeps a readable width for the new text size.
    const int total = std::max(m_splitter->width(), 900);
    const int route = std::min(QFontMetrics(font).averageCharWidth() * 34, total * 2 / 5);
    m_splitter->setSizes({route, std::max(total - route, 1)});
    m_actions->largerAction->setEnabled(m_fontScale < Settings::MaxFontScale);
    m_actions->smallerAction->setEnabled(m_fontScale > Settings::MinFontScale);
}

void WindowPreferences::setHighContrast(bool on)
{
    QApplication::setPalette(on ? HighContrastPalette::palette() : m_basePalette);
    m_settings->setHighContrast(on);
    if (m_actions->highContrastAction->isChecked() != on)
        m_actions->highContrastAction->setChecked(on);
}

void WindowPreferences::saveWindow()
{
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
    m_settings->sync();
}

} // namespace deelwijzer
