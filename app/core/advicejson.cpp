// SPDX-License-Identifier: EUPL-1.2
#include "advicejson.h"

#include "ruleset.h"

#include <QJsonArray>

namespace deelwijzer {

QJsonObject adviceToJson(const RuleSet &rules, const Advice &advice, const QString &language)
{
    const Outcome *outcome = rules.outcome(advice.outcome);
    QJsonArray route;
    for (const RouteStep &step : advice.route) {
        const Question *q = rules.question(step.question);
        const QJsonValue answer = q && q->type == QuestionType::Multiple ? QJsonValue(QJsonArray::fromStringList(step.answer))
                                                   : QJsonValue(step.answer.value(0));
        route.append(QJsonObject{{QStringLiteral("question"), step.question}, {QStringLiteral("answer"), answer}});
    }
    // design §5: in printed order, with the role each ground has in this advice.
    QJsonArray groundsDetail;
    for (const CitedGround &cited : advice.citedGrounds) {
        const LegalGround *g = rules.ground(cited.id);
        if (!g)
            continue;
        const QString role = groundRoleId(cited.role);
        groundsDetail.append(QJsonObject{
            {QStringLiteral("id"), cited.id},
            {QStringLiteral("role"), role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(role)},
            {QStringLiteral("words"), g->words.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g->words)},
            {QStringLiteral("text_date"),
             g->textDate.isValid() ? QJsonValue(g->textDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("url"), rules.groundUrl(*g)},
            {QStringLiteral("citation"), rules.citation(*g, language)},
            {QStringLiteral("title"), g->title.text(language)},
            {QStringLiteral("unsure"), g->unsure}});
    }
    QJsonArray trace;
    for (const TraceStep &step : advice.trace)
        trace.append(QJsonObject{{QStringLiteral("node"), step.node},
                                 {QStringLiteral("explanation"), step.explanation.text(language)},
                                 {QStringLiteral("routine"), step.routine}});
    QJsonObject json{
        {QStringLiteral("verdict"), verdictId(advice.verdict)},
        {QStringLiteral("verdict_label"), verdictLabel(advice.verdict, language)},
        {QStringLiteral("outcome"), advice.outcome},
        {QStringLiteral("grounds"), QJsonArray::fromStringList(advice.grounds)},
        {QStringLiteral("grounds_detail"), groundsDetail},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(advice.conditions)},
        {QStringLiteral("next_steps"), QJsonArray::fromStringList(advice.nextSteps)},
        {QStringLiteral("unsure"), QJsonArray::fromStringList(advice.unsureQuestions)},
        {QStringLiteral("route"), route},
        {QStringLiteral("trace"), trace},
        {QStringLiteral("ruleset"), QJsonObject{{QStringLiteral("id"), advice.rulesetId},
                                                {QStringLiteral("version"), advice.rulesetVersion},
                                                {QStringLiteral("sha256"), advice.rulesetSha256}}},
        {QStringLiteral("code"), advice.code},
        {QStringLiteral("language"), language},
    };
    if (outcome) {
        json.insert(QStringLiteral("title"), outcome->title.text(language));
        json.insert(QStringLiteral("explanation"), outcome->explanation.text(language));
        if (!outcome->verdictNote.isEmpty())
            json.insert(QStringLiteral("verdict_note"), outcome->verdictNote.text(language));
        if (!outcome->uncertain.isEmpty())
            json.insert(QStringLiteral("uncertain"), outcome->uncertain.text(language));
    }
    return json;
}

} // namespace deelwijzer
