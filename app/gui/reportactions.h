// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportwriter.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QWidget;
QT_END_NAMESPACE

namespace deelwijzer {

/// The desktop app's print pieces for the printed advice (design §6), for File → Print preview,
/// Print and Export. Self-contained: each function takes a ReportRequest (the rule set, the
/// advice, the language, the optional case reference and title, the date) and does the rest,
/// including error messages. Every output renders the one report document of ReportBuilder,
/// so what the preview shows is what the printer and the PDF get.
///
///     ReportRequest request;
///     request.rules = &ruleSet;            // must outlive the call
///     request.advice = &advice;
///     request.language = ReportLanguage::Dutch;
///     request.caseReference = referenceField->text();   // optional, typed by the user
///     request.created = QDateTime::currentDateTime();
///     ReportActions::printPreview(request, this);
///
/// Needs Qt6::Widgets and Qt6::PrintSupport (QPrinter, QPrintDialog, QPrintPreviewDialog) and
/// links deelwijzer_report. Only print() and printPreview() create a QPrinter, which makes Qt
/// load the operating system's print service (CUPS on Linux), and only when the user asks for
/// it; exportReport() writes PDF through QPdfWriter and never does (design §7).
class ReportActions
{
    Q_DECLARE_TR_FUNCTIONS(ReportActions)

public:
    /// Shows a print preview (QPrintPreviewDialog, modal) of the advice on A4; the user can
    /// print from there. Returns when the dialog closes.
    static void printPreview(const ReportRequest &request, QWidget *parent);

    /// Asks for a printer (QPrintDialog) and prints the advice. Returns true when it was sent
    /// to the printer; false when the user cancelled or printing failed (a message was shown).
    static bool print(const ReportRequest &request, QWidget *parent);

    /// Asks for a format (PDF/A, ODT, HTML) and language, then for a file name, and writes the
    /// advice there (readable by the user alone). The file dialog opens in `folder` (empty:
    /// the documents folder). Returns true when a file was written and sets `writtenPath`;
    /// false when the user cancelled or writing failed (a message was shown).
    static bool exportReport(const ReportRequest &request, QWidget *parent, const QString &folder = QString(),
                             QString *writtenPath = nullptr);

    /// The report document itself, e.g. for showing it on screen in a QTextBrowser.
    static std::unique_ptr<QTextDocument> document(const ReportRequest &request);

    /// A file name to suggest: "deelwijzer-advies-7KQ2-M4XD-P9R3.pdf".
    static QString suggestedFileName(const ReportRequest &request, const QString &suffix);
};

} // namespace deelwijzer
