// SPDX-License-Identifier: EUPL-1.2
#include "reviewbookbuilder.h"

#include "casefile.h"
#include "diagnostics.h"
#include "evaluator.h"
#include "reportexporter.h"
#include "reportpagerenderer.h"
#include "ruleset.h"
#include "safefile.h"
#include "verdict.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QTextDocument>
#include <QTranslator>

#include <algorithm>

namespace deelwijzer {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A muted second language beneath the first, as the printed advice does.
/// A route step "Question? → answers" with the answers in bold, so each step stands out.
QString stepHtml(const QString &text)
{
    const qsizetype arrow = text.indexOf(QStringLiteral(" \u2192 "));
    if (arrow < 0)
        return esc(text);
    return QStringLiteral("%1 \u2192 <b>%2</b>").arg(esc(text.left(arrow)), esc(text.mid(arrow + 3)));
}

QString secondLanguage(const QString &html)
{
    return QStringLiteral("<br><i><span style=\"color:#444444\">%1</span></i>").arg(html);
}

const char *roleLabel(GroundRole role)
{
    switch (role) {
    case GroundRole::Basis:
        return QT_TRANSLATE_NOOP("ReviewBook", "Basis: what permits the processing");
    case GroundRole::Exception:
        return QT_TRANSLATE_NOOP("ReviewBook", "Exception: what lifts the ban on special or criminal data");
    case GroundRole::LiftsSecrecy:
        return QT_TRANSLATE_NOOP("ReviewBook", "Lifts secrecy: what lifts a duty of secrecy");
    case GroundRole::Restricts:
        return QT_TRANSLATE_NOOP("ReviewBook", "Restricts: what limits what may be shared");
    case GroundRole::None:
        break;
    }
    return QT_TRANSLATE_NOOP("ReviewBook", "No role stated");
}

/// The kind of entry a rule-file section holds, as the changes page names it.
const char *sectionLabel(const QString &section)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("ReviewBook", "question")},
        {QStringLiteral("decisions"), QT_TRANSLATE_NOOP("ReviewBook", "decision")},
        {QStringLiteral("outcomes"), QT_TRANSLATE_NOOP("ReviewBook", "outcome")},
        {QStringLiteral("laws"), QT_TRANSLATE_NOOP("ReviewBook", "law")},
        {QStringLiteral("grounds"), QT_TRANSLATE_NOOP("ReviewBook", "legal ground")},
        {QStringLiteral("glossary"), QT_TRANSLATE_NOOP("ReviewBook", "glossary term")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("ReviewBook", "condition")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("ReviewBook", "next step")},
        {QStringLiteral("sources"), QT_TRANSLATE_NOOP("ReviewBook", "source")},
    };
    return labels.value(section, QT_TRANSLATE_NOOP("ReviewBook", "manifest"));
}

/// The answer a field of a question's diff is about ("answers[unsure].label.nl" -> "unsure"),
/// or nothing when the field is the question's own.
QString answerOfField(const QString &path)
{
    static const QRegularExpression answer(QStringLiteral("^answers\\[([^\\]]+)\\]"));
    return answer.match(path).captured(1);
}

/// The key of a changed entry in ReviewBookBuilder::m_changed.
QString changeKey(const QString &section, const QString &id)
{
    return section + QLatin1Char('/') + id;
}

template<typename T>
std::vector<const T *> sortedById(const std::vector<T> &items)
{
    std::vector<const T *> sorted;
    for (const T &item : items)
        sorted.push_back(&item);
    std::sort(sorted.begin(), sorted.end(), [](const T *a, const T *b) { return a->id < b->id; });
    return sorted;
}

} // namespace

std::vector<BookCase> casesOf(const RuleSet &rules, const QString &folder)
{
    std::vector<BookCase> cases;
    const QDir dir(folder);
    const Evaluator evaluator(rules);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        Diagnostics ignored; // `check` reports them; the book lists what works
        const auto file = CaseFile::read(dir.filePath(name), ignored);
        if (!file)
            continue;
        const Evaluation evaluation = evaluator.evaluate(file->answers, file->givenFor);
        if (evaluation.status == Evaluation::Status::Complete)
            cases.push_back({name, file->title, evaluation.advice->outcome});
    }
    return cases;
}

ReviewBookBuilder::ReviewBookBuilder(const ReviewBookRequest &request)
    : m_request(request)
    , m_rules(*request.rules)
{
    switch (request.language) {
    case ReportLanguage::Dutch:
        m_languages = {QStringLiteral("nl")};
        break;
    case ReportLanguage::English:
        m_languages = {QStringLiteral("en")};
        break;
    case ReportLanguage::Both:
        m_languages = {QStringLiteral("nl"), QStringLiteral("en")};
        break;
    }
    for (const QString &language : std::as_const(m_languages)) {
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/deelwijzer_%1.qm").arg(language)))
            m_translators.insert(language, translator);
    }
    for (const Outcome &o : m_rules.outcomes()) {
        for (const Citation &c : o.grounds) {
            QStringList &citing = m_citedBy[c.id];
            if (!citing.contains(o.id))
                citing << o.id;
        }
    }
    if (!request.since)
        return;
    for (const EntryChange &change : request.since->changes) {
        if (change.kind == EntryChange::Kind::Removed)
            continue; // nothing left to mark; the changes page lists it
        if (change.section != QLatin1String("questions") || change.kind == EntryChange::Kind::Added) {
            m_changed.insert(changeKey(change.section, change.id), change.kind);
            continue;
        }
        // A question: its answers are marked one by one, the question for its own fields.
        for (const FieldChange &field : change.fields) {
            const QString answer = answerOfField(field.path);
            if (answer.isEmpty()) {
                m_changed.insert(changeKey(change.section, change.id), EntryChange::Kind::Changed);
            } else if (!field.after.isEmpty()) {
                const bool added = field.before.isEmpty() && field.path.endsWith(QLatin1Char(']'));
                m_changed.insert(changeKey(change.section, change.id + QLatin1Char('/') + answer),
                                 added ? EntryChange::Kind::Added : EntryChange::Kind::Changed);
            }
        }
    }
}

ReviewBookChanges changesSince(const RuleSet &earlier, const QString &earlierFolder, const RuleSet &rules,
                               const QString &rulesFolder, Diagnostics &diagnostics)
{
    ReviewBookChanges changes;
    changes.version = earlier.info().version;
    changes.fingerprint = earlier.fingerprint();
    changes.changes = RuleSetDiff::compare(earlier, rules);
    changes.cases = AdviceReplay(earlier, rules)
                        .replayFolders({QDir(earlierFolder).filePath(QStringLiteral("cases")),
                                        QDir(rulesFolder).filePath(QStringLiteral("cases"))},
                                       diagnostics);
    return changes;
}

ReviewBookBuilder::~ReviewBookBuilder() = default;

// ---------------------------------------------------------------------------------------------
// Words

QString ReviewBookBuilder::phrase(const char *source, const QString &language) const
{
    if (const auto translator = m_translators.value(language)) {
        const QString translated = translator->translate("ReviewBook", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReviewBookBuilder::phrases(const char *source) const
{
    QStringList texts;
    for (const QString &language : m_languages) {
        const QString text = phrase(source, language);
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(QStringLiteral(" / "));
}

QString ReviewBookBuilder::markup(const QString &text, const QString &language) const
{
    // Rule texts are YAML scalars: a blank line separates paragraphs.
    QStringList paragraphs;
    for (const QString &paragraph : m_rules.plainText(text, language).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        paragraphs << esc(paragraph.simplified());
    return paragraphs.join(QStringLiteral("<br>"));
}

QString ReviewBookBuilder::localized(const LocalizedText &text) const
{
    QString html;
    for (const QString &language : m_languages) {
        const QString part = markup(text.text(language), language);
        html += html.isEmpty() ? part : secondLanguage(part);
    }
    return html;
}

QString ReviewBookBuilder::joinWords(const QStringList &words, const QString &language, bool alternatives) const
{
    if (words.size() < 2)
        return words.value(0);
    const QString last = alternatives ? phrase(QT_TRANSLATE_NOOP("ReviewBook", "%1 or %2"), language)
                                      : phrase(QT_TRANSLATE_NOOP("ReviewBook", "%1 and %2"), language);
    return last.arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.constLast());
}

QString ReviewBookBuilder::answerLabel(const QString &question, const QString &answer, const QString &language) const
{
    const Question *q = m_rules.question(question);
    const Answer *a = q ? q->answer(answer) : nullptr;
    return a ? m_rules.plainText(a->label.text(language), language).simplified() : answer;
}

QString ReviewBookBuilder::requirementText(const RouteRequirement &step, const QString &language) const
{
    const Question *question = m_rules.question(step.question);
    const QString asked = question ? m_rules.plainText(question->text.text(language), language).simplified() : step.question;
    auto labels = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << answerLabel(step.question, id, language);
        return out;
    };
    QStringList parts;
    if (!step.multiple) {
        QStringList others;
        if (question) {
            for (const Answer &a : question->answers) {
                if (!step.answers.contains(a.id))
                    others << a.id;
            }
        }
        if (others.isEmpty())
            parts << phrase(QT_TRANSLATE_NOOP("ReviewBook", "any answer"), language);
        else if (step.answers.size() > 3 && others.size() < step.answers.size())
            parts << phrase(QT_TRANSLATE_NOOP("ReviewBook", "any answer except %1"), language)
                         .arg(joinWords(labels(others), language, true));
        else
            parts << joinWords(labels(step.answers), language, true);
    } else {
        const bool only = question && !step.answers.isEmpty()
            && step.answers.size() + step.excluded.size() == qsizetype(question->answers.size());
        if (only)
            return QStringLiteral("%1 \u2192 %2").arg(asked, phrase(QT_TRANSLATE_NOOP("ReviewBook", "only %1"), language)
                                                              .arg(joinWords(labels(step.answers), language, false)));
        if (!step.answers.isEmpty())
            parts << phrase(QT_TRANSLATE_NOOP("ReviewBook", "including %1"), language).arg(joinWords(labels(step.answers), language, false));
        for (const QStringList &oneOf : step.atLeastOneOf)
            parts << phrase(QT_TRANSLATE_NOOP("ReviewBook", "at least one of %1"), language).arg(joinWords(labels(oneOf), language, true));
        if (!step.excluded.isEmpty())
            parts << phrase(QT_TRANSLATE_NOOP("ReviewBook", "not %1"), language).arg(joinWords(labels(step.excluded), language, true));
        if (parts.isEmpty())
            parts << phrase(QT_TRANSLATE_NOOP("ReviewBook", "any answer"), language);
    }
    return QStringLiteral("%1 \u2192 %2").arg(asked, parts.join(QStringLiteral("; ")));
}

QString ReviewBookBuilder::conditionText(const Condition &condition, const QString &language) const
{
    switch (condition.kind) {
    case Condition::Kind::AllOf:
    case Condition::Kind::AnyOf: {
        QStringList parts;
        for (const Condition &child : condition.children)
            parts << conditionText(child, language);
        const QString joined = joinWords(parts, language, condition.kind == Condition::Kind::AnyOf);
        return parts.size() > 1 ? QStringLiteral("(%1)").arg(joined) : joined;
    }
    case Condition::Kind::Not:
        return phrase(QT_TRANSLATE_NOOP("ReviewBook", "not (%1)"), language)
            .arg(condition.children.empty() ? QString() : conditionText(condition.children.front(), language));
    case Condition::Kind::Answer:
        break;
    }
    const Question *question = m_rules.question(condition.question);
    const QString asked = question ? m_rules.plainText(question->text.text(language), language).simplified() : condition.question;
    QStringList labels;
    for (const QString &id : condition.answers)
        labels << answerLabel(condition.question, id, language);
    switch (condition.match) {
    case Condition::Match::Any:
        return phrase(QT_TRANSLATE_NOOP("ReviewBook", "the answer to ‘%1’ is %2"), language).arg(asked, joinWords(labels, language, true));
    case Condition::Match::All:
        return phrase(QT_TRANSLATE_NOOP("ReviewBook", "the answers to ‘%1’ include %2"), language).arg(asked, joinWords(labels, language, false));
    case Condition::Match::None:
        return phrase(QT_TRANSLATE_NOOP("ReviewBook", "the answer to ‘%1’ is not %2"), language).arg(asked, joinWords(labels, language, true));
    }
    return QString();
}

QString ReviewBookBuilder::nodeText(const QString &nodeId, const QString &language) const
{
    if (const Question *q = m_rules.question(nodeId))
        return phrase(QT_TRANSLATE_NOOP("ReviewBook", "question %1: %2"), language)
            .arg(nodeId, m_rules.plainText(q->text.text(language), language).simplified());
    if (const Outcome *o = m_rules.outcome(nodeId))
        return phrase(QT_TRANSLATE_NOOP("ReviewBook", "outcome %1: %2 (%3)"), language)
            .arg(nodeId, m_rules.plainText(o->title.text(language), language).simplified(), verdictLabel(o->verdict, language));
    return phrase(QT_TRANSLATE_NOOP("ReviewBook", "decision %1"), language).arg(nodeId);
}

// ---------------------------------------------------------------------------------------------
// Blocks

QString ReviewBookBuilder::heading(int level, const QString &text, const QString &anchor, bool newPage) const
{
    static const char *const sizes[] = {"", "17pt", "13pt", "11pt"};
    return QStringLiteral("<h%1 style=\"font-size:%2;%3\">%4%5</h%1>\n")
        .arg(level)
        .arg(QLatin1String(sizes[std::clamp(level, 1, 3)]),
             newPage ? QStringLiteral(" page-break-before:always;") : QString(),
             anchor.isEmpty() ? QString() : QStringLiteral("<a name=\"%1\"></a>").arg(esc(anchor)), text);
}

QString ReviewBookBuilder::labelled(const char *label, const QString &valueHtml) const
{
    if (valueHtml.isEmpty())
        return QString();
    return QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(esc(phrases(label)), valueHtml);
}

QString ReviewBookBuilder::list(const QStringList &itemsHtml) const
{
    if (itemsHtml.isEmpty())
        return QString();
    return QStringLiteral("<ul><li>%1</li></ul>\n").arg(itemsHtml.join(QStringLiteral("</li><li>")));
}

QString ReviewBookBuilder::routeStep(const RouteRequirement &step, QStringList &lines) const
{
    QString html;
    for (const QString &language : m_languages) {
        const QString text = requirementText(step, language);
        lines << language + QLatin1Char('\n') + text;
        html += html.isEmpty() ? stepHtml(text) : secondLanguage(stepHtml(text));
    }
    return html;
}

QString ReviewBookBuilder::routeTree(const std::vector<RouteTreeNode> &nodes, QStringList &lines) const
{
    QStringList items;
    for (const RouteTreeNode &node : nodes) {
        QStringList steps;
        for (const RouteRequirement &step : node.steps)
            steps << routeStep(step, lines);
        QString item = steps.join(QStringLiteral("<br>"));
        if (node.endsHere)
            item += QStringLiteral("<br><i>%1</i>").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "(here this route ends; or it goes on:)"))));
        if (node.continuation >= 0)
            item += QStringLiteral("<br><i>%1</i>").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "then as in continuation %1 below")).arg(node.continuation + 1)));
        item += routeTree(node.children, lines);
        items << item;
    }
    return list(items);
}

// ---------------------------------------------------------------------------------------------
// Changes since an earlier version

QString ReviewBookBuilder::markFor(EntryChange::Kind kind) const
{
    const char *text = kind == EntryChange::Kind::Added ? QT_TRANSLATE_NOOP("ReviewBook", "new since version %1")
                                                        : QT_TRANSLATE_NOOP("ReviewBook", "changed since version %1");
    // A black diamond and bold words on a light background: visible on screen and in print,
    // also in black and white, and found by searching the PDF for the diamond.
    return QStringLiteral(" <span style=\"background-color:#ffe9a8; font-weight:bold; font-size:9pt\">&#x25C6;&nbsp;%1</span>")
        .arg(esc(phrases(text).arg(m_request.since->version)));
}

QString ReviewBookBuilder::changeMark(const QString &section, const QString &id) const
{
    const auto found = m_changed.constFind(changeKey(section, id));
    return found == m_changed.cend() ? QString() : markFor(*found);
}

QString ReviewBookBuilder::answerChangeMark(const QString &question, const QString &answer) const
{
    return changeMark(QStringLiteral("questions"), question + QLatin1Char('/') + answer);
}

QString ReviewBookBuilder::changesPage() const
{
    const ReviewBookChanges &since = *m_request.since;
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Changes since version %1")).arg(since.version)),
                           QStringLiteral("changes"), true);
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook",
                    "Compared with version %1 of the rules (fingerprint %2). Every new or changed outcome, question, "
                    "answer, decision, legal ground and glossary term is marked in this book with \u25C6."))
                             .arg(since.version, since.fingerprint)));
    if (since.changes.empty())
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "The rules have the same content."))));
    for (const EntryChange &change : since.changes) {
        const char *kind = change.kind == EntryChange::Kind::Added     ? QT_TRANSLATE_NOOP("ReviewBook", "New %1 %2")
                           : change.kind == EntryChange::Kind::Removed ? QT_TRANSLATE_NOOP("ReviewBook", "Removed %1 %2")
                                                                       : QT_TRANSLATE_NOOP("ReviewBook", "Changed %1 %2");
        QStringList names;
        for (const QString &language : m_languages)
            names << phrase(kind, language).arg(phrase(sectionLabel(change.section), language), change.id).trimmed();
        names.removeDuplicates();
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(names.join(QStringLiteral(" / "))));
        if (change.fields.empty())
            continue;
        const auto value = [this](const QString &text) {
            // Glossary links ([[id|words]]) read as their words.
            return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "(none)"))))
                                  : esc(m_rules.plainText(text, m_languages.constFirst()));
        };
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                               "<tr><th width=\"28%\">%1</th><th width=\"36%\">%2</th><th width=\"36%\">%3</th></tr>")
                    .arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Field"))), esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Before"))),
                         esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "After"))));
        for (const FieldChange &field : change.fields)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(field.path), value(field.before), value(field.after));
        html += QStringLiteral("</table>\n");
    }

    // The advice of the shipped (and given) cases under both versions.
    std::vector<const ReplayedCase *> changed;
    for (const ReplayedCase &c : since.cases) {
        if (c.comparison.changed())
            changed.push_back(&c);
    }
    html += heading(2, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Cases whose advice changed"))), QStringLiteral("changed-cases"));
    html += QStringLiteral("<p>%1</p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "%1 cases replayed under both versions; the advice changed for %2."))
                                                     .arg(since.cases.size())
                                                     .arg(changed.size())));
    const auto advice = [this](const AdviceSummary &summary, const QString &language) {
        if (!summary.isComplete())
            return phrase(QT_TRANSLATE_NOOP("ReviewBook", "no advice"), language);
        QString text = phrase(QT_TRANSLATE_NOOP("ReviewBook", "%1 (outcome %2)"), language)
                           .arg(summary.verdict ? verdictLabel(*summary.verdict, language) : QString(), summary.outcome);
        if (!summary.grounds.isEmpty())
            text += QStringLiteral("; ") + phrase(QT_TRANSLATE_NOOP("ReviewBook", "grounds %1"), language).arg(summary.grounds.join(QStringLiteral(", ")));
        return text;
    };
    QStringList items;
    for (const ReplayedCase *c : changed) {
        QString item = QStringLiteral("<b>%1</b>").arg(esc(QFileInfo(c->path).fileName()));
        if (!c->title.isEmpty())
            item += QStringLiteral(": ") + localized(c->title);
        for (const QString &language : m_languages) {
            const QString part = esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "before: %1"), language).arg(advice(c->comparison.before, language)))
                + QStringLiteral("<br>")
                + esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "after: %1"), language).arg(advice(c->comparison.after, language)));
            item += language == m_languages.constFirst() ? QStringLiteral("<br>") + part : secondLanguage(part);
        }
        items << item;
    }
    html += list(items);
    return html;
}

// ---------------------------------------------------------------------------------------------
// Sections

QString ReviewBookBuilder::documentTitle() const
{
    return phrases(QT_TRANSLATE_NOOP("ReviewBook", "Review book")) + QStringLiteral(": ")
        + m_rules.displayName(m_languages.constFirst());
}

PageDecoration ReviewBookBuilder::pageDecoration() const
{
    const RuleSetInfo &info = m_rules.info();
    PageDecoration decoration;
    decoration.headerLeft = phrases(QT_TRANSLATE_NOOP("ReviewBook", "Deelwijzer review book"));
    decoration.headerRight = QStringLiteral("%1 %2").arg(info.id, info.version);
    decoration.footerLeft = info.status + PageDecoration::footerBreak()
                            + QLocale(m_languages.constFirst()).toString(m_request.created.date(), QLocale::LongFormat);
    decoration.footerSecond = QStringLiteral("SHA-256 %1").arg(m_rules.fingerprint());
    decoration.pageLabel = phrases(QT_TRANSLATE_NOOP("ReviewBook", "Page %1 of %2"));
    return decoration;
}

QString ReviewBookBuilder::frontPage() const
{
    const RuleSetInfo &info = m_rules.info();
    const QString language = m_languages.constFirst();
    QDate earliest;
    QDate latest;
    for (const LegalGround &g : m_rules.grounds()) {
        if (!g.textDate.isValid())
            continue;
        if (!earliest.isValid() || g.textDate < earliest)
            earliest = g.textDate;
        if (!latest.isValid() || g.textDate > latest)
            latest = g.textDate;
    }
    const QLocale locale(language);
    QString statuteDate = phrases(QT_TRANSLATE_NOOP("ReviewBook", "not stated"));
    if (latest.isValid())
        statuteDate = earliest == latest ? locale.toString(latest, QLocale::LongFormat)
                                         : phrases(QT_TRANSLATE_NOOP("ReviewBook", "%1 to %2"))
                                               .arg(locale.toString(earliest, QLocale::LongFormat), locale.toString(latest, QLocale::LongFormat));
    auto row = [this](const char *label, const QString &valueHtml) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(phrases(label)), valueHtml);
    };
    QString html;
    html += QStringLiteral("<h1 style=\"font-size:22pt\">%1</h1>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Review book"))));
    html += QStringLiteral("<p style=\"font-size:14pt\">%1</p>\n").arg(localized(info.title));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Rule set"), esc(info.id));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Version"), esc(info.version));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Status"), esc(info.status) + QStringLiteral("<br>") + localized(info.statusNote));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Valid from"), esc(locale.toString(info.validFrom, QLocale::LongFormat)));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Fingerprint (SHA-256)"),
                QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'\">%1</span>").arg(esc(m_rules.fingerprint())));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Statute texts as in force on"), esc(statuteDate));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Printed on"), esc(locale.toString(m_request.created.date(), QLocale::LongFormat)));
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Contents"),
                esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "%1 outcomes, %2 questions, %3 decisions, %4 legal grounds, %5 glossary terms, %6 described routes"))
                        .arg(m_rules.outcomes().size())
                        .arg(m_rules.questions().size())
                        .arg(m_rules.decisions().size())
                        .arg(m_rules.grounds().size())
                        .arg(m_rules.glossary().size())
                        .arg(m_routeCount)));
    html += QStringLiteral("</table>\n");
    for (const QString &lang : m_languages) {
        const QString text = esc(phrase(QT_TRANSLATE_NOOP("ReviewBook",
            "This book shows the whole rule set for review by a lawyer or privacy officer: every outcome with its verdict, "
            "legal grounds and the routes that lead to it, every question with its answers, the decisions between them, "
            "the legal grounds by law and the glossary. The routes are computed from the rules themselves, not written by "
            "hand. A route lists the questions in the order they are asked, each with the answers that lead along it "
            "(\u2192); \u2018or\u2019 means any of those answers. An indented list continues the line above it with "
            "the alternatives that follow. Alternatives that follow in several places are printed once, as a numbered "
            "continuation after the routes of the outcome. The last pages record the reviews and hold the sign-off."), lang));
        html += lang == m_languages.constFirst() ? QStringLiteral("<p>%1</p>\n").arg(text)
                                                 : QStringLiteral("<p><i>%1</i></p>\n").arg(text);
    }
    if (!m_routesComplete)
        html += QStringLiteral("<p><b>%1</b></p>\n")
                    .arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Warning: the rule set has too many routes to list them all; the routes below are incomplete."))));
    return html;
}

QString ReviewBookBuilder::citations(const std::vector<Citation> &citations) const
{
    QStringList items;
    for (const Citation &c : citations) {
        const LegalGround *g = m_rules.ground(c.id);
        if (!g)
            continue;
        const GroundRole role = c.role != GroundRole::None ? c.role : g->role;
        QString item;
        for (const QString &language : m_languages) {
            QString part = QStringLiteral("<b>%1</b> \u2014 %2 <i>(%3)</i>")
                               .arg(esc(m_rules.citation(*g, language)), markup(g->title.text(language), language),
                                    esc(phrase(roleLabel(role), language)));
            if (c.when)
                part += QStringLiteral("<br>") + esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "Only when %1."), language).arg(conditionText(*c.when, language)));
            if (g->unsure)
                part += QStringLiteral("<br>") + esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "Marked unsure in the rules."), language));
            item += item.isEmpty() ? part : secondLanguage(part);
        }
        if (!g->words.isEmpty())
            item += QStringLiteral("<br>\u201C%1\u201D <span style=\"color:#444444\">(%2)</span>")
                        .arg(esc(g->words),
                             esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "statute text as in force on %1")).arg(g->textDate.toString(Qt::ISODate))));
        if (const QString url = m_rules.groundUrl(*g); !url.isEmpty())
            item += QStringLiteral("<br><a href=\"%1\">%1</a>").arg(esc(url));
        items << item;
    }
    return list(items);
}

QString ReviewBookBuilder::outcome(const Outcome &o, const OutcomeRoutes &routes)
{
    QString html = heading(2, QStringLiteral("%1 \u2014 %2").arg(esc(o.id), localized(o.title)) + changeMark(QStringLiteral("outcomes"), o.id), o.id);
    QString verdict;
    for (const QString &language : m_languages) {
        QString part = esc(verdictLabel(o.verdict, language));
        if (!o.verdictNote.isEmpty())
            part += QStringLiteral(" (%1)").arg(markup(o.verdictNote.text(language), language));
        verdict += verdict.isEmpty() ? QStringLiteral("<b>%1</b>").arg(part) : secondLanguage(part);
    }
    html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Verdict"), verdict);
    html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Explanation"), localized(o.explanation));
    if (!o.uncertain.isEmpty())
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "What the rules cannot decide"), localized(o.uncertain));
    if (!o.personalData)
        html += QStringLiteral("<p>%1</p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "This advice concerns data that are not personal data."))));
    if (!o.grounds.empty())
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Legal grounds by role"), QStringLiteral(" ")) + citations(o.grounds);

    auto catalogueItems = [this](const std::vector<Citation> &items, const QString &section, auto lookup) {
        QStringList out;
        for (const Citation &c : items) {
            QString item;
            for (const QString &language : m_languages) {
                QString part = markup(lookup(c.id, language), language);
                if (c.when)
                    part += QStringLiteral(" <i>%1</i>").arg(esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "Only when %1."), language).arg(conditionText(*c.when, language))));
                item += item.isEmpty() ? part + changeMark(section, c.id) : secondLanguage(part);
            }
            out << item;
        }
        return list(out);
    };
    if (!o.conditions.empty())
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Conditions"), QStringLiteral(" "))
            + catalogueItems(o.conditions, QStringLiteral("conditions"), [this](const QString &id, const QString &language) {
                  const ChecklistItem *item = m_rules.condition(id);
                  return item ? item->text.text(language) : id;
              });
    if (!o.nextSteps.empty())
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Next steps"), QStringLiteral(" "))
            + catalogueItems(o.nextSteps, QStringLiteral("actions"), [this](const QString &id, const QString &language) {
                  const Action *action = m_rules.action(id);
                  return action ? action->text.text(language) : id;
              });
    if (!o.sources.isEmpty()) {
        QStringList items;
        for (const QString &id : o.sources) {
            const Source *s = m_rules.source(id);
            if (!s)
                continue;
            items << (s->url.isEmpty() ? localized(s->title)
                                      : QStringLiteral("%1 <a href=\"%2\">%2</a>").arg(localized(s->title), esc(s->url)))
                    + changeMark(QStringLiteral("sources"), id);
        }
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Sources"), QStringLiteral(" ")) + list(items);
    }

    // The routes, in words; and the lines for routeLines().
    html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Routes that lead here"),
                     esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "%1 (%2 paths through the rules)")).arg(routes.routes).arg(routes.paths)));
    QStringList &lines = m_routeLines[o.id];
    lines.clear();
    if (routes.tree.empty())
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "No route reaches this outcome."))));
    html += routeTree(routes.tree, lines);
    for (std::size_t c = 0; c < routes.continuations.size(); ++c) {
        html += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Continuation %1:")).arg(c + 1)));
        html += routeTree(routes.continuations[c], lines);
    }

    QStringList cases;
    for (const BookCase &c : m_request.cases) {
        if (c.outcome != o.id)
            continue;
        QString item = esc(c.fileName);
        if (!c.title.isEmpty())
            item += QStringLiteral(": ") + localized(c.title);
        cases << item;
    }
    html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Shipped cases that reach it"),
                     cases.isEmpty() ? esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "none"))) : QStringLiteral(" "));
    html += list(cases);
    return html;
}

QString ReviewBookBuilder::outcomes()
{
    RouteDescriber describer(m_rules);
    const std::vector<OutcomeRoutes> all = describer.describe();
    m_routesComplete = describer.complete();
    m_routeCount = 0;
    for (const OutcomeRoutes &routes : all)
        m_routeCount += routes.routes;
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "1. Outcomes"))), QStringLiteral("outcomes"), true);
    for (const Outcome *o : sortedById(m_rules.outcomes())) {
        const auto routes = std::find_if(all.begin(), all.end(), [o](const OutcomeRoutes &r) { return r.outcome == o->id; });
        html += outcome(*o, routes != all.end() ? *routes : OutcomeRoutes{o->id, {}, {}, 0, 0});
    }
    return html;
}

QString ReviewBookBuilder::questions() const
{
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "2. Questions"))), QStringLiteral("questions"), true);
    for (const Question *q : sortedById(m_rules.questions())) {
        html += heading(2, QStringLiteral("%1 \u2014 %2").arg(esc(q->id), localized(q->text)) + changeMark(QStringLiteral("questions"), q->id), q->id);
        if (q->type == QuestionType::Multiple)
            html += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Several answers can be picked."))));
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Why this is asked"), localized(q->why));
        if (!q->help.isEmpty())
            html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Help"), localized(q->help));
        QStringList answers;
        for (const Answer &a : q->answers) {
            QString item;
            for (const QString &language : m_languages) {
                QString part = QStringLiteral("<b>%1</b> (%2)").arg(markup(a.label.text(language), language), esc(a.id));
                if (item.isEmpty())
                    part += answerChangeMark(q->id, a.id);
                if (!a.hint.isEmpty())
                    part += QStringLiteral(": ") + markup(a.hint.text(language), language);
                if (a.unsure)
                    part += QStringLiteral(" \u2014 ") + esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "the honest \u2018not sure\u2019"), language));
                if (a.exclusive)
                    part += QStringLiteral(" \u2014 ") + esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "cannot be combined with other answers"), language));
                part += QStringLiteral("<br>\u2192 ") + esc(nodeText(q->nextFor(a.id), language));
                item += item.isEmpty() ? part : secondLanguage(part);
            }
            answers << item;
        }
        html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Answers and where they lead"), QStringLiteral(" ")) + list(answers);
    }
    return html;
}

QString ReviewBookBuilder::decisions() const
{
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "3. Decisions"))), QStringLiteral("decisions"), true);
    html += QStringLiteral("<p>%1</p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook",
        "A decision routes on answers already given, without asking again. Its branches are tried in order; the first that holds is taken."))));
    for (const Decision *d : sortedById(m_rules.decisions())) {
        html += heading(3, esc(d->id) + changeMark(QStringLiteral("decisions"), d->id), d->id);
        QStringList branches;
        for (const Branch &b : d->branches) {
            QString item;
            for (const QString &language : m_languages) {
                const QString part = esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "If %1 \u2192 %2"), language)
                                             .arg(conditionText(b.when, language), nodeText(b.next, language)));
                item += item.isEmpty() ? part : secondLanguage(part);
            }
            branches << item;
        }
        QString otherwise;
        for (const QString &language : m_languages) {
            const QString part = esc(phrase(QT_TRANSLATE_NOOP("ReviewBook", "Otherwise \u2192 %1"), language).arg(nodeText(d->otherwise, language)));
            otherwise += otherwise.isEmpty() ? part : secondLanguage(part);
        }
        branches << otherwise;
        html += list(branches);
    }
    return html;
}

QString ReviewBookBuilder::groundCatalogue() const
{
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "4. Legal grounds by law"))), QStringLiteral("grounds"), true);
    for (const Law &law : m_rules.laws()) {
        std::vector<const LegalGround *> grounds;
        for (const LegalGround &g : m_rules.grounds()) {
            if (g.law == law.id)
                grounds.push_back(&g);
        }
        if (grounds.empty())
            continue;
        html += heading(2, QStringLiteral("%1 (%2)").arg(localized(law.name), esc(law.abbreviation.text(m_languages.constFirst())))
                               + changeMark(QStringLiteral("laws"), law.id),
                        law.id);
        for (const LegalGround *g : grounds) {
            QString title;
            for (const QString &language : m_languages) {
                const QString part = QStringLiteral("%1 \u2014 %2").arg(esc(m_rules.citation(*g, language)), markup(g->title.text(language), language));
                title += title.isEmpty() ? part : QStringLiteral(" / ") + part;
            }
            html += heading(3, title + changeMark(QStringLiteral("grounds"), g->id), QStringLiteral("ground-") + g->id);
            html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Id and role"), QStringLiteral("%1 \u2014 %2").arg(esc(g->id), esc(phrases(roleLabel(g->role)))));
            html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Meaning"), localized(g->meaning));
            if (!g->words.isEmpty())
                html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Words of the statute"),
                                 QStringLiteral("\u201C%1\u201D (%2)").arg(esc(g->words), esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "statute text as in force on %1")).arg(g->textDate.toString(Qt::ISODate)))));
            if (g->unsure)
                html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Marked unsure in the rules."))));
            if (!g->note.isEmpty())
                html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Note"), localized(g->note));
            if (const QString url = m_rules.groundUrl(*g); !url.isEmpty())
                html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Text"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(url)));
            const QStringList citing = m_citedBy.value(g->id);
            html += labelled(QT_TRANSLATE_NOOP("ReviewBook", "Cited by the outcomes"),
                             citing.isEmpty() ? esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "none"))) : esc(citing.join(QStringLiteral(", "))));
        }
    }
    return html;
}

QString ReviewBookBuilder::glossary() const
{
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "5. Glossary"))), QStringLiteral("glossary"), true);
    for (const GlossaryTerm *t : sortedById(m_rules.glossary())) {
        html += QStringLiteral("<p><b>%1</b> (%2)%3<br>%4")
                    .arg(localized(t->term), esc(t->id), changeMark(QStringLiteral("glossary"), t->id), localized(t->definition));
        if (!t->see.isEmpty()) {
            QStringList names;
            for (const QString &id : t->see) {
                const GlossaryTerm *other = m_rules.term(id);
                names << esc(other ? other->term.text(m_languages.constFirst()) : id);
            }
            html += QStringLiteral("<br><i>%1</i> %2").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "See also:"))), names.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</p>\n");
    }
    return html;
}

QString ReviewBookBuilder::recordedReviews() const
{
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "6. Recorded reviews"))), QStringLiteral("reviews"), true);
    if (m_request.reviews.empty())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "No review is recorded in the rule set: these rules have not been reviewed."))));
    const QLocale locale(m_languages.constFirst());
    QStringList items;
    for (const Review &r : m_request.reviews) {
        QString item = QStringLiteral("<b>%1</b>, %2 \u2014 %3<br>%4: %5<br>%6: %7")
                           .arg(esc(r.reviewer), esc(r.role), esc(locale.toString(r.date, QLocale::LongFormat)),
                                esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Scope"))), esc(r.scope),
                                esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "Fingerprint reviewed"))), esc(r.fingerprint));
        if (r.fingerprint != m_rules.fingerprint())
            item += QStringLiteral("<br><b>%1</b>").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "The rules have changed since this review."))));
        items << item;
    }
    return html + list(items);
}

QString ReviewBookBuilder::signOff() const
{
    const RuleSetInfo &info = m_rules.info();
    QString html = heading(1, esc(phrases(QT_TRANSLATE_NOOP("ReviewBook", "7. Sign-off"))), QStringLiteral("sign-off"), true);
    for (const QString &language : m_languages) {
        const QString text = esc(phrase(QT_TRANSLATE_NOOP("ReviewBook",
            "I have reviewed rule set %1, version %2, with fingerprint %3, as printed in this book, within the scope "
            "stated below. My findings are written below or attached."), language).arg(info.id, info.version, m_rules.fingerprint()));
        html += language == m_languages.constFirst() ? QStringLiteral("<p>%1</p>\n").arg(text) : QStringLiteral("<p><i>%1</i></p>\n").arg(text);
    }
    const QString blank = QStringLiteral("<br><br>");
    auto row = [&](const char *label, const QString &space) {
        return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(phrases(label)), space);
    };
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Reviewer (name)"), blank);
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Role (e.g. privacy officer, lawyer)"), blank);
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Organisation"), blank);
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Date"), blank);
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Scope of the review (all, or which outcomes and questions)"), blank + blank);
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Findings"), blank + blank + blank);
    html += row(QT_TRANSLATE_NOOP("ReviewBook", "Signature"), blank + blank);
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(phrases(QT_TRANSLATE_NOOP("ReviewBook",
        "One page per reviewer. A signature covers only the fingerprint printed above: any change to the rules changes it."))));
    return html;
}

QString ReviewBookBuilder::html()
{
    m_routeLines.clear();
    const QString outcomeSection = outcomes(); // first: the front page counts its routes
    QString html = QStringLiteral("<html><head><title>%1</title></head><body>\n").arg(esc(documentTitle()));
    html += frontPage();
    if (m_request.since)
        html += changesPage();
    html += outcomeSection;
    html += questions();
    html += decisions();
    html += groundCatalogue();
    html += glossary();
    html += recordedReviews();
    html += signOff();
    html += QStringLiteral("</body></html>\n");
    return html;
}

std::unique_ptr<QTextDocument> ReviewBookBuilder::build()
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the PDF's text stays searchable
    document->setDefaultFont(font);
    document->setHtml(html());
    document->setMetaInformation(QTextDocument::DocumentTitle, documentTitle());
    keepHeadingsWithNext(*document);
    return document;
}

QStringList ReviewBookBuilder::routeLines(const QString &outcome, const QString &language) const
{
    QStringList lines;
    const QString prefix = language + QLatin1Char('\n');
    for (const QString &line : m_routeLines.value(outcome)) {
        if (line.startsWith(prefix))
            lines << line.mid(prefix.size());
    }
    return lines;
}

bool writeReviewBook(const ReviewBookRequest &request, const QString &outputPath, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    ReportExporter::Format format;
    if (!request.rules || !ReportExporter::formatForPath(outputPath, &format) || format == ReportExporter::Format::Odt) {
        message = QCoreApplication::translate("ReviewBook", "Cannot tell the format of %1: use a name ending in .pdf or .html.").arg(outputPath);
        return false;
    }
    if (const QString refusal = SafeFile::writeRefusal(outputPath); !refusal.isEmpty()) {
        message = QCoreApplication::translate("ReviewBook", "Cannot write %1: %2").arg(outputPath, refusal);
        return false;
    }
    ReviewBookBuilder builder(request);
    const std::unique_ptr<QTextDocument> document = builder.build();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString detail;
    const bool ok = format == ReportExporter::Format::Pdf
        ? ReportExporter::writePdf(*document, builder.pageDecoration(), &buffer, &detail)
        : ReportExporter::writeHtml(*document, builder.languages().constFirst(), &buffer, &detail);
    if (!ok || !SafeFile::write(outputPath, buffer.data(), &detail)) {
        message = QCoreApplication::translate("ReviewBook", "Cannot write %1: %2").arg(outputPath, detail);
        return false;
    }
    return true;
}

} // namespace deelwijzer
