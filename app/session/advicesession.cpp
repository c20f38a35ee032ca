// SPDX-License-Identifier: EUPL-1.2
#include "advicesession.h"

#include "ruleset.h"

namespace deelwijzer {

AdviceSession::AdviceSession(QObject *parent)
    : QObject(parent)
{
}

void AdviceSession::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
    m_started = false;
    m_answers.clear();
    m_givenFor.clear();
    m_droppedOnRestore.clear();
    m_current.clear();
    m_evaluation = Evaluation();
}

void AdviceSession::evaluate()
{
    if (!m_rules) {
        m_evaluation = Evaluation();
        return;
    }
    m_evaluation = Evaluator(*m_rules).evaluate(m_answers, m_givenFor);
}

void AdviceSession::start()
{
    m_answers.clear();
    m_givenFor.clear();
    m_droppedOnRestore.clear();
    m_reference.clear();
    m_checkedConditions.clear();
    m_filePath.clear();
    m_title = LocalizedText();
    m_narrative = LocalizedText();
    m_savedRulesId.clear();
    m_savedRulesVersion.clear();
    m_savedRulesSha.clear();
    m_savedAdvice.reset();
    m_expect.reset();
    m_started = true;
    evaluate();
    m_current = m_evaluation.nextQuestion;
    setModified(false);
    Q_EMIT referenceChanged(m_reference);
    Q_EMIT changed();
}

void AdviceSession::restore(const CaseFile &file)
{
    m_answers = file.answers;
    m_givenFor = file.givenFor;
    m_droppedOnRestore.clear();
    if (m_rules) {
        // A bound answer that no longer holds is asked again, not offered as the choice.
        m_droppedOnRestore = Evaluator(*m_rules).staleAnswers(m_answers, m_givenFor);
        for (const StaleAnswer &stale : m_droppedOnRestore) {
            m_answers.remove(stale.question);
            m_givenFor.remove(stale.question);
        }
    }
    m_reference = file.reference;
    m_checkedConditions = file.checkedConditions;
    m_filePath = file.path;
    m_title = file.title;
    m_narrative = file.narrative;
    m_savedRulesId = file.rulesetId;
    m_savedRulesVersion = file.rulesetVersion;
    m_savedRulesSha = file.rulesetSha256;
    m_savedAdvice = file.advice;
    m_expect = file.expect;
    m_started = true;
    evaluate();
    // Reopen on the question that was on screen, if it is still on the route; otherwise on
    // the first unanswered one (or the advice).
    m_current = m_evaluation.nextQuestion;
    if (m_evaluation.status == Evaluation::Status::Invalid)
        m_current = m_evaluation.errorQuestion;
    else if (!file.current.isEmpty() && position(file.current) >= 0)
        m_current = file.current;
    setModified(false);
    Q_EMIT referenceChanged(m_reference);
    Q_EMIT changed();
}

CaseFile AdviceSession::toCaseFile() const
{
    CaseFile file;
    file.path = m_filePath;
    file.title = m_title;
    file.narrative = m_narrative;
    file.reference = m_reference;
    if (m_rules) {
        file.rulesetId = m_rules->info().id;
        file.rulesetVersion = m_rules->info().version;
        file.rulesetSha256 = m_rules->fingerprint();
    }
    file.answers = m_answers;
    file.givenFor = m_givenFor;
    file.current = m_current;
    file.checkedConditions = m_checkedConditions;
    file.saved = QDateTime::currentDateTime();
    file.expect = m_expect;
    if (const auto &advice = m_evaluation.advice)
        file.advice = SavedAdvice{advice->outcome, verdictId(advice->verdict), advice->grounds, {}};
    return file;
}

int AdviceSession::position(const QString &questionId) const
{
    if (questionId.isEmpty())
        return -1;
    const auto &route = m_evaluation.route;
    for (std::size_t i = 0; i < route.size(); ++i) {
        if (route[i].question == questionId)
            return int(i);
    }
    if (questionId == m_evaluation.nextQuestion)
        return int(route.size());
    if (m_evaluation.status == Evaluation::Status::Invalid && questionId == m_evaluation.errorQuestion)
        return int(route.size());
    return -1;
}

void AdviceSession::answer(const QString &questionId, const QStringList &answerIds)
{
    if (!m_rules || !m_rules->question(questionId) || answerIds.isEmpty())
        return;
    const AnswerChange change = Evaluator(*m_rules).change(m_answers, m_givenFor, questionId, answerIds);
    const bool same = !change.changed;
    evaluate();
    m_current = m_evaluation.status == Evaluation::Status::Invalid ? m_evaluation.errorQuestion
                                                                   : m_evaluation.nextQuestion;
    if (!same) {
        m_checkedConditions.clear();
        setModified(true);
    }
    if (!same && (!change.dropped.empty() || !change.kept.isEmpty() || !change.leftRoute.isEmpty()))
        Q_EMIT answerChanged(change);
    Q_EMIT changed();
    Q_EMIT answered();
}

bool AdviceSession::goTo(const QString &questionId)
{
    if (position(questionId) < 0)
        return false;
    if (m_current != questionId) {
        m_current = questionId;
        Q_EMIT changed();
    }
    return true;
}

void AdviceSession::leaveQuestion()
{
    if (!isComplete() || m_current.isEmpty())
        return;
    m_current.clear();
    Q_EMIT changed();
}

QString AdviceSession::previousQuestion() const
{
    const auto &route = m_evaluation.route;
    if (route.empty())
        return QString();
    if (m_current.isEmpty())
        return route.back().question;
    const int pos = position(m_current);
    if (pos <= 0)
        return QString();
    return route[std::size_t(pos - 1)].question;
}

void AdviceSession::setConditionChecked(const QString &conditionId, bool checked)
{
    if (m_checkedConditions.contains(conditionId) == checked)
        return;
    if (checked)
        m_checkedConditions.append(conditionId);
    else
        m_checkedConditions.removeAll(conditionId);
    setModified(true);
}

void AdviceSession::setReference(const QString &reference)
{
    if (reference == m_reference)
        return;
    m_reference = reference;
    setModified(true);
    Q_EMIT referenceChanged(reference);
}

void AdviceSession::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool AdviceSession::savedUnderOtherRules() const
{
    if (!m_rules || m_savedRulesSha.isEmpty())
        return false;
    return m_savedRulesSha != m_rules->fingerprint();
}

} // namespace deelwijzer
