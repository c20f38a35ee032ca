// SPDX-License-Identifier: EUPL-1.2
#include "pagestyle.h"

#include <QLabel>

namespace deelwijzer {

QString PageStyle::heading(const QString &html, int level)
{
    const char *size = level <= 1 ? "x-large" : level == 2 ? "large" : "medium";
    return QStringLiteral("<div style=\"font-size:%1; font-weight:600\">%2</div>")
        .arg(QLatin1String(size), html);
}

QLabel *PageStyle::headingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QLabel *PageStyle::textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

int PageStyle::spacing(const QWidget *widget)
{
    return widget->fontMetrics().height() / 2 + 2;
}

} // namespace deelwijzer
