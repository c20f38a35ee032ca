// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace deelwijzer {

/// Draws a ring around the widget with the keyboard focus in `area` when that widget does
/// not show its focus itself: a scroll area (Tab stops there so the arrow keys scroll the page)
/// or a text (Tab stops there so its links and its words are reachable). Buttons, answers and
/// fields draw their own focus and get no ring.
class FocusRing : public QObject
{
    Q_OBJECT

public:
    explicit FocusRing(QWidget *area);

    /// The widget the ring is drawn around, or null.
    QWidget *ringed() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *now);
    void place();
    static bool drawsNoFocusOfItsOwn(const QWidget *widget);
    /// Whether the ring goes just inside `widget` rather than just around it.
    static bool insideOf(const QWidget *widget);

    QWidget *m_area;
    QPointer<QWidget> m_ring;
    QPointer<QWidget> m_ringed;
};

} // namespace deelwijzer
