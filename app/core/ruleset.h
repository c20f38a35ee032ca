// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
#include "groundrole.h"
#include "localizedtext.h"
#include "verdict.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace deelwijzer {

/// A test on answers already given (rules/README.md "Conditions").
struct Condition
{
    enum class Kind { Answer, AllOf, AnyOf, Not };
    enum class Match { Any, All, None };

    Kind kind = Kind::Answer;
    QString question;          // Kind::Answer
    Match match = Match::Any;  // Kind::Answer
    QStringList answers;       // Kind::Answer
    std::vector<Condition> children; // AllOf, AnyOf, Not (exactly one child)
    SourceLocation location;
};

/// The data category an answer of a data question stands for, for the validator's proof that
/// special-category and criminal-offence data have their exception.
enum class DataCategory { Ordinary, Special, Criminal };

struct Answer
{
    QString id;
    LocalizedText label;
    LocalizedText hint;
    QString next; // empty: the question's `next`
    bool unsure = false;
    bool exclusive = false;
    DataCategory dataCategory = DataCategory::Ordinary;
    bool boundBySecrecy = false; ///< choosing it means the sharer is bound by secrecy
    SourceLocation location;
    SourceLocation nextLocation;
};

/// How a question is answered. A new type gets its id in ruleset.cpp, its reading rules in
/// RuleFileReader::readQuestion and its answer rules in Evaluator::isValidAnswer and
/// Evaluator::select; the faces switch on it.
enum class QuestionType {
    Single,  ///< exactly one answer (`type: single`, the default)
    Multiple ///< one or more answers (`type: multiple`); routes on with the question's `next`
};
QString questionTypeId(QuestionType type);
std::optional<QuestionType> questionTypeFromId(const QString &id);
QStringList allQuestionTypeIds();

struct Question
{
    QString id;
    QuestionType type = QuestionType::Single;
    LocalizedText text;
    LocalizedText why;
    LocalizedText help;
    QStringList sources;
    QString next;
    std::vector<Answer> answers;
    /// Questions whose answers this answer was given for (e.g. consent: recipient, purpose,
    /// data): when one of them changes, this answer no longer holds and is asked again.
    QStringList validFor;
    SourceLocation location;
    SourceLocation nextLocation;

    const Answer *answer(const QString &answerId) const;
    /// Where `answerId` leads: its own `next`, else the question's.
    QString nextFor(const QString &answerId) const;
};

struct Branch
{
    Condition when;
    QString next;
    LocalizedText because;
    SourceLocation location;
    SourceLocation nextLocation;
};

struct Decision
{
    QString id;
    std::vector<Branch> branches;
    QString otherwise;
    LocalizedText otherwiseBecause; ///< optional trace text when no branch holds
    SourceLocation location;
    SourceLocation otherwiseLocation;
};

/// A catalogue id cited by an outcome, possibly only when a condition holds.
struct Citation
{
    QString id;
    GroundRole role = GroundRole::None; ///< None: the ground's own role (grounds only)
    /// Most citations always apply; the rare condition is kept out of line so that a large
    /// rule set's citations stay small. Null: always.
    std::shared_ptr<const Condition> when;
    SourceLocation location;
};

struct Outcome
{
    QString id;
    Verdict verdict = Verdict::Consult;
    LocalizedText verdictNote;
    LocalizedText title;
    LocalizedText explanation;
    LocalizedText uncertain;
    std::vector<Citation> grounds;
    std::vector<Citation> conditions;
    std::vector<Citation> nextSteps;
    QStringList sources;
    /// false: the advice concerns data that are not personal data (truly anonymous), so no
    /// exception and no lifting of secrecy is needed, only the basis that says so.
    bool personalData = true;
    SourceLocation location;
};

struct Law
{
    QString id;
    LocalizedText name;
    LocalizedText abbreviation;
    QString bwb;
    QString celex;
    /// The book of a code whose articles are cited as "book:article" (BW 7:457). The
    /// wetten.overheid.nl text of each book labels its articles without the book ("457").
    QString book;
    QString url;
    SourceLocation location;
};

struct LegalGround
{
    QString id;
    QString law;
    QString article;
    QString paragraph;
    QString point;
    QString subpoint;
    LocalizedText title;
    LocalizedText meaning;
    LocalizedText note;
    QString url;
    GroundRole role = GroundRole::None; ///< the role it has unless a citation says otherwise
    QString words;                      ///< the deciding words of the provision, verbatim (Dutch)
    QDate textDate;                     ///< the consolidated text the words were read from
    bool unsure = false;
    SourceLocation location;
};

struct GlossaryTerm
{
    QString id;
    LocalizedText term;
    LocalizedText definition;
    QStringList see;
    SourceLocation location;
};

/// A condition an outcome attaches, shown as a checklist item.
struct ChecklistItem
{
    QString id;
    LocalizedText text;
    LocalizedText help;
    SourceLocation location;
};

/// A next step an outcome recommends.
struct Action
{
    QString id;
    LocalizedText text;
    SourceLocation location;
};

struct Source
{
    QString id;
    /// The document's own name; a plain string in the rule file is the same in every language.
    LocalizedText title;
    QString url;
    SourceLocation location;
};

/// A reviewer's sign-off of the rules (rules/README.md "Reviews"): who read which content.
struct Review
{
    QString reviewer;
    QString role;        ///< e.g. "privacy officer", in the reviewer's own words
    QDate date;
    QString scope;       ///< what was reviewed; empty: the whole rule set
    QString fingerprint; ///< the fingerprint of the content reviewed (64 hex digits)
    SourceLocation location;
};

struct RuleSetInfo
{
    QString id;
    QString version;
    QDate validFrom;
    QDate validTo;
    QString status;
    LocalizedText statusNote;
    LocalizedText title;
    QStringList languages;
    QString start;
    QStringList sources;
    /// The question whose answer says who shares (`role_question`): the app offers the
    /// remembered role there. Empty when the manifest does not name one.
    QString roleQuestion;
    /// Sign-offs, as listed. They are not part of the fingerprint: signing does not change the
    /// rules.
    std::vector<Review> reviews;
    SourceLocation location;

    /// The review with the latest date (of equal dates the last listed); null when none.
    const Review *lastReview() const;
};

/// One entry of the rule files as read, for the fingerprint (fingerprint.h).
struct CanonicalEntry
{
    QString section; ///< "questions", ..., or "ruleset" for the manifest's own section
    QString id;
    QByteArray content;
};

enum class NodeKind { None, Question, Decision, Outcome };

/// A loaded rule set: the decision graph and its catalogues. Immutable once loaded;
/// build one with RuleSetLoader.
class RuleSet
{
public:
    const RuleSetInfo &info() const { return m_info; }
    /// SHA-256 (hex) of the canonical content; see fingerprint.h. Computed on first use, so
    /// checking a rule set does not pay for it.
    const QString &fingerprint() const;
    /// Every entry as read, in reading order: what the fingerprint is made of.
    const std::vector<CanonicalEntry> &canonicalEntries() const { return m_canonicalEntries; }
    /// Where the rule set was loaded from (a folder or a ":/rules" resource path).
    const QString &origin() const { return m_origin; }

    const std::vector<Question> &questions() const { return m_questions; }
    const std::vector<Decision> &decisions() const { return m_decisions; }
    const std::vector<Outcome> &outcomes() const { return m_outcomes; }
    const std::vector<Law> &laws() const { return m_laws; }
    const std::vector<LegalGround> &grounds() const { return m_grounds; }
    const std::vector<GlossaryTerm> &glossary() const { return m_glossary; }
    const std::vector<ChecklistItem> &conditions() const { return m_conditions; }
    const std::vector<Action> &actions() const { return m_actions; }
    const std::vector<Source> &sources() const { return m_sources; }

    /// A node by kind and position in questions(), decisions() or outcomes().
    struct NodeRef
    {
        NodeKind kind = NodeKind::None;
        qsizetype index = 0;
    };
    /// The node `id` names; kind None when there is none. Questions, decisions and outcomes
    /// share one id namespace, so one look-up answers it.
    NodeRef nodeRef(const QString &id) const;
    NodeKind nodeKind(const QString &id) const { return nodeRef(id).kind; }
    /// Every node numbered from 0: the questions, then the decisions, then the outcomes (for
    /// bit sets and tables over the graph); NoNodeNumber for kind None.
    static constexpr std::size_t NoNodeNumber = std::size_t(-1);
    std::size_t nodeNumber(const NodeRef &node) const;
    const Question *question(const QString &id) const;
    const Decision *decision(const QString &id) const;
    const Outcome *outcome(const QString &id) const;
    const Law *law(const QString &id) const;
    const LegalGround *ground(const QString &id) const;
    const GlossaryTerm *term(const QString &id) const;
    const ChecklistItem *condition(const QString &id) const;
    const Action *action(const QString &id) const;
    const Source *source(const QString &id) const;

    /// "art. 16 lid 1 onder a Wpg" (nl) or "Wpg, Art. 16(1)(a)" (en).
    QString citation(const LegalGround &ground, const QString &language) const;
    /// Rule text in `language` with its links ([[term]], [[ground:id]]) replaced by words:
    /// a term's name or a ground's citation.
    QString plainText(const QString &text, const QString &language) const;
    /// The ground's own url, or one that opens its article: built from the law's BWB id
    /// (wetten.overheid.nl) or CELEX id (EUR-Lex, with the article's anchor).
    QString groundUrl(const LegalGround &ground) const;
    /// The name of the rule set's title in `language`, with id and version as fallback.
    QString displayName(const QString &language) const;

private:
    friend class RuleSetLoader;
    friend class RuleSetAssembler;

    template<typename Node>
    const Node *node(const QString &id, NodeKind kind, const std::vector<Node> &nodes) const;

    RuleSetInfo m_info;
    mutable std::once_flag m_fingerprintOnce;
    mutable QString m_fingerprint;
    QString m_origin;
    std::vector<Question> m_questions;
    std::vector<Decision> m_decisions;
    std::vector<Outcome> m_outcomes;
    std::vector<Law> m_laws;
    std::vector<LegalGround> m_grounds;
    std::vector<GlossaryTerm> m_glossary;
    std::vector<ChecklistItem> m_conditions;
    std::vector<Action> m_actions;
    std::vector<Source> m_sources;
    std::vector<CanonicalEntry> m_canonicalEntries;

    QHash<QString, NodeRef> m_nodeIndex;
    QHash<QString, qsizetype> m_lawIndex;
    QHash<QString, qsizetype> m_groundIndex;
    QHash<QString, qsizetype> m_termIndex;
    QHash<QString, qsizetype> m_conditionIndex;
    QHash<QString, qsizetype> m_actionIndex;
    QHash<QString, qsizetype> m_sourceIndex;
};

} // namespace deelwijzer
