// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace deelwijzer {

class AdviceDocument;
class Diagnostics;
class DiagnosticsDialog;

/// The window's side of the AdviceDocument: the file dialogs, the questions asked before work
/// could be lost (save first? restore the copy kept after a crash?) and what went wrong.
class DocumentPrompts : public QObject
{
    Q_OBJECT

public:
    enum class CrashCopyChoice { Restore, Discard, Cancel };

    DocumentPrompts(AdviceDocument *document, QWidget *window);

    /// Ask before unsaved work is lost (off in tests).
    void setConfirmUnsaved(bool on) { m_confirmUnsaved = on; }
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    bool save();
    bool saveAs();
    /// Saves to `path`; a message says why when it fails.
    bool saveTo(const QString &path);
    /// Asks which saved advice to open and opens it.
    void open();
    /// Opens `path` without asking; false (with the diagnostics dialog) on problems.
    bool openFile(const QString &path);
    /// Restores the copy kept after a crash; false (with the diagnostics dialog) on problems.
    bool restoreAutosave();
    /// Asks what to do with the copy kept after a crash before a new advice replaces it.
    CrashCopyChoice askAboutCrashCopy();
    /// Shows `summary` and the problems (FILE:LINE:COL) in a window-modal dialog.
    void showDiagnostics(const QString &summary, const Diagnostics &diagnostics);
    /// The dialog listing the problems (null until first shown).
    DiagnosticsDialog *diagnosticsDialog() const { return m_diagnostics; }

private:
    AdviceDocument *m_document;
    QWidget *m_window;
    QPointer<DiagnosticsDialog> m_diagnostics;
    bool m_confirmUnsaved = true;
};

} // namespace deelwijzer
