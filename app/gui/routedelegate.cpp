// SPDX-License-Identifier: EUPL-1.2
#include "routedelegate.h"

namespace deelwijzer {

QSize RouteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.font != m_font) {
        m_font = option.font;
        m_sizes.clear();
    }
    // The size depends on the words, the width they wrap in, and whether the row is bold or
    // has an icon.
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(option.rect.width())
                            .arg(index.data(Qt::FontRole).isValid() ? 1 : 0)
                            .arg(index.data(Qt::DecorationRole).isValid() ? 1 : 0)
                            .arg(index.data(Qt::DisplayRole).toString());
    if (auto it = m_sizes.constFind(key); it != m_sizes.cend())
        return it.value();
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_sizes.size() > 500)
        m_sizes.clear();
    m_sizes.insert(key, size);
    return size;
}

} // namespace deelwijzer
