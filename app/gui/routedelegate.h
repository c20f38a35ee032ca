// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace deelwijzer {

/// Draws the route rows like QStyledItemDelegate but remembers each row's wrapped size, so
/// the list does not lay out every answered question's text again after each answer.
class RouteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QSize> m_sizes;
    mutable QFont m_font;
};

} // namespace deelwijzer
