// SPDX-License-Identifier: EUPL-1.2
#include "casefile.h"

#include "evaluator.h"
#include "ruleset.h"
#include "safefile.h"
#include "schemareader.h"
#include "yamldocument.h"
#include "yamlparsecache.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace deelwijzer {

namespace {

class CaseReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
public:
    CaseReader(Diagnostics &diagnostics) : m_diagnostics(diagnostics), m_schema(diagnostics) {}

    std::optional<CaseFile> read(const YamlNode &root, const QString &fileName)
    {
        const int errorsBefore = m_diagnostics.errorCount();
        if (!m_schema.expectMapping(root, tr("a case file")))
            return std::nullopt;
        m_schema.checkKeys(root, {"deelwijzer_case", "title", "narrative", "reference", "ruleset", "answers", "given_for",
                                  "current", "checked_conditions", "saved", "advice", "expect"},
                           {"deelwijzer_case"}, tr("the case file"));
        CaseFile file;
        file.path = fileName;
        if (const YamlNode *version = root.value(QStringLiteral("deelwijzer_case"))) {
            const QString text = version->isScalar() ? version->scalar() : QString();
            if (text != QString::number(CaseFile::FormatVersion)) {
                m_diagnostics.error(version->location(), tr("unsupported case-file format '%1' (this version reads format %2)")
                                                             .arg(text)
                                                             .arg(CaseFile::FormatVersion));
                return std::nullopt;
            }
        } else {
            return std::nullopt; // checkKeys reported it: probably not a case file at all
        }
        file.title = readFreeText(root.value(QStringLiteral("title")), QStringLiteral("title"));
        file.narrative = readFreeText(root.value(QStringLiteral("narrative")), QStringLiteral("narrative"));
        file.reference = m_schema.readStringField(root, QStringLiteral("reference"));
        if (const YamlNode *ruleset = root.value(QStringLiteral("ruleset")); ruleset && !ruleset->isNull()) {
            if (m_schema.expectMapping(*ruleset, QStringLiteral("ruleset"))) {
                m_schema.checkKeys(*ruleset, {"id", "version", "sha256"}, {"id"}, QStringLiteral("ruleset"));
                file.rulesetId = m_schema.readIdField(*ruleset, QStringLiteral("id"));
                file.rulesetVersion = m_schema.readStringField(*ruleset, QStringLiteral("version"));
                file.rulesetSha256 = m_schema.readStringField(*ruleset, QStringLiteral("sha256"));
                static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
                if (!file.rulesetSha256.isEmpty() && !hex.match(file.rulesetSha256).hasMatch())
                    m_diagnostics.error(ruleset->value(QStringLiteral("sha256"))->location(),
                                        tr("'sha256' must be 64 lowercase hexadecimal digits"));
            }
        }
        if (const YamlNode *answers = root.value(QStringLiteral("answers")); answers && !answers->isNull()) {
            if (m_schema.expectMapping(*answers, QStringLiteral("answers")))
                file.answers = readAnswers(*answers, &file.answerLocations);
        }
        if (const YamlNode *givenFor = root.value(QStringLiteral("given_for")); givenFor && !givenFor->isNull()) {
            if (m_schema.expectMapping(*givenFor, QStringLiteral("given_for"))) {
                for (const auto &[key, value] : givenFor->entries()) {
                    const QString question = m_schema.readId(*key, tr("question id"));
                    if (question.isEmpty() || !m_schema.expectMapping(*value, QStringLiteral("given_for")))
                        continue;
                    file.givenFor.insert(question, readAnswers(*value));
                    file.givenForLocations.insert(question, key->location());
                }
            }
        }
        file.current = m_schema.readIdField(root, QStringLiteral("current"));
        file.checkedConditions = m_schema.readIdListField(root, QStringLiteral("checked_conditions"));
        if (const YamlNode *saved = root.value(QStringLiteral("saved")); saved && !saved->isNull()) {
            file.saved = QDateTime::fromString(m_schema.readString(*saved, QStringLiteral("saved")), Qt::ISODate);
            if (!file.saved.isValid())
                m_diagnostics.error(saved->location(), tr("'saved' must be a date and time like 2026-11-28T14:05:00Z"));
        }
        if (const YamlNode *advice = root.value(QStringLiteral("advice")); advice && !advice->isNull())
            file.advice = readSavedAdvice(*advice);
        if (const YamlNode *expect = root.value(QStringLiteral("expect")); expect && !expect->isNull())
            file.expect = readExpectation(*expect);
        if (m_diagnostics.errorCount() > errorsBefore)
            return std::nullopt;
        return file;
    }

private:
    std::optional<SavedAdvice> readSavedAdvice(const YamlNode &node)
    {
        if (!m_schema.expectMapping(node, QStringLiteral("advice")))
            return std::nullopt;
        m_schema.checkKeys(node, {"outcome", "verdict", "grounds"}, {"outcome", "verdict"}, QStringLiteral("advice"));
        SavedAdvice advice;
        advice.location = node.location();
        advice.outcome = m_schema.readIdField(node, QStringLiteral("outcome"));
        advice.verdict = m_schema.readIdField(node, QStringLiteral("verdict"));
        if (!advice.verdict.isEmpty() && !verdictFromId(advice.verdict))
            m_diagnostics.error(SchemaReader::fieldLocation(node, QStringLiteral("verdict")),
                                tr("unknown verdict '%1'; use one of: %2")
                                    .arg(advice.verdict, allVerdictIds().join(QStringLiteral(", "))));
        advice.grounds = m_schema.readIdListField(node, QStringLiteral("grounds"));
        return advice;
    }

    /// A mapping of question ids to an answer id or a list of them.
    Answers readAnswers(const YamlNode &mapping, QHash<QString, SourceLocation> *locations = nullptr)
    {
        Answers result;
        for (const auto &[key, value] : mapping.entries()) {
            const QString question = m_schema.readId(*key, tr("question id"));
            if (question.isEmpty())
                continue;
            QStringList chosen;
            if (value->isScalar()) {
                if (const QString id = m_schema.readId(*value, tr("answer id")); !id.isEmpty())
                    chosen << id;
            } else if (value->isSequence() && !value->items().empty()) {
                chosen = m_schema.readIdList(*value, question);
            } else {
                m_diagnostics.error(value->location(), tr("the answer to '%1' must be an answer id or a list of answer ids")
                                                           .arg(question));
                continue;
            }
            if (chosen.isEmpty())
                continue;
            result.insert(question, chosen);
            if (locations)
                locations->insert(question, key->location());
        }
        return result;
    }

    LocalizedText readFreeText(const YamlNode *node, const QString &field)
    {
        if (!node || node->isNull())
            return LocalizedText();
        if (node->isScalar())
            return LocalizedText::neutral(node->scalar().trimmed());
        LocalizedText text;
        if (!node->isMapping()) {
            m_schema.typeError(*node, tr("a text or a text per language"), field);
            return text;
        }
        static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
        for (const auto &[key, value] : node->entries()) {
            if (!language.match(key->scalar()).hasMatch()) {
                m_diagnostics.error(key->location(), tr("'%1' is not a language code like nl or en").arg(key->scalar()));
                continue;
            }
            text.set(key->scalar(), m_schema.readString(*value, field).trimmed());
        }
        return text;
    }

    CaseExpectation readExpectation(const YamlNode &node)
    {
        CaseExpectation expect;
        expect.location = node.location();
        if (!m_schema.expectMapping(node, QStringLiteral("expect")))
            return expect;
        m_schema.checkKeys(node, {"verdict", "outcome", "grounds", "conditions", "route"}, {"verdict"}, QStringLiteral("expect"));
        if (const YamlNode *verdict = node.value(QStringLiteral("verdict")); verdict && !verdict->isNull()) {
            expect.verdicts = verdict->isSequence() ? m_schema.readIdList(*verdict, QStringLiteral("verdict"))
                                                    : QStringList{m_schema.readId(*verdict, QStringLiteral("verdict"))};
            for (const QString &id : expect.verdicts) {
                if (!id.isEmpty() && !verdictFromId(id))
                    m_diagnostics.error(verdict->location(), tr("invalid verdict '%1'; use one of: %2")
                                                                 .arg(id, allVerdictIds().join(QStringLiteral(", "))));
            }
        }
        expect.outcome = m_schema.readIdField(node, QStringLiteral("outcome"));
        expect.grounds = m_schema.readIdListField(node, QStringLiteral("grounds"));
        expect.conditions = m_schema.readIdListField(node, QStringLiteral("conditions"));
        expect.route = m_schema.readIdListField(node, QStringLiteral("route"));
        return expect;
    }

    Diagnostics &m_diagnostics;
    SchemaReader m_schema;
};

bool isPlainScalar(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_-]*$"));
    static const QStringList special{QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("yes"), QStringLiteral("no"),
                                     QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("true"),
                                     QStringLiteral("false"), QStringLiteral("null")};
    return plain.match(value).hasMatch() && !special.contains(value);
}

/// A YAML scalar that reads back as exactly `value`.
QString scalar(const QString &value)
{
    if (isPlainScalar(value))
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString list(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << scalar(item);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString freeText(const LocalizedText &text, const QString &indent)
{
    if (text.isNeutral())
        return scalar(text.text(QString()));
    QString out;
    for (const auto &[language, translation] : text.translations())
        out += QLatin1Char('\n') + indent + QStringLiteral("  ") + language + QStringLiteral(": ") + scalar(translation);
    return out;
}

} // namespace

std::optional<CaseFile> CaseFile::parse(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics)
{
    const auto root = readYaml(content, fileName, diagnostics);
    if (!root)
        return std::nullopt;
    return CaseReader(diagnostics).read(*root, fileName);
}

std::optional<CaseFile> CaseFile::read(const QString &path, Diagnostics &diagnostics)
{
    QString why;
    const std::optional<QByteArray> content = SafeFile::read(path, YamlDocument::MaxFileSize, &why);
    if (!content) {
        diagnostics.error({path, 0, 0}, QCoreApplication::translate("CaseFile", "cannot read the case file: %1").arg(why));
        return std::nullopt;
    }
    return parse(*content, path, diagnostics);
}

void CaseFile::checkAgainst(const RuleSet &rules, Diagnostics &diagnostics) const
{
    // lupdate files these tr() calls under the member's class, "deelwijzer::CaseFile".
    auto tr = [](const char *text) { return QCoreApplication::translate("deelwijzer::CaseFile", text); };
    const SourceLocation top{path, 1, 1};
    if (!rulesetId.isEmpty() && rulesetId != rules.info().id)
        diagnostics.warning(top, tr("this case was written for rule set '%1', not '%2'").arg(rulesetId, rules.info().id));
    else if (!rulesetSha256.isEmpty() && rulesetSha256 != rules.fingerprint())
        diagnostics.warning(top, tr("the rules have changed since this case was saved (saved under version %1, "
                                    "fingerprint %2…; now version %3, fingerprint %4…)")
                                     .arg(rulesetVersion.isEmpty() ? QStringLiteral("?") : rulesetVersion,
                                          rulesetSha256.left(12), rules.info().version, rules.fingerprint().left(12)));
    bool answersValid = true;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const SourceLocation where = answerLocations.value(it.key(), top);
        const Question *q = rules.question(it.key());
        if (!q) {
            diagnostics.error(where, tr("unknown question '%1': the rules never ask it").arg(it.key()));
            answersValid = false;
            continue;
        }
        QString why;
        if (!Evaluator::isValidAnswer(*q, it.value(), &why)) {
            diagnostics.error(where, tr("invalid answer to '%1': %2").arg(it.key(), why));
            answersValid = false;
        }
    }
    for (auto it = givenFor.cbegin(); it != givenFor.cend(); ++it) {
        const Question *q = rules.question(it.key());
        if (!q || q->validFor.isEmpty())
            diagnostics.warning(givenForLocations.value(it.key(), top),
                                tr("'given_for' names '%1', which is not a question bound by valid_for").arg(it.key()));
    }
    if (answersValid) {
        const Evaluation evaluation = Evaluator(rules).evaluate(answers, givenFor);
        for (const QString &unused : evaluation.unusedAnswers)
            diagnostics.warning(answerLocations.value(unused, top),
                                tr("the answer to '%1' is not used: the route does not ask it").arg(unused));
        for (const StaleAnswer &stale : evaluation.staleAnswers)
            diagnostics.warning(answerLocations.value(stale.question, top),
                                tr("the answer to '%1' no longer holds: it was given for other answers to %2; it will "
                                   "be asked again")
                                    .arg(stale.question, stale.changed.join(QStringLiteral(", "))));
    }
    if (!current.isEmpty() && !rules.question(current))
        diagnostics.error(top, tr("'current' names '%1', which is not a question").arg(current));
    if (expect) {
        if (!expect->outcome.isEmpty() && !rules.outcome(expect->outcome))
            diagnostics.error(expect->location, tr("expected outcome '%1' does not exist").arg(expect->outcome));
        for (const QString &g : expect->grounds) {
            if (!rules.ground(g))
                diagnostics.error(expect->location, tr("expected ground '%1' does not exist").arg(g));
        }
        for (const QString &c : expect->conditions) {
            if (!rules.condition(c))
                diagnostics.error(expect->location, tr("expected condition '%1' does not exist").arg(c));
        }
        for (const QString &q : expect->route) {
            if (!rules.question(q))
                diagnostics.error(expect->location, tr("expected route names '%1', which is not a question").arg(q));
        }
    }
}

QByteArray CaseFile::toYaml() const
{
    QString out = QStringLiteral("deelwijzer_case: %1\n").arg(FormatVersion);
    if (!title.isEmpty())
        out += QStringLiteral("title: ") + freeText(title, QString()) + QLatin1Char('\n');
    if (!narrative.isEmpty())
        out += QStringLiteral("narrative: ") + freeText(narrative, QString()) + QLatin1Char('\n');
    if (!reference.isEmpty())
        out += QStringLiteral("reference: ") + scalar(reference) + QLatin1Char('\n');
    if (!rulesetId.isEmpty()) {
        out += QStringLiteral("ruleset: {id: %1").arg(scalar(rulesetId));
        if (!rulesetVersion.isEmpty())
            out += QStringLiteral(", version: %1").arg(scalar(rulesetVersion));
        if (!rulesetSha256.isEmpty())
            out += QStringLiteral(", sha256: %1").arg(scalar(rulesetSha256));
        out += QStringLiteral("}\n");
    }
    if (saved.isValid())
        out += QStringLiteral("saved: %1\n").arg(scalar(saved.toUTC().toString(Qt::ISODate)));
    if (!current.isEmpty())
        out += QStringLiteral("current: %1\n").arg(scalar(current));
    if (!checkedConditions.isEmpty())
        out += QStringLiteral("checked_conditions: %1\n").arg(list(checkedConditions));
    if (advice) {
        out += QStringLiteral("advice: {outcome: %1, verdict: %2").arg(scalar(advice->outcome), scalar(advice->verdict));
        if (!advice->grounds.isEmpty())
            out += QStringLiteral(", grounds: %1").arg(list(advice->grounds));
        out += QStringLiteral("}\n");
    }
    out += QStringLiteral("answers:");
    if (answers.isEmpty())
        out += QStringLiteral(" {}");
    out += QLatin1Char('\n');
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        out += QStringLiteral("  %1: %2\n")
                   .arg(scalar(it.key()), it.value().size() == 1 ? scalar(it.value().constFirst()) : list(it.value()));
    }
    if (!givenFor.isEmpty()) {
        out += QStringLiteral("given_for:\n");
        for (auto it = givenFor.cbegin(); it != givenFor.cend(); ++it) {
            QStringList entries;
            for (auto bound = it.value().cbegin(); bound != it.value().cend(); ++bound)
                entries << scalar(bound.key()) + QStringLiteral(": ")
                               + (bound.value().size() == 1 ? scalar(bound.value().constFirst()) : list(bound.value()));
            out += QStringLiteral("  %1: {%2}\n").arg(scalar(it.key()), entries.join(QStringLiteral(", ")));
        }
    }
    if (expect) {
        out += QStringLiteral("expect:\n");
        out += QStringLiteral("  verdict: %1\n")
                   .arg(expect->verdicts.size() == 1 ? scalar(expect->verdicts.constFirst()) : list(expect->verdicts));
        if (!expect->outcome.isEmpty())
            out += QStringLiteral("  outcome: %1\n").arg(scalar(expect->outcome));
        if (!expect->grounds.isEmpty())
            out += QStringLiteral("  grounds: %1\n").arg(list(expect->grounds));
        if (!expect->conditions.isEmpty())
            out += QStringLiteral("  conditions: %1\n").arg(list(expect->conditions));
        if (!expect->route.isEmpty())
            out += QStringLiteral("  route: %1\n").arg(list(expect->route));
    }
    return out.toUtf8();
}

bool CaseFile::save(const QString &filePath, QString *error) const
{
    return SafeFile::write(filePath, toYaml(), error);
}

} // namespace deelwijzer
