// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QScrollArea;
class QWidget;

namespace deelwijzer {

/// Keeps the widget with keyboard focus in view. QScrollArea scrolls to a child only when Tab
/// moves the focus; arrow keys, type-to-find and setFocus() from code left the focused answer
/// below the visible area. One instance serves the whole application.
class FocusScroller : public QObject
{
    Q_OBJECT

public:
    /// Installs the application's scroller once (later calls do nothing).
    static void install();
    /// Scrolls the nearest scroll area around `widget` so that it is visible.
    static void reveal(QWidget *widget);
    /// The scroll area whose page holds `widget` (null when none).
    static QScrollArea *scrollAreaOf(QWidget *widget);

private:
    explicit FocusScroller(QObject *parent);
};

} // namespace deelwijzer
