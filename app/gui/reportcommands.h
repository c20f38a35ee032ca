// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportwriter.h"

#include <QObject>

class QWidget;

namespace deelwijzer {

class AdvicePage;
class AdviceSession;
class MainActions;
class RuleTextContext;
class Settings;
class StatusLine;

/// File > Export, Print preview and Print for the advice on screen: the printed advice in the
/// language in use, with the reference, title and ticked conditions of the session; the export
/// folder is remembered and the status line says where the advice went.
class ReportCommands : public QObject
{
    Q_OBJECT

public:
    ReportCommands(AdviceSession *session, RuleTextContext *context, Settings *settings, StatusLine *status,
                   QWidget *window);
    /// Follows File > Export, Print preview and Print, and the advice page's buttons.
    void connectTo(MainActions *actions, AdvicePage *page);

    void exportAdvice();
    void printAdvice();
    void printPreview();

private:
    /// What the printed advice needs (null rules/advice when there is no advice yet).
    ReportRequest request() const;

    AdviceSession *m_session;
    RuleTextContext *m_context;
    Settings *m_settings;
    StatusLine *m_status;
    QWidget *m_window;
};

} // namespace deelwijzer
