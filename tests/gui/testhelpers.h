// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace deelwijzer {

class MainWindow;
class Settings;

/// A main window in a sandbox: its own settings file, autosave folder and the demo rules.
class TestEnvironment
{
public:
    TestEnvironment();
    ~TestEnvironment();

    /// A new window on the demo rules (shown and exposed), sharing this environment's
    /// settings and autosave folder, so a second window sees what the first one left.
    std::unique_ptr<MainWindow> makeWindow(const QString &language = QStringLiteral("en"));

    Settings *settings() const { return m_settings.get(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString autosaveFolder() const { return m_dir.filePath(QStringLiteral("autosave")); }

    static QString demoRules();
    static QString brokenRules();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

/// Sends one key to whatever has keyboard focus, as a user would.
void typeKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
/// The widget with keyboard focus (for messages).
QString focusDescription();
/// Visible widgets under `root` whose text is cut off: word-wrapped labels and option cards
/// shorter than their text needs.
QStringList clippedWidgets(QWidget *root);
/// Visible labels and buttons under `root` that reach past its right edge.
QStringList offTheRight(QWidget *root);
/// Visible focusable controls under `root` without an accessible name.
QStringList unnamedControls(QWidget *root);

} // namespace deelwijzer
