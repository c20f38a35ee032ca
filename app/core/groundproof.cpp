// SPDX-License-Identifier: EUPL-1.2
#include "groundproof.h"

#include "evaluator.h"
#include "ruleset.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>

namespace deelwijzer {

namespace {

/// Quotations longer than this are probably the whole article rather than its deciding words.
constexpr qsizetype MaxWordsLength = 400;

/// A set of tracked answers, one bit each.
using Bits = std::vector<std::uint64_t>;

class Proof
{
    Q_DECLARE_TR_FUNCTIONS(GroundProof)
public:
    Proof(const RuleSet &rules, std::span<const std::size_t> order,
          const std::function<bool(std::size_t, std::size_t)> &dominates, Diagnostics &diagnostics)
        : m_rules(rules), m_order(order), m_dominates(dominates), m_diagnostics(diagnostics)
    {
    }

    void run()
    {
        checkCitedGrounds();
        chooseTrackedAnswers();
        propagate();
        std::size_t number = m_rules.questions().size() + m_rules.decisions().size();
        for (const Outcome &o : m_rules.outcomes())
            proveOutcome(o, number++);
    }

private:
    // ---- the grounds themselves ---------------------------------------------------------

    void checkCitedGrounds()
    {
        QSet<QString> cited, citedWithoutRole;
        for (const Outcome &o : m_rules.outcomes()) {
            for (const Citation &c : o.grounds) {
                cited.insert(c.id);
                if (c.role == GroundRole::None)
                    citedWithoutRole.insert(c.id);
            }
        }
        for (const LegalGround &g : m_rules.grounds()) {
            if (!cited.contains(g.id))
                continue;
            if (g.role == GroundRole::None && citedWithoutRole.contains(g.id))
                m_diagnostics.warning(g.location, tr("ground '%1' is cited but has no role (one of %2)")
                                                      .arg(g.id, allGroundRoleIds().join(QStringLiteral(", "))));
            if (g.words.isEmpty())
                m_diagnostics.warning(g.location, tr("ground '%1' has no 'words': quote the deciding words of the provision")
                                                      .arg(g.id));
            else if (g.words.size() > MaxWordsLength)
                m_diagnostics.warning(g.location, tr("the words of ground '%1' are %2 characters long; quote the deciding "
                                                     "words (at most %3), not the whole article")
                                                      .arg(g.id)
                                                      .arg(g.words.size())
                                                      .arg(MaxWordsLength));
            if (!g.textDate.isValid())
                m_diagnostics.warning(g.location, tr("ground '%1' has no 'text_date': the date of the consolidated text "
                                                     "its words were read from")
                                                      .arg(g.id));
        }
    }

    // ---- which answers can reach which node ---------------------------------------------

    static bool marked(const Answer &a) { return a.dataCategory != DataCategory::Ordinary || a.boundBySecrecy; }

    static void collectQuestions(const Condition &c, QSet<QString> &questions)
    {
        if (c.kind == Condition::Kind::Answer)
            questions.insert(c.question);
        for (const Condition &child : c.children)
            collectQuestions(child, questions);
    }

    /// Tracks the answers the proof asks about: every marked answer, and every answer of a
    /// question that a ground citation of an allowing outcome tests.
    void chooseTrackedAnswers()
    {
        QSet<QString> tested;
        for (const Outcome &o : m_rules.outcomes()) {
            if (!verdictNeedsGround(o.verdict))
                continue;
            for (const Citation &c : o.grounds) {
                if (c.when)
                    collectQuestions(*c.when, tested);
            }
        }
        const auto &questions = m_rules.questions();
        m_bit.resize(questions.size());
        m_fullyTracked.assign(questions.size(), false);
        std::size_t bits = 0;
        for (std::size_t q = 0; q < questions.size(); ++q) {
            m_fullyTracked[q] = tested.contains(questions[q].id);
            for (const Answer &a : questions[q].answers)
                m_bit[q].push_back(m_fullyTracked[q] || marked(a) ? int(bits++) : -1);
        }
        m_words = (bits + 63) / 64;
    }

    int bitOf(std::size_t question, const QString &answer) const
    {
        const Question &q = m_rules.questions()[question];
        for (std::size_t i = 0; i < q.answers.size(); ++i) {
            if (q.answers[i].id == answer)
                return m_bit[question][i];
        }
        return -1;
    }

    static void set(Bits &bits, int bit) { bits[std::size_t(bit) / 64] |= std::uint64_t(1) << (bit % 64); }
    static bool test(const std::uint64_t *bits, int bit) { return bits[bit / 64] >> (bit % 64) & 1; }

    std::size_t questionNumber(const QString &id) const
    {
        const RuleSet::NodeRef ref = m_rules.nodeRef(id);
        return ref.kind == NodeKind::Question ? std::size_t(ref.index) : std::size_t(-1);
    }

    std::size_t nodeNumber(const QString &id) const { return m_rules.nodeNumber(m_rules.nodeRef(id)); }

    /// The tracked answers that cannot have been chosen when `c` holds (`holds`) or fails.
    /// Sound, not complete: an answer left out of the set may still be impossible.
    Bits excluded(const Condition &c, bool holds) const
    {
        Bits result(m_words, 0);
        switch (c.kind) {
        case Condition::Kind::Not:
            return c.children.empty() ? result : excluded(c.children.front(), !holds);
        case Condition::Kind::AllOf:
        case Condition::Kind::AnyOf: {
            // all_of holds: each child holds, so every child's exclusions apply; all_of fails:
            // some child fails, so only what every failing child excludes. any_of the reverse.
            const bool unite = (c.kind == Condition::Kind::AllOf) == holds;
            bool first = true;
            for (const Condition &child : c.children) {
                const Bits part = excluded(child, holds);
                for (std::size_t w = 0; w < m_words; ++w)
                    result[w] = unite ? (result[w] | part[w]) : first ? part[w] : (result[w] & part[w]);
                first = false;
            }
            return result;
        }
        case Condition::Kind::Answer:
            break;
        }
        const std::size_t q = questionNumber(c.question);
        if (q == std::size_t(-1))
            return result;
        const Question &question = m_rules.questions()[q];
        // Which of the listed answers the condition proves chosen (`chosen`) or not chosen.
        bool listedChosen = false, listedNotChosen = false;
        switch (c.match) {
        case Condition::Match::Any:
            listedChosen = holds;
            listedNotChosen = !holds;
            break;
        case Condition::Match::None:
            listedChosen = !holds;
            listedNotChosen = holds;
            break;
        case Condition::Match::All:
            listedChosen = holds;
            listedNotChosen = !holds && c.answers.size() == 1;
            break;
        }
        if (listedNotChosen) {
            for (const QString &id : c.answers) {
                if (const int bit = bitOf(q, id); bit >= 0)
                    set(result, bit);
            }
        }
        // One of the listed answers was chosen: on a single-choice question, or when every
        // listed answer is exclusive, no other answer can have been.
        const bool onlyListed = question.type == QuestionType::Single
                                || std::all_of(c.answers.begin(), c.answers.end(), [&](const QString &id) {
                                       const Answer *a = question.answer(id);
                                       return a && Evaluator::excludesOthers(question, *a);
                                   });
        if (listedChosen && onlyListed) {
            for (std::size_t i = 0; i < question.answers.size(); ++i) {
                if (m_bit[q][i] >= 0 && !c.answers.contains(question.answers[i].id))
                    set(result, m_bit[q][i]);
            }
        }
        return result;
    }

    void merge(std::size_t target, const Bits &bits)
    {
        if (target == std::size_t(-1))
            return;
        std::uint64_t *into = m_active.data() + target * m_words;
        for (std::size_t w = 0; w < m_words; ++w)
            into[w] |= bits[w];
    }

    /// m_active[node]: the tracked answers that some route to the node has chosen.
    void propagate()
    {
        const std::size_t questions = m_rules.questions().size();
        const std::size_t decisions = m_rules.decisions().size();
        m_active.assign((questions + decisions + m_rules.outcomes().size()) * m_words, 0);
        if (m_words == 0)
            return;
        for (const std::size_t node : m_order) {
            const Bits here(m_active.begin() + std::ptrdiff_t(node * m_words),
                            m_active.begin() + std::ptrdiff_t((node + 1) * m_words));
            if (node < questions) {
                const Question &q = m_rules.questions()[node];
                for (std::size_t i = 0; i < q.answers.size(); ++i) {
                    Bits out = here;
                    if (m_bit[node][i] >= 0)
                        set(out, m_bit[node][i]);
                    merge(nodeNumber(q.type == QuestionType::Multiple ? q.next : q.nextFor(q.answers[i].id)), out);
                }
            } else if (node < questions + decisions) {
                const Decision &d = m_rules.decisions()[node - questions];
                Bits earlierFailed(m_words, 0); // every earlier branch failed
                auto follow = [&](const QString &next, const Bits &excluding) {
                    Bits out = here;
                    for (std::size_t w = 0; w < m_words; ++w)
                        out[w] &= ~excluding[w];
                    merge(nodeNumber(next), out);
                };
                for (const Branch &b : d.branches) {
                    Bits excluding = excluded(b.when, true);
                    for (std::size_t w = 0; w < m_words; ++w)
                        excluding[w] |= earlierFailed[w];
                    follow(b.next, excluding);
                    const Bits failed = excluded(b.when, false);
                    for (std::size_t w = 0; w < m_words; ++w)
                        earlierFailed[w] |= failed[w];
                }
                follow(d.otherwise, earlierFailed);
            }
        }
    }

    // ---- the proof per outcome -----------------------------------------------------------

    /// The answers of question `q` that some route to `node` chose.
    QStringList activeAnswers(std::size_t q, std::size_t node) const
    {
        QStringList ids;
        const std::uint64_t *bits = m_active.data() + node * m_words;
        const Question &question = m_rules.questions()[q];
        for (std::size_t i = 0; i < question.answers.size(); ++i) {
            if (m_bit[q][i] >= 0 && test(bits, m_bit[q][i]))
                ids << question.answers[i].id;
        }
        return ids;
    }

    /// Whether `c` holds on every route to `node` on which answer `given` of question
    /// `givenQuestion` was chosen (no answer given: on every route). Sound, not complete.
    bool certain(const Condition &c, std::size_t node, std::size_t givenQuestion, const QString &given) const
    {
        switch (c.kind) {
        case Condition::Kind::AllOf:
            return std::all_of(c.children.begin(), c.children.end(),
                               [&](const Condition &child) { return certain(child, node, givenQuestion, given); });
        case Condition::Kind::AnyOf:
            return std::any_of(c.children.begin(), c.children.end(),
                               [&](const Condition &child) { return certain(child, node, givenQuestion, given); });
        case Condition::Kind::Not:
            return false;
        case Condition::Kind::Answer:
            break;
        }
        const std::size_t q = questionNumber(c.question);
        if (q == std::size_t(-1))
            return false;
        const bool single = m_rules.questions()[q].type == QuestionType::Single;
        const bool anyOf = c.match == Condition::Match::Any || (c.match == Condition::Match::All && c.answers.size() == 1);
        if (q == givenQuestion) {
            if (anyOf && c.answers.contains(given))
                return true;
            if (c.match == Condition::Match::None && single && !c.answers.contains(given))
                return true;
        }
        // Every route asks the question, and no route to the node chose an answer against it.
        if (!m_fullyTracked[q] || !m_dominates(q, node))
            return false;
        const QStringList active = activeAnswers(q, node);
        if (anyOf && single)
            return std::all_of(active.begin(), active.end(), [&](const QString &a) { return c.answers.contains(a); });
        if (c.match == Condition::Match::None)
            return std::none_of(active.begin(), active.end(), [&](const QString &a) { return c.answers.contains(a); });
        return false;
    }

    GroundRole effectiveRole(const Citation &c) const
    {
        if (c.role != GroundRole::None)
            return c.role;
        const LegalGround *g = m_rules.ground(c.id);
        return g ? g->role : GroundRole::None;
    }

    /// Whether a ground in `role` applies on every route to `node` that chose `given`.
    bool covered(const Outcome &o, GroundRole role, std::size_t node, std::size_t givenQuestion, const QString &given) const
    {
        return std::any_of(o.grounds.begin(), o.grounds.end(), [&](const Citation &c) {
            return effectiveRole(c) == role && (!c.when || certain(*c.when, node, givenQuestion, given));
        });
    }

    /// A ground in `role` on every route: one that always applies, or a question every route
    /// asks whose every answer that reaches the outcome brings one (e.g. one basis per sharer).
    bool onEveryRoute(const Outcome &o, GroundRole role, std::size_t node) const
    {
        if (covered(o, role, node, std::size_t(-1), QString()))
            return true;
        QSet<QString> tested;
        for (const Citation &c : o.grounds) {
            if (effectiveRole(c) == role && c.when)
                collectQuestions(*c.when, tested);
        }
        for (const QString &id : std::as_const(tested)) {
            const std::size_t q = questionNumber(id);
            if (q == std::size_t(-1) || !m_fullyTracked[q] || !m_dominates(q, node))
                continue;
            const QStringList active = activeAnswers(q, node);
            if (std::all_of(active.begin(), active.end(),
                            [&](const QString &a) { return covered(o, role, node, q, a); }))
                return true;
        }
        return false;
    }

    void proveOutcome(const Outcome &o, std::size_t node)
    {
        if (!verdictNeedsGround(o.verdict))
            return;
        if (!onEveryRoute(o, GroundRole::Basis, node))
            m_diagnostics.warning(o.location, tr("outcome '%1' says '%2', but no ground in the role 'basis' applies on every "
                                                 "route to it")
                                                  .arg(o.id, verdictId(o.verdict)));
        if (m_words == 0 || !o.personalData)
            return;
        const bool exceptionEverywhere = onEveryRoute(o, GroundRole::Exception, node);
        const bool liftingEverywhere = onEveryRoute(o, GroundRole::LiftsSecrecy, node);
        const std::uint64_t *active = m_active.data() + node * m_words;
        const auto &questions = m_rules.questions();
        for (std::size_t q = 0; q < questions.size(); ++q) {
            for (std::size_t i = 0; i < questions[q].answers.size(); ++i) {
                const Answer &a = questions[q].answers[i];
                if (!marked(a) || !test(active, m_bit[q][i]))
                    continue;
                if (a.dataCategory != DataCategory::Ordinary && !exceptionEverywhere &&
                    !covered(o, GroundRole::Exception, node, q, a.id)) {
                    const QString what = a.dataCategory == DataCategory::Special ? tr("special-category data")
                                                                                 : tr("criminal-offence data");
                    m_diagnostics.warning(o.location, tr("outcome '%1' can be reached with answer '%2' to '%3' (%4), but no "
                                                         "ground in the role 'exception' applies whenever it is chosen")
                                                          .arg(o.id, a.id, questions[q].id, what));
                }
                if (a.boundBySecrecy && !liftingEverywhere && !covered(o, GroundRole::LiftsSecrecy, node, q, a.id))
                    m_diagnostics.warning(o.location, tr("outcome '%1' can be reached with answer '%2' to '%3' (bound by "
                                                         "secrecy), but no ground in the role 'lifts_secrecy' applies "
                                                         "whenever it is chosen")
                                                          .arg(o.id, a.id, questions[q].id));
            }
        }
    }

    const RuleSet &m_rules;
    std::span<const std::size_t> m_order;
    const std::function<bool(std::size_t, std::size_t)> &m_dominates;
    Diagnostics &m_diagnostics;
    std::vector<std::vector<int>> m_bit; ///< per question and answer: its bit, or -1 (untracked)
    std::vector<bool> m_fullyTracked;    ///< per question: every answer tracked
    std::size_t m_words = 0;             ///< 64-bit words per set
    std::vector<std::uint64_t> m_active; ///< per node, m_words words
};

} // namespace

void GroundProof::prove(const RuleSet &rules, std::span<const std::size_t> topologicalOrder,
                        const std::function<bool(std::size_t, std::size_t)> &dominates, Diagnostics &diagnostics)
{
    Proof(rules, topologicalOrder, dominates, diagnostics).run();
}

} // namespace deelwijzer
