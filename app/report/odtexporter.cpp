// SPDX-License-Identifier: EUPL-1.2
#include "odtexporter.h"

#include "reportproperties.h"

#include <QColor>
#include <QCoreApplication>
#include <QDataStream>
#include <QFontMetricsF>
#include <QHash>
#include <QIODevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <array>

namespace deelwijzer {

namespace {

/// The width of the text area: A4 less 2 × 20 mm.
constexpr double TextWidthCm = 17.0;

/// `text` as XML character data: markup escaped, and characters XML 1.0 forbids (control
/// characters in a hostile case reference) replaced, so the file always opens.
QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '&')
            out += QLatin1String("&amp;");
        else if (u == '<')
            out += QLatin1String("&lt;");
        else if (u == '>')
            out += QLatin1String("&gt;");
        else if (u == '"')
            out += QLatin1String("&quot;");
        else if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xfffe || u == 0xffff)
            out += QChar(0xfffd);
        else
            out += c;
    }
    return out;
}

/// Paragraph text in ODF: tabs, line breaks and runs of spaces are elements of their own.
QString odfText(const QString &text)
{
    QString out;
    int spaces = 0;
    auto flushSpaces = [&] {
        if (spaces == 1)
            out += QLatin1Char(' ');
        else if (spaces > 1)
            out += QStringLiteral(" <text:s text:c=\"%1\"/>").arg(spaces - 1);
        spaces = 0;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            ++spaces;
            continue;
        }
        flushSpaces();
        if (c == QLatin1Char('\t'))
            out += QLatin1String("<text:tab/>");
        else if (c == QChar::LineSeparator || c == QLatin1Char('\n'))
            out += QLatin1String("<text:line-break/>");
        else if (c == QChar::ObjectReplacementCharacter)
            continue;
        else
            out += xmlEscaped(QString(c));
    }
    flushSpaces();
    return out;
}

QString points(double value)
{
    return QString::number(value, 'f', 2) + QLatin1String("pt");
}

QString colour(const QBrush &brush)
{
    return brush.color().name(QColor::HexRgb);
}

/// Named automatic styles, one per distinct set of properties.
class StyleTable
{
public:
    QString name(const QString &family, const QString &prefix, const QString &properties)
    {
        const QString key = family + QLatin1Char('|') + properties;
        if (const auto it = m_names.constFind(key); it != m_names.cend())
            return *it;
        const QString name = prefix + QString::number(++m_counts[prefix]);
        m_names.insert(key, name);
        m_xml += QStringLiteral("<style:style style:name=\"%1\" style:family=\"%2\"%3</style:style>\n")
                     .arg(name, family, properties);
        return name;
    }
    const QString &xml() const { return m_xml; }

private:
    QHash<QString, QString> m_names;
    QHash<QString, int> m_counts;
    QString m_xml;
};

QString textProperties(const QTextCharFormat &format)
{
    QString p;
    if (format.hasProperty(QTextFormat::FontPointSize) && format.fontPointSize() > 0)
        p += QStringLiteral(" fo:font-size=\"%1\"").arg(points(format.fontPointSize()));
    if (format.hasProperty(QTextFormat::FontWeight))
        p += format.fontWeight() >= QFont::DemiBold ? QLatin1String(" fo:font-weight=\"bold\"")
                                                    : QLatin1String(" fo:font-weight=\"normal\"");
    if (format.hasProperty(QTextFormat::FontItalic))
        p += format.fontItalic() ? QLatin1String(" fo:font-style=\"italic\"") : QLatin1String(" fo:font-style=\"normal\"");
    if (format.hasProperty(QTextFormat::ForegroundBrush) && format.foreground().style() != Qt::NoBrush)
        p += QStringLiteral(" fo:color=\"%1\"").arg(colour(format.foreground()));
    if (format.hasProperty(QTextFormat::BackgroundBrush) && format.background().style() != Qt::NoBrush)
        p += QStringLiteral(" fo:background-color=\"%1\"").arg(colour(format.background()));
    if (format.fontUnderline())
        p += QLatin1String(" style:text-underline-style=\"solid\" style:text-underline-width=\"auto\" "
                           "style:text-underline-color=\"font-color\"");
    return p;
}

/// Writes the body of content.xml from a QTextDocument.
class OdfBodyWriter
{
public:
    explicit OdfBodyWriter(StyleTable &styles) : m_styles(styles) {}

    QString frame(QTextFrame *frame)
    {
        QString out;
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    out += this->table(table);
                else
                    out += this->frame(child);
            } else {
                out += block(it.currentBlock());
            }
        }
        return out;
    }

private:
    QString block(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        QString paragraph;
        if (format.hasProperty(QTextFormat::BlockTopMargin))
            paragraph += QStringLiteral(" fo:margin-top=\"%1\"").arg(points(format.topMargin()));
        if (format.hasProperty(QTextFormat::BlockBottomMargin))
            paragraph += QStringLiteral(" fo:margin-bottom=\"%1\"").arg(points(format.bottomMargin()));
        double left = format.leftMargin();
        QString prefix;
        QString tabStops;
        if (QTextList *list = block.textList()) {
            // The number or bullet hangs in the margin, the text lines up after a tab.
            left += 18.0 * qMax(1, list->format().indent());
            paragraph += QStringLiteral(" fo:text-indent=\"%1\"").arg(points(-14));
            const QString number = list->itemText(block);
            prefix = (number.isEmpty() ? QStringLiteral("\u2022") : number) + QLatin1Char('\t');
            tabStops = QStringLiteral("<style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops>");
        }
        if (left > 0)
            paragraph += QStringLiteral(" fo:margin-left=\"%1\"").arg(points(left));
        if (format.alignment() & Qt::AlignHCenter)
            paragraph += QLatin1String(" fo:text-align=\"center\"");
        else if (format.alignment() & Qt::AlignRight)
            paragraph += QLatin1String(" fo:text-align=\"end\"");
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            paragraph += QLatin1String(" fo:break-before=\"page\"");
        if (format.property(ReportProperty::KeepTogether).toBool())
            paragraph += QLatin1String(" fo:keep-together=\"always\"");
        if (format.property(ReportProperty::KeepWithNext).toBool() || format.headingLevel() > 0)
            paragraph += QLatin1String(" fo:keep-with-next=\"always\"");
        if (format.hasProperty(QTextFormat::BackgroundBrush) && format.background().style() != Qt::NoBrush)
            paragraph += QStringLiteral(" fo:background-color=\"%1\"").arg(colour(format.background()));
        // The paragraph carries the block's character format too: an empty paragraph keeps its height.
        const QString properties = QStringLiteral("><style:paragraph-properties%1>%2</style:paragraph-properties>"
                                                  "<style:text-properties%3/>")
                                       .arg(paragraph, tabStops, textProperties(block.charFormat()));
        const QString style = m_styles.name(QStringLiteral("paragraph"), QStringLiteral("P"), properties);

        QString text;
        if (!prefix.isEmpty())
            text += odfText(prefix);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat charFormat = fragment.charFormat();
            QString span = odfText(fragment.text());
            const QString spanProperties = textProperties(charFormat);
            if (!spanProperties.isEmpty()) {
                const QString name = m_styles.name(QStringLiteral("text"), QStringLiteral("T"),
                                                   QStringLiteral("><style:text-properties%1/>").arg(spanProperties));
                span = QStringLiteral("<text:span text:style-name=\"%1\">%2</text:span>").arg(name, span);
            }
            if (charFormat.isAnchor() && !charFormat.anchorHref().isEmpty())
                span = QStringLiteral("<text:a xlink:type=\"simple\" xlink:href=\"%1\">%2</text:a>")
                           .arg(xmlEscaped(charFormat.anchorHref()), span);
            text += span;
        }
        if (format.headingLevel() > 0)
            return QStringLiteral("<text:h text:style-name=\"%1\" text:outline-level=\"%2\">%3</text:h>\n")
                .arg(style)
                .arg(format.headingLevel())
                .arg(text);
        return QStringLiteral("<text:p text:style-name=\"%1\">%2</text:p>\n").arg(style, text);
    }

    QString table(QTextTable *table)
    {
        const QTextTableFormat format = table->format();
        const int columns = table->columns();
        // Column widths in proportion to the table's constraints (percentages in the report).
        QList<double> widths;
        const QList<QTextLength> constraints = format.columnWidthConstraints();
        for (int c = 0; c < columns; ++c) {
            const QTextLength length = constraints.value(c);
            widths << (length.type() == QTextLength::VariableLength ? 100.0 / columns : length.rawValue());
        }
        double total = 0;
        for (double w : widths)
            total += w;
        const double tableWidth = format.width().type() == QTextLength::PercentageLength
                                      ? TextWidthCm * format.width().rawValue() / 100.0
                                      : TextWidthCm;
        QString tableProperties = QStringLiteral(" style:width=\"%1cm\" table:align=\"left\" fo:margin-top=\"%2\" "
                                                 "fo:margin-bottom=\"%3\"")
                                      .arg(QString::number(tableWidth, 'f', 3), points(format.topMargin()),
                                           points(format.bottomMargin()));
        if (format.property(ReportProperty::KeepTogether).toBool())
            tableProperties += QLatin1String(" style:may-break-between-rows=\"false\"");
        if (format.property(ReportProperty::KeepWithNext).toBool())
            tableProperties += QLatin1String(" fo:keep-with-next=\"always\"");
        const QString tableStyle = m_styles.name(QStringLiteral("table"), QStringLiteral("Table"),
                                                 QStringLiteral("><style:table-properties%1/>").arg(tableProperties));
        QString out = QStringLiteral("<table:table table:name=\"%1\" table:style-name=\"%2\">\n")
                          .arg(QStringLiteral("Table%1").arg(++m_tables), tableStyle);
        for (int c = 0; c < columns; ++c) {
            const double share = total > 0 ? widths[c] / total : 1.0 / columns;
            const QString columnStyle = m_styles.name(
                QStringLiteral("table-column"), QStringLiteral("Column"),
                QStringLiteral("><style:table-column-properties style:column-width=\"%1cm\" style:rel-column-width=\"%2*\"/>")
                    .arg(QString::number(tableWidth * share, 'f', 3))
                    .arg(qRound(share * 10000)));
            out += QStringLiteral("<table:table-column table:style-name=\"%1\"/>\n").arg(columnStyle);
        }
        const bool bordered = format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None;
        const QString border = bordered ? QStringLiteral("%1 %2 %3")
                                              .arg(points(qMax(0.5, format.border() * 0.75)),
                                                   format.borderStyle() == QTextFrameFormat::BorderStyle_Dashed
                                                       ? QStringLiteral("dashed")
                                                       : QStringLiteral("solid"),
                                                   colour(format.borderBrush()))
                                        : QStringLiteral("none");
        const int headerRows = qMin(format.headerRowCount(), table->rows());
        for (int r = 0; r < table->rows(); ++r) {
            if (r == 0 && headerRows > 0)
                out += QLatin1String("<table:table-header-rows>\n");
            out += QLatin1String("<table:table-row>\n");
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c) {
                    out += QLatin1String("<table:covered-table-cell/>\n");
                    continue;
                }
                const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                QString cellProperties = QStringLiteral(" fo:padding=\"%1\" fo:border=\"%2\"")
                                             .arg(points(qMax(format.cellPadding(), 0.0) * 0.75 + 1), border);
                if (cellFormat.background().style() != Qt::NoBrush)
                    cellProperties += QStringLiteral(" fo:background-color=\"%1\"").arg(colour(cellFormat.background()));
                const QString cellStyle = m_styles.name(QStringLiteral("table-cell"), QStringLiteral("Cell"),
                                                        QStringLiteral("><style:table-cell-properties%1/>").arg(cellProperties));
                QString spans;
                if (cell.columnSpan() > 1)
                    spans += QStringLiteral(" table:number-columns-spanned=\"%1\"").arg(cell.columnSpan());
                if (cell.rowSpan() > 1)
                    spans += QStringLiteral(" table:number-rows-spanned=\"%1\"").arg(cell.rowSpan());
                out += QStringLiteral("<table:table-cell table:style-name=\"%1\" office:value-type=\"string\"%2>\n")
                           .arg(cellStyle, spans);
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (QTextFrame *child = it.currentFrame()) {
                        auto *inner = qobject_cast<QTextTable *>(child);
                        out += inner ? this->table(inner) : frame(child);
                    } else {
                        out += block(it.currentBlock());
                    }
                }
                out += QLatin1String("</table:table-cell>\n");
            }
            out += QLatin1String("</table:table-row>\n");
            if (r + 1 == headerRows)
                out += QLatin1String("</table:table-header-rows>\n");
        }
        return out + QLatin1String("</table:table>\n");
    }

    StyleTable &m_styles;
    int m_tables = 0;
};

const char *const namespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " office:version=\"1.2\"";

QString contentXml(const QTextDocument &document)
{
    StyleTable styles;
    OdfBodyWriter writer(styles);
    const QString body = writer.frame(document.rootFrame());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content%1>\n"
                          "<office:automatic-styles>\n%2</office:automatic-styles>\n"
                          "<office:body><office:text>\n%3</office:text></office:body>\n</office:document-content>\n")
        .arg(QLatin1String(namespaces), styles.xml(), body);
}

/// "Pagina %1 van %2" with the page number and count as ODF fields.
QString pageLabel(const QString &label)
{
    QString out = odfText(label);
    out.replace(QLatin1String("%1"), QLatin1String("<text:page-number text:select-page=\"current\">1</text:page-number>"));
    out.replace(QLatin1String("%2"), QLatin1String("<text:page-count>1</text:page-count>"));
    return out;
}

QString stylesXml(const QTextDocument &document, const PageDecoration &decoration)
{
    const QString family = xmlEscaped(document.defaultFont().family());
    const QString size = points(document.defaultFont().pointSizeF() > 0 ? document.defaultFont().pointSizeF() : 10);
    // The page decoration at 9 pt (the code and the rule set are what a reader must find).
    const QString rightTab = QStringLiteral("<style:tab-stops><style:tab-stop style:position=\"%1cm\" style:type=\"right\"/>"
                                            "</style:tab-stops>")
                                 .arg(TextWidthCm);
    // The rule set and date have the first line to themselves; the page label stands right on
    // the second, beside the fingerprint, and never wraps. When the first line is too long (both
    // languages), the date gets a line of its own rather than being broken, as in the PDF.
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(9); // measured in points: one pixel stands for one point here
    QString footerLeft = odfText(decoration.footerLeft);
    if (QFontMetricsF(footerFont).horizontalAdvance(decoration.footerLeft) > TextWidthCm / 2.54 * 72)
        footerLeft.replace(PageDecoration::footerBreak(), QStringLiteral("<text:line-break/>"));
    const QString footer = QStringLiteral("<text:p text:style-name=\"Footer\">%1</text:p>"
                                          "<text:p text:style-name=\"FooterSmall\">%2<text:tab/>"
                                          "<text:span text:style-name=\"PageLabel\">%3</text:span></text:p>")
                               .arg(footerLeft, odfText(decoration.footerSecond), pageLabel(decoration.pageLabel));
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles%1>\n"
               "<office:styles>\n"
               "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"0pt\" "
               "fo:margin-bottom=\"0pt\"/><style:text-properties fo:font-family=\"%2\" style:font-family-generic=\"swiss\" "
               "fo:font-size=\"%3\"/></style:default-style>\n"
               "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>\n"
               "<style:style style:name=\"Header\" style:family=\"paragraph\"><style:paragraph-properties "
               "fo:padding-bottom=\"2pt\" fo:border-bottom=\"0.5pt solid #000000\">%4</style:paragraph-properties>"
               "<style:text-properties fo:font-size=\"9pt\"/></style:style>\n"
               "<style:style style:name=\"Footer\" style:family=\"paragraph\"><style:paragraph-properties "
               "fo:padding-top=\"2pt\" fo:border-top=\"0.5pt solid #000000\">%4</style:paragraph-properties>"
               "<style:text-properties fo:font-size=\"9pt\"/></style:style>\n"
               "<style:style style:name=\"FooterSmall\" style:family=\"paragraph\"><style:paragraph-properties>%4"
               "</style:paragraph-properties><style:text-properties fo:font-size=\"7pt\"/></style:style>\n"
               "<style:style style:name=\"PageLabel\" style:family=\"text\"><style:text-properties "
               "fo:font-size=\"9pt\"/></style:style>\n"
               "</office:styles>\n"
               "<office:automatic-styles>\n"
               "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" "
               "fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\" "
               "fo:margin-bottom=\"1.2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
               "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.5cm\"/>"
               "</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" "
               "fo:margin-top=\"0.5cm\"/></style:footer-style></style:page-layout>\n"
               "</office:automatic-styles>\n"
               "<office:master-styles>\n"
               "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
               "<style:header><text:p text:style-name=\"Header\">%5<text:tab/>%6</text:p></style:header>"
               "<style:footer>%7</style:footer></style:master-page>\n"
               "</office:master-styles>\n</office:document-styles>\n")
        .arg(QLatin1String(namespaces), family, size, rightTab, odfText(decoration.headerLeft),
             odfText(decoration.headerRight), footer);
}

QString metaXml(const QTextDocument &document)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta%1><office:meta>"
                          "<meta:generator>Deelwijzer</meta:generator><dc:title>%2</dc:title>"
                          "</office:meta></office:document-meta>\n")
        .arg(QLatin1String(namespaces), xmlEscaped(document.metaInformation(QTextDocument::DocumentTitle)));
}

const char *const manifestXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
    "</manifest:manifest>\n";

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

/// A ZIP archive with stored (uncompressed) entries: all an ODF package needs, the "mimetype"
/// entry first and uncompressed as the standard requires. Qt's own zip writer is private API.
class StoredZip
{
public:
    explicit StoredZip(QIODevice *device) : m_out(device) { m_out.setByteOrder(QDataStream::LittleEndian); }

    void add(const QString &name, const QByteArray &data)
    {
        const QByteArray fileName = name.toUtf8();
        const quint32 crc = crc32(data);
        Entry entry{fileName, crc, quint32(data.size()), quint32(m_written)};
        // local file header
        m_out << quint32(0x04034b50) << quint16(20) << quint16(0x0800) << quint16(0) << quint16(0) << quint16(0x21)
              << crc << quint32(data.size()) << quint32(data.size()) << quint16(fileName.size()) << quint16(0);
        m_out.writeRawData(fileName.constData(), int(fileName.size()));
        m_out.writeRawData(data.constData(), int(data.size()));
        m_written += 30 + fileName.size() + data.size();
        m_entries.push_back(entry);
    }

    bool finish()
    {
        const qint64 directoryStart = m_written;
        qint64 directorySize = 0;
        for (const Entry &e : m_entries) {
            m_out << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0x0800) << quint16(0) << quint16(0)
                  << quint16(0x21) << e.crc << e.size << e.size << quint16(e.name.size()) << quint16(0) << quint16(0)
                  << quint16(0) << quint16(0) << quint32(0) << e.offset;
            m_out.writeRawData(e.name.constData(), int(e.name.size()));
            directorySize += 46 + e.name.size();
        }
        m_out << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(m_entries.size()) << quint16(m_entries.size())
              << quint32(directorySize) << quint32(directoryStart) << quint16(0);
        return m_out.status() == QDataStream::Ok;
    }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc;
        quint32 size;
        quint32 offset;
    };
    QDataStream m_out;
    std::vector<Entry> m_entries;
    qint64 m_written = 0;
};

} // namespace

bool OdtExporter::write(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                        QString *error)
{
    StoredZip zip(device);
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
    zip.add(QStringLiteral("content.xml"), contentXml(document).toUtf8());
    zip.add(QStringLiteral("styles.xml"), stylesXml(document, decoration).toUtf8());
    zip.add(QStringLiteral("meta.xml"), metaXml(document).toUtf8());
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml);
    if (!zip.finish()) {
        if (error)
            *error = device->errorString().isEmpty()
                         ? QCoreApplication::translate("OdtExporter", "the OpenDocument file could not be written")
                         : device->errorString();
        return false;
    }
    return true;
}

} // namespace deelwijzer
