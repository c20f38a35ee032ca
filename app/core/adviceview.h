// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace deelwijzer {

struct LegalGround;
class RuleSet;

/// One line of a section: a ground, a condition, a step, a question with its answer, a source,
/// a row about the rule set. Texts are in the view's language; `text` and `detail` of rule
/// texts keep their markup ([[term]], [[ground:id]]) for each face to render its way.
struct AdviceItem
{
    QString id;      ///< the ground, condition, action, question or source shown; About: the row ("code", ...)
    QString label;   ///< Grounds: the citation; Situation: the answer(s); About: the row's label
    QString text;    ///< the main text (markup)
    QString detail;  ///< Grounds: the meaning; Conditions: the help; Sources: the url (markup)
    // Grounds only
    QString group;   ///< set on the first ground of a group: "The advice rests on", ...
    QString role;    ///< what the ground does here, e.g. "Legal basis"; empty for none
    bool restsOn = true;
    QString lawName;       ///< the law's full name
    QString wordsCaption;  ///< "Statutory text (Dutch), in force from 2024-01-01:"
    QString words;         ///< the statute's own words (always Dutch)
    QString note;          ///< the ground's note (markup)
    QString url;           ///< the official text
    /// Grounds: the ground is uncertain (the warning to show); Situation: an answer is "not sure".
    bool unsure = false;
};

/// A section of the advice with its heading, in the order every face shows them.
struct AdviceSection
{
    enum class Kind {
        Verdict,     ///< no heading: the verdict, its note, the outcome's title, what it means
        Explanation, ///< the outcome's explanation
        Uncertain,   ///< what the rules cannot decide
        Unsure,      ///< the questions answered "not sure"
        Situation,   ///< the route: question and answer
        Grounds,     ///< the legal grounds, what the advice rests on, then what it must respect
        Conditions,  ///< the checklist
        NextSteps,   ///< what to do next
        Why,         ///< the engine's trace, routine steps left out
        Sources,     ///< where the rules come from
        About        ///< the rule set, its fingerprint and the verification code
    };
    Kind kind = Kind::Verdict;
    QString heading;
    QString intro;   ///< a sentence before the items ("Tick every condition before you share.")
    QString empty;   ///< what to say when there are no items (Grounds only)
    QString closing; ///< a sentence after the items
    std::vector<AdviceItem> items;
};

/// The advice as every face presents it: the sections, their order, headings and texts, built
/// once from the rules and the engine's result. The app's advice page, the printed report, the
/// command line's text and the training's reports render it; none of them words a heading or
/// a verdict of its own, so they all say the same. Widget-free (QtCore only).
///
///     AdviceView view(rules, advice, QStringLiteral("nl"));
///     for (const AdviceSection &s : view.sections()) ...   // Verdict, Explanation, ..., About
class AdviceView
{
public:
    /// `rules` and `advice` are read during construction only.
    AdviceView(const RuleSet &rules, const Advice &advice, const QString &language);

    const QString &language() const { return m_language; }
    Verdict verdict() const { return m_verdict; }
    QString verdictLabel() const;
    QString verdictSymbol() const;
    QString verdictMeaning() const;
    /// The outcome's note on the verdict and its title (markup; empty if the outcome is unknown).
    const QString &verdictNote() const { return m_verdictNote; }
    const QString &title() const { return m_title; }

    const std::vector<AdviceSection> &sections() const { return m_sections; }
    /// The section of `kind`, or null when this advice has none.
    const AdviceSection *section(AdviceSection::Kind kind) const;
    /// The headings of the sections, in order (the Verdict has none).
    QStringList headings() const;

    /// Words every face shares beside the sections.
    QString groundUnsureWarning() const;
    QString disclaimer() const;
    /// The rule-set status ("draft", "approved", ...) in words; unknown ids as they are.
    static QString statusLabel(const QString &status, const QString &language);
    static QString roleLabel(GroundRole role, const QString &language);
    static QString wordsCaption(const LegalGround &ground, const QString &language);

private:
    QString tr(const char *sourceText) const;
    void addSection(AdviceSection section);

    QString m_language;
    Verdict m_verdict = Verdict::Consult;
    QString m_verdictNote;
    QString m_title;
    std::vector<AdviceSection> m_sections;
};

} // namespace deelwijzer
