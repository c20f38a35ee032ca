// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

#include <functional>

class QLabel;
class QStatusBar;

namespace deelwijzer {

class AdviceDocument;
class RuleTextContext;

/// The window's status bar: on the left the last thing that happened to the advice (kept safe,
/// saved, restored, exported), on the right the rules in use.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    /// Adds its labels to `bar` and follows the rules in `context` and what `document` does.
    StatusLine(QStatusBar *bar, RuleTextContext *context, AdviceDocument *document);

    /// Shows `text()` on the left (empty function: nothing); asked again after a language change.
    void setMessage(std::function<QString()> text);
    /// Says both again in the language now installed.
    void retranslate();

private:
    void updateRulesStatus();

    RuleTextContext *m_context;
    QLabel *m_message;
    QLabel *m_rulesStatus;
    std::function<QString()> m_text;
};

} // namespace deelwijzer
