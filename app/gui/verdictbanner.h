// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "verdict.h"

#include <QFrame>

class QLabel;

namespace deelwijzer {

/// The verdict at the top of the advice: shape icon, verdict in words and its note, in a frame
/// with a broad stripe in the verdict's colour. Text stays in the palette's colours, so it is
/// readable in any palette, and the verdict is never told by colour alone.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void setVerdict(Verdict verdict, const QString &label, const QString &note);
    Verdict verdict() const { return m_verdict; }
    QString labelText() const;

protected:
    void focusInEvent(QFocusEvent *event) override { update(); QFrame::focusInEvent(event); }
    void focusOutEvent(QFocusEvent *event) override { update(); QFrame::focusOutEvent(event); }
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Verdict m_verdict = Verdict::Consult;
    QLabel *m_icon;
    QLabel *m_label;
    QLabel *m_note;
};

} // namespace deelwijzer
