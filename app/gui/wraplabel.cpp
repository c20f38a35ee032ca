// SPDX-License-Identifier: EUPL-1.2
#include "wraplabel.h"

#include <QEvent>

namespace deelwijzer {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    if (text() != m_text) { // setText() is not virtual: notice a new text here
        m_heights.clear();
        m_text = text();
    }
    if (auto it = m_heights.constFind(width); it != m_heights.cend())
        return it.value();
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() > 64)
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

bool WrapLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace deelwijzer
