// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QTextFormat>

namespace deelwijzer {

/// Layout hints the report builder stores in the formats of its QTextDocument (as user
/// properties, which QTextDocument keeps but HTML and ODF writers ignore). QTextDocument's own
/// pagination knows only "break before" and "break after"; ReportPageRenderer reads these hints
/// after laying the document out on real pages and adds page breaks where a block or table
/// would otherwise be split or a heading left alone at the foot of a page.
namespace ReportProperty {
enum : int {
    /// bool, on a QTextBlockFormat or QTextTableFormat: never split over two pages (as long as
    /// it fits on one page at all).
    KeepTogether = QTextFormat::UserProperty + 0x0d10,
    /// bool, on a QTextBlockFormat or QTextTableFormat: start on the same page as the next block
    /// or table (and its first row below the header). A run of them is kept together as a whole.
    KeepWithNext,
};
/// In a report in several languages, a text in one language carries the anchor name
/// "lang-" + its language id: the one character property QTextDocument::toHtml() writes out,
/// turned into a `lang` attribute by ReportExporter::html().
inline constexpr char LanguageAnchorPrefix[] = "lang-";
// Rows: QTextDocument moves a table's *lines* to the next page, so a row of several lines can
// be split. Tables whose rows must stay whole are therefore built as one small table per row,
// each KeepTogether (the legal grounds, the checklist), or kept together as a whole.
} // namespace ReportProperty

} // namespace deelwijzer
