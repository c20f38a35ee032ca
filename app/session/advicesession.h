// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "casefile.h"
#include "evaluator.h"
#include "localizedtext.h"

#include <QObject>
#include <QString>

#include <memory>

namespace deelwijzer {

class RuleSet;

/// One advice in progress: the answers given so far, the question on screen and the engine's
/// evaluation of them. Widget-free; the pages show it, the main window drives it, autosave and
/// case files store it. It never decides anything itself: every change re-runs the Evaluator.
///
/// Answers are kept when the route changes (the engine ignores answers off the route), so
/// jumping back to change an answer keeps every later answer that is still on the new route.
class AdviceSession : public QObject
{
    Q_OBJECT

public:
    explicit AdviceSession(QObject *parent = nullptr);

    void setRules(std::shared_ptr<const RuleSet> rules);
    const RuleSet *rules() const { return m_rules.get(); }

    /// Starts a new, empty advice at the first question.
    void start();
    /// Restores a saved advice (answers, reference, question on screen). The caller checks the
    /// case file against the rules first.
    void restore(const CaseFile &file);
    /// The advice as a case file (design §4), ready to save.
    CaseFile toCaseFile() const;

    const Answers &answers() const { return m_answers; }
    const Evaluation &evaluation() const { return m_evaluation; }
    bool isStarted() const { return m_started; }
    bool isComplete() const { return m_evaluation.status == Evaluation::Status::Complete; }
    /// The question on screen; empty when all questions on the route are answered.
    const QString &current() const { return m_current; }
    /// The questions answered on the route, in order (excludes the next unanswered one).
    const std::vector<RouteStep> &route() const { return m_evaluation.route; }
    /// 0-based position of `questionId` on the route, the route's size for the next
    /// unanswered question, -1 otherwise.
    int position(const QString &questionId) const;

    /// Records the answer to `questionId`, drops the answers bound to what changed (valid_for),
    /// re-evaluates and moves to the first unanswered question of the (possibly new) route, or
    /// to "complete". Emits answerChanged when an earlier answer changed.
    void answer(const QString &questionId, const QStringList &answerIds);
    /// What each bound answer was given for (saved with the answers).
    const GivenFor &givenFor() const { return m_givenFor; }
    /// Bound answers that no longer held when the advice was restored; they were dropped.
    const std::vector<StaleAnswer> &droppedOnRestore() const { return m_droppedOnRestore; }
    /// Shows an answered question (or the next one) again, to change its answer.
    bool goTo(const QString &questionId);
    /// Leaves the question on screen for the review/advice (only when every question on the
    /// route is answered).
    void leaveQuestion();
    /// The question before the one on screen, or empty at the first question.
    QString previousQuestion() const;
    /// The first question not yet answered on the route (empty when complete).
    QString nextUnanswered() const { return m_evaluation.nextQuestion; }

    /// The advice's conditions the user ticked (saved with the advice; cleared when an answer
    /// changes, since the ticks were made for the advice as it was).
    const QStringList &checkedConditions() const { return m_checkedConditions; }
    void setConditionChecked(const QString &conditionId, bool checked);

    const QString &reference() const { return m_reference; }
    void setReference(const QString &reference);

    /// Where the advice was saved or opened from (empty: never saved).
    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    const LocalizedText &title() const { return m_title; }
    /// The rule set a restored advice was saved under, if it differs from the rules in use.
    bool savedUnderOtherRules() const;
    QString savedRulesVersion() const { return m_savedRulesVersion; }
    QString savedRulesId() const { return m_savedRulesId; }
    /// The advice a restored file recorded when it was saved (files of older versions have none).
    const std::optional<SavedAdvice> &savedAdvice() const { return m_savedAdvice; }

Q_SIGNALS:
    /// Answers, route or question on screen changed.
    void changed();
    /// An answer was recorded (autosave listens to this).
    void answered();
    /// An answer with answers after it on the route was changed: which were kept, which
    /// dropped and why. Emitted before changed().
    void answerChanged(const deelwijzer::AnswerChange &change);
    void modifiedChanged(bool modified);
    void referenceChanged(const QString &reference);

private:
    void evaluate();

    std::shared_ptr<const RuleSet> m_rules;
    Answers m_answers;
    GivenFor m_givenFor;
    std::vector<StaleAnswer> m_droppedOnRestore;
    Evaluation m_evaluation;
    QString m_current;
    QString m_reference;
    QStringList m_checkedConditions;
    QString m_filePath;
    LocalizedText m_title;
    LocalizedText m_narrative;
    QString m_savedRulesId;
    QString m_savedRulesVersion;
    QString m_savedRulesSha;
    std::optional<SavedAdvice> m_savedAdvice;
    std::optional<CaseExpectation> m_expect;
    bool m_started = false;
    bool m_modified = false;
};

} // namespace deelwijzer
