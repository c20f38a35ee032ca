// SPDX-License-Identifier: EUPL-1.2
#include "reportexporter.h"

#include "odtexporter.h"
#include "reportpagerenderer.h"
#include "reportproperties.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace deelwijzer {

namespace {
constexpr ReportExporter::FormatInfo formatTable[] = {
    {ReportExporter::Format::Pdf, "pdf", nullptr,
     QT_TRANSLATE_NOOP("ReportExporter", "PDF (PDF/A, for the file and for printing)"),
     QT_TRANSLATE_NOOP("ReportExporter", "PDF files (*.pdf)")},
    {ReportExporter::Format::Odt, "odt", nullptr,
     QT_TRANSLATE_NOOP("ReportExporter", "OpenDocument text (ODT, to edit in a word processor)"),
     QT_TRANSLATE_NOOP("ReportExporter", "OpenDocument text (*.odt)")},
    {ReportExporter::Format::Html, "html", "htm", QT_TRANSLATE_NOOP("ReportExporter", "Web page (HTML)"),
     QT_TRANSLATE_NOOP("ReportExporter", "Web pages (*.html *.htm)")},
};

const ReportExporter::FormatInfo &infoOf(ReportExporter::Format format)
{
    for (const ReportExporter::FormatInfo &info : formatTable) {
        if (info.format == format)
            return info;
    }
    return formatTable[0];
}
} // namespace

std::span<const ReportExporter::FormatInfo> ReportExporter::formats()
{
    return formatTable;
}

bool ReportExporter::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatInfo &info : formatTable) {
        if (suffix == QLatin1String(info.suffix) || (info.otherSuffix && suffix == QLatin1String(info.otherSuffix))) {
            *format = info.format;
            return true;
        }
    }
    return false;
}

QString ReportExporter::suffix(Format format)
{
    return QLatin1String(infoOf(format).suffix);
}

QString ReportExporter::suffixList()
{
    QStringList suffixes;
    for (const FormatInfo &info : formatTable)
        suffixes << QLatin1Char('.') + QLatin1String(info.suffix);
    const QString last = suffixes.takeLast();
    //: A list of file name endings, e.g. ".pdf, .odt or .html"; %1 is all but the last
    return QCoreApplication::translate("ReportExporter", "%1 or %2").arg(suffixes.join(QStringLiteral(", ")), last);
}

QString ReportExporter::choiceText(Format format)
{
    return QCoreApplication::translate("ReportExporter", infoOf(format).choice);
}

QString ReportExporter::fileFilter(Format format)
{
    return QCoreApplication::translate("ReportExporter", infoOf(format).filter);
}

bool ReportExporter::write(Format format, const QTextDocument &document, const PageDecoration &decoration,
                           const QString &language, QIODevice *device, QString *error)
{
    switch (format) {
    case Format::Pdf:
        return writePdf(document, decoration, device, error);
    case Format::Odt:
        return writeOdt(document, decoration, device, error);
    case Format::Html:
        return writeHtml(document, language, device, error);
    }
    return false;
}

bool ReportExporter::writePdf(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                              QString *error)
{
    QPdfWriter writer(device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // fonts embedded, sRGB output intent
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Deelwijzer"));
    ReportPageRenderer renderer;
    return renderer.render(document, &writer, decoration, error);
}

bool ReportExporter::writeOdt(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                              QString *error)
{
    return OdtExporter::write(document, decoration, device, error);
}

QByteArray ReportExporter::html(const QTextDocument &document, const QString &language)
{
    QString html = document.toHtml();
    // Qt 6.4 writes the document title into <title> unescaped; the title carries the user's
    // case reference, so `</title><script>` would become live markup.
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    if (!title.isEmpty()) {
        const QString raw = QStringLiteral("<title>") + title + QStringLiteral("</title>");
        if (const qsizetype titleAt = html.indexOf(raw); titleAt >= 0)
            html.replace(titleAt, raw.size(), QStringLiteral("<title>") + title.toHtmlEscaped() + QStringLiteral("</title>"));
    }
    // Texts marked with their language (reportproperties.h) get a lang attribute of their own.
    static const QRegularExpression markedSpan(QStringLiteral("<a name=\"%1([A-Za-z-]+)\"></a><span ")
                                                   .arg(QLatin1String(ReportProperty::LanguageAnchorPrefix)));
    static const QRegularExpression markedText(QStringLiteral("<a name=\"%1([A-Za-z-]+)\"></a>([^<]*)")
                                                   .arg(QLatin1String(ReportProperty::LanguageAnchorPrefix)));
    html.replace(markedSpan, QStringLiteral("<span lang=\"\\1\" "));
    html.replace(markedText, QStringLiteral("<span lang=\"\\1\">\\2</span>"));
    // QTextDocument writes a bare <html>; screen readers and browsers want the language.
    const qsizetype at = html.indexOf(QLatin1String("<html>"));
    if (at >= 0)
        html.replace(at, 6, QStringLiteral("<html lang=\"%1\">").arg(language));
    return html.toUtf8();
}

bool ReportExporter::writeHtml(const QTextDocument &document, const QString &language, QIODevice *device,
                               QString *error)
{
    const QByteArray bytes = html(document, language);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace deelwijzer
