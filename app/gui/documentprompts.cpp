// SPDX-License-Identifier: EUPL-1.2
#include "documentprompts.h"

#include "advicedocument.h"
#include "advicesession.h"
#include "diagnostics.h"
#include "diagnosticsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace deelwijzer {

DocumentPrompts::DocumentPrompts(AdviceDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

bool DocumentPrompts::maybeSave()
{
    const AdviceSession *session = m_document->session();
    if (!session->isStarted() || !session->isModified() || !m_confirmUnsaved)
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved advice"), tr("Your advice has not been saved. Do you want to save it first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_document->discardChanges();
        return true;
    }
    return false;
}

bool DocumentPrompts::save()
{
    const AdviceSession *session = m_document->session();
    if (!session->isStarted())
        return false;
    if (session->filePath().isEmpty())
        return saveAs();
    return saveTo(session->filePath());
}

bool DocumentPrompts::saveAs()
{
    const AdviceSession *session = m_document->session();
    if (!session->isStarted())
        return false;
    const QString suggested = session->filePath().isEmpty()
                                  ? QDir(m_document->folder()).filePath(tr("advice") + QStringLiteral(".yaml"))
                                  : session->filePath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the advice"), suggested,
                                                tr("Deelwijzer advice (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml"))
        path += QStringLiteral(".yaml");
    return saveTo(path);
}

bool DocumentPrompts::saveTo(const QString &path)
{
    QString error;
    if (m_document->save(path, &error))
        return true;
    QMessageBox::warning(m_window, tr("Not saved"),
                         tr("The advice could not be saved to %1:\n%2")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), error));
    return false;
}

void DocumentPrompts::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a saved advice"), m_document->folder(),
                                                      tr("Deelwijzer advice (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentPrompts::openFile(const QString &path)
{
    if (!m_document->session()->rules())
        return false;
    Diagnostics diagnostics;
    if (m_document->open(path, diagnostics))
        return true;
    showDiagnostics(tr("The advice in %1 could not be opened. Nothing was changed.").arg(QDir::toNativeSeparators(path)),
                    diagnostics);
    return false;
}

bool DocumentPrompts::restoreAutosave()
{
    if (!m_document->session()->rules())
        return false;
    Diagnostics diagnostics;
    if (m_document->restoreAutosave(diagnostics))
        return true;
    showDiagnostics(tr("The unfinished advice could not be restored (it no longer fits the rules in use)."), diagnostics);
    return false;
}

DocumentPrompts::CrashCopyChoice DocumentPrompts::askAboutCrashCopy()
{
    QMessageBox box(QMessageBox::Question, tr("Unfinished advice"),
                    tr("An unfinished advice of %1 was kept after Deelwijzer was not closed normally. A new advice "
                       "replaces it. Do you want to restore it instead?")
                        .arg(QLocale().toString(m_document->autosaveTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("crashCopyQuestion"));
    QPushButton *restore = box.addButton(tr("&Restore it"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("crashCopyRestore"));
    QPushButton *discard = box.addButton(tr("&Discard it and start anew"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("crashCopyDiscard"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.setEscapeButton(QMessageBox::Cancel);
    restore->setFocus();
    box.exec();
    if (box.clickedButton() == restore)
        return CrashCopyChoice::Restore;
    if (box.clickedButton() == discard)
        return CrashCopyChoice::Discard;
    return CrashCopyChoice::Cancel;
}

void DocumentPrompts::showDiagnostics(const QString &summary, const Diagnostics &diagnostics)
{
    if (!m_diagnostics)
        m_diagnostics = new DiagnosticsDialog(m_window);
    m_diagnostics->setDiagnostics(summary, diagnostics);
    m_diagnostics->open(); // window-modal, does not block the caller
}

} // namespace deelwijzer
