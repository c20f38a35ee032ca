// SPDX-License-Identifier: EUPL-1.2
#include "reportactions.h"

#include "reportbuilder.h"
#include "reportexporter.h"
#include "reportpagerenderer.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace deelwijzer {

namespace {
void preparePrinter(QPrinter &printer, const QString &title)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer.setFullPage(true); // ReportPageRenderer draws its own margins, header and footer
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Deelwijzer"));
}

/// The small dialog of exportReport(): format and language.
class ExportOptionsDialog : public QDialog
{
public:
    ExportOptionsDialog(ReportLanguage language, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(ReportActions::tr("Export advice"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        layout->addLayout(form);

        auto *formats = new QWidget(this);
        auto *formatLayout = new QVBoxLayout(formats);
        formatLayout->setContentsMargins(0, 0, 0, 0);
        for (const ReportExporter::FormatInfo &info : ReportExporter::formats()) {
            auto *button = new QRadioButton(ReportExporter::choiceText(info.format), formats);
            button->setObjectName(QStringLiteral("format_") + QLatin1String(info.suffix));
            button->setChecked(m_formats.empty()); // the first format, PDF
            m_formats.push_back({button, info.format});
            formatLayout->addWidget(button);
        }
        form->addRow(ReportActions::tr("Format:"), formats);

        m_language = new QComboBox(this);
        m_language->addItem(ReportActions::tr("Dutch"), QVariant::fromValue(int(ReportLanguage::Dutch)));
        m_language->addItem(ReportActions::tr("English"), QVariant::fromValue(int(ReportLanguage::English)));
        m_language->addItem(ReportActions::tr("Dutch and English"), QVariant::fromValue(int(ReportLanguage::Both)));
        m_language->setCurrentIndex(m_language->findData(QVariant::fromValue(int(language))));
        form->addRow(ReportActions::tr("Language of the advice:"), m_language);

        auto *note = new QLabel(ReportActions::tr("The file holds no personal data, except the case reference "
                                                  "if you typed one. Store it where only you can read it."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);

        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(ReportActions::tr("Choose file…"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }

    ReportExporter::Format format() const
    {
        for (const auto &[button, format] : m_formats) {
            if (button->isChecked())
                return format;
        }
        return ReportExporter::formats().front().format;
    }

    ReportLanguage language() const { return static_cast<ReportLanguage>(m_language->currentData().toInt()); }

private:
    std::vector<std::pair<QRadioButton *, ReportExporter::Format>> m_formats;
    QComboBox *m_language = nullptr;
};
} // namespace

std::unique_ptr<QTextDocument> ReportActions::document(const ReportRequest &request)
{
    if (!request.rules || !request.advice)
        return std::make_unique<QTextDocument>();
    return ReportBuilder(request).build();
}

QString ReportActions::suggestedFileName(const ReportRequest &request, const QString &suffix)
{
    const QString code = request.advice ? request.advice->code : QString();
    const QString base = request.language == ReportLanguage::English ? QStringLiteral("deelwijzer-advice")
                                                                      : QStringLiteral("deelwijzer-advies");
    return (code.isEmpty() ? base : base + QLatin1Char('-') + code) + QLatin1Char('.') + suffix;
}

void ReportActions::printPreview(const ReportRequest &request, QWidget *parent)
{
    if (!request.rules || !request.advice)
        return;
    ReportBuilder builder(request);
    const std::unique_ptr<QTextDocument> doc = builder.build();
    const PageDecoration decoration = builder.pageDecoration();

    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, builder.documentTitle());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview of the advice"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        ReportPageRenderer renderer;
        QString error;
        if (!renderer.render(*doc, target, decoration, &error))
            QMessageBox::warning(&dialog, tr("Print preview"), tr("The advice could not be drawn: %1").arg(error));
    });
    dialog.exec();
}

bool ReportActions::print(const ReportRequest &request, QWidget *parent)
{
    if (!request.rules || !request.advice)
        return false;
    ReportBuilder builder(request);
    const std::unique_ptr<QTextDocument> doc = builder.build();

    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, builder.documentTitle());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the advice"));
    // The advice is printed whole: a page range could leave out the decision record or the
    // verification code's context.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    ReportPageRenderer renderer;
    QString error;
    if (!renderer.render(*doc, &printer, builder.pageDecoration(), &error)) {
        QMessageBox::warning(parent, tr("Print"), tr("The advice could not be printed: %1").arg(error));
        return false;
    }
    return true;
}

bool ReportActions::exportReport(const ReportRequest &request, QWidget *parent, const QString &startFolder,
                                 QString *writtenPath)
{
    if (!request.rules || !request.advice)
        return false;
    ExportOptionsDialog options(request.language, parent);
    if (options.exec() != QDialog::Accepted)
        return false;

    ReportRequest chosen = request;
    chosen.language = options.language();
    const QString suffix = ReportExporter::suffix(options.format());
    const QString filter = ReportExporter::fileFilter(options.format());
    const QString folder = startFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                 : startFolder;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export advice"),
                                                QDir(folder).filePath(suggestedFileName(chosen, suffix)), filter);
    if (path.isEmpty())
        return false;
    ReportExporter::Format format;
    if (!ReportExporter::formatForPath(path, &format) || format != options.format())
        path += QLatin1Char('.') + suffix;

    QString error;
    if (!writeReport(chosen, path, &error)) {
        QMessageBox::warning(parent, tr("Export advice"), tr("The advice could not be saved.\n\n%1").arg(error));
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

} // namespace deelwijzer
