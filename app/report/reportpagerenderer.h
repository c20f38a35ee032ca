// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "pagedecoration.h"

#include <QMarginsF>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QTextDocument;
QT_END_NAMESPACE

namespace deelwijzer {

/// Paints a QTextDocument onto the pages of a paged device (QPdfWriter, QPrinter, a print
/// preview) with a header and footer of our own on every page ("page X of Y", the
/// verification code, the rule set), instead of QTextDocument::print()'s bare page numbers.
///
/// It works on a copy of the document laid out for the device (its resolution and paper):
///   1. the copy's layout gets the device as paint device, so fonts are measured at the
///      device's resolution and nothing is scaled afterwards;
///   2. the copy is paginated with QTextDocument::setPageSize() to the text area of a page;
///   3. the ReportProperty hints (reportproperties.h) are applied: page breaks are added before
///      blocks and tables that would be split and before headings that would end a page;
///   4. each page is drawn with QAbstractTextDocumentLayout::draw() clipped to that page, and
///      the header and footer are painted around it.
///
/// Coordinates are those of the paper: the renderer reads the device's page layout and works
/// for a QPdfWriter without margins as well as for a QPrinter in either page mode.
class ReportPageRenderer
{
public:
    /// Distances from the paper's edges, in millimetres. The text area lies inside `margins`;
    /// the header sits in the top margin and the footer in the bottom margin.
    struct Geometry
    {
        QMarginsF margins{20.0, 24.0, 20.0, 26.0}; // left, top, right, bottom
        qreal headerBaselineFromTop = 15.0;          // the header's text baseline
        qreal footerTopFromBottom = 20.0;            // the footer rule
    };

    ReportPageRenderer();
    ~ReportPageRenderer();
    ReportPageRenderer(const ReportPageRenderer &) = delete;
    ReportPageRenderer &operator=(const ReportPageRenderer &) = delete;

    void setGeometry(const Geometry &geometry) { m_geometry = geometry; }
    const Geometry &geometry() const { return m_geometry; }

    /// Lays `document` out for `device` (steps 1 to 3); returns the number of pages.
    /// `document` itself is not changed.
    int paginate(const QTextDocument &document, QPagedPaintDevice *device);
    /// The paginated copy from the last paginate() (for tests and diagnostics), or null.
    const QTextDocument *paginatedDocument() const { return m_document.get(); }

    /// Paginates and paints every page onto `device`, starting on its current page.
    /// Returns false and sets `error` when the device cannot be painted on.
    bool render(const QTextDocument &document, QPagedPaintDevice *device, const PageDecoration &decoration,
                QString *error = nullptr);

    /// The number of pages of the last paginate() or render().
    int pageCount() const { return m_pageCount; }

private:
    void applyKeepRules();
    void paintPage(QPainter &painter, int pageIndex, const PageDecoration &decoration) const;

    Geometry m_geometry;
    std::unique_ptr<QTextDocument> m_document;
    int m_pageCount = 0;
    qreal m_dpiX = 72;
    qreal m_dpiY = 72;
    qreal m_paperWidth = 0;   // device pixels
    qreal m_paperHeight = 0;  // device pixels
    qreal m_offsetX = 0;      // paper origin in painter coordinates
    qreal m_offsetY = 0;
    qreal m_bodyHeight = 0;
};

/// Gives every heading of `document` the KeepWithNext hint (reportproperties.h): it then starts
/// on the page of what it introduces. For long documents built from HTML (the review book).
void keepHeadingsWithNext(QTextDocument &document);

} // namespace deelwijzer
