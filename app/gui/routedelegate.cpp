// SPDX-License-Identifier: EUPL-1.2
#include "routedelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <cmath>

namespace deelwijzer {

namespace {

QFont rowFont(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QFont font = option.font;
    const QVariant role = index.data(Qt::FontRole);
    if (role.isValid())
        font = qvariant_cast<QFont>(role).resolve(font);
    return font;
}

} // namespace

qreal RouteDelegate::layoutText(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(t);
    layout.setFont(font);
    layout.setCacheEnabled(true);
    QTextOption option;
    // Words are never broken: the panel is kept at least as wide as the widest word.
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

RouteDelegate::RouteDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int RouteDelegate::margin(const QStyleOptionViewItem &option) const
{
    return QFontMetrics(option.font).height() / 4 + 2;
}

int RouteDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Before the list is laid out its viewport may have no width yet: assume a usual one (the
    // list lays its rows out again when it gets its real size).
    int viewportWidth = m_view->viewport()->width();
    if (viewportWidth < 80)
        viewportWidth = QFontMetrics(option.font).averageCharWidth() * 36;
    int width = viewportWidth - 2 * margin(option);
    if (index.data(Qt::DecorationRole).isValid())
        width -= option.decorationSize.width() + margin(option);
    return std::max(width, 40);
}

int RouteDelegate::minimumWidth(const QStyleOptionViewItem &option) const
{
    const QAbstractItemModel *model = m_view->model();
    int widest = 0;
    bool decorated = false;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QFontMetrics metrics(rowFont(option, index));
        const QStringList words = index.data(Qt::DisplayRole).toString().split(QRegularExpression(QStringLiteral("\\s+")),
                                                                               Qt::SkipEmptyParts);
        for (const QString &word : words)
            widest = std::max(widest, metrics.horizontalAdvance(word));
        decorated = decorated || index.data(Qt::DecorationRole).isValid();
    }
    int width = widest + 2 * margin(option) + 1;
    if (decorated)
        width += option.decorationSize.width() + margin(option);
    return width;
}

QString RouteDelegate::key(const QFont &font, int width, const QString &text) const
{
    return QStringLiteral("%1|%2|%3").arg(width).arg(font.bold() ? 1 : 0).arg(text);
}

QSize RouteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (option.font != m_font) {
        m_font = option.font;
        m_heights.clear();
        m_layouts.clear();
    }
    const QFont font = rowFont(option, index);
    const int width = textWidth(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString key = this->key(font, width, text);
    int height = m_heights.value(key, -1);
    if (height < 0) {
        QTextLayout layout;
        height = int(std::ceil(layoutText(layout, text, font, width)));
        if (m_heights.size() > 1000)
            m_heights.clear();
        m_heights.insert(key, height);
    }
    return {std::max(m_view->viewport()->width(), 1), height + 2 * margin(option)};
}

void RouteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text ourselves.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const int m = margin(option);
    int left = opt.rect.left() + m;
    const QIcon icon = qvariant_cast<QIcon>(index.data(Qt::DecorationRole));
    if (!icon.isNull()) {
        const QSize size = option.decorationSize;
        icon.paint(painter, QRect(QPoint(left, opt.rect.top() + m), size));
        left += size.width() + m;
    }
    const QFont font = rowFont(option, index);
    const int width = textWidth(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString key = this->key(font, width, text);
    std::shared_ptr<QTextLayout> layout = m_layouts.value(key);
    if (!layout) {
        layout = std::make_shared<QTextLayout>();
        layoutText(*layout, text, font, width);
        if (m_layouts.size() > 200)
            m_layouts.clear();
        m_layouts.insert(key, layout);
    }
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    layout->draw(painter, QPointF(left, opt.rect.top() + m));
    if ((opt.state & QStyle::State_HasFocus) && widget && widget->hasFocus()) {
        // Fusion draws a focus frame only after Tab; F6 jumps here, so draw our own, in the
        // text colour (visible on the selection and in every palette).
        painter->setPen(QPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text), 2,
                             Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(opt.rect).adjusted(2, 2, -2, -2));
    }
    painter->restore();
}

} // namespace deelwijzer
