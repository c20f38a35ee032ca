// SPDX-License-Identifier: EUPL-1.2
#include "diffwriter.h"

#include "ruleset.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace deelwijzer {

namespace {

/// Longer values get a line each, so that before and after can be read one under the other.
constexpr qsizetype InlineLength = 50;

QString entryKind(const QString &section)
{
    static const QHash<QString, const char *> kinds{
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("DiffWriter", "question")},
        {QStringLiteral("decisions"), QT_TRANSLATE_NOOP("DiffWriter", "decision")},
        {QStringLiteral("outcomes"), QT_TRANSLATE_NOOP("DiffWriter", "outcome")},
        {QStringLiteral("laws"), QT_TRANSLATE_NOOP("DiffWriter", "law")},
        {QStringLiteral("grounds"), QT_TRANSLATE_NOOP("DiffWriter", "legal ground")},
        {QStringLiteral("glossary"), QT_TRANSLATE_NOOP("DiffWriter", "glossary term")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("DiffWriter", "condition")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("DiffWriter", "next step")},
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("DiffWriter", "source")},
        {QStringLiteral("ruleset"), QT_TRANSLATE_NOOP("DiffWriter", "manifest")},
    };
    const auto it = kinds.constFind(section);
    return it == kinds.cend() ? section : QCoreApplication::translate("DiffWriter", *it);
}

QString describeChange(const EntryChange &change)
{
    const QString kind = entryKind(change.section);
    const QString what = change.id.isEmpty() ? kind : kind + QLatin1Char(' ') + change.id;
    switch (change.kind) {
    case EntryChange::Kind::Added:
        return DiffWriter::tr("added %1").arg(what);
    case EntryChange::Kind::Removed:
        return DiffWriter::tr("removed %1").arg(what);
    case EntryChange::Kind::Changed:
        break;
    }
    return DiffWriter::tr("changed %1").arg(what);
}

QString describeField(const FieldChange &field)
{
    const QString before = field.before.isEmpty() ? DiffWriter::tr("(none)") : field.before;
    const QString after = field.after.isEmpty() ? DiffWriter::tr("(none)") : field.after;
    if (before.size() + after.size() <= InlineLength && !before.contains(u'\n') && !after.contains(u'\n'))
        return QStringLiteral("    %1: %2 \u2192 %3\n").arg(field.path, before, after);
    return QStringLiteral("    %1:\n      %2 %3\n      %4 %5\n")
        .arg(field.path, DiffWriter::tr("before:"), before, DiffWriter::tr("after: "), after);
}

QString describeAdvice(const AdviceSummary &advice, const QString &language)
{
    switch (advice.status) {
    case Evaluation::Status::Complete: {
        QString text = DiffWriter::tr("\"%1\" (outcome %2)")
                           .arg(advice.verdict ? verdictLabel(*advice.verdict, language) : QStringLiteral("?"), advice.outcome);
        if (!advice.grounds.isEmpty())
            text += QStringLiteral("; ") + DiffWriter::tr("grounds: %1").arg(advice.grounds.join(QStringLiteral(", ")));
        return text;
    }
    case Evaluation::Status::NeedsAnswer:
        return DiffWriter::tr("no advice: question '%1' is unanswered").arg(advice.nextQuestion);
    case Evaluation::Status::Invalid:
        break;
    }
    return DiffWriter::tr("no advice: %1").arg(advice.error);
}

QJsonObject adviceJson(const AdviceSummary &advice)
{
    QJsonObject object;
    switch (advice.status) {
    case Evaluation::Status::Complete:
        object.insert(QStringLiteral("status"), QStringLiteral("complete"));
        object.insert(QStringLiteral("outcome"), advice.outcome);
        object.insert(QStringLiteral("verdict"), advice.verdict ? verdictId(*advice.verdict) : QString());
        object.insert(QStringLiteral("grounds"), QJsonArray::fromStringList(advice.grounds));
        break;
    case Evaluation::Status::NeedsAnswer:
        object.insert(QStringLiteral("status"), QStringLiteral("needs_answer"));
        object.insert(QStringLiteral("next_question"), advice.nextQuestion);
        break;
    case Evaluation::Status::Invalid:
        object.insert(QStringLiteral("status"), QStringLiteral("invalid"));
        object.insert(QStringLiteral("error"), advice.error);
        object.insert(QStringLiteral("question"), advice.errorQuestion);
        break;
    }
    return object;
}

QJsonObject ruleSetJson(const RuleSet &rules)
{
    return {{QStringLiteral("id"), rules.info().id},
            {QStringLiteral("version"), rules.info().version},
            {QStringLiteral("sha256"), rules.fingerprint()}};
}

QString changeKindId(EntryChange::Kind kind)
{
    switch (kind) {
    case EntryChange::Kind::Added:
        return QStringLiteral("added");
    case EntryChange::Kind::Removed:
        return QStringLiteral("removed");
    case EntryChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

} // namespace

qsizetype DiffResult::changedAdvices() const
{
    return std::count_if(cases.cbegin(), cases.cend(), [](const ReplayedCase &c) { return c.comparison.changed(); });
}

QString DiffWriter::text(const DiffResult &result, const QString &language)
{
    const RuleSetInfo &a = result.older->info();
    const RuleSetInfo &b = result.newer->info();
    QString out = tr("Old rules: %1 version %2 (fingerprint %3…)").arg(a.id, a.version, result.older->fingerprint().left(12))
        + QLatin1Char('\n')
        + tr("New rules: %1 version %2 (fingerprint %3…)").arg(b.id, b.version, result.newer->fingerprint().left(12))
        + QStringLiteral("\n\n");
    if (result.changes.empty())
        out += tr("The rules have the same content.") + QLatin1Char('\n');
    else
        out += tr("Changes to the rules: %1").arg(result.changes.size()) + QLatin1Char('\n');
    for (const EntryChange &change : result.changes) {
        out += QStringLiteral("  ") + describeChange(change) + QLatin1Char('\n');
        for (const FieldChange &field : change.fields)
            out += describeField(field);
    }
    out += QLatin1Char('\n')
        + tr("Cases replayed: %1; advice changed: %2").arg(result.cases.size()).arg(result.changedAdvices()) + QLatin1Char('\n');
    for (const ReplayedCase &replayed : result.cases) {
        const AdviceComparison &c = replayed.comparison;
        if (!c.changed())
            continue;
        const QString title = replayed.title.text(language);
        out += QStringLiteral("  ") + QDir::toNativeSeparators(replayed.path)
            + (title.isEmpty() ? QString() : QStringLiteral(" \u2013 ") + title) + QLatin1Char('\n');
        out += QStringLiteral("    %1 %2\n").arg(tr("before:"), describeAdvice(c.before, language));
        out += QStringLiteral("    %1 %2\n").arg(tr("after: "), describeAdvice(c.after, language));
        if (!c.groundsAdded.isEmpty())
            out += QStringLiteral("    ") + tr("grounds added: %1").arg(c.groundsAdded.join(QStringLiteral(", "))) + QLatin1Char('\n');
        if (!c.groundsRemoved.isEmpty())
            out += QStringLiteral("    ") + tr("grounds removed: %1").arg(c.groundsRemoved.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    }
    return out;
}

QJsonObject DiffWriter::json(const DiffResult &result)
{
    QJsonArray changes;
    for (const EntryChange &change : result.changes) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields)
            fields.append(QJsonObject{{QStringLiteral("path"), field.path},
                                      {QStringLiteral("before"), field.before},
                                      {QStringLiteral("after"), field.after}});
        QJsonObject object{{QStringLiteral("change"), changeKindId(change.kind)},
                           {QStringLiteral("section"), change.section},
                           {QStringLiteral("id"), change.id}};
        if (!fields.isEmpty())
            object.insert(QStringLiteral("fields"), fields);
        changes.append(object);
    }
    QJsonArray cases;
    for (const ReplayedCase &replayed : result.cases) {
        const AdviceComparison &c = replayed.comparison;
        cases.append(QJsonObject{{QStringLiteral("case"), replayed.path},
                                 {QStringLiteral("changed"), c.changed()},
                                 {QStringLiteral("before"), adviceJson(c.before)},
                                 {QStringLiteral("after"), adviceJson(c.after)},
                                 {QStringLiteral("grounds_added"), QJsonArray::fromStringList(c.groundsAdded)},
                                 {QStringLiteral("grounds_removed"), QJsonArray::fromStringList(c.groundsRemoved)}});
    }
    return {{QStringLiteral("old"), ruleSetJson(*result.older)},
            {QStringLiteral("new"), ruleSetJson(*result.newer)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("advice_changed"), qint64(result.changedAdvices())}};
}

} // namespace deelwijzer
