// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>

class QMainWindow;
class QSplitter;

namespace deelwijzer {

class LanguageManager;
class MainActions;
class RuleTextContext;
class Settings;

/// How the user wants the window: language, text size, high contrast, size and place. Applies
/// them at start, follows the View menu and keeps every change in the settings.
class WindowPreferences : public QObject
{
    Q_OBJECT

public:
    /// `splitter` holds the route (left) and the pages; its sizes follow the text size.
    WindowPreferences(Settings *settings, RuleTextContext *context, MainActions *actions, QSplitter *splitter,
                      QMainWindow *window);

    LanguageManager *languageManager() const { return m_languages; }
    int fontScale() const { return m_fontScale; }

    /// Applies the stored preferences and the window's last size and place (once, at start).
    void apply();
    /// Switches the UI and the rule texts to `language` ("nl", "en"); unknown ones are ignored.
    void setLanguage(const QString &language);
    /// Text size in percent of the system's, within Settings' limits.
    void setFontScale(int percent);
    void setHighContrast(bool on);
    /// Keeps the window's size, place and layout for the next start.
    void saveWindow();

private:
    Settings *m_settings;
    RuleTextContext *m_context;
    MainActions *m_actions;
    QSplitter *m_splitter;
    QMainWindow *m_window;
    LanguageManager *m_languages;
    int m_fontScale = 100;
    QFont m_baseFont;
    QPalette m_basePalette;
};

} // namespace deelwijzer
