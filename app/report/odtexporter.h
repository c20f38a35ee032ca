// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagedecoration.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
class QTextDocument;
QT_END_NAMESPACE

namespace deelwijzer {

/// Writes a report document as OpenDocument Text (ODF 1.2), walking the QTextDocument itself.
///
/// Qt 6.4's own ODF writer (QTextDocumentWriter "odf") lost text: a table cell with several
/// paragraphs was written beyond the table's declared columns, so LibreOffice dropped the
/// verdict sentence, every ground's explanation and the lists in cells; it wrote no page
/// header or footer and sized tables in points instead of percent. This writer keeps every
/// block, table and cell, gives tables their column widths and repeated header rows, keeps
/// together what the PDF keeps together, and puts the page decoration (verification code,
/// rule set, "page X of Y" as ODF fields) in the header and footer of the master page.
/// Every text is escaped, the document title in meta.xml included.
class OdtExporter
{
public:
    static bool write(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                      QString *error);
};

} // namespace deelwijzer
