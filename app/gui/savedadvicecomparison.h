// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advicereplay.h"

#include <QFrame>

class QLabel;

namespace deelwijzer {

class AdviceSession;
class RuleTextContext;

/// Beside the notice that an opened advice was saved under other rules: what the current rules
/// advise for the same answers and how that differs from the advice saved in the file (or
/// which question the current rules now ask). Hidden until shown for a reopened advice.
class SavedAdviceComparison : public QFrame
{
    Q_OBJECT

public:
    SavedAdviceComparison(const RuleTextContext *context, const AdviceSession *session, QWidget *parent = nullptr);

    /// Shows how the session's advice under the rules in use compares with the advice saved in
    /// its file; kept up to date while shown (answering the question the current rules add
    /// brings their advice).
    void showComparison();
    /// The text shown, for tests and screen readers.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString adviceText(const AdviceSummary &advice) const;
    QString groundList(const QStringList &ids) const;
    QString questionText(const QString &id) const;

    const RuleTextContext *m_context;
    const AdviceSession *m_session;
    QLabel *m_heading;
    QLabel *m_text;
};

} // namespace deelwijzer
