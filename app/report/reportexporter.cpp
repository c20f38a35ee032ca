// SPDX-License-Identifier: EUPL-1.2
#include "reportexporter.h"

#include "odtexporter.h"
#include "reportpagerenderer.h"
#include "reportproperties.h"

#include <QFileInfo>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace deelwijzer {

bool ReportExporter::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (suffix == QLatin1String("odt"))
        *format = Format::Odt;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QString ReportExporter::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    }
    return QString();
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
