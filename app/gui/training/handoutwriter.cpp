// SPDX-License-Identifier: EUPL-1.2
#include "handoutwriter.h"

#include "markuprenderer.h"
#include "quizreport.h"
#include "reportbuilder.h"
#include "reportexporter.h"
#include "reportpagerenderer.h"
#include "ruleset.h"
#include "safefile.h"
#include "trainingcase.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>

namespace deelwijzer {

HandoutWriter::HandoutWriter(const RuleSet &rules, const TrainingCase &trainingCase, const QString &language)
    : m_rules(rules)
    , m_case(trainingCase)
    , m_language(language)
{
}

ReportRequest HandoutWriter::request() const
{
    ReportRequest r;
    r.rules = &m_rules;
    r.advice = m_case.modelAdvice ? &*m_case.modelAdvice : nullptr;
    r.language = reportLanguageFromId(m_language).value_or(ReportLanguage::Dutch);
    r.caseTitle = m_case.file.title;
    r.caseReference = tr("Training case %1").arg(m_case.id);
    r.created = QDateTime::currentDateTime();
    return r;
}

std::unique_ptr<QTextDocument> HandoutWriter::document() const
{
    const ReportRequest r = request();
    if (!r.advice)
        return nullptr;
    ReportBuilder builder(r);
    std::unique_ptr<QTextDocument> doc = builder.build();
    const MarkupRenderer markup(&m_rules, m_language);

    QTextCursor top(doc.get());
    top.movePosition(QTextCursor::Start);
    top.insertHtml(QStringLiteral("<h1>%1</h1><p><b>%2</b></p><p>%3</p><p><i>%4</i></p><hr/>")
                       .arg(tr("Training case").toHtmlEscaped(), m_case.file.title.text(m_language).toHtmlEscaped(),
                            m_case.file.narrative.text(m_language).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                            tr("The model answer follows: the advice Deelwijzer gives for this case.").toHtmlEscaped()));
    top.insertBlock();

    QTextCursor end(doc.get());
    end.movePosition(QTextCursor::End);
    end.insertBlock();
    end.insertHtml(QStringLiteral("<h2>%1</h2>").arg(tr("The model answer explained").toHtmlEscaped())
                   + QuizReport(m_rules, m_language).modelAnswerHtml(m_case));
    return doc;
}

bool HandoutWriter::writePdf(const QString &path, QString *error) const
{
    const ReportRequest r = request();
    if (!r.advice) {
        if (error)
            *error = tr("This case has no model answer.");
        return false;
    }
    const std::unique_ptr<QTextDocument> doc = document();
    ReportBuilder builder(r);
    // SafeFile: never through a symbolic link, every write checked, the old file kept on failure.
    QString why;
    const bool written = SafeFile::write(
        path,
        [&](QIODevice *device, QString *detail) {
            return ReportExporter::writePdf(*doc, builder.pageDecoration(), device, detail);
        },
        &why);
    if (!written) {
        if (error)
            *error = tr("Could not write %1.").arg(path) + QLatin1Char(' ') + why;
        return false;
    }
    return true;
}

void HandoutWriter::printPreview(QWidget *parent) const
{
    const ReportRequest r = request();
    if (!r.advice)
        return;
    const std::unique_ptr<QTextDocument> doc = document();
    ReportBuilder builder(r);
    const PageDecoration decoration = builder.pageDecoration();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Training handout %1").arg(m_case.id));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview of the handout"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        ReportPageRenderer renderer;
        QString error;
        if (!renderer.render(*doc, target, decoration, &error))
            QMessageBox::warning(&dialog, tr("Print preview"), tr("The handout could not be drawn: %1").arg(error));
    });
    dialog.exec();
}

} // namespace deelwijzer
