// SPDX-License-Identifier: EUPL-1.2
#include "focusring.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace deelwijzer {

namespace {
/// The ring itself: a frame in the palette's highlight colour over its parent, letting every
/// mouse event through.
class Ring : public QWidget
{
public:
    explicit Ring(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const qreal width = std::max(2.0, fontMetrics().height() / 8.0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }
};
} // namespace

FocusRing::FocusRing(QWidget *area)
    : QObject(area)
    , m_area(area)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

QWidget *FocusRing::ringed() const
{
    return m_ring && m_ring->isVisible() ? m_ringed.data() : nullptr;
}

bool FocusRing::drawsNoFocusOfItsOwn(const QWidget *widget)
{
    // Item views draw their current item; every other scroll area and every label draws nothing.
    return (qobject_cast<const QAbstractScrollArea *>(widget) && !qobject_cast<const QAbstractItemView *>(widget))
           || qobject_cast<const QLabel *>(widget);
}

void FocusRing::follow(QWidget *now)
{
    if (m_ringed)
        m_ringed->removeEventFilter(this);
    if (!now || !m_area->isAncestorOf(now) || !drawsNoFocusOfItsOwn(now)) {
        m_ringed = nullptr;
        if (m_ring)
            m_ring->hide();
        return;
    }
    m_ringed = now;
    // Around a text, a few pixels outside it (over the page's spacing), so the ring never
    // crosses the words; inside a scroll area, which fills its page to the edges.
    QWidget *holder = insideOf(now) ? now : now->parentWidget();
    if (!m_ring)
        m_ring = new Ring(holder);
    else if (m_ring->parentWidget() != holder)
        m_ring->setParent(holder);
    place();
    m_ring->show();
    m_ring->raise();
    now->installEventFilter(this);
}

bool FocusRing::insideOf(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) || !widget->parentWidget();
}

void FocusRing::place()
{
    if (insideOf(m_ringed)) {
        m_ring->setGeometry(m_ringed->rect());
    } else {
        const int margin = std::max(3, m_ringed->fontMetrics().height() / 5);
        m_ring->setGeometry(m_ringed->geometry().adjusted(-margin, -margin, margin, margin));
    }
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ringed && m_ring && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace deelwijzer
