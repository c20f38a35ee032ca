// SPDX-License-Identifier: EUPL-1.2
#include "reportcommands.h"

#include "advicepage.h"
#include "advicesession.h"
#include "mainactions.h"
#include "reportactions.h"
#include "ruletextcontext.h"
#include "settings.h"
#include "statusline.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace deelwijzer {

ReportCommands::ReportCommands(AdviceSession *session, RuleTextContext *context, Settings *settings,
                               StatusLine *status, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_context(context)
    , m_settings(settings)
    , m_status(status)
    , m_window(window)
{
}

void ReportCommands::connectTo(MainActions *actions, AdvicePage *page)
{
    connect(actions->exportAction, &QAction::triggered, this, &ReportCommands::exportAdvice);
    connect(actions->previewAction, &QAction::triggered, this, &ReportCommands::printPreview);
    connect(actions->printAction, &QAction::triggered, this, &ReportCommands::printAdvice);
    connect(page, &AdvicePage::exportRequested, this, &ReportCommands::exportAdvice);
    connect(page, &AdvicePage::printRequested, this, &ReportCommands::printAdvice);
    connect(page, &AdvicePage::printPreviewRequested, this, &ReportCommands::printPreview);
}

ReportRequest ReportCommands::request() const
{
    ReportRequest request;
    const Evaluation &evaluation = m_session->evaluation();
    if (!m_context->rules() || evaluation.status != Evaluation::Status::Complete || !evaluation.advice)
        return request;
    request.rules = m_context->rules();
    request.advice = &*evaluation.advice;
    request.language = reportLanguageFromId(m_context->language()).value_or(ReportLanguage::Dutch);
    request.caseReference = m_session->reference();
    request.caseTitle = m_session->title();
    request.checkedConditions = m_session->checkedConditions();
    request.created = QDateTime::currentDateTime();
    return request;
}

void ReportCommands::exportAdvice()
{
    const ReportRequest report = request();
    if (!report.advice)
        return;
    QString written;
    if (ReportActions::exportReport(report, m_window, m_settings->exportFolder(), &written)) {
        m_settings->setExportFolder(QFileInfo(written).absolutePath());
        m_settings->sync();
        m_status->setMessage([written] { return tr("Exported to %1").arg(QDir::toNativeSeparators(written)); });
    }
}

void ReportCommands::printAdvice()
{
    const ReportRequest report = request();
    if (report.advice && ReportActions::print(report, m_window))
        m_status->setMessage([] { return tr("The advice was sent to the printer."); });
}

void ReportCommands::printPreview()
{
    const ReportRequest report = request();
    if (report.advice)
        ReportActions::printPreview(report, m_window);
}

} // namespace deelwijzer
