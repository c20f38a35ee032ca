// SPDX-License-Identifier: EUPL-1.2
#include "infowindows.h"

#include "aboutboxes.h"
#include "groundviewer.h"
#include "mainactions.h"
#include "ruletextcontext.h"
#include "shortcutsdialog.h"
#include "termviewer.h"

#include <QAction>

namespace deelwijzer {

InfoWindows::InfoWindows(RuleTextContext *context, MainActions *actions, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    connect(context, &RuleTextContext::termRequested, this, &InfoWindows::showTerm);
    connect(context, &RuleTextContext::groundRequested, this, &InfoWindows::showGround);
    connect(actions->shortcutsAction, &QAction::triggered, this, &InfoWindows::showShortcuts);
    connect(actions->aboutRulesAction, &QAction::triggered, this, &InfoWindows::showAboutRules);
    connect(actions->aboutAction, &QAction::triggered, this, [this] { AboutBoxes::showApp(m_window); });
}

GroundViewer *InfoWindows::groundViewer()
{
    if (!m_groundViewer)
        m_groundViewer = new GroundViewer(m_context, m_window);
    return m_groundViewer;
}

TermViewer *InfoWindows::termViewer()
{
    if (!m_termViewer)
        m_termViewer = new TermViewer(m_context, m_window);
    return m_termViewer;
}

void InfoWindows::showGround(const QString &groundId)
{
    groundViewer()->showGround(groundId);
}

void InfoWindows::showTerm(const QString &termId)
{
    termViewer()->showTerm(termId);
}

void InfoWindows::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(m_window);
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void InfoWindows::showAboutRules()
{
    if (const RuleSet *rules = m_context->rules())
        AboutBoxes::showRules(m_window, *rules, m_context->language());
}

} // namespace deelwijzer
