// SPDX-License-Identifier: EUPL-1.2
#include "reviewbookdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deelwijzer {

ReviewBookDialog::ReviewBookDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Export review book"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Dutch and English"), QStringLiteral("both"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language of the review book:"), m_language);

    m_compare = new QCheckBox(tr("&Mark what changed since an earlier version of the rules"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("sinceFolder"));
    m_folder->setAccessibleName(tr("Folder of the earlier rules"));
    m_choose = new QPushButton(tr("C&hoose…"), this);
    const QString remembered = m_settings ? m_settings->reviewBookSinceFolder() : QString();
    m_folder->setText(remembered);
    m_compare->setChecked(!remembered.isEmpty());
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_compare);
    layout->addLayout(folderRow);
    layout->addWidget(buttons);

    connect(m_compare, &QCheckBox::toggled, this, &ReviewBookDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ReviewBookDialog::updateState);
    connect(m_choose, &QPushButton::clicked, this, &ReviewBookDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewBookDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewBookDialog::reject);
    updateState();
}

QString ReviewBookDialog::languageId() const
{
    return m_language->currentData().toString();
}

QString ReviewBookDialog::sinceFolder() const
{
    return m_compare->isChecked() ? m_folder->text().trimmed() : QString();
}

void ReviewBookDialog::accept()
{
    if (m_settings && m_compare->isChecked())
        m_settings->setReviewBookSinceFolder(sinceFolder());
    QDialog::accept();
}

void ReviewBookDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of the earlier rules"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ReviewBookDialog::updateState()
{
    const bool compare = m_compare->isChecked();
    m_folder->setEnabled(compare);
    m_choose->setEnabled(compare);
    // Comparing needs a folder; without comparing, the book can always be made.
    m_ok->setEnabled(!compare || !m_folder->text().trimmed().isEmpty());
}

} // namespace deelwijzer
