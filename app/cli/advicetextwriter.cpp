// SPDX-License-Identifier: EUPL-1.2
#include "advicetextwriter.h"

#include "ruleset.h"

namespace deelwijzer {

namespace {

/// Headings of the text advice. The advice's language is chosen with --lang, independent of
/// the user's locale, so both languages live side by side here instead of in a translator.
QString heading(const char *english, const char *dutch, const QString &language)
{
    return language == QLatin1String("nl") ? QString::fromUtf8(dutch) : QString::fromUtf8(english);
}

QString roleLabel(GroundRole role, const QString &language)
{
    switch (role) {
    case GroundRole::Basis:
        return heading("legal basis", "grondslag", language);
    case GroundRole::Exception:
        return heading("exception for special or criminal data", "uitzondering voor bijzondere of strafrechtelijke gegevens",
                       language);
    case GroundRole::LiftsSecrecy:
        return heading("lifts the duty of secrecy", "doorbreekt de geheimhouding", language);
    case GroundRole::Restricts:
        return heading("restricts", "beperkt", language);
    case GroundRole::None:
        break;
    }
    return QString();
}

QString plain(const RuleSet &rules, const LocalizedText &text, const QString &language)
{
    return rules.plainText(text.text(language), language);
}

} // namespace

QString adviceToText(const RuleSet &rules, const Advice &advice, const QString &language)
{
    const Outcome *outcome = rules.outcome(advice.outcome);
    QString out;
    out += QStringLiteral("%1: %2").arg(heading("Advice", "Advies", language), verdictLabel(advice.verdict, language));
    if (outcome && !outcome->verdictNote.isEmpty())
        out += QStringLiteral(" (%1)").arg(plain(rules, outcome->verdictNote, language));
    out += QLatin1Char('\n');
    if (outcome) {
        out += plain(rules, outcome->title, language) + QStringLiteral("\n\n");
        out += plain(rules, outcome->explanation, language) + QLatin1Char('\n');
    }
    // What the advice rests on, then what it must respect (citedGrounds is in that order).
    bool restsOnGroup = false, respectGroup = false;
    for (const CitedGround &cited : advice.citedGrounds) {
        const LegalGround *g = rules.ground(cited.id);
        if (!g)
            continue;
        if (cited.restsOn() && !restsOnGroup) {
            out += QLatin1Char('\n') + heading("The advice rests on", "Het advies rust op", language) + QStringLiteral(":\n");
            restsOnGroup = true;
        } else if (!cited.restsOn() && !respectGroup) {
            out += QLatin1Char('\n') + heading("What it must respect", "Wat het moet respecteren", language)
                   + QStringLiteral(":\n");
            respectGroup = true;
        }
        const QString role = roleLabel(cited.role, language);
        out += QStringLiteral("  - %1%2: %3%4\n")
                   .arg(rules.citation(*g, language), role.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(role),
                        plain(rules, g->title, language),
                        g->unsure ? QStringLiteral(" (%1)").arg(heading("unsettled", "onzeker", language)) : QString());
        out += QStringLiteral("    %1\n").arg(plain(rules, g->meaning, language));
        if (!g->words.isEmpty()) {
            out += QStringLiteral("    %1: “%2”\n")
                       .arg(g->textDate.isValid()
                                ? heading("Statutory text (Dutch), in force from %1", "Wettekst, geldend vanaf %1", language)
                                      .arg(g->textDate.toString(Qt::ISODate))
                                : heading("Statutory text (Dutch)", "Wettekst", language),
                            g->words);
        }
        if (const QString url = rules.groundUrl(*g); !url.isEmpty())
            out += QStringLiteral("    %1\n").arg(url);
    }
    if (!advice.conditions.isEmpty()) {
        out += QLatin1Char('\n') + heading("Conditions", "Voorwaarden", language) + QStringLiteral(":\n");
        for (const QString &id : advice.conditions) {
            if (const ChecklistItem *c = rules.condition(id))
                out += QStringLiteral("  [ ] %1\n").arg(plain(rules, c->text, language));
        }
    }
    if (!advice.nextSteps.isEmpty()) {
        out += QLatin1Char('\n') + heading("Next steps", "Volgende stappen", language) + QStringLiteral(":\n");
        for (const QString &id : advice.nextSteps) {
            if (const Action *a = rules.action(id))
                out += QStringLiteral("  - %1\n").arg(plain(rules, a->text, language));
        }
    }
    if (outcome && !outcome->uncertain.isEmpty())
        out += QLatin1Char('\n') + heading("Not settled", "Niet uitgemaakt", language) + QStringLiteral(": ")
               + plain(rules, outcome->uncertain, language) + QLatin1Char('\n');
    if (!advice.unsureQuestions.isEmpty()) {
        out += QLatin1Char('\n') + heading("You answered \"not sure\" to", "U antwoordde \"weet ik niet\" op", language)
               + QStringLiteral(":\n");
        for (const QString &id : advice.unsureQuestions) {
            if (const Question *q = rules.question(id))
                out += QStringLiteral("  - %1\n").arg(plain(rules, q->text, language));
        }
    }
    out += QLatin1Char('\n') + heading("Route", "Route", language) + QStringLiteral(":\n");
    int number = 1;
    for (const RouteStep &step : advice.route) {
        const Question *q = rules.question(step.question);
        if (!q)
            continue;
        QStringList labels;
        for (const QString &id : step.answer) {
            const Answer *a = q->answer(id);
            labels << (a ? plain(rules, a->label, language) : id);
        }
        out += QStringLiteral("  %1. %2 → %3\n").arg(number++).arg(plain(rules, q->text, language), labels.join(QStringLiteral(", ")));
    }
    out += QLatin1Char('\n') + heading("Why this advice", "Waarom dit advies", language) + QStringLiteral(":\n");
    for (const TraceStep &step : advice.trace) {
        if (!step.routine)
            out += QStringLiteral("  - %1\n").arg(step.explanation.text(language));
    }
    out += QLatin1Char('\n');
    out += QStringLiteral("%1: %2 %3 (%4)\n")
               .arg(heading("Rule set", "Regelset", language), rules.info().id, rules.info().version, rules.info().status);
    if (!rules.info().statusNote.isEmpty())
        out += QStringLiteral("  %1\n").arg(plain(rules, rules.info().statusNote, language));
    out += QStringLiteral("%1: %2\n").arg(heading("Fingerprint", "Vingerafdruk", language), advice.rulesetSha256);
    out += QStringLiteral("%1: %2\n").arg(heading("Verification code", "Verificatiecode", language), advice.code);
    return out;
}

} // namespace deelwijzer
