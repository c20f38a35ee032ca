// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QWidget;

namespace deelwijzer {

class AdviceSession;
class Diagnostics;
class DocumentPrompts;
class MainActions;
class RuleSetController;
class Settings;
class StartPage;
class StatusLine;

/// File > Open rule-set folder and Use the built-in rules: asks for the folder, checks the rules
/// before the advice in progress is given up for them, and says what went wrong or what is
/// worth knowing (warnings) about the rules that loaded.
class RuleSetCommands : public QObject
{
    Q_OBJECT

public:
    RuleSetCommands(RuleSetController *ruleSets, AdviceSession *session, DocumentPrompts *prompts,
                    Settings *settings, StatusLine *status, QWidget *window);
    /// Follows the File menu's rule-set actions and the start page's buttons.
    void connectTo(MainActions *actions, StartPage *startPage);

    /// Asks for a folder and uses its rules.
    void openFolder();
    /// Uses the rules in `folder`: false when they do not load or the user keeps the advice.
    bool loadFolder(const QString &folder);
    void useBuiltin();

private:
    /// New rules start the advice over: asks to save an advice in progress first.
    bool confirmRestart();
    void reportFailure(const QString &folder, const Diagnostics &diagnostics);
    void reportWarnings();

    RuleSetController *m_ruleSets;
    AdviceSession *m_session;
    DocumentPrompts *m_prompts;
    Settings *m_settings;
    StatusLine *m_status;
    QWidget *m_window;
};

} // namespace deelwijzer
