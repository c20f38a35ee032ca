// SPDX-License-Identifier: EUPL-1.2
#include "pagestyle.h"

#include "wraplabel.h"

#include <QLabel>
#include <QLayout>
#include <QScrollArea>

namespace deelwijzer {

PageContent::PageContent(QWidget *parent)
    : QWidget(parent)
{
}

QSize PageContent::minimumSizeHint() const
{
    const QSize hint = QWidget::minimumSizeHint();
    return {hint.width(), 0};
}

QScrollArea *PageStyle::scrollArea(QWidget *parent, QWidget *content, const QString &objectName)
{
    if (content->layout())
        content->layout()->setSizeConstraint(QLayout::SetNoConstraint);
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

QString PageStyle::heading(const QString &html, int level)
{
    const char *size = level <= 1 ? "x-large" : level == 2 ? "large" : "medium";
    return QStringLiteral("<div style=\"font-size:%1; font-weight:600\">%2</div>")
        .arg(QLatin1String(size), html);
}

QLabel *PageStyle::headingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrapLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QLabel *PageStyle::textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrapLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QFont PageStyle::boldFont()
{
    QFont font; // resolves nothing but the weight: size and family follow the widget's parent
    font.setBold(true);
    return font;
}

int PageStyle::spacing(const QWidget *widget)
{
    return widget->fontMetrics().height() / 2 + 2;
}

} // namespace deelwijzer
