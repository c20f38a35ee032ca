// SPDX-License-Identifier: EUPL-1.2
#include "reportwriter.h"

#include "reportbuilder.h"
#include "reportexporter.h"

#include "safefile.h"

#include <QBuffer>
#include <QCoreApplication>
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
        message = QCoreApplication::translate("ReportWriter", "There is no advice to write yet.");
        return false;
    }
    ReportExporter::Format format;
    if (!ReportExporter::formatForPath(outputPath, &format)) {
        message = QCoreApplication::translate("ReportWriter", "Cannot tell the format of %1: use a name ending in %2.")
                      .arg(outputPath, ReportExporter::suffixList());
        return false;
    }
    // Refused before the work of rendering, and again by SafeFile when writing.
    if (const QString refusal = SafeFile::writeRefusal(outputPath); !refusal.isEmpty()) {
        message = QCoreApplication::translate("ReportWriter", "Cannot write %1: %2").arg(outputPath, refusal);
        return false;
    }

    ReportBuilder builder(request);
    const std::unique_ptr<QTextDocument> document = builder.build();

    // Rendered into memory first (QTextDocumentWriter closes the device it writes to), then
    // written with SafeFile: atomically, every write checked, readable by the user alone.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString detail;
    const bool ok = ReportExporter::write(format, *document, builder.pageDecoration(), builder.languages().constFirst(),
                                          &buffer, &detail);
    if (!ok || !SafeFile::write(outputPath, buffer.data(), &detail)) {
        message = QCoreApplication::translate("ReportWriter", "Cannot write %1: %2").arg(outputPath, detail);
        return false;
    }
    return true;
}

} // namespace deelwijzer
