// SPDX-License-Identifier: EUPL-1.2
#include "fingerprint.h"

#include "ruleset.h"

#include <QCryptographicHash>

#include <algorithm>

namespace deelwijzer {

namespace {

/// Writes compact JSON with keys in the order given, which the callers keep sorted, so the
/// output is canonical. (QJsonObject would sort for us, but inserting tens of thousands of
/// keys into one is quadratic.)
class CanonicalJson
{
public:
    QByteArray take() { return std::move(m_out); }

    void string(const QString &value)
    {
        m_out += '"';
        const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
        });
        if (plain) {
            m_out += value.toUtf8();
        } else {
            for (const QChar c : value) {
                const char16_t u = c.unicode();
                if (u == '"' || u == '\\') {
                    m_out += '\\';
                    m_out += char(u);
                } else if (u < 0x20) {
                    m_out += "\\u00";
                    m_out += "0123456789abcdef"[u >> 4];
                    m_out += "0123456789abcdef"[u & 15];
                } else {
                    m_out += QStringView(&c, 1).toUtf8();
                }
            }
        }
        m_out += '"';
    }
    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_first = true; // the value follows without a comma
    }
    void key(const QString &name)
    {
        separate();
        string(name);
        m_out += ':';
        m_first = true;
    }
    void value(const QString &v)
    {
        separate();
        string(v);
    }
    void value(bool v)
    {
        separate();
        m_out += v ? "true" : "false";
    }
    void begin(char bracket)
    {
        separate();
        m_out += bracket;
        m_first = true;
    }
    void end(char bracket)
    {
        m_out += bracket;
        m_first = false;
    }
    void field(const char *name, const QString &v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, bool v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, const QStringList &list)
    {
        key(name);
        begin('[');
        for (const QString &item : list)
            value(item);
        end(']');
    }
    void field(const char *name, const LocalizedText &text)
    {
        key(name);
        begin('{');
        for (const auto &[language, translation] : text.translations()) {
            key(language);
            value(translation);
        }
        end('}');
    }

private:
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }

    QByteArray m_out;
    bool m_first = true;
};

void writeCondition(CanonicalJson &json, const Condition &c)
{
    json.begin('{');
    switch (c.kind) {
    case Condition::Kind::Answer: {
        static const char *matches[] = {"any", "all", "none"};
        json.field("answers", c.answers);
        json.field("match", QString::fromLatin1(matches[int(c.match)]));
        json.field("question", c.question);
        break;
    }
    case Condition::Kind::AllOf:
    case Condition::Kind::AnyOf:
    case Condition::Kind::Not:
        json.key(c.kind == Condition::Kind::AllOf ? "all_of" : c.kind == Condition::Kind::AnyOf ? "any_of" : "not");
        json.begin('[');
        for (const Condition &child : c.children)
            writeCondition(json, child);
        json.end(']');
        break;
    }
    json.end('}');
}

void writeCitations(CanonicalJson &json, const char *name, const std::vector<Citation> &list)
{
    json.key(name);
    json.begin('[');
    for (const Citation &c : list) {
        json.begin('{');
        json.field("id", c.id);
        if (c.when) {
            json.key("when");
            writeCondition(json, *c.when);
        }
        json.end('}');
    }
    json.end(']');
}

/// A catalogue as an object keyed by id, in id order, so the order of entries over files does
/// not matter.
template<typename T, typename F>
void writeById(CanonicalJson &json, const char *name, const std::vector<T> &items, F writeItem)
{
    std::vector<const T *> sorted;
    sorted.reserve(items.size());
    for (const T &item : items)
        sorted.push_back(&item);
    std::sort(sorted.begin(), sorted.end(), [](const T *a, const T *b) { return a->id < b->id; });
    json.key(name);
    json.begin('{');
    for (const T *item : sorted) {
        json.key(item->id);
        json.begin('{');
        writeItem(*item);
        json.end('}');
    }
    json.end('}');
}

} // namespace

QByteArray canonicalRuleSetContent(const RuleSet &rules)
{
    CanonicalJson json;
    const RuleSetInfo &info = rules.info();
    json.begin('{');
    writeById(json, "actions", rules.actions(), [&](const Action &a) { json.field("text", a.text); });
    writeById(json, "conditions", rules.conditions(), [&](const ChecklistItem &c) {
        json.field("help", c.help);
        json.field("text", c.text);
    });
    writeById(json, "decisions", rules.decisions(), [&](const Decision &d) {
        json.key("branches");
        json.begin('[');
        for (const Branch &b : d.branches) {
            json.begin('{');
            json.field("because", b.because);
            json.field("next", b.next);
            json.key("when");
            writeCondition(json, b.when);
            json.end('}');
        }
        json.end(']');
        json.field("otherwise", d.otherwise);
        if (!d.otherwiseBecause.isEmpty()) // absent in older rule sets: keep their fingerprints
            json.field("otherwise_because", d.otherwiseBecause);
    });
    writeById(json, "glossary", rules.glossary(), [&](const GlossaryTerm &t) {
        json.field("definition", t.definition);
        json.field("see", t.see);
        json.field("term", t.term);
    });
    writeById(json, "grounds", rules.grounds(), [&](const LegalGround &g) {
        json.field("article", g.article);
        json.field("law", g.law);
        json.field("meaning", g.meaning);
        json.field("note", g.note);
        json.field("paragraph", g.paragraph);
        json.field("point", g.point);
        json.field("subpoint", g.subpoint);
        json.field("title", g.title);
        json.field("unsure", g.unsure);
        json.field("url", g.url);
    });
    writeById(json, "laws", rules.laws(), [&](const Law &l) {
        json.field("abbreviation", l.abbreviation);
        json.field("book", l.book);
        json.field("bwb", l.bwb);
        json.field("celex", l.celex);
        json.field("name", l.name);
        json.field("url", l.url);
    });
    writeById(json, "outcomes", rules.outcomes(), [&](const Outcome &o) {
        writeCitations(json, "conditions", o.conditions);
        json.field("explanation", o.explanation);
        writeCitations(json, "grounds", o.grounds);
        writeCitations(json, "next_steps", o.nextSteps);
        json.field("sources", o.sources);
        json.field("title", o.title);
        json.field("uncertain", o.uncertain);
        json.field("verdict", verdictId(o.verdict));
        json.field("verdict_note", o.verdictNote);
    });
    writeById(json, "questions", rules.questions(), [&](const Question &q) {
        json.key("answers");
        json.begin('[');
        for (const Answer &a : q.answers) {
            json.begin('{');
            json.field("exclusive", a.exclusive);
            json.field("hint", a.hint);
            json.field("id", a.id);
            json.field("label", a.label);
            json.field("next", a.next);
            json.field("unsure", a.unsure);
            json.end('}');
        }
        json.end(']');
        json.field("help", q.help);
        json.field("multiple", q.multiple);
        json.field("next", q.next);
        json.field("sources", q.sources);
        json.field("text", q.text);
        json.field("why", q.why);
    });
    json.key("ruleset");
    json.begin('{');
    json.field("id", info.id);
    json.field("languages", info.languages);
    json.field("sources", info.sources);
    json.field("start", info.start);
    json.field("status", info.status);
    json.field("status_note", info.statusNote);
    json.field("title", info.title);
    json.field("valid_from", info.validFrom.toString(Qt::ISODate));
    json.field("valid_to", info.validTo.toString(Qt::ISODate));
    json.field("version", info.version);
    json.end('}');
    writeById(json, "sources", rules.sources(), [&](const Source &src) {
        json.field("title", src.title);
        json.field("url", src.url);
    });
    json.end('}');
    return json.take();
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
