// SPDX-License-Identifier: EUPL-1.2
#include "ruletextcontext.h"

#include "ruleset.h"

namespace deelwijzer {

RuleTextContext::RuleTextContext(QObject *parent)
    : QObject(parent)
{
}

void RuleTextContext::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
    Q_EMIT changed();
}

void RuleTextContext::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT changed();
}

} // namespace deelwijzer
