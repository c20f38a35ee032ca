// SPDX-License-Identifier: EUPL-1.2
#include "verdictbanner.h"

#include "pagestyle.h"
#include "verdictstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace deelwijzer {

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("verdictIcon"));
    m_label = PageStyle::headingLabel(this, QStringLiteral("verdictLabel"));
    m_note = PageStyle::textLabel(this, QStringLiteral("verdictNote"));
    auto *layout = new QGridLayout(this);
    const int stripe = fontMetrics().height() / 2 + 6;
    layout->setContentsMargins(stripe + 12, 12, 12, 12);
    layout->setHorizontalSpacing(fontMetrics().height());
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_label, 0, 1);
    layout->addWidget(m_note, 1, 1);
    layout->setColumnStretch(1, 1);
    // The advice page gives the banner the focus first, so a screen reader says the verdict
    // before anything else; arrows and Page Up/Down still scroll the page around it.
    setFocusPolicy(Qt::StrongFocus);
}

void VerdictBanner::setVerdict(Verdict verdict, const QString &label, const QString &note)
{
    m_verdict = verdict;
    m_label->setText(PageStyle::heading(label.toHtmlEscaped(), 1));
    m_label->setAccessibleName(label);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setAccessibleName(tr("Advice: %1").arg(label));
    setAccessibleDescription(note);
    updateIcon();
    update();
}

QString VerdictBanner::labelText() const
{
    return m_label->accessibleName();
}

void VerdictBanner::updateIcon()
{
    const int size = fontMetrics().height() * 3;
    m_icon->setPixmap(VerdictStyle::pixmap(m_verdict, size, devicePixelRatioF()));
    m_icon->setFixedSize(size, size);
    m_icon->setAccessibleName(m_label->accessibleName());
    auto *grid = static_cast<QGridLayout *>(layout());
    const int stripe = fontMetrics().height() / 2 + 6;
    grid->setContentsMargins(stripe + 12, 12, 12, 12);
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QColor colour = VerdictStyle::colour(m_verdict);
    const QRect r = rect();
    p.fillRect(r, palette().color(QPalette::Base));
    const int stripe = fontMetrics().height() / 2 + 6;
    p.fillRect(QRect(r.left(), r.top(), stripe, r.height()), colour);
    p.setPen(QPen(colour, 3));
    p.drawRect(r.adjusted(1, 1, -2, -2));
    if (hasFocus()) {
        // Inside the coloured frame, in the text colour: visible in every palette.
        p.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        p.drawRect(r.adjusted(stripe + 4, 5, -6, -6));
    }
    QFrame::paintEvent(event);
}

void VerdictBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace deelwijzer
