// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace deelwijzer {

class GroundViewer;
class MainActions;
class RuleTextContext;
class ShortcutsDialog;
class TermViewer;

/// The windows that explain rather than advise: a legal ground and a glossary term (from a
/// link on any page), the keyboard shortcuts, and the about boxes of the rules and the app.
/// Each is made the first time it is asked for and then reused.
class InfoWindows : public QObject
{
    Q_OBJECT

public:
    /// Follows the links routed through `context` and the Help menu of `actions`.
    InfoWindows(RuleTextContext *context, MainActions *actions, QWidget *window);

    GroundViewer *groundViewer();
    TermViewer *termViewer();
    void showGround(const QString &groundId);
    void showTerm(const QString &termId);
    void showShortcuts();
    void showAboutRules();

private:
    RuleTextContext *m_context;
    QWidget *m_window;
    QPointer<GroundViewer> m_groundViewer;
    QPointer<TermViewer> m_termViewer;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace deelwijzer
