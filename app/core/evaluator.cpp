// SPDX-License-Identifier: EUPL-1.2
#include "evaluator.h"

#include "fingerprint.h"
#include "phrasebook.h"

#include <QCoreApplication>
#include <QSet>

namespace deelwijzer {

namespace {
/// The engine's own words in `language` (the rule set's languages, not the user's).
QString words(const QString &language, const char *sourceText)
{
    return Phrasebook::forLanguage(language).translate("Evaluator", sourceText);
}
} // namespace

bool Evaluator::holds(const Condition &condition, const Answers &answers)
{
    switch (condition.kind) {
    case Condition::Kind::AllOf:
        return std::all_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition &c) { return holds(c, answers); });
    case Condition::Kind::AnyOf:
        return std::any_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition &c) { return holds(c, answers); });
    case Condition::Kind::Not:
        return !condition.children.empty() && !holds(condition.children.front(), answers);
    case Condition::Kind::Answer:
        break;
    }
    const auto it = answers.constFind(condition.question);
    if (it == answers.cend())
        return false;
    const QStringList &chosen = it.value();
    switch (condition.match) {
    case Condition::Match::Any:
        return std::any_of(chosen.begin(), chosen.end(), [&](const QString &a) { return condition.answers.contains(a); });
    case Condition::Match::All:
        return std::all_of(condition.answers.begin(), condition.answers.end(),
                           [&](const QString &a) { return chosen.contains(a); });
    case Condition::Match::None:
        return std::none_of(chosen.begin(), chosen.end(), [&](const QString &a) { return condition.answers.contains(a); });
    }
    return false;
}

bool Evaluator::excludesOthers(const Question &question, const Answer &answer)
{
    switch (question.type) {
    case QuestionType::Single:
        return true;
    case QuestionType::Multiple:
        return answer.exclusive || answer.unsure;
    }
    return true;
}

QStringList Evaluator::select(const Question &question, const QStringList &current, const QString &answerId)
{
    const Answer *picked = question.answer(answerId);
    if (!picked)
        return current;
    const bool clearsOthers = excludesOthers(question, *picked);
    QStringList result;
    for (const Answer &a : question.answers) {
        if (a.id == answerId || (!clearsOthers && !excludesOthers(question, a) && current.contains(a.id)))
            result << a.id;
    }
    return result;
}

bool Evaluator::isValidAnswer(const Question &question, const QStringList &answer, QString *why)
{
    auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (answer.isEmpty())
        return fail(QCoreApplication::translate("Evaluator", "no answer given"));
    if (question.type == QuestionType::Single && answer.size() > 1)
        return fail(QCoreApplication::translate("Evaluator", "question '%1' takes one answer, not %2").arg(question.id).arg(answer.size()));
    QSet<QString> seen;
    bool exclusive = false;
    for (const QString &id : answer) {
        const Answer *a = question.answer(id);
        if (!a) {
            QStringList valid;
            for (const Answer &option : question.answers)
                valid << option.id;
            return fail(QCoreApplication::translate("Evaluator", "'%1' is not an answer to '%2' (answers: %3)")
                            .arg(id, question.id, valid.join(QStringLiteral(", "))));
        }
        if (seen.contains(id))
            return fail(QCoreApplication::translate("Evaluator", "'%1' is given twice").arg(id));
        seen.insert(id);
        exclusive = exclusive || excludesOthers(question, *a);
    }
    if (exclusive && answer.size() > 1)
        return fail(QCoreApplication::translate("Evaluator", "an exclusive answer of '%1' cannot be combined with others").arg(question.id));
    return true;
}

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

std::vector<StaleAnswer> Evaluator::staleAnswers(const Answers &answers, const GivenFor &givenFor) const
{
    std::vector<StaleAnswer> stale;
    for (auto record = givenFor.cbegin(); record != givenFor.cend(); ++record) {
        const Question *q = m_rules.question(record.key());
        if (!q || !answers.contains(q->id))
            continue;
        StaleAnswer answer{q->id, {}};
        for (const QString &bound : q->validFor) {
            if (sorted(record.value().value(bound)) != sorted(answers.value(bound)))
                answer.changed << bound;
        }
        if (!answer.changed.isEmpty())
            stale.push_back(std::move(answer));
    }
    return stale;
}

Answers Evaluator::givenFor(const QString &question, const Answers &answers) const
{
    Answers record;
    if (const Question *q = m_rules.question(question)) {
        for (const QString &bound : q->validFor) {
            if (answers.contains(bound))
                record.insert(bound, answers.value(bound));
        }
    }
    return record;
}

AnswerChange Evaluator::change(Answers &answers, GivenFor &givenFor, const QString &question,
                               const QStringList &answer) const
{
    AnswerChange result;
    result.question = question;
    const std::vector<RouteStep> before = evaluate(answers, givenFor).route;
    result.changed = answers.value(question) != answer;
    answers.insert(question, answer);
    if (const Question *q = m_rules.question(question); q && !q->validFor.isEmpty())
        givenFor.insert(question, this->givenFor(question, answers));
    for (auto stale = staleAnswers(answers, givenFor); !stale.empty(); stale = staleAnswers(answers, givenFor)) {
        for (StaleAnswer &s : stale) {
            answers.remove(s.question);
            givenFor.remove(s.question);
            result.dropped.push_back(std::move(s));
        }
    }
    const Evaluation after = evaluate(answers, givenFor);
    auto onRoute = [&](const QString &id) {
        return std::any_of(after.route.begin(), after.route.end(), [&](const RouteStep &s) { return s.question == id; });
    };
    auto dropped = [&](const QString &id) {
        return std::any_of(result.dropped.begin(), result.dropped.end(), [&](const StaleAnswer &s) { return s.question == id; });
    };
    const auto changedAt = std::find_if(before.begin(), before.end(), [&](const RouteStep &s) { return s.question == question; });
    if (changedAt != before.end()) {
        for (auto step = changedAt + 1; step != before.end(); ++step) {
            if (dropped(step->question))
                continue;
            (onRoute(step->question) ? result.kept : result.leftRoute) << step->question;
        }
    }
    return result;
}

Evaluation Evaluator::evaluate(const Answers &givenAnswers, const GivenFor &givenFor) const
{
    Evaluation evaluation;
    evaluation.staleAnswers = staleAnswers(givenAnswers, givenFor);
    Answers withoutStale;
    if (!evaluation.staleAnswers.empty()) {
        withoutStale = givenAnswers;
        for (const StaleAnswer &s : evaluation.staleAnswers)
            withoutStale.remove(s.question);
    }
    const Answers &answers = evaluation.staleAnswers.empty() ? givenAnswers : withoutStale;
    QString node = m_rules.info().start;
    // The validator proved the graph acyclic; the bound only protects against a misuse of an
    // unvalidated RuleSet.
    const std::size_t maxSteps = m_rules.questions().size() + m_rules.decisions().size() + 1;
    for (std::size_t step = 0; step <= maxSteps; ++step) {
        switch (m_rules.nodeKind(node)) {
        case NodeKind::Question: {
            const Question &q = *m_rules.question(node);
            const auto it = answers.constFind(q.id);
            if (it == answers.cend()) {
                evaluation.status = Evaluation::Status::NeedsAnswer;
                evaluation.nextQuestion = q.id;
                break;
            }
            QString why;
            if (!isValidAnswer(q, it.value(), &why)) {
                evaluation.status = Evaluation::Status::Invalid;
                evaluation.error = why;
                evaluation.errorQuestion = q.id;
                break;
            }
            const QString next = q.type == QuestionType::Multiple ? q.next : q.nextFor(it.value().constFirst());
            evaluation.route.push_back({q.id, it.value()});
            evaluation.trace.push_back({TraceStep::Kind::Asked, q.id, -1, next, {}, false});
            node = next;
            continue;
        }
        case NodeKind::Decision: {
            const Decision &d = *m_rules.decision(node);
            int taken = -1;
            for (std::size_t i = 0; i < d.branches.size(); ++i) {
                if (holds(d.branches[i].when, answers)) {
                    taken = int(i);
                    break;
                }
            }
            const QString next = taken >= 0 ? d.branches[std::size_t(taken)].next : d.otherwise;
            evaluation.trace.push_back({taken >= 0 ? TraceStep::Kind::Branched : TraceStep::Kind::Otherwise, d.id, taken,
                                        next, {}, taken < 0 && d.otherwiseBecause.isEmpty()});
            node = next;
            continue;
        }
        case NodeKind::Outcome: {
            const Outcome &o = *m_rules.outcome(node);
            evaluation.status = Evaluation::Status::Complete;
            evaluation.advice = makeAdvice(o, answers, evaluation);
            break;
        }
        case NodeKind::None:
            evaluation.status = Evaluation::Status::Invalid;
            evaluation.error = QCoreApplication::translate("Evaluator", "the rules lead to '%1', which does not exist").arg(node);
            break;
        }
        break;
    }
    QSet<QString> onRoute;
    for (const RouteStep &step : evaluation.route)
        onRoute.insert(step.question);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!onRoute.contains(it.key()))
            evaluation.unusedAnswers << it.key();
    }
    return evaluation;
}

Advice Evaluator::makeAdvice(const Outcome &outcome, const Answers &answers, Evaluation &evaluation) const
{
    Advice advice;
    advice.outcome = outcome.id;
    advice.verdict = outcome.verdict;
    auto applicable = [&answers](const std::vector<Citation> &citations) {
        QStringList ids;
        for (const Citation &c : citations) {
            if ((!c.when || holds(*c.when, answers)) && !ids.contains(c.id))
                ids << c.id;
        }
        return ids;
    };
    advice.citedGrounds = citedGrounds(outcome, answers);
    for (const CitedGround &g : advice.citedGrounds)
        advice.grounds << g.id;
    advice.conditions = applicable(outcome.conditions);
    advice.nextSteps = applicable(outcome.nextSteps);
    LocalizedText reached;
    for (const QString &language : m_rules.info().languages) {
        reached.set(language, words(language, QT_TRANSLATE_NOOP("Evaluator", "Outcome: %1"))
                                  .arg(outcome.title.text(language)));
    }
    for (TraceStep &step : evaluation.trace) {
        if (step.kind == TraceStep::Kind::Asked)
            step.explanation = explainAnswer(*m_rules.question(step.node), answers.value(step.node));
        else
            step.explanation = explainBranch(*m_rules.decision(step.node), step.branch);
    }
    evaluation.trace.push_back({TraceStep::Kind::Reached, outcome.id, -1, QString(), reached, false});
    for (const RouteStep &step : evaluation.route) {
        const Question *q = m_rules.question(step.question);
        for (const QString &id : step.answer) {
            const Answer *a = q ? q->answer(id) : nullptr;
            if (a && a->unsure && !advice.unsureQuestions.contains(step.question))
                advice.unsureQuestions << step.question;
        }
    }
    advice.route = evaluation.route;
    advice.trace = evaluation.trace;
    advice.rulesetId = m_rules.info().id;
    advice.rulesetVersion = m_rules.info().version;
    advice.rulesetSha256 = m_rules.fingerprint();
    advice.code = verificationCode(m_rules.fingerprint(), advice.route);
    return advice;
}

std::vector<CitedGround> Evaluator::citedGrounds(const Outcome &outcome, const Answers &answers) const
{
    std::vector<CitedGround> cited;
    for (const Citation &c : outcome.grounds) {
        if (c.when && !holds(*c.when, answers))
            continue;
        if (std::any_of(cited.begin(), cited.end(), [&](const CitedGround &g) { return g.id == c.id; }))
            continue;
        const LegalGround *ground = m_rules.ground(c.id);
        cited.push_back({c.id, c.role != GroundRole::None ? c.role : ground ? ground->role : GroundRole::None});
    }
    auto rank = [](GroundRole role) {
        switch (role) {
        case GroundRole::Basis:
            return 0;
        case GroundRole::Exception:
            return 1;
        case GroundRole::LiftsSecrecy:
            return 2;
        case GroundRole::None:
            return 3;
        case GroundRole::Restricts:
            break;
        }
        return 4;
    };
    std::stable_sort(cited.begin(), cited.end(),
                     [&](const CitedGround &a, const CitedGround &b) { return rank(a.role) < rank(b.role); });
    return cited;
}

namespace {
QString plain(const RuleSet &rules, const QString &text, const QString &language)
{
    return rules.plainText(text, language);
}

QString joinWords(const QStringList &items, const QString &language, bool orWord)
{
    if (items.size() <= 1)
        return items.join(QString());
    const QString head = QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", "));
    return (orWord ? words(language, QT_TRANSLATE_NOOP("Evaluator", "%1 or %2"))
                   : words(language, QT_TRANSLATE_NOOP("Evaluator", "%1 and %2")))
        .arg(head, items.last());
}
} // namespace

LocalizedText Evaluator::explainAnswer(const Question &question, const QStringList &answer) const
{
    LocalizedText text;
    for (const QString &language : m_rules.info().languages) {
        QStringList labels;
        for (const QString &id : answer) {
            const Answer *a = question.answer(id);
            labels << (a ? plain(m_rules, a->label.text(language), language) : id);
        }
        const QString questionText = plain(m_rules, question.text.text(language), language);
        text.set(language, words(language, QT_TRANSLATE_NOOP("Evaluator", "You answered ‘%1’: %2."))
                               .arg(questionText, joinWords(labels, language, false)));
    }
    return text;
}

LocalizedText Evaluator::describeCondition(const Condition &condition, const QString &language) const
{
    LocalizedText result;
    switch (condition.kind) {
    case Condition::Kind::AllOf:
    case Condition::Kind::AnyOf: {
        QStringList parts;
        for (const Condition &child : condition.children)
            parts << describeCondition(child, language).text(language);
        result.set(language, joinWords(parts, language, condition.kind == Condition::Kind::AnyOf));
        return result;
    }
    case Condition::Kind::Not: {
        const Condition &child = condition.children.front();
        if (child.kind == Condition::Kind::Answer && child.match != Condition::Match::All) {
            // "not (answer is not X)" reads better as "answer is X".
            Condition flipped = child;
            flipped.match = child.match == Condition::Match::Any ? Condition::Match::None : Condition::Match::Any;
            return describeCondition(flipped, language);
        }
        result.set(language, words(language, QT_TRANSLATE_NOOP("Evaluator", "not: %1"))
                                 .arg(describeCondition(child, language).text(language)));
        return result;
    }
    case Condition::Kind::Answer:
        break;
    }
    const Question *q = m_rules.question(condition.question);
    QStringList labels;
    for (const QString &id : condition.answers) {
        const Answer *a = q ? q->answer(id) : nullptr;
        labels << (a ? plain(m_rules, a->label.text(language), language) : id);
    }
    const QString questionText = q ? plain(m_rules, q->text.text(language), language) : condition.question;
    QString sentence;
    switch (condition.match) {
    case Condition::Match::Any:
        sentence = words(language, QT_TRANSLATE_NOOP("Evaluator", "the answer to ‘%1’ is %2"))
                       .arg(questionText, joinWords(labels, language, true));
        break;
    case Condition::Match::All:
        sentence = words(language, QT_TRANSLATE_NOOP("Evaluator", "the answer to ‘%1’ includes %2"))
                       .arg(questionText, joinWords(labels, language, false));
        break;
    case Condition::Match::None:
        sentence = words(language, QT_TRANSLATE_NOOP("Evaluator", "the answer to ‘%1’ is not %2"))
                       .arg(questionText, joinWords(labels, language, true));
        break;
    }
    result.set(language, sentence);
    return result;
}

LocalizedText Evaluator::explainBranch(const Decision &decision, int branch) const
{
    LocalizedText text;
    for (const QString &language : m_rules.info().languages) {
        if (branch < 0) {
            if (!decision.otherwiseBecause.isEmpty())
                text.set(language, plain(m_rules, decision.otherwiseBecause.text(language), language));
            else
                text.set(language, words(language, QT_TRANSLATE_NOOP("Evaluator", "None of the special cases at this step applied.")));
            continue;
        }
        const Branch &b = decision.branches[std::size_t(branch)];
        if (!b.because.isEmpty()) {
            text.set(language, plain(m_rules, b.because.text(language), language));
            continue;
        }
        const QString reason = describeCondition(b.when, language).text(language);
        text.set(language, words(language, QT_TRANSLATE_NOOP("Evaluator", "Because %1.")).arg(reason));
    }
    return text;
}

} // namespace deelwijzer
