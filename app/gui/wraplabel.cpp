// SPDX-License-Identifier: EUPL-1.2
#include "wraplabel.h"

#include <QEvent>

#include <algorithm>

namespace deelwijzer {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void WrapLabel::checkText() const
{
    if (text() != m_text) { // setText() is not virtual: notice a new text here
        m_heights.clear();
        m_sizeHint = QSize();
        m_text = text();
    }
}

QSize WrapLabel::sizeHint() const
{
    if (!wordWrap())
        return QLabel::sizeHint();
    checkText();
    if (!m_sizeHint.isValid()) {
        // QLabel searches several widths for a "nice" shape, laying the text out each time;
        // a wrapped label in a layout gets its real height from heightForWidth(), so a
        // preferred width and one line are enough here.
        const QMargins margins = contentsMargins();
        m_sizeHint = QSize(fontMetrics().averageCharWidth() * 60 + margins.left() + margins.right(),
                           fontMetrics().height() + margins.top() + margins.bottom());
    }
    return m_sizeHint;
}

QSize WrapLabel::minimumSizeHint() const
{
    if (!wordWrap())
        return QLabel::minimumSizeHint();
    const QFontMetrics fm(font());
    const QMargins margins = contentsMargins();
    const int width = fm.averageCharWidth() * 12;
    return {width + margins.left() + margins.right(), fm.height() + margins.top() + margins.bottom()};
}

int WrapLabel::heightForWidth(int width) const
{
    checkText();
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
        m_sizeHint = QSize();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace deelwijzer
