// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace deelwijzer {

/// What ReportPageRenderer paints above and below the text on every page.
///
///     headerLeft   "Deelwijzer – advies · Zaakreferentie: 2026-114"     headerRight "Verificatiecode 7KQ2-…"
///     ──────────────────────────────────────────────────────────────────────────────────
///     (the document's text)
///     ──────────────────────────────────────────────────────────────────────────────────
///     footerLeft   "Regelset demo 1.0.0 (concept) · 15 januari 2026"  pageLabel "Pagina 1 van 3"
///     footerSecond "SHA-256 3f2a…"
struct PageDecoration
{
    QString headerLeft;
    QString headerRight;
    /// Parts joined by footerBreak; where the line is too long, a renderer starts a new line at
    /// each footerBreak instead of breaking inside a part (a date, a rule-set name).
    QString footerLeft;
    QString footerSecond;
    /// "Pagina %1 van %2": %1 becomes the page number, %2 the number of pages.
    QString pageLabel;

    static QString footerBreak() { return QStringLiteral(" \u00B7 "); }
};

} // namespace deelwijzer
