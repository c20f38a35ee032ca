// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagedecoration.h"

#include <QString>

#include <span>

QT_BEGIN_NAMESPACE
class QIODevice;
class QTextDocument;
QT_END_NAMESPACE

namespace deelwijzer {

/// Writes a report document (ReportBuilder) in one of the file formats. Knows nothing of
/// advice or rules, only of the document and what goes on every page.
class ReportExporter
{
public:
    enum class Format { Pdf, Odt, Html };

    /// One row per format: everything the app and the command line need to know of it. A new
    /// format is a row here and a case in write().
    struct FormatInfo
    {
        Format format;
        const char *suffix;      ///< written and recognised, e.g. "pdf"
        const char *otherSuffix; ///< also recognised ("htm"), or nullptr
        const char *choice;      ///< the export dialog's option (translated with choiceText())
        const char *filter;      ///< the file dialog's filter (translated with fileFilter())
    };
    static std::span<const FormatInfo> formats();

    /// The format for a file name's suffix (.pdf, .odt, .html/.htm), case-insensitive.
    static bool formatForPath(const QString &path, Format *format);
    static QString suffix(Format format);
    /// The suffixes for a message: ".pdf, .odt or .html".
    static QString suffixList();
    static QString choiceText(Format format);
    static QString fileFilter(Format format);

    /// Writes `document` in `format` (the one place that picks a writer); `language` is the
    /// report's first language, for the formats that record it.
    static bool write(Format format, const QTextDocument &document, const PageDecoration &decoration,
                      const QString &language, QIODevice *device, QString *error);

    /// PDF/A-1b, A4 portrait, 300 dpi, fonts embedded; header and footer on every page.
    static bool writePdf(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                         QString *error);
    /// OpenDocument Text via QTextDocumentWriter ("odf"), see OdtExporter.
    static bool writeOdt(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                         QString *error);
    /// The document's own HTML (QTextDocument::toHtml()), UTF-8, with `lang` set on <html>.
    static QByteArray html(const QTextDocument &document, const QString &language);
    static bool writeHtml(const QTextDocument &document, const QString &language, QIODevice *device,
                          QString *error);
};

} // namespace deelwijzer
