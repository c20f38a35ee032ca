// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace deelwijzer {

class RuleSet;

/// What every widget that shows rule text needs: the rule set in use and the language to
/// show it in. One instance, owned by the main window and shared by all pages; glossary and
/// ground links from any page are routed through it to the viewers.
class RuleTextContext : public QObject
{
    Q_OBJECT

public:
    explicit RuleTextContext(QObject *parent = nullptr);

    const RuleSet *rules() const { return m_rules.get(); }
    std::shared_ptr<const RuleSet> sharedRules() const { return m_rules; }
    void setRules(std::shared_ptr<const RuleSet> rules);

    /// "nl" or "en": the language of rule texts, following the UI language.
    const QString &language() const { return m_language; }
    void setLanguage(const QString &language);

    /// Asks for the explanation of a glossary term or a legal ground (from a link or a button).
    void requestTerm(const QString &termId) { Q_EMIT termRequested(termId); }
    void requestGround(const QString &groundId) { Q_EMIT groundRequested(groundId); }

Q_SIGNALS:
    /// The rule set or the language changed: re-render every rule text.
    void changed();
    void termRequested(const QString &termId);
    void groundRequested(const QString &groundId);

private:
    std::shared_ptr<const RuleSet> m_rules;
    QString m_language = QStringLiteral("nl");
};

} // namespace deelwijzer
