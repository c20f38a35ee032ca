// SPDX-License-Identifier: EUPL-1.2
#include "schemareader.h"

#include <algorithm>

namespace deelwijzer {

namespace {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3; // suggest only near misses
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace

SourceLocation SchemaReader::fieldLocation(const YamlNode &parent, const QString &field)
{
    const YamlNode *node = parent.value(field);
    return node ? node->location() : parent.location();
}

bool SchemaReader::isReservedWord(const QString &id)
{
    return id == QLatin1String("any_of") || id == QLatin1String("all_of") || id == QLatin1String("not");
}

bool SchemaReader::isValidId(const QString &id)
{
    // ^[a-z0-9][a-z0-9_-]*$, by hand: this runs for every id of a large rule set.
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alphanumeric && (i == 0 || (c != '-' && c != '_')))
            return false;
    }
    return true;
}

bool SchemaReader::expectMapping(const YamlNode &node, const char *what)
{
    return node.isMapping() || expectMapping(node, tr(what));
}

bool SchemaReader::expectMapping(const YamlNode &node, const QString &what)
{
    if (node.isMapping())
        return true;
    m_diagnostics.error(node.location(), tr("%1 must be a mapping (key: value), not %2").arg(what, node.kindName()));
    return false;
}

void SchemaReader::checkKeys(const YamlNode &node, std::span<const char *const> allowed,
                             std::span<const char *const> required, const QString &what)
{
    for (const auto &entry : node.entries()) {
        const QString &key = entry.first->scalar();
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&key](const char *name) { return key == QLatin1String(name); });
        if (!known) {
            QStringList allowedKeys;
            for (const char *name : allowed)
                allowedKeys << QString::fromLatin1(name);
            unknownKey(*entry.first, allowedKeys, what);
        }
    }
    for (const char *key : required) {
        const YamlNode *value = node.value(QLatin1String(key));
        if (!value)
            m_diagnostics.error(node.location(), tr("%1 is missing '%2'").arg(what, QLatin1String(key)));
        else if (value->isNull())
            m_diagnostics.error(value->location(), tr("'%1' of %2 is empty").arg(QLatin1String(key), what));
    }
}

void SchemaReader::unknownKey(const YamlNode &key, const QStringList &allowed, const QString &what)
{
    const QString suggestion = closest(key.scalar(), allowed);
    if (!suggestion.isEmpty())
        m_diagnostics.error(key.location(), tr("unknown key '%1' in %2; did you mean '%3'?").arg(key.scalar(), what, suggestion));
    else
        m_diagnostics.error(key.location(), tr("unknown key '%1' in %2 (allowed: %3)")
                                                .arg(key.scalar(), what, allowed.join(QStringLiteral(", "))));
}

void SchemaReader::typeError(const YamlNode &node, const QString &expected, const QString &field)
{
    m_diagnostics.error(node.location(), tr("'%1' must be %2, not %3").arg(field, expected, node.kindName()));
}

QString SchemaReader::readString(const YamlNode &node, const QString &field)
{
    if (!node.isScalar()) {
        typeError(node, tr("a single value"), field);
        return QString();
    }
    return node.scalar();
}

QString SchemaReader::readId(const YamlNode &node, const QString &field)
{
    const QString id = readString(node, field);
    if (node.isScalar() && !isValidId(id)) {
        m_diagnostics.error(node.location(), tr("invalid %1 '%2': use lowercase letters, digits, '-' and '_'").arg(field, id));
        return QString();
    }
    return id;
}

QString SchemaReader::readId(const YamlNode &node, const char *what)
{
    if (node.isScalar() && isValidId(node.scalar()))
        return node.scalar();
    return readId(node, tr(what));
}

QStringList SchemaReader::readIdList(const YamlNode &node, const QString &field)
{
    QStringList ids;
    if (!node.isSequence()) {
        typeError(node, tr("a list of ids"), field);
        return ids;
    }
    for (const auto &item : node.items()) {
        const QString id = readId(*item, field);
        if (id.isEmpty())
            continue;
        if (ids.contains(id))
            m_diagnostics.error(item->location(), tr("'%1' appears twice in '%2'").arg(id, field));
        else
            ids << id;
    }
    return ids;
}

QDate SchemaReader::readDate(const YamlNode &node, const QString &field)
{
    const QString text = readString(node, field);
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        m_diagnostics.error(node.location(), tr("'%1' must be a date like 2026-09-01, not '%2'").arg(field, text));
    return date;
}

LocalizedText SchemaReader::readText(const YamlNode &node, const QString &field)
{
    LocalizedText text;
    if (!node.isMapping()) {
        m_diagnostics.error(node.location(), tr("'%1' needs a text per language, like {%2}")
                                                 .arg(field, m_languages.isEmpty() ? QStringLiteral("nl: ..., en: ...")
                                                                                   : m_languages.join(QStringLiteral(": ..., ")) + QStringLiteral(": ...")));
        return text;
    }
    text.reserve(node.entries().size());
    for (const auto &[key, value] : node.entries()) {
        const QString language = key->scalar();
        if (!m_languages.isEmpty() && !m_languages.contains(language)) {
            m_diagnostics.error(key->location(), tr("unknown language '%1' in '%2' (the rule set's languages: %3)")
                                                     .arg(language, field, m_languages.join(QStringLiteral(", "))));
            continue;
        }
        if (!value->isScalar()) {
            typeError(*value, tr("a text"), field + QLatin1Char('.') + language);
            continue;
        }
        const QString content = value->scalar().trimmed();
        if (content.isEmpty()) {
            m_diagnostics.error(value->location(), tr("the %1 text of '%2' is empty").arg(language, field));
            continue;
        }
        if (content.contains(QLatin1String("[[")))
            m_markupTexts.push_back({value->location(), content});
        text.set(language, content);
    }
    for (const QString &language : m_languages) {
        if (!text.has(language) && !node.value(language))
            m_diagnostics.error(node.location(), tr("'%1' has no %2 translation").arg(field, language));
    }
    return text;
}

Condition SchemaReader::readCondition(const YamlNode &node)
{
    Condition condition;
    condition.location = node.location();
    if (!node.isMapping() || node.entries().empty()) {
        m_diagnostics.error(node.location(), tr("a condition must be a mapping like {question: answer}, not %1").arg(node.kindName()));
        return condition;
    }
    std::vector<Condition> parts;
    for (const auto &[key, value] : node.entries()) {
        const QString name = key->scalar();
        Condition part;
        part.location = key->location();
        if (name == QLatin1String("any_of") || name == QLatin1String("all_of")) {
            part.kind = name == QLatin1String("any_of") ? Condition::Kind::AnyOf : Condition::Kind::AllOf;
            if (!value->isSequence() || value->items().empty()) {
                typeError(*value, tr("a list of conditions"), name);
                continue;
            }
            for (const auto &item : value->items())
                part.children.push_back(readCondition(*item));
        } else if (name == QLatin1String("not")) {
            part.kind = Condition::Kind::Not;
            part.children.push_back(readCondition(*value));
        } else {
            part.kind = Condition::Kind::Answer;
            if (!isValidId(name)) {
                m_diagnostics.error(key->location(), tr("invalid question id '%1' in condition").arg(name));
                continue;
            }
            part.question = name;
            const YamlNode *answers = value;
            if (value->isMapping()) {
                if (value->entries().size() != 1) {
                    m_diagnostics.error(value->location(), tr("use exactly one of 'any', 'all' or 'none' for '%1'").arg(name));
                    continue;
                }
                const YamlNode &matchKey = *value->entries().front().first;
                answers = value->entries().front().second;
                if (matchKey.scalar() == QLatin1String("any"))
                    part.match = Condition::Match::Any;
                else if (matchKey.scalar() == QLatin1String("all"))
                    part.match = Condition::Match::All;
                else if (matchKey.scalar() == QLatin1String("none"))
                    part.match = Condition::Match::None;
                else {
                    unknownKey(matchKey, {QStringLiteral("any"), QStringLiteral("all"), QStringLiteral("none")},
                               tr("condition on '%1'").arg(name));
                    continue;
                }
            }
            if (answers->isScalar()) {
                if (const QString id = readId(*answers, tr("answer id")); !id.isEmpty())
                    part.answers << id;
            } else if (answers->isSequence() && !answers->items().empty()) {
                part.answers = readIdList(*answers, name);
            } else {
                typeError(*answers, tr("an answer id or a list of answer ids"), name);
                continue;
            }
        }
        parts.push_back(std::move(part));
    }
    if (parts.size() == 1)
        return std::move(parts.front());
    condition.kind = Condition::Kind::AllOf;
    condition.children = std::move(parts);
    return condition;
}

QString SchemaReader::readStringField(const YamlNode &parent, const QString &field)
{
    const YamlNode *node = parent.value(field);
    return node && !node->isNull() ? readString(*node, field) : QString();
}

QString SchemaReader::readIdField(const YamlNode &parent, const QString &field)
{
    const YamlNode *node = parent.value(field);
    return node && !node->isNull() ? readId(*node, field) : QString();
}

QString SchemaReader::readUrlField(const YamlNode &parent, const QString &field)
{
    const QString url = readStringField(parent, field);
    if (!url.isEmpty() && !url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://"))) {
        m_diagnostics.error(parent.value(field)->location(), tr("'%1' must be a web address starting with https://").arg(field));
        return QString();
    }
    return url;
}

QStringList SchemaReader::readIdListField(const YamlNode &parent, const QString &field)
{
    const YamlNode *node = parent.value(field);
    return node && !node->isNull() ? readIdList(*node, field) : QStringList();
}

LocalizedText SchemaReader::readTextField(const YamlNode &parent, const QString &field)
{
    const YamlNode *node = parent.value(field);
    return node && !node->isNull() ? readText(*node, field) : LocalizedText();
}

bool SchemaReader::readBoolField(const YamlNode &parent, const QString &field)
{
    const YamlNode *node = parent.value(field);
    if (!node || node->isNull())
        return false;
    const QString value = node->isScalar() ? node->scalar() : QString();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    m_diagnostics.error(node->location(), tr("'%1' must be true or false").arg(field));
    return false;
}

} // namespace deelwijzer
