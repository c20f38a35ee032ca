// SPDX-License-Identifier: EUPL-1.2
#include "rulesetdiff.h"

#include "ruleset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>

namespace deelwijzer {

namespace {

using EntryKey = std::pair<QString, QString>; // section, id

QMap<EntryKey, QByteArray> entriesOf(const RuleSet &rules)
{
    QMap<EntryKey, QByteArray> entries;
    for (const CanonicalEntry &entry : rules.canonicalEntries())
        entries.insert({entry.section, entry.id}, entry.content);
    return entries;
}

/// A value as a reader sees it: a text as itself, a list of ids as "a, b", anything else as JSON.
QString display(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList items;
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            items << item.toString();
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

/// A list of mappings that each have an id (a question's answers, a decision's branches do
/// not): matched by id, so that inserting one answer does not show every later one as changed.
bool isListById(const QJsonArray &array)
{
    if (array.isEmpty())
        return false;
    for (const QJsonValue &item : array) {
        if (!item.isObject() || !item.toObject().value(QLatin1String("id")).isString())
            return false;
    }
    return true;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void compareValues(const QString &path, const QJsonValue &before, const QJsonValue &after, std::vector<FieldChange> &out)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : keys)
            compareValues(join(path, key), a.value(key), b.value(key), out);
        return;
    }
    if (before.isArray() && after.isArray() && isListById(before.toArray()) && isListById(after.toArray())) {
        QMap<QString, QJsonValue> a;
        QMap<QString, QJsonValue> b;
        QStringList order; // the new order, then what was removed
        for (const QJsonValue &item : after.toArray()) {
            const QString id = item.toObject().value(QLatin1String("id")).toString();
            b.insert(id, item);
            order << id;
        }
        for (const QJsonValue &item : before.toArray()) {
            const QString id = item.toObject().value(QLatin1String("id")).toString();
            a.insert(id, item);
            if (!b.contains(id))
                order << id;
        }
        for (const QString &id : order)
            compareValues(QStringLiteral("%1[%2]").arg(path, id), a.value(id), b.value(id), out);
        return;
    }
    if (before.isArray() && after.isArray() && before.toArray().size() == after.toArray().size()
        && !before.toArray().isEmpty() && before.toArray().first().isObject()) {
        // Branches and the like: compared place by place (counted from 1, as a reader counts).
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            compareValues(QStringLiteral("%1[%2]").arg(path).arg(i + 1), a.at(i), b.at(i), out);
        return;
    }
    out.push_back({path, display(before), display(after)});
}

} // namespace

std::vector<EntryChange> RuleSetDiff::compare(const RuleSet &older, const RuleSet &newer)
{
    const QMap<EntryKey, QByteArray> before = entriesOf(older);
    const QMap<EntryKey, QByteArray> after = entriesOf(newer);
    QList<EntryKey> keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    std::vector<EntryChange> changes;
    for (const EntryKey &key : keys) {
        const auto a = before.constFind(key);
        const auto b = after.constFind(key);
        EntryChange change;
        change.section = key.first;
        change.id = key.second;
        if (a == before.cend()) {
            change.kind = EntryChange::Kind::Added;
        } else if (b == after.cend()) {
            change.kind = EntryChange::Kind::Removed;
        } else if (*a != *b) {
            compareValues(QString(), QJsonDocument::fromJson(*a).object(), QJsonDocument::fromJson(*b).object(),
                          change.fields);
            // Byte-different canonical JSON always differs as JSON; keep the entry either way.
        } else {
            continue;
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace deelwijzer
