// SPDX-License-Identifier: EUPL-1.2
#include "reportwriter.h"

#include "reportbuilder.h"
#include "reportexporter.h"

#include <QBuffer>
#include <QFileDevice>
#include <QSaveFile>
#include <QTextDocument>

namespace deelwijzer {

std::optional<ReportLanguage> reportLanguageFromId(const QString &id)
{
    if (id == QLatin1String("nl"))
        return ReportLanguage::Dutch;
    if (id == QLatin1String("en"))
        return ReportLanguage::English;
    if (id == QLatin1String("both"))
        return ReportLanguage::Both;
    return std::nullopt;
}

bool writeReport(const ReportRequest &request, const QString &outputPath, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!request.rules || !request.advice) {
        message = QStringLiteral("There is no advice to write yet.");
        return false;
    }
    ReportExporter::Format format;
    if (!ReportExporter::formatForPath(outputPath, &format)) {
        message = QStringLiteral("Cannot tell the format of %1: use a name ending in .pdf, .odt or .html.")
                      .arg(outputPath);
        return false;
    }

    ReportBuilder builder(request);
    const std::unique_ptr<QTextDocument> document = builder.build();

    // Rendered into memory first (QTextDocumentWriter closes the device it writes to), then
    // written atomically and readable by the user alone (design §7).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString detail;
    bool ok = false;
    switch (format) {
    case ReportExporter::Format::Pdf:
        ok = ReportExporter::writePdf(*document, builder.pageDecoration(), &buffer, &detail);
        break;
    case ReportExporter::Format::Odt:
        ok = ReportExporter::writeOdt(*document, builder.pageDecoration(), &buffer, &detail);
        break;
    case ReportExporter::Format::Html:
        ok = ReportExporter::writeHtml(*document, builder.languages().constFirst(), &buffer, &detail);
        break;
    }
    if (!ok) {
        message = QStringLiteral("Cannot write %1: %2").arg(outputPath, detail);
        return false;
    }

    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        message = QStringLiteral("Cannot write %1: %2").arg(outputPath, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray &bytes = buffer.data();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        message = QStringLiteral("Cannot write %1: %2").arg(outputPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace deelwijzer
