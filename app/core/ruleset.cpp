// SPDX-License-Identifier: EUPL-1.2
#include "ruleset.h"

#include "fingerprint.h"
#include "phrasebook.h"
#include "textmarkup.h"

namespace deelwijzer {

namespace {
constexpr std::pair<GroundRole, const char *> groundRoleIds[] = {
    {GroundRole::Basis, "basis"},
    {GroundRole::Exception, "exception"},
    {GroundRole::LiftsSecrecy, "lifts_secrecy"},
    {GroundRole::Restricts, "restricts"},
};
} // namespace

QString groundRoleId(GroundRole role)
{
    for (const auto &[value, id] : groundRoleIds) {
        if (value == role)
            return QLatin1String(id);
    }
    return QString();
}

GroundRole groundRoleFromId(const QString &id)
{
    for (const auto &[value, roleId] : groundRoleIds) {
        if (id == QLatin1String(roleId))
            return value;
    }
    return GroundRole::None;
}

QStringList allGroundRoleIds()
{
    QStringList ids;
    for (const auto &entry : groundRoleIds)
        ids << QLatin1String(entry.second);
    return ids;
}

namespace {
constexpr std::pair<QuestionType, const char *> questionTypeIds[] = {
    {QuestionType::Single, "single"},
    {QuestionType::Multiple, "multiple"},
};
} // namespace

QString questionTypeId(QuestionType type)
{
    for (const auto &[value, id] : questionTypeIds) {
        if (value == type)
            return QLatin1String(id);
    }
    return QString();
}

std::optional<QuestionType> questionTypeFromId(const QString &id)
{
    for (const auto &[value, typeId] : questionTypeIds) {
        if (id == QLatin1String(typeId))
            return value;
    }
    return std::nullopt;
}

QStringList allQuestionTypeIds()
{
    QStringList ids;
    for (const auto &entry : questionTypeIds)
        ids << QLatin1String(entry.second);
    return ids;
}

const Answer *Question::answer(const QString &answerId) const
{
    for (const Answer &a : answers) {
        if (a.id == answerId)
            return &a;
    }
    return nullptr;
}

QString Question::nextFor(const QString &answerId) const
{
    const Answer *a = answer(answerId);
    return a && !a->next.isEmpty() ? a->next : next;
}

namespace {
template<typename T>
const T *lookup(const std::vector<T> &items, const QHash<QString, qsizetype> &index, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items[static_cast<std::size_t>(it.value())];
}
} // namespace

const QString &RuleSet::fingerprint() const
{
    std::call_once(m_fingerprintOnce, [this] { m_fingerprint = ruleSetFingerprint(*this); });
    return m_fingerprint;
}

RuleSet::NodeRef RuleSet::nodeRef(const QString &id) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() ? NodeRef() : *it;
}

template<typename Node>
const Node *RuleSet::node(const QString &id, NodeKind kind, const std::vector<Node> &nodes) const
{
    const auto it = m_nodeIndex.constFind(id);
    return it == m_nodeIndex.cend() || it->kind != kind ? nullptr : &nodes[static_cast<std::size_t>(it->index)];
}

std::size_t RuleSet::nodeNumber(const NodeRef &node) const
{
    const auto index = std::size_t(node.index);
    switch (node.kind) {
    case NodeKind::Question:
        return index;
    case NodeKind::Decision:
        return questions().size() + index;
    case NodeKind::Outcome:
        return questions().size() + decisions().size() + index;
    case NodeKind::None:
        break;
    }
    return NoNodeNumber;
}

const Question *RuleSet::question(const QString &id) const { return node(id, NodeKind::Question, m_questions); }
const Decision *RuleSet::decision(const QString &id) const { return node(id, NodeKind::Decision, m_decisions); }
const Outcome *RuleSet::outcome(const QString &id) const { return node(id, NodeKind::Outcome, m_outcomes); }
const Law *RuleSet::law(const QString &id) const { return lookup(m_laws, m_lawIndex, id); }
const LegalGround *RuleSet::ground(const QString &id) const { return lookup(m_grounds, m_groundIndex, id); }
const GlossaryTerm *RuleSet::term(const QString &id) const { return lookup(m_glossary, m_termIndex, id); }
const ChecklistItem *RuleSet::condition(const QString &id) const { return lookup(m_conditions, m_conditionIndex, id); }
const Action *RuleSet::action(const QString &id) const { return lookup(m_actions, m_actionIndex, id); }
const Source *RuleSet::source(const QString &id) const { return lookup(m_sources, m_sourceIndex, id); }

QString RuleSet::citation(const LegalGround &ground, const QString &language) const
{
    const Law *l = law(ground.law);
    const QString lawName = l ? l->abbreviation.text(language) : ground.law;
    if (ground.article.isEmpty())
        return lawName;
    // The form of a citation is the language's own ("art. 16 lid 1 onder a Wpg", "Wpg, Art.
    // 16(1)(a)"): its pieces are translated (context "Citation").
    const Phrasebook &book = Phrasebook::forLanguage(language);
    QString provision = book.translate("Citation", "Art. %1").arg(ground.article);
    if (!ground.paragraph.isEmpty())
        provision += book.translate("Citation", "(%1)", "paragraph").arg(ground.paragraph);
    if (!ground.point.isEmpty())
        provision += book.translate("Citation", "(%1)", "point").arg(ground.point);
    if (!ground.subpoint.isEmpty())
        provision += book.translate("Citation", "(%1)", "subpoint").arg(ground.subpoint);
    return book.translate("Citation", "%1, %2", "law, provision").arg(lawName, provision);
}

QString RuleSet::plainText(const QString &text, const QString &language) const
{
    return deelwijzer::plainText(text, [&](TextSpan::Kind kind, const QString &target) {
        if (kind == TextSpan::Kind::Term) {
            const GlossaryTerm *t = term(target);
            return t ? t->term.text(language) : target;
        }
        const LegalGround *g = ground(target);
        return g ? citation(*g, language) : target;
    });
}

QString RuleSet::groundUrl(const LegalGround &ground) const
{
    if (!ground.url.isEmpty())
        return ground.url;
    const Law *l = law(ground.law);
    if (!l)
        return QString();
    if (!l->bwb.isEmpty() && !ground.article.isEmpty()) {
        QString label = ground.article;
        if (const QString bookPrefix = l->book + QLatin1Char(':'); !l->book.isEmpty() && label.startsWith(bookPrefix))
            label.remove(0, bookPrefix.size());
        return QStringLiteral("https://wetten.overheid.nl/jci1.3:c:%1&artikel=%2").arg(l->bwb, label);
    }
    if (!l->bwb.isEmpty())
        return QStringLiteral("https://wetten.overheid.nl/%1").arg(l->bwb);
    // EUR-Lex's HTML view of an act carries an anchor "art_N" on every article.
    if (!l->celex.isEmpty() && !ground.article.isEmpty())
        return QStringLiteral("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:%1#art_%2")
            .arg(l->celex, ground.article);
    if (!l->celex.isEmpty())
        return QStringLiteral("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:%1").arg(l->celex);
    return l->url;
}

QString RuleSet::displayName(const QString &language) const
{
    const QString title = m_info.title.text(language);
    return title.isEmpty() ? QStringLiteral("%1 %2").arg(m_info.id, m_info.version) : title;
}

const Review *RuleSetInfo::lastReview() const
{
    const Review *last = nullptr;
    for (const Review &review : reviews) {
        if (!last || review.date >= last->date)
            last = &review;
    }
    return last;
}

} // namespace deelwijzer
