// SPDX-License-Identifier: EUPL-1.2
#include "referencefield.h"

#include "pagestyle.h"
#include "personaldatadetector.h"
#include "verdictstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deelwijzer {

ReferenceField::ReferenceField(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("referenceField"));
    m_label = new QLabel(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("referenceEdit"));
    m_edit->setMaxLength(120);
    m_edit->setClearButtonEnabled(true);
    m_label->setBuddy(m_edit);
    m_help = PageStyle::textLabel(this);

    m_warning = new QWidget(this);
    m_warning->setObjectName(QStringLiteral("referenceWarning"));
    m_warningIcon = new QLabel(m_warning);
    m_warningText = PageStyle::textLabel(m_warning, QStringLiteral("referenceWarningText"));
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningText, 1);
    // The way out of the warning: remove the text before it is saved or printed.
    m_removeButton = new QPushButton(m_warning);
    m_removeButton->setObjectName(QStringLiteral("referenceRemove"));
    m_removeButton->setAutoDefault(true);
    warningLayout->addWidget(m_removeButton, 0, Qt::AlignTop);
    m_warning->hide();
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        check();
        m_edit->setFocus(Qt::OtherFocusReason);
        Q_EMIT referenceEdited(QString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_help);
    layout->addWidget(m_warning);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        check();
        Q_EMIT referenceEdited(text);
    });
    retranslateUi();
}

QString ReferenceField::reference() const
{
    return m_edit->text();
}

void ReferenceField::setReference(const QString &reference)
{
    if (m_edit->text() != reference)
        m_edit->setText(reference);
    check();
}

bool ReferenceField::isWarningVisible() const
{
    return !m_warning->isHidden();
}

QString ReferenceField::warningText() const
{
    return m_warningText->text();
}

void ReferenceField::check()
{
    const auto findings = PersonalDataDetector::scan(m_edit->text());
    const QString warning = PersonalDataDetector::warning(findings);
    m_warningText->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    const int size = fontMetrics().height();
    m_warningIcon->setPixmap(VerdictStyle::warningPixmap(size, devicePixelRatioF()));
    m_warningIcon->setAccessibleName(tr("Warning"));
    // Screen readers hear the warning with the field.
    m_edit->setAccessibleDescription(warning.isEmpty() ? m_help->text() : warning);
}

void ReferenceField::retranslateUi()
{
    m_label->setText(tr("Case &reference (optional)"));
    m_edit->setPlaceholderText(tr("for example your own file number"));
    m_edit->setAccessibleName(tr("Case reference (optional)"));
    m_help->setText(tr("Printed on the advice. Never a name, date of birth, BSN, phone number or e-mail address."));
    m_removeButton->setText(tr("Re&move the reference"));
    check();
}

void ReferenceField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        check();
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
