// SPDX-License-Identifier: EUPL-1.2
#include "fingerprint.h"

#include "ruleset.h"
#include "yamldocument.h"

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
    void null()
    {
        separate();
        m_out += "null";
    }
    /// A value that is canonical JSON already.
    void raw(const QByteArray &json)
    {
        separate();
        m_out += json;
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

/// Mapping keys in one canonical order.
bool keyLess(const YamlEntry &a, const YamlEntry &b)
{
    return a.first->scalar() < b.first->scalar();
}

void writeNode(CanonicalJson &json, const YamlNode &node, std::initializer_list<QLatin1String> skipKeys)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        json.null();
        return;
    case YamlNode::Kind::Scalar:
        // Quoting, folding and the indentation of block scalars are layout; the text is content.
        json.value(node.scalar().trimmed());
        return;
    case YamlNode::Kind::Sequence:
        json.begin('[');
        for (const YamlNode *item : node.items())
            writeNode(json, *item, {});
        json.end(']');
        return;
    case YamlNode::Kind::Mapping:
        break;
    }
    std::vector<YamlEntry> entries(node.entries().begin(), node.entries().end());
    std::sort(entries.begin(), entries.end(), keyLess);
    json.begin('{');
    for (const auto &[key, value] : entries) {
        // An empty value says what leaving the key out says.
        if (value->isNull() || std::find(skipKeys.begin(), skipKeys.end(), key->scalar()) != skipKeys.end())
            continue;
        json.key(key->scalar());
        writeNode(json, *value, {});
    }
    json.end('}');
}

} // namespace

QByteArray canonicalEntry(const YamlNode &entry, std::initializer_list<QLatin1String> skipKeys)
{
    CanonicalJson json;
    writeNode(json, entry, skipKeys);
    return json.take();
}

QByteArray canonicalRuleSetContent(const RuleSet &rules)
{
    std::vector<const CanonicalEntry *> entries;
    entries.reserve(rules.canonicalEntries().size());
    for (const CanonicalEntry &entry : rules.canonicalEntries())
        entries.push_back(&entry);
    std::sort(entries.begin(), entries.end(), [](const CanonicalEntry *a, const CanonicalEntry *b) {
        return a->section != b->section ? a->section < b->section : a->id < b->id;
    });
    CanonicalJson json;
    json.begin('{');
    json.key("format");
    json.value(QString::number(CanonicalFormat));
    json.key("sections");
    json.begin('{');
    for (auto it = entries.cbegin(); it != entries.cend();) {
        const QString &section = (*it)->section;
        json.key(section);
        json.begin('{');
        for (; it != entries.cend() && (*it)->section == section; ++it) {
            json.key((*it)->id);
            json.raw((*it)->content);
        }
        json.end('}');
    }
    json.end('}');
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
