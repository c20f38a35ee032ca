// SPDX-License-Identifier: EUPL-1.2
#include "recentfiles.h"

#include "advicedocument.h"
#include "diagnosticsdialog.h"
#include "documentprompts.h"
#include "mainactions.h"
#include "settings.h"
#include "startpage.h"

namespace deelwijzer {

RecentFiles::RecentFiles(Settings *settings, AdviceDocument *document, DocumentPrompts *prompts,
                         MainActions *actions, StartPage *startPage)
    : QObject(actions)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_actions(actions)
    , m_startPage(startPage)
{
    connect(document, &AdviceDocument::recentFilesChanged, this, &RecentFiles::update);
    connect(actions, &MainActions::recentFileChosen, this, &RecentFiles::open);
    connect(startPage, &StartPage::openRecentRequested, this, &RecentFiles::open);
    update();
}

void RecentFiles::update()
{
    const QStringList files = m_settings->recentFiles();
    m_actions->setRecentFiles(files);
    m_startPage->setRecentFiles(files);
}

void RecentFiles::open(const QString &path)
{
    if (m_prompts->maybeSave())
        m_prompts->openFile(path);
}

} // namespace deelwijzer
