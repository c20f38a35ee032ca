// SPDX-License-Identifier: EUPL-1.2
#include "noticebar.h"

#include "verdictstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace deelwijzer {

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto *icon = new QLabel(this);
    icon->setPixmap(VerdictStyle::warningPixmap(fontMetrics().height()));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("noticeClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    m_textLayout = new QVBoxLayout;
    m_textLayout->addWidget(m_label);
    layout->addLayout(m_textLayout, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_label->setAccessibleDescription(tr("Notice"));
}

void NoticeBar::showNotice(std::function<QString()> text, Kind kind)
{
    m_kind = kind;
    m_text = std::move(text);
    m_label->setText(m_text());
    if (m_detail)
        m_detail->hide();
    show();
}

void NoticeBar::setDetail(QWidget *detail)
{
    m_detail = detail;
    m_detail->setParent(this);
    m_detail->hide();
    m_textLayout->addWidget(m_detail);
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_label->setAccessibleDescription(tr("Notice"));
        if (m_text)
            m_label->setText(m_text());
    }
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
