// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

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

    /// The row width that fits the widest word of any row: narrower rows would have to break a word.
    int minimumWidth(const QStyleOptionViewItem &option) const;
    /// Lays `text` out in lines of `width`, breaking only between words; returns the height.
    /// Explicit line breaks are kept.
    static qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font, int width);

private:
    QString key(const QFont &font, int width, const QString &text) const;
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int margin(const QStyleOptionViewItem &option) const;

    QAbstractItemView *m_view;
    /// Row heights by width, bold and text: the list asks again after every answer.
    mutable QHash<QString, int> m_heights;
    /// The laid-out text of each row as painted, by the same key.
    mutable QHash<QString, std::shared_ptr<QTextLayout>> m_layouts;
    mutable QFont m_font;
};

} // namespace deelwijzer
