// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace deelwijzer {

/// Draws a route row ("3. Question?" and "→ answer" beneath) wrapped to the list's width.
/// Measuring and painting use the same text layout at the same width, so a long answer is
/// never cut off (QStyledItemDelegate measures and paints wrapped text at different widths).
class RouteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RouteDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int margin(const QStyleOptionViewItem &option) const;

    QAbstractItemView *m_view;
    /// Row heights by width, bold and text: the list asks again after every answer.
    mutable QHash<QString, int> m_heights;
    mutable QFont m_font;
};

} // namespace deelwijzer
