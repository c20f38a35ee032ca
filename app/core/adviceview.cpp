// SPDX-License-Identifier: EUPL-1.2
#include "adviceview.h"

#include "phrasebook.h"
#include "reviewstatement.h"
#include "ruleset.h"

namespace deelwijzer {

namespace {

AdviceItem makeItem(const QString &id, const QString &text, const QString &detail = {}, const QString &label = {})
{
    AdviceItem item;
    item.id = id;
    item.text = text;
    item.detail = detail;
    item.label = label;
    return item;
}

AdviceSection makeSection(AdviceSection::Kind kind, const QString &heading)
{
    AdviceSection section;
    section.kind = kind;
    section.heading = heading;
    return section;
}
} // namespace

// lupdate files the tr() calls of this class under "deelwijzer::AdviceView"; the static
// functions name that context themselves.
QString AdviceView::tr(const char *sourceText) const
{
    return Phrasebook::forLanguage(m_language).translate("deelwijzer::AdviceView", sourceText);
}

QString AdviceView::statusLabel(const QString &status, const QString &language)
{
    const Phrasebook &book = Phrasebook::forLanguage(language);
    if (status == QLatin1String("draft"))
        return book.translate("deelwijzer::AdviceView", "draft", "status of the rules");
    if (status == QLatin1String("reconstructed"))
        return book.translate("deelwijzer::AdviceView", "reconstructed", "status of the rules");
    if (status == QLatin1String("reviewed"))
        return book.translate("deelwijzer::AdviceView", "legally reviewed", "status of the rules");
    if (status == QLatin1String("approved"))
        return book.translate("deelwijzer::AdviceView", "approved", "status of the rules");
    if (status == QLatin1String("withdrawn"))
        return book.translate("deelwijzer::AdviceView", "withdrawn", "status of the rules");
    return status;
}

QString AdviceView::roleLabel(GroundRole role, const QString &language)
{
    const Phrasebook &book = Phrasebook::forLanguage(language);
    switch (role) {
    case GroundRole::Basis:
        return book.translate("deelwijzer::AdviceView", "Legal basis");
    case GroundRole::Exception:
        return book.translate("deelwijzer::AdviceView", "Exception for special-category or criminal-offence data");
    case GroundRole::LiftsSecrecy:
        return book.translate("deelwijzer::AdviceView", "Lifts the duty of secrecy");
    case GroundRole::Restricts:
        return book.translate("deelwijzer::AdviceView", "Restricts what you share");
    case GroundRole::None:
        break;
    }
    return QString();
}

QString AdviceView::wordsCaption(const LegalGround &ground, const QString &language)
{
    const Phrasebook &book = Phrasebook::forLanguage(language);
    return ground.textDate.isValid()
               ? book.translate("deelwijzer::AdviceView", "Statutory text (Dutch), in force from %1:").arg(ground.textDate.toString(Qt::ISODate))
               : book.translate("deelwijzer::AdviceView", "Statutory text (Dutch):");
}

QString AdviceView::groundUnsureWarning() const
{
    return tr("Not certain: have this ground checked.");
}

QString AdviceView::disclaimer() const
{
    return tr("This advice supports your professional judgement; it does not replace it.");
}

QString AdviceView::verdictLabel() const
{
    return deelwijzer::verdictLabel(m_verdict, m_language);
}

QString AdviceView::verdictSymbol() const
{
    return deelwijzer::verdictSymbol(m_verdict);
}

QString AdviceView::verdictMeaning() const
{
    return deelwijzer::verdictMeaning(m_verdict, m_language);
}

const AdviceSection *AdviceView::section(AdviceSection::Kind kind) const
{
    for (const AdviceSection &s : m_sections) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

QStringList AdviceView::headings() const
{
    QStringList result;
    for (const AdviceSection &s : m_sections) {
        if (!s.heading.isEmpty())
            result << s.heading;
    }
    return result;
}

void AdviceView::addSection(AdviceSection section)
{
    m_sections.push_back(std::move(section));
}

AdviceView::AdviceView(const RuleSet &rules, const Advice &advice, const QString &language)
    : m_language(language)
    , m_verdict(advice.verdict)
{
    using Kind = AdviceSection::Kind;
    const Outcome *outcome = rules.outcome(advice.outcome);
    if (outcome) {
        m_verdictNote = outcome->verdictNote.text(language);
        m_title = outcome->title.text(language);
    }
    addSection(makeSection(Kind::Verdict, {}));

    if (outcome && !outcome->explanation.isEmpty()) {
        AdviceSection explanation = makeSection(Kind::Explanation, tr("Explanation"));
        explanation.items.push_back(makeItem({}, outcome->explanation.text(language)));
        addSection(std::move(explanation));
    }

    if (outcome && !outcome->uncertain.isEmpty()) {
        AdviceSection uncertain = makeSection(Kind::Uncertain, tr("What the rules cannot decide"));
        uncertain.items.push_back(makeItem({}, outcome->uncertain.text(language)));
        addSection(std::move(uncertain));
    }

    if (!advice.unsureQuestions.isEmpty()) {
        AdviceSection unsure = makeSection(Kind::Unsure, tr("You answered ‘not sure’"));
        unsure.intro = tr("This advice rests partly on facts you did not know:");
        unsure.closing = tr("Find this out before you share if you can, and change the answer: the advice may then be "
                            "different. Otherwise consult your data protection officer (DPO) or a lawyer.");
        for (const QString &id : advice.unsureQuestions) {
            const Question *q = rules.question(id);
            unsure.items.push_back(makeItem(id, q ? q->text.text(language) : id));
        }
        addSection(std::move(unsure));
    }

    if (!advice.route.empty()) {
        AdviceSection situation = makeSection(Kind::Situation, tr("Your situation, as you answered it"));
        for (const RouteStep &step : advice.route) {
            const Question *q = rules.question(step.question);
            AdviceItem item = makeItem(step.question, q ? q->text.text(language) : step.question);
            QStringList labels;
            for (const QString &answerId : step.answer) {
                const Answer *a = q ? q->answer(answerId) : nullptr;
                labels << (a ? a->label.text(language) : answerId);
                item.unsure = item.unsure || (a && a->unsure);
            }
            item.label = labels.join(QStringLiteral("; "));
            situation.items.push_back(item);
        }
        addSection(std::move(situation));
    }

    AdviceSection grounds = makeSection(Kind::Grounds, tr("Legal grounds"));
    grounds.empty = tr("No legal ground for sharing was found on this route.");
    bool restsOnShown = false, respectShown = false;
    for (const CitedGround &cited : advice.citedGrounds) {
        const LegalGround *g = rules.ground(cited.id);
        AdviceItem item = makeItem(cited.id, {}, {}, cited.id);
        item.restsOn = cited.restsOn();
        if (item.restsOn && !restsOnShown) {
            item.group = tr("The advice rests on");
            restsOnShown = true;
        } else if (!item.restsOn && !respectShown) {
            item.group = tr("What the advice must respect");
            respectShown = true;
        }
        if (g) {
            item.label = rules.citation(*g, language);
            item.text = g->title.text(language);
            item.detail = g->meaning.text(language);
            item.role = roleLabel(cited.role, language);
            if (const Law *law = rules.law(g->law))
                item.lawName = law->name.text(language);
            if (!g->words.isEmpty()) {
                item.wordsCaption = wordsCaption(*g, language);
                item.words = g->words;
            }
            item.note = g->note.text(language);
            item.url = rules.groundUrl(*g);
            item.unsure = g->unsure;
        }
        grounds.items.push_back(item);
    }
    if (!grounds.items.empty())
        grounds.intro = tr("For each provision: what it does in this advice, what it means and the words of the law itself.");
    addSection(std::move(grounds));

    if (!advice.conditions.isEmpty()) {
        AdviceSection conditions = makeSection(Kind::Conditions, tr("Conditions"));
        conditions.intro = tr("Tick every condition before you share.");
        for (const QString &id : advice.conditions) {
            const ChecklistItem *c = rules.condition(id);
            conditions.items.push_back(makeItem(id, c ? c->text.text(language) : id, c ? c->help.text(language) : QString()));
        }
        addSection(std::move(conditions));
    }

    if (!advice.nextSteps.isEmpty()) {
        AdviceSection steps = makeSection(Kind::NextSteps, tr("What to do next"));
        for (const QString &id : advice.nextSteps) {
            const Action *a = rules.action(id);
            steps.items.push_back(makeItem(id, a ? a->text.text(language) : id));
        }
        addSection(std::move(steps));
    }

    AdviceSection why = makeSection(Kind::Why, tr("Why this advice"));
    for (const TraceStep &step : advice.trace) {
        const QString text = step.explanation.text(language);
        if (!step.routine && !text.isEmpty())
            why.items.push_back(makeItem(step.node, text));
    }
    if (!why.items.empty())
        addSection(std::move(why));

    if (outcome && !outcome->sources.isEmpty()) {
        AdviceSection sources = makeSection(Kind::Sources, tr("Sources"));
        for (const QString &id : outcome->sources) {
            const Source *s = rules.source(id);
            sources.items.push_back(makeItem(id, s ? s->title.text(language) : id, s ? s->url : QString()));
        }
        addSection(std::move(sources));
    }

    // The particulars: one row each, labelled; `id` names the row for the faces.
    const RuleSetInfo &info = rules.info();
    AdviceSection about = makeSection(Kind::About, tr("About this advice"));
    const auto row = [&about](const char *id, const QString &label, const QString &value, const QString &hint = {}) {
        about.items.push_back(makeItem(QString::fromLatin1(id), value, hint, label));
    };
    row("name", tr("Rule set"), rules.displayName(language));
    row("id", tr("Id"), advice.rulesetId);
    row("version", tr("Version"), advice.rulesetVersion);
    if (!info.status.isEmpty())
        row("status", tr("Status"), statusLabel(info.status, language));
    if (!info.statusNote.isEmpty())
        row("status_note", tr("Status note"), info.statusNote.text(language));
    if (info.validFrom.isValid())
        row("valid_from", tr("Valid from"), info.validFrom.toString(Qt::ISODate));
    row("review", tr("Review"), ReviewStatement::text(rules, language));
    row("fingerprint", tr("Fingerprint (SHA-256)"), advice.rulesetSha256);
    row("code", tr("Verification code"), advice.code,
        tr("This code lets anyone check that this advice belongs to these answers and this rule set (deelwijzer-cli "
           "verify)."));
    addSection(std::move(about));
}

} // namespace deelwijzer
