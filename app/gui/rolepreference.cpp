// SPDX-License-Identifier: EUPL-1.2
#include "rolepreference.h"

#include "markuprenderer.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "settings.h"
#include "startpage.h"

namespace deelwijzer {

RolePreference::RolePreference(Settings *settings, RuleTextContext *context, StartPage *startPage)
    : QObject(startPage)
    , m_settings(settings)
    , m_context(context)
    , m_startPage(startPage)
{
    connect(context, &RuleTextContext::changed, this, &RolePreference::updateRoles);
    connect(startPage, &StartPage::roleChanged, this, [this](const QString &role) {
        m_settings->setRole(role);
        m_settings->sync();
    });
}

QStringList RolePreference::prefill(const QString &questionId) const
{
    const RuleSet *rules = m_context->rules();
    const QString role = m_settings->role();
    if (!rules || role.isEmpty() || questionId != rules->info().roleQuestion)
        return {};
    const Question *question = rules->question(questionId);
    return question && question->answer(role) ? QStringList{role} : QStringList();
}

void RolePreference::updateRoles()
{
    QList<QPair<QString, QString>> roles;
    if (const RuleSet *rules = m_context->rules()) {
        if (const Question *q = rules->question(rules->info().roleQuestion)) {
            const MarkupRenderer renderer(rules, m_context->language());
            for (const Answer &a : q->answers) {
                if (!a.unsure)
                    roles.append({a.id, renderer.plain(a.label)});
            }
        }
    }
    m_startPage->setRoles(roles, m_settings->role());
}

} // namespace deelwijzer
