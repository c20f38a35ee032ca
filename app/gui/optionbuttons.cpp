// SPDX-License-Identifier: EUPL-1.2
#include "optionbuttons.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionButton>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace deelwijzer {

void OptionButtonText::setContent(const QString &label, const QString &hint)
{
    m_label = label;
    m_hint = hint;
    m_labelLayout.setText(label);
    m_hintLayout.setText(hint);
    m_heights.clear();
    m_paintWidth = -1;
}

namespace {
QFont labelFont(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::Bold);
    return bold;
}

int layoutLines(QTextLayout &layout, int width, int top)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = top;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return int(std::ceil(y));
}
} // namespace

void OptionButtonText::checkFont(const QFont &font) const
{
    if (m_fontSet && m_font == font)
        return;
    m_fontSet = true;
    m_font = font;
    m_labelLayout.setFont(labelFont(font));
    m_hintLayout.setFont(font);
    m_heights.clear();
    m_paintWidth = -1;
}

int OptionButtonText::layout(QTextLayout &label, QTextLayout &hint, const QFont &font, int width) const
{
    Q_UNUSED(font);
    int height = layoutLines(label, width, 0);
    if (!m_hint.isEmpty())
        height = layoutLines(hint, width, height + 2);
    return height;
}

int OptionButtonText::heightForWidth(const QFont &font, int width) const
{
    width = std::max(width, 1);
    checkFont(font);
    if (auto it = m_heights.constFind(width); it != m_heights.cend())
        return it.value();
    // Measured on scratch layouts, so the painted layout stays valid.
    QTextLayout label(m_label, labelFont(font));
    QTextLayout hint(m_hint, font);
    const int height = layout(label, hint, font, width);
    m_heights.insert(width, height);
    return height;
}

int OptionButtonText::idealWidth(const QFont &font) const
{
    const int label = QFontMetrics(labelFont(font)).horizontalAdvance(m_label);
    const int hint = m_hint.isEmpty() ? 0 : QFontMetrics(font).horizontalAdvance(m_hint);
    return std::max(label, hint);
}

int OptionButtonText::firstLineHeight(const QFont &font) const
{
    return QFontMetrics(labelFont(font)).height();
}

void OptionButtonText::paint(QPainter *painter, const QRect &rect, const QFont &font, const QPalette &palette,
                             bool enabled) const
{
    checkFont(font);
    const int width = std::max(rect.width(), 1);
    if (m_paintWidth != width) {
        const int height = layout(m_labelLayout, m_hintLayout, font, width);
        m_heights.insert(width, height);
        m_paintWidth = width;
    }
    painter->save();
    const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
    painter->setPen(palette.color(group, QPalette::WindowText));
    m_labelLayout.draw(painter, rect.topLeft());
    if (!m_hint.isEmpty())
        m_hintLayout.draw(painter, rect.topLeft());
    painter->restore();
}

template <class Base>
OptionButton<Base>::OptionButton(QWidget *parent)
    : Base(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    this->setSizePolicy(policy);
    this->setAttribute(Qt::WA_Hover);
}

template <class Base>
void OptionButton<Base>::setContent(const QString &label, const QString &hint)
{
    // Keep '&' literal: rule texts are not mnemonics.
    QString text = label;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    this->setText(text);
    this->setAccessibleName(label);
    this->setAccessibleDescription(hint);
    m_text.setContent(label, hint);
    this->updateGeometry();
    this->update();
}

template <class Base>
int OptionButton<Base>::padding() const
{
    return std::max(6, this->fontMetrics().height() / 3);
}

template <class Base>
int OptionButton<Base>::spacing() const
{
    return std::max(8, this->fontMetrics().height() / 2);
}

template <class Base>
QSize OptionButton<Base>::indicatorSize() const
{
    // Grows with the text (at 200% a 13-pixel circle would be lost next to the words).
    QStyleOptionButton opt;
    opt.initFrom(this);
    const int metric = this->style()->pixelMetric(
        std::is_same_v<Base, QRadioButton> ? QStyle::PM_ExclusiveIndicatorWidth : QStyle::PM_IndicatorWidth, &opt, this);
    const int size = std::max(metric, this->fontMetrics().height() * 4 / 5);
    return {size, size};
}

template <class Base>
QRect OptionButton<Base>::textRect(const QRect &contents) const
{
    const int left = padding() + indicatorSize().width() + spacing();
    return contents.adjusted(left, padding(), -padding(), -padding());
}

template <class Base>
int OptionButton<Base>::heightForWidth(int width) const
{
    const int textWidth = width - 2 * padding() - indicatorSize().width() - spacing();
    const int textHeight = m_text.heightForWidth(this->font(), std::max(textWidth, this->fontMetrics().height()));
    return std::max(textHeight, indicatorSize().height()) + 2 * padding();
}

template <class Base>
QSize OptionButton<Base>::sizeHint() const
{
    const int chrome = 2 * padding() + indicatorSize().width() + spacing();
    const int maxText = this->fontMetrics().averageCharWidth() * 60;
    const int width = chrome + std::min(m_text.idealWidth(this->font()) + 2, maxText);
    return {width, heightForWidth(width)};
}

template <class Base>
QSize OptionButton<Base>::minimumSizeHint() const
{
    const int chrome = 2 * padding() + indicatorSize().width() + spacing();
    const int width = chrome + this->fontMetrics().averageCharWidth() * 12;
    return {width, this->fontMetrics().height() + 2 * padding()};
}

template <class Base>
bool OptionButton<Base>::hitButton(const QPoint &pos) const
{
    return this->rect().contains(pos);
}

template <class Base>
void OptionButton<Base>::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        this->updateGeometry();
    Base::changeEvent(event);
}

template <class Base>
void OptionButton<Base>::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    this->update();
    Base::enterEvent(event);
}

template <class Base>
void OptionButton<Base>::leaveEvent(QEvent *event)
{
    m_hovered = false;
    this->update();
    Base::leaveEvent(event);
}

template <class Base>
void OptionButton<Base>::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = this->palette();

    // The card: a border in the palette's own colours, thicker when chosen, so state never
    // depends on colour alone.
    const bool chosen = this->isChecked();
    const QRectF card = QRectF(this->rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor border = chosen ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    if (m_hovered && !chosen)
        border = pal.color(QPalette::Dark);
    painter.setPen(QPen(border, chosen ? 3.0 : 1.0));
    QColor fill = pal.color(QPalette::Base);
    painter.setBrush(fill);
    painter.drawRoundedRect(card, 6, 6);

    const QRect text = textRect(this->rect());
    const QSize ind = indicatorSize();
    const int lineHeight = m_text.firstLineHeight(this->font());
    // The indicator is drawn here, in the palette's text colours, so that it stays visible in
    // any palette (the style's own indicator vanishes in a white-on-black high-contrast one).
    const QRectF box(padding() + 0.5, text.top() + std::max(0, (lineHeight - ind.height()) / 2) + 0.5,
                     ind.width() - 1.0, ind.height() - 1.0);
    const QColor ink = pal.color(this->isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    painter.setPen(QPen(ink, 1.5));
    painter.setBrush(pal.color(QPalette::Base));
    if constexpr (std::is_same_v<Base, QRadioButton>) {
        painter.drawEllipse(box);
        if (chosen) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            const qreal inset = box.width() * 0.28;
            painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset));
        }
    } else {
        painter.drawRoundedRect(box, 2, 2);
        if (chosen) {
            QPainterPath check;
            check.moveTo(box.left() + box.width() * 0.2, box.top() + box.height() * 0.52);
            check.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.75);
            check.lineTo(box.left() + box.width() * 0.8, box.top() + box.height() * 0.27);
            painter.setPen(QPen(ink, std::max(2.0, box.width() / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(check);
        }
    }

    QPalette textPalette = pal;
    textPalette.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    m_text.paint(&painter, text, this->font(), textPalette, this->isEnabled());

    if (this->hasFocus()) {
        // A dotted frame just inside the card: visible in every palette, and unlike the
        // thicker border of the chosen answer.
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1.0, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(this->rect()).adjusted(4.5, 4.5, -4.5, -4.5), 4, 4);
    }
}

template class OptionButton<QRadioButton>;
template class OptionButton<QCheckBox>;

} // namespace deelwijzer
