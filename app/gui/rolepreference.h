// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QStringList>

namespace deelwijzer {

class RuleTextContext;
class Settings;
class StartPage;

/// The professional's role, chosen once on the start page and kept in the settings: the start
/// page offers the answers of the rule set's role question, and a new advice finds the role
/// already chosen on that question.
class RolePreference : public QObject
{
    Q_OBJECT

public:
    RolePreference(Settings *settings, RuleTextContext *context, StartPage *startPage);

    /// The remembered role as the answer to `questionId`, when it is the role question of the
    /// rules in use and the role is one of its answers; otherwise empty.
    QStringList prefill(const QString &questionId) const;

private:
    /// Offers the role question's answers (not "not sure") in the language in use.
    void updateRoles();

    Settings *m_settings;
    RuleTextContext *m_context;
    StartPage *m_startPage;
};

} // namespace deelwijzer
