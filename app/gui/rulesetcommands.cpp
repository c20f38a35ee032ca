// SPDX-License-Identifier: EUPL-1.2
#include "rulesetcommands.h"

#include "advicesession.h"
#include "diagnosticsdialog.h"
#include "documentprompts.h"
#include "mainactions.h"
#include "ruleset.h"
#include "rulesetcontroller.h"
#include "rulesetloader.h"
#include "settings.h"
#include "startpage.h"
#include "statusline.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>

namespace deelwijzer {

RuleSetCommands::RuleSetCommands(RuleSetController *ruleSets, AdviceSession *session, DocumentPrompts *prompts,
                                 Settings *settings, StatusLine *status, QWidget *window)
    : QObject(window)
    , m_ruleSets(ruleSets)
    , m_session(session)
    , m_prompts(prompts)
    , m_settings(settings)
    , m_status(status)
    , m_window(window)
{
    connect(ruleSets, &RuleSetController::loadFailed, this, &RuleSetCommands::reportFailure);
    connect(ruleSets, &RuleSetController::rulesChanged, this, &RuleSetCommands::reportWarnings);
}

void RuleSetCommands::connectTo(MainActions *actions, StartPage *startPage)
{
    connect(actions->rulesFolderAction, &QAction::triggered, this, &RuleSetCommands::openFolder);
    connect(actions->builtinRulesAction, &QAction::triggered, this, &RuleSetCommands::useBuiltin);
    connect(startPage, &StartPage::chooseRulesRequested, this, &RuleSetCommands::openFolder);
    connect(startPage, &StartPage::builtinRulesRequested, this, &RuleSetCommands::useBuiltin);
}

void RuleSetCommands::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open a rule-set folder"), m_settings->lastFolder());
    if (folder.isEmpty())
        return;
    loadFolder(folder);
}

bool RuleSetCommands::loadFolder(const QString &folder)
{
    // The folder is checked first: rules that do not load never cost the advice in progress.
    RuleSetLoadResult result = m_ruleSets->read(folder);
    if (!result.ok() || !confirmRestart())
        return false;
    m_ruleSets->use(std::move(result), folder);
    return true;
}

void RuleSetCommands::useBuiltin()
{
    if (!confirmRestart())
        return;
    m_ruleSets->loadBuiltin();
}

bool RuleSetCommands::confirmRestart()
{
    return !m_session->isStarted() || m_prompts->maybeSave();
}

void RuleSetCommands::reportFailure(const QString &folder, const Diagnostics &diagnostics)
{
    const QString where = folder == RuleSetLoader::builtinPath() ? tr("the built-in rules")
                                                                 : QDir::toNativeSeparators(folder);
    QString summary = tr("The rule set in %1 has errors and was not loaded.").arg(where);
    if (const auto rules = m_ruleSets->rules())
        summary += QLatin1Char(' ') + tr("Deelwijzer keeps using the rules it had (%1 version %2).")
                                          .arg(rules->info().id, rules->info().version);
    m_prompts->showDiagnostics(summary, diagnostics);
}

void RuleSetCommands::reportWarnings()
{
    if (m_ruleSets->warnings().isEmpty() || m_ruleSets->isBuiltin())
        return;
    const int count = m_ruleSets->warnings().warningCount();
    m_status->setMessage([count] { return tr("The rules loaded with %n warning(s).", nullptr, count); });
}

} // namespace deelwijzer
