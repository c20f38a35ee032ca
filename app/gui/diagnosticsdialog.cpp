// SPDX-License-Identifier: EUPL-1.2
#include "diagnosticsdialog.h"

#include "pagestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace deelwijzer {

DiagnosticsDialog::DiagnosticsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Problems found"));
    m_summary = PageStyle::textLabel(this, QStringLiteral("diagnosticsSummary"));
    m_list = new QPlainTextEdit(this);
    m_list->setObjectName(QStringLiteral("diagnosticsList"));
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setAccessibleName(tr("Problems, one per line: file, line, column and message"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the problems to the clipboard"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_list->toPlainText()); });
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 20);
}

void DiagnosticsDialog::setDiagnostics(const QString &summary, const Diagnostics &diagnostics)
{
    m_summary->setText(summary);
    m_list->setPlainText(diagnostics.toString());
}

QString DiagnosticsDialog::summaryText() const
{
    return m_summary->text();
}

QString DiagnosticsDialog::diagnosticsText() const
{
    return m_list->toPlainText();
}

} // namespace deelwijzer
