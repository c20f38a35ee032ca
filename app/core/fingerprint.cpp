// SPDX-License-Identifier: EUPL-1.2
#include "fingerprint.h"

#include "ruleset.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace deelwijzer {

namespace {

QJsonValue text(const LocalizedText &t)
{
    if (t.isEmpty())
        return QJsonValue();
    QJsonObject object;
    for (auto it = t.translations().cbegin(); it != t.translations().cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject condition(const Condition &c)
{
    QJsonObject object;
    switch (c.kind) {
    case Condition::Kind::Answer: {
        static const char *matches[] = {"any", "all", "none"};
        object.insert(QStringLiteral("question"), c.question);
        object.insert(QStringLiteral("match"), QString::fromLatin1(matches[int(c.match)]));
        object.insert(QStringLiteral("answers"), strings(c.answers));
        return object;
    }
    case Condition::Kind::AllOf:
    case Condition::Kind::AnyOf:
    case Condition::Kind::Not: {
        QJsonArray children;
        for (const Condition &child : c.children)
            children.append(condition(child));
        const QString key = c.kind == Condition::Kind::AllOf   ? QStringLiteral("all_of")
                            : c.kind == Condition::Kind::AnyOf ? QStringLiteral("any_of")
                                                               : QStringLiteral("not");
        object.insert(key, children);
        return object;
    }
    }
    return object;
}

QJsonArray citations(const std::vector<Citation> &list)
{
    QJsonArray array;
    for (const Citation &c : list) {
        QJsonObject object{{QStringLiteral("id"), c.id}};
        if (c.when)
            object.insert(QStringLiteral("when"), condition(*c.when));
        array.append(object);
    }
    return array;
}

/// Keyed by id, so the order of entries over files does not matter.
template<typename T, typename F>
QJsonObject byId(const std::vector<T> &items, F toJson)
{
    QJsonObject object;
    for (const T &item : items)
        object.insert(item.id, toJson(item));
    return object;
}

} // namespace

QByteArray canonicalRuleSetContent(const RuleSet &rules)
{
    const RuleSetInfo &info = rules.info();
    QJsonObject root;
    root.insert(QStringLiteral("ruleset"),
                QJsonObject{{QStringLiteral("id"), info.id},
                            {QStringLiteral("version"), info.version},
                            {QStringLiteral("valid_from"), info.validFrom.toString(Qt::ISODate)},
                            {QStringLiteral("valid_to"), info.validTo.toString(Qt::ISODate)},
                            {QStringLiteral("status"), info.status},
                            {QStringLiteral("status_note"), text(info.statusNote)},
                            {QStringLiteral("title"), text(info.title)},
                            {QStringLiteral("languages"), strings(info.languages)},
                            {QStringLiteral("start"), info.start},
                            {QStringLiteral("sources"), strings(info.sources)}});
    root.insert(QStringLiteral("questions"), byId(rules.questions(), [](const Question &q) {
        QJsonArray answers;
        for (const Answer &a : q.answers) {
            answers.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("label"), text(a.label)},
                                       {QStringLiteral("hint"), text(a.hint)},
                                       {QStringLiteral("next"), a.next},
                                       {QStringLiteral("unsure"), a.unsure},
                                       {QStringLiteral("exclusive"), a.exclusive}});
        }
        return QJsonObject{{QStringLiteral("multiple"), q.multiple},   {QStringLiteral("text"), text(q.text)},
                           {QStringLiteral("why"), text(q.why)},       {QStringLiteral("help"), text(q.help)},
                           {QStringLiteral("sources"), strings(q.sources)}, {QStringLiteral("next"), q.next},
                           {QStringLiteral("answers"), answers}};
    }));
    root.insert(QStringLiteral("decisions"), byId(rules.decisions(), [](const Decision &d) {
        QJsonArray branches;
        for (const Branch &b : d.branches) {
            branches.append(QJsonObject{{QStringLiteral("when"), condition(b.when)},
                                        {QStringLiteral("next"), b.next},
                                        {QStringLiteral("because"), text(b.because)}});
        }
        return QJsonObject{{QStringLiteral("branches"), branches}, {QStringLiteral("otherwise"), d.otherwise}};
    }));
    root.insert(QStringLiteral("outcomes"), byId(rules.outcomes(), [](const Outcome &o) {
        return QJsonObject{{QStringLiteral("verdict"), verdictId(o.verdict)},
                           {QStringLiteral("verdict_note"), text(o.verdictNote)},
                           {QStringLiteral("title"), text(o.title)},
                           {QStringLiteral("explanation"), text(o.explanation)},
                           {QStringLiteral("uncertain"), text(o.uncertain)},
                           {QStringLiteral("grounds"), citations(o.grounds)},
                           {QStringLiteral("conditions"), citations(o.conditions)},
                           {QStringLiteral("next_steps"), citations(o.nextSteps)},
                           {QStringLiteral("sources"), strings(o.sources)}};
    }));
    root.insert(QStringLiteral("laws"), byId(rules.laws(), [](const Law &l) {
        return QJsonObject{{QStringLiteral("name"), text(l.name)}, {QStringLiteral("abbreviation"), text(l.abbreviation)},
                           {QStringLiteral("bwb"), l.bwb},          {QStringLiteral("celex"), l.celex},
                           {QStringLiteral("url"), l.url}};
    }));
    root.insert(QStringLiteral("grounds"), byId(rules.grounds(), [](const LegalGround &g) {
        return QJsonObject{{QStringLiteral("law"), g.law},         {QStringLiteral("article"), g.article},
                           {QStringLiteral("paragraph"), g.paragraph}, {QStringLiteral("point"), g.point},
                           {QStringLiteral("subpoint"), g.subpoint}, {QStringLiteral("title"), text(g.title)},
                           {QStringLiteral("meaning"), text(g.meaning)}, {QStringLiteral("note"), text(g.note)},
                           {QStringLiteral("url"), g.url},         {QStringLiteral("unsure"), g.unsure}};
    }));
    root.insert(QStringLiteral("glossary"), byId(rules.glossary(), [](const GlossaryTerm &t) {
        return QJsonObject{{QStringLiteral("term"), text(t.term)},
                           {QStringLiteral("definition"), text(t.definition)},
                           {QStringLiteral("see"), strings(t.see)}};
    }));
    root.insert(QStringLiteral("conditions"), byId(rules.conditions(), [](const ChecklistItem &c) {
        return QJsonObject{{QStringLiteral("text"), text(c.text)}, {QStringLiteral("help"), text(c.help)}};
    }));
    root.insert(QStringLiteral("actions"), byId(rules.actions(), [](const Action &a) {
        return QJsonObject{{QStringLiteral("text"), text(a.text)}};
    }));
    root.insert(QStringLiteral("sources"), byId(rules.sources(), [](const Source &s) {
        return QJsonObject{{QStringLiteral("title"), s.title}, {QStringLiteral("url"), s.url}};
    }));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString ruleSetFingerprint(const RuleSet &rules)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalRuleSetContent(rules), QCryptographicHash::Sha256).toHex());
}

namespace {
const QLatin1String alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ"); // Crockford base 32
constexpr int dataLength = 11;

/// Luhn mod 32 check character over `data` (catches every single substitution and most
/// swaps of neighbours).
QChar checkCharacter(const QString &data)
{
    int factor = 2;
    int sum = 0;
    for (qsizetype i = data.size() - 1; i >= 0; --i) {
        int addend = factor * int(alphabet.indexOf(data.at(i)));
        factor = factor == 2 ? 1 : 2;
        addend = addend / 32 + addend % 32;
        sum += addend;
    }
    return alphabet.at((32 - sum % 32) % 32);
}
} // namespace

QString verificationCode(const QString &rulesetSha256, const std::vector<RouteStep> &route)
{
    QByteArray input = rulesetSha256.toLatin1() + '\n';
    for (const RouteStep &step : route) {
        QStringList answer = step.answer;
        answer.sort();
        input += step.question.toUtf8() + '=' + answer.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    // 55 bits of the digest, five at a time.
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | static_cast<unsigned char>(digest.at(i));
    QString data;
    for (int i = 0; i < dataLength; ++i)
        data += alphabet.at(int((bits >> (59 - 5 * i)) & 31u));
    const QString code = data + checkCharacter(data);
    return code.left(4) + QLatin1Char('-') + code.mid(4, 4) + QLatin1Char('-') + code.mid(8);
}

QString normalizeVerificationCode(const QString &code)
{
    QString result;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        else if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        if (alphabet.indexOf(c) < 0)
            return QString();
        result += c;
    }
    if (result.size() != dataLength + 1)
        return QString();
    return result.left(4) + QLatin1Char('-') + result.mid(4, 4) + QLatin1Char('-') + result.mid(8);
}

bool isWellFormedVerificationCode(const QString &code)
{
    const QString normalized = normalizeVerificationCode(code);
    if (normalized.isEmpty())
        return false;
    const QString compact = QString(normalized).remove(QLatin1Char('-'));
    return checkCharacter(compact.left(dataLength)) == compact.at(dataLength);
}

} // namespace deelwijzer
