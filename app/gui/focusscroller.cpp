// SPDX-License-Identifier: EUPL-1.2
#include "focusscroller.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>

namespace deelwijzer {

FocusScroller::FocusScroller(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("focusScroller"));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        reveal(now);
        // Once more when the pending layouts are done: right after a page change the scroll
        // range may not be known yet.
        QTimer::singleShot(0, this, [focused = QPointer<QWidget>(now)] {
            if (focused && focused->hasFocus())
                reveal(focused);
        });
    });
}

void FocusScroller::install()
{
    if (!qApp->findChild<FocusScroller *>(QString(), Qt::FindDirectChildrenOnly))
        new FocusScroller(qApp);
}

QScrollArea *FocusScroller::scrollAreaOf(QWidget *widget)
{
    for (QWidget *w = widget ? widget->parentWidget() : nullptr; w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            if (area->widget() && area->widget()->isAncestorOf(widget))
                return area;
        }
    }
    return nullptr;
}

void FocusScroller::reveal(QWidget *widget)
{
    QScrollArea *area = scrollAreaOf(widget);
    if (!area)
        return;
    // The page's pending layout first, or the child's position is stale.
    QCoreApplication::sendPostedEvents(area->widget(), QEvent::LayoutRequest);
    const int margin = widget->fontMetrics().height() / 2;
    area->ensureWidgetVisible(widget, margin, margin);
}

} // namespace deelwijzer
