// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagedecoration.h"

#include <QString>

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

    /// The format for a file name's suffix (.pdf, .odt, .html/.htm), case-insensitive.
    static bool formatForPath(const QString &path, Format *format);
    static QString suffix(Format format);

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
