// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagedecoration.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
class QTextDocument;
QT_END_NAMESPACE

namespace deelwijzer {

/// Writes a report document as OpenDocument Text with QTextDocumentWriter ("odf").
///
/// Qt 6.4's ODF writer needs help with two things, done on a copy of the document first:
///   - it writes a table's percentage width as that many *points* ("100%" becomes "100pt",
///     a 3.5 cm wide table) and column percentages as invalid lengths, so widths are turned
///     into fixed lengths of the A4 text area before writing;
///   - character formats without a font family come out as the generic "Sans", so the report's
///     family is set on every fragment.
class OdtExporter
{
public:
    /// The width of the text area the ODT's tables are sized for: A4 less 2 × 20 mm, in points.
    static constexpr double TextWidthPoints = (210.0 - 40.0) / 25.4 * 72.0;

    static bool write(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                      QString *error);
};

} // namespace deelwijzer
