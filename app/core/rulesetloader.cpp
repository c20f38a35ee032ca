// SPDX-License-Identifier: EUPL-1.2
#include "rulesetloader.h"

#include "fingerprint.h"
#include "ruleformat.h"
#include "rulesetvalidator.h"
#include "safefile.h"
#include "schemareader.h"
#include "yamldocument.h"
#include "yamlparsecache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>

namespace deelwijzer {

namespace {

const QString manifestName = QStringLiteral("ruleset.yaml");
const QString legacyRoleQuestion = QStringLiteral("sharer");

/// The entries of one rule file, in file order, before their ids are claimed.
struct RuleFileEntries
{
    std::vector<Question> questions;
    std::vector<Decision> decisions;
    std::vector<Outcome> outcomes;
    /// The kinds of the three lists above in reading order: questions, decisions and outcomes
    /// share one id namespace, and "first defined at" must follow the file.
    std::vector<NodeKind> nodeOrder;
    std::vector<Law> laws;
    std::vector<LegalGround> grounds;
    std::vector<GlossaryTerm> glossary;
    std::vector<ChecklistItem> conditions;
    std::vector<Action> actions;
    std::vector<Source> sources;
    std::vector<MarkupText> markupTexts;
    std::vector<CanonicalEntry> canonical; ///< every entry as read, for the fingerprint
};

/// Reports a second definition of `id`. `what` is e.g. QT_TR_NOOP("node") in the RuleSetLoader
/// context, translated only for the message.
void reportDuplicate(Diagnostics &diagnostics, const SourceLocation &where, const char *what, const QString &id,
                     const SourceLocation &first)
{
    diagnostics.error(where, QCoreApplication::translate("RuleSetLoader", "duplicate %1 id '%2' (first defined at %3:%4:%5)")
                                 .arg(QCoreApplication::translate("RuleSetLoader", what), id, first.file)
                                 .arg(first.line)
                                 .arg(first.column));
}

bool isBwbId(const QString &id)
{
    // ^BWB[RV]\d{7}$, by hand: QRegularExpression objects are not to be shared between threads.
    if (id.size() != 11 || !id.startsWith(QLatin1String("BWB")) || (id.at(3) != u'R' && id.at(3) != u'V'))
        return false;
    return std::all_of(id.cbegin() + 4, id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

/// Reads the YAML tree of one rule file into RuleFileEntries, reporting schema problems.
/// Files are read in parallel, one reader each; RuleSetAssembler then claims the ids in order.
class RuleFileReader
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetLoader)
public:
    RuleFileReader(Diagnostics &diagnostics, const QStringList &languages) : m_diagnostics(diagnostics), m_schema(diagnostics)
    {
        m_schema.setLanguages(languages);
    }

    /// Reads the `ruleset` section of the manifest; returns the file patterns to load next.
    QStringList readManifest(const YamlNode &root, const SourceLocation &fileStart)
    {
        if (!m_schema.expectMapping(root, tr("the manifest")))
            return {};
        const YamlNode *info = root.value(QStringLiteral("ruleset"));
        if (!info) {
            m_diagnostics.error(fileStart, tr("the manifest has no 'ruleset' section"));
            return {};
        }
        if (!m_schema.expectMapping(*info, QStringLiteral("ruleset")))
            return {};
        m_schema.checkKeys(*info, ruleformat::manifest, QStringLiteral("ruleset"));
        RuleSetInfo &r = m_info;
        r.location = info->location();
        // Which files hold the rules is layout, not content; a sign-off is about the content.
        m_entries.canonical.push_back({QStringLiteral("ruleset"), QString(),
                                       canonicalEntry(*info, {QLatin1String("files"), QLatin1String("reviews")})});
        // Languages first: every text below is checked against them.
        if (const YamlNode *langs = info->value(QStringLiteral("languages"))) {
            r.languages = m_schema.readIdList(*langs, QStringLiteral("languages"));
            if (r.languages.isEmpty() && langs->isSequence())
                m_diagnostics.error(langs->location(), tr("'languages' must name at least one language"));
            m_schema.setLanguages(r.languages);
        }
        if (const YamlNode *n = info->value(QStringLiteral("id")))
            r.id = m_schema.readId(*n, QStringLiteral("ruleset id"));
        if (const YamlNode *n = info->value(QStringLiteral("version"))) {
            r.version = m_schema.readString(*n, QStringLiteral("version"));
            static const QRegularExpression semver(QStringLiteral("^\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?$"));
            if (!r.version.isEmpty() && !semver.match(r.version).hasMatch())
                m_diagnostics.error(n->location(), tr("version '%1' is not of the form MAJOR.MINOR.PATCH").arg(r.version));
        }
        if (const YamlNode *n = info->value(QStringLiteral("valid_from")))
            r.validFrom = m_schema.readDate(*n, QStringLiteral("valid_from"));
        if (const YamlNode *n = info->value(QStringLiteral("valid_to")))
            r.validTo = m_schema.readDate(*n, QStringLiteral("valid_to"));
        if (r.validFrom.isValid() && r.validTo.isValid() && r.validTo < r.validFrom)
            m_diagnostics.error(info->value(QStringLiteral("valid_to"))->location(),
                                tr("valid_to lies before valid_from"));
        if (const YamlNode *n = info->value(QStringLiteral("status"))) {
            r.status = m_schema.readString(*n, QStringLiteral("status"));
            QStringList statuses;
            for (const char *status : ruleformat::statuses())
                statuses << QLatin1String(status);
            if (!r.status.isEmpty() && !statuses.contains(r.status))
                m_diagnostics.error(n->location(), tr("unknown status '%1'; use one of: %2")
                                                       .arg(r.status, statuses.join(QStringLiteral(", "))));
        }
        if (const YamlNode *n = info->value(QStringLiteral("status_note")))
            r.statusNote = m_schema.readText(*n, QStringLiteral("status_note"));
        if (const YamlNode *n = info->value(QStringLiteral("title")))
            r.title = m_schema.readText(*n, QStringLiteral("title"));
        if (const YamlNode *n = info->value(QStringLiteral("start")))
            r.start = m_schema.readId(*n, QStringLiteral("start"));
        if (const YamlNode *n = info->value(QStringLiteral("sources")))
            r.sources = m_schema.readIdList(*n, QStringLiteral("sources"));
        if (const YamlNode *n = info->value(QStringLiteral("role_question"))) {
            r.roleQuestion = m_schema.readId(*n, QStringLiteral("role_question"));
            m_namesRoleQuestion = true;
        }
        if (const YamlNode *n = info->value(QStringLiteral("reviews")))
            readReviews(*n);
        QStringList patterns;
        if (const YamlNode *n = info->value(QStringLiteral("files"))) {
            if (n->isSequence()) {
                for (const auto &item : n->items()) {
                    const QString pattern = m_schema.readString(*item, QStringLiteral("files"));
                    if (pattern.isEmpty())
                        continue;
                    if (QDir::isAbsolutePath(pattern) || pattern.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
                        m_diagnostics.error(item->location(), tr("'%1' must be a path inside the rule-set folder").arg(pattern));
                        continue;
                    }
                    patterns << pattern;
                    m_patternLocations.insert(pattern, item->location());
                }
            } else {
                m_schema.typeError(*n, tr("a list of file names"), QStringLiteral("files"));
            }
        }
        return patterns;
    }

    SourceLocation patternLocation(const QString &pattern) const { return m_patternLocations.value(pattern); }
    /// Whether the manifest has a `role_question` key (rule sets from before it have none).
    bool namesRoleQuestion() const { return m_namesRoleQuestion; }

    /// The manifest's `reviews`: who signed off which fingerprint (rules/README.md "Reviews").
    void readReviews(const YamlNode &list)
    {
        if (!list.isSequence()) {
            m_schema.typeError(list, tr("a list of reviews"), QStringLiteral("reviews"));
            return;
        }
        for (const YamlNode *item : list.items()) {
            if (!m_schema.expectMapping(*item, QStringLiteral("review")))
                continue;
            m_schema.checkKeys(*item, ruleformat::review, QStringLiteral("review"));
            Review review;
            review.location = item->location();
            review.reviewer = m_schema.readStringField(*item, QStringLiteral("reviewer"));
            review.role = m_schema.readStringField(*item, QStringLiteral("role"));
            if (const YamlNode *date = item->value(QStringLiteral("date")))
                review.date = m_schema.readDate(*date, QStringLiteral("date"));
            review.scope = m_schema.readStringField(*item, QStringLiteral("scope"));
            review.fingerprint = m_schema.readStringField(*item, QStringLiteral("fingerprint")).toLower();
            const bool hex = std::all_of(review.fingerprint.cbegin(), review.fingerprint.cend(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
            });
            if (!review.fingerprint.isEmpty() && (review.fingerprint.size() != 64 || !hex))
                m_diagnostics.error(SchemaReader::fieldLocation(*item, QStringLiteral("fingerprint")),
                                    tr("a review's fingerprint is the 64 hex digits `deelwijzer-cli check` prints, not '%1'")
                                        .arg(review.fingerprint.left(80)));
            m_info.reviews.push_back(review);
        }
    }

    /// Reads every section of a file (the manifest's own `ruleset` section is skipped).
    void readSections(const YamlNode &root, bool isManifest)
    {
        if (!m_schema.expectMapping(root, tr("a rule file")))
            return;
        for (const auto &[key, value] : root.entries()) {
            const QString section = key->scalar();
            if (section == QLatin1String("ruleset")) {
                if (isManifest)
                    continue;
                m_diagnostics.error(key->location(), tr("the 'ruleset' section belongs in ruleset.yaml only"));
                continue;
            }
            if (!sectionNames().contains(section)) {
                m_schema.unknownKey(*key, sectionNames(), tr("section")); // even when empty: a misspelt name
                continue;
            }
            if (value->isNull())
                continue; // an empty section
            if (!value->isSequence()) {
                m_schema.typeError(*value, tr("a list of entries"), section);
                continue;
            }
            for (const auto &item : value->items()) {
                if (!item->isMapping() && !m_schema.expectMapping(*item, tr("an entry of '%1'").arg(section)))
                    continue;
                if (const YamlNode *id = item->value(QLatin1String("id")); id && id->isScalar())
                    m_entries.canonical.push_back({section, id->scalar(), canonicalEntry(*item)});
                if (section == QLatin1String("questions"))
                    readQuestion(*item);
                else if (section == QLatin1String("decisions"))
                    readDecision(*item);
                else if (section == QLatin1String("outcomes"))
                    readOutcome(*item);
                else if (section == QLatin1String("laws"))
                    readLaw(*item);
                else if (section == QLatin1String("grounds"))
                    readGround(*item);
                else if (section == QLatin1String("glossary"))
                    readTerm(*item);
                else if (section == QLatin1String("conditions"))
                    readChecklistItem(*item);
                else if (section == QLatin1String("actions"))
                    readAction(*item);
                else if (section == QLatin1String("sources"))
                    readSource(*item);
                else {
                    m_schema.unknownKey(*key, sectionNames(), tr("section"));
                    break;
                }
            }
        }
    }

    const RuleSetInfo &info() const { return m_info; }
    RuleFileEntries take()
    {
        m_entries.markupTexts = m_schema.markupTexts();
        return std::move(m_entries);
    }

private:
    static QStringList sectionNames()
    {
        QStringList names;
        for (const char *section : ruleformat::sections())
            names << QLatin1String(section);
        return names;
    }

    /// `what` is e.g. QT_TRANSLATE_NOOP("SchemaReader", "question id"), translated only on error.
    QString entryId(const YamlNode &node, const char *what)
    {
        const YamlNode *idNode = node.value(QLatin1String("id"));
        if (!idNode)
            return QString(); // checkKeys reported the missing id
        return m_schema.readId(*idNode, what);
    }

    void readQuestion(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::question, QStringLiteral("question"));
        Question q;
        q.location = node.location();
        q.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "question id"));
        if (SchemaReader::isReservedWord(q.id))
            m_diagnostics.error(node.value(QStringLiteral("id"))->location(),
                                tr("'%1' is a reserved word in conditions and cannot be a question id").arg(q.id));
        if (const YamlNode *n = node.value(QStringLiteral("type"))) {
            const QString type = m_schema.readString(*n, QStringLiteral("type"));
            if (const auto known = questionTypeFromId(type))
                q.type = *known;
            else if (!type.isEmpty())
                m_diagnostics.error(n->location(), tr("question type must be 'single' or 'multiple', not '%1'").arg(type));
        }
        q.text = m_schema.readTextField(node, QStringLiteral("text"));
        q.why = m_schema.readTextField(node, QStringLiteral("why"));
        q.help = m_schema.readTextField(node, QStringLiteral("help"));
        q.sources = m_schema.readIdListField(node, QStringLiteral("sources"));
        q.next = m_schema.readIdField(node, QStringLiteral("next"));
        q.validFor = m_schema.readIdListField(node, QStringLiteral("valid_for"));
        q.nextLocation = SchemaReader::fieldLocation(node, QStringLiteral("next"));
        if (const YamlNode *answers = node.value(QStringLiteral("answers"))) {
            if (!answers->isSequence() || answers->items().empty()) {
                m_schema.typeError(*answers, tr("a list of at least one answer"), QStringLiteral("answers"));
            } else {
                for (const auto &item : answers->items()) {
                    if (!m_schema.expectMapping(*item, QT_TRANSLATE_NOOP("SchemaReader", "an answer")))
                        continue;
                    m_schema.checkKeys(*item, ruleformat::answer, QStringLiteral("answer"));
                    Answer a;
                    a.location = item->location();
                    a.id = entryId(*item, QT_TRANSLATE_NOOP("SchemaReader", "answer id"));
                    a.label = m_schema.readTextField(*item, QStringLiteral("label"));
                    a.hint = m_schema.readTextField(*item, QStringLiteral("hint"));
                    a.next = m_schema.readIdField(*item, QStringLiteral("next"));
                    a.nextLocation = SchemaReader::fieldLocation(*item, QStringLiteral("next"));
                    a.unsure = m_schema.readBoolField(*item, QStringLiteral("unsure"));
                    a.exclusive = m_schema.readBoolField(*item, QStringLiteral("exclusive"));
                    a.dataCategory = readDataCategory(*item);
                    a.boundBySecrecy = m_schema.readBoolField(*item, QStringLiteral("bound_by_secrecy"));
                    const bool multiple = q.type == QuestionType::Multiple;
                    if (!multiple && a.exclusive)
                        m_diagnostics.error(item->value(QStringLiteral("exclusive"))->location(),
                                            tr("'exclusive' only makes sense in a multiple-choice question"));
                    if (multiple && !a.next.isEmpty())
                        m_diagnostics.error(item->value(QStringLiteral("next"))->location(),
                                            tr("answers of a multiple-choice question cannot have their own 'next'; "
                                               "route with a decision"));
                    if (a.id.isEmpty())
                        continue;
                    if (const Answer *first = q.answer(a.id)) {
                        reportDuplicate(m_diagnostics, a.location, QT_TR_NOOP("answer"), a.id, first->location);
                        continue;
                    }
                    q.answers.push_back(std::move(a));
                }
            }
        }
        if (q.type == QuestionType::Multiple && q.next.isEmpty() && node.value(QStringLiteral("answers")))
            m_diagnostics.error(q.location, tr("multiple-choice question '%1' needs a 'next'").arg(q.id));
        m_entries.questions.push_back(std::move(q));
        m_entries.nodeOrder.push_back(NodeKind::Question);
    }

    void readDecision(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::decision, QStringLiteral("decision"));
        Decision d;
        d.location = node.location();
        d.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "decision id"));
        d.otherwise = m_schema.readIdField(node, QStringLiteral("otherwise"));
        d.otherwiseLocation = SchemaReader::fieldLocation(node, QStringLiteral("otherwise"));
        d.otherwiseBecause = m_schema.readTextField(node, QStringLiteral("otherwise_because"));
        if (const YamlNode *branches = node.value(QStringLiteral("branches"))) {
            if (!branches->isSequence() || branches->items().empty()) {
                m_schema.typeError(*branches, tr("a list of at least one branch"), QStringLiteral("branches"));
            } else {
                for (const auto &item : branches->items()) {
                    if (!m_schema.expectMapping(*item, QT_TRANSLATE_NOOP("SchemaReader", "a branch")))
                        continue;
                    m_schema.checkKeys(*item, ruleformat::branch, QStringLiteral("branch"));
                    Branch b;
                    b.location = item->location();
                    if (const YamlNode *when = item->value(QStringLiteral("when")))
                        b.when = m_schema.readCondition(*when);
                    b.next = m_schema.readIdField(*item, QStringLiteral("next"));
                    b.nextLocation = SchemaReader::fieldLocation(*item, QStringLiteral("next"));
                    b.because = m_schema.readTextField(*item, QStringLiteral("because"));
                    d.branches.push_back(std::move(b));
                }
            }
        }
        m_entries.decisions.push_back(std::move(d));
        m_entries.nodeOrder.push_back(NodeKind::Decision);
    }

    DataCategory readDataCategory(const YamlNode &answer)
    {
        const YamlNode *n = answer.value(QStringLiteral("data_category"));
        if (!n || n->isNull())
            return DataCategory::Ordinary;
        const QString category = m_schema.readString(*n, QStringLiteral("data_category"));
        if (category == QLatin1String("special"))
            return DataCategory::Special;
        if (category == QLatin1String("criminal"))
            return DataCategory::Criminal;
        if (category != QLatin1String("ordinary") && !category.isEmpty())
            m_diagnostics.error(n->location(),
                                tr("data_category must be 'ordinary', 'special' or 'criminal', not '%1'").arg(category));
        return DataCategory::Ordinary;
    }

    GroundRole readRole(const YamlNode &parent)
    {
        const YamlNode *n = parent.value(QStringLiteral("role"));
        if (!n || n->isNull())
            return GroundRole::None;
        const QString id = m_schema.readString(*n, QStringLiteral("role"));
        const GroundRole role = groundRoleFromId(id);
        if (role == GroundRole::None && !id.isEmpty())
            m_diagnostics.error(n->location(), tr("role must be one of %1, not '%2'")
                                                   .arg(allGroundRoleIds().join(QStringLiteral(", ")), id));
        return role;
    }

    std::vector<Citation> readCitations(const YamlNode &node, const QString &field)
    {
        std::vector<Citation> result;
        const YamlNode *list = node.value(field);
        if (!list || list->isNull())
            return result;
        if (!list->isSequence()) {
            m_schema.typeError(*list, tr("a list of ids"), field);
            return result;
        }
        for (const auto &item : list->items()) {
            Citation c;
            c.location = item->location();
            if (item->isMapping()) {
                const bool isGrounds = field == QLatin1String("grounds");
                m_schema.checkKeys(*item, isGrounds ? ruleformat::groundCitation : ruleformat::citation, field);
                if (const YamlNode *id = item->value(QStringLiteral("id")))
                    c.id = m_schema.readId(*id, field);
                if (isGrounds)
                    c.role = readRole(*item);
                if (const YamlNode *when = item->value(QStringLiteral("when")))
                    c.when = std::make_shared<const Condition>(m_schema.readCondition(*when));
            } else {
                c.id = m_schema.readId(*item, field);
            }
            if (!c.id.isEmpty())
                result.push_back(std::move(c));
        }
        return result;
    }

    void readOutcome(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::outcome, QStringLiteral("outcome"));
        Outcome o;
        o.location = node.location();
        o.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "outcome id"));
        if (const YamlNode *n = node.value(QStringLiteral("verdict"))) {
            const QString id = m_schema.readString(*n, QStringLiteral("verdict"));
            if (const auto verdict = verdictFromId(id))
                o.verdict = *verdict;
            else if (!id.isEmpty())
                m_diagnostics.error(n->location(), tr("invalid verdict '%1'; use one of: %2")
                                                       .arg(id, allVerdictIds().join(QStringLiteral(", "))));
        }
        o.verdictNote = m_schema.readTextField(node, QStringLiteral("verdict_note"));
        o.title = m_schema.readTextField(node, QStringLiteral("title"));
        o.explanation = m_schema.readTextField(node, QStringLiteral("explanation"));
        o.uncertain = m_schema.readTextField(node, QStringLiteral("uncertain"));
        o.grounds = readCitations(node, QStringLiteral("grounds"));
        o.conditions = readCitations(node, QStringLiteral("conditions"));
        o.nextSteps = readCitations(node, QStringLiteral("next_steps"));
        o.sources = m_schema.readIdListField(node, QStringLiteral("sources"));
        o.personalData = !node.value(QStringLiteral("personal_data")) || m_schema.readBoolField(node, QStringLiteral("personal_data"));
        m_entries.outcomes.push_back(std::move(o));
        m_entries.nodeOrder.push_back(NodeKind::Outcome);
    }

    void readLaw(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::law, QStringLiteral("law"));
        Law l;
        l.location = node.location();
        l.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "law id"));
        l.name = m_schema.readTextField(node, QStringLiteral("name"));
        l.abbreviation = m_schema.readTextField(node, QStringLiteral("abbreviation"));
        l.bwb = m_schema.readStringField(node, QStringLiteral("bwb"));
        if (!l.bwb.isEmpty() && !isBwbId(l.bwb))
            m_diagnostics.error(node.value(QStringLiteral("bwb"))->location(),
                                tr("'%1' is not a BWB id (like BWBR0022463)").arg(l.bwb));
        l.celex = m_schema.readStringField(node, QStringLiteral("celex"));
        l.book = m_schema.readStringField(node, QStringLiteral("book"));
        l.url = m_schema.readUrlField(node, QStringLiteral("url"));
        m_entries.laws.push_back(std::move(l));
    }

    void readGround(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::ground, QStringLiteral("ground"));
        LegalGround g;
        g.location = node.location();
        g.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "ground id"));
        g.law = m_schema.readIdField(node, QStringLiteral("law"));
        g.article = m_schema.readStringField(node, QStringLiteral("article"));
        g.paragraph = m_schema.readStringField(node, QStringLiteral("paragraph"));
        g.point = m_schema.readStringField(node, QStringLiteral("point"));
        g.subpoint = m_schema.readStringField(node, QStringLiteral("subpoint"));
        g.title = m_schema.readTextField(node, QStringLiteral("title"));
        g.meaning = m_schema.readTextField(node, QStringLiteral("meaning"));
        g.note = m_schema.readTextField(node, QStringLiteral("note"));
        g.url = m_schema.readUrlField(node, QStringLiteral("url"));
        g.role = readRole(node);
        g.words = m_schema.readStringField(node, QStringLiteral("words")).simplified();
        if (const YamlNode *n = node.value(QStringLiteral("text_date")); n && !n->isNull())
            g.textDate = m_schema.readDate(*n, QStringLiteral("text_date"));
        if (const YamlNode *n = node.value(QStringLiteral("status"))) {
            const QString status = m_schema.readString(*n, QStringLiteral("status"));
            if (status == QLatin1String("unsure"))
                g.unsure = true;
            else if (status != QLatin1String("verified") && !status.isEmpty())
                m_diagnostics.error(n->location(), tr("ground status must be 'verified' or 'unsure', not '%1'").arg(status));
        }
        m_entries.grounds.push_back(std::move(g));
    }

    void readTerm(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::term, QStringLiteral("glossary term"));
        GlossaryTerm t;
        t.location = node.location();
        t.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "glossary id"));
        t.term = m_schema.readTextField(node, QStringLiteral("term"));
        t.definition = m_schema.readTextField(node, QStringLiteral("definition"));
        t.see = m_schema.readIdListField(node, QStringLiteral("see"));
        m_entries.glossary.push_back(std::move(t));
    }

    void readChecklistItem(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::checklistItem, QStringLiteral("condition"));
        ChecklistItem c;
        c.location = node.location();
        c.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "condition id"));
        c.text = m_schema.readTextField(node, QStringLiteral("text"));
        c.help = m_schema.readTextField(node, QStringLiteral("help"));
        m_entries.conditions.push_back(std::move(c));
    }

    void readAction(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::action, QStringLiteral("action"));
        Action a;
        a.location = node.location();
        a.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "action id"));
        a.text = m_schema.readTextField(node, QStringLiteral("text"));
        m_entries.actions.push_back(std::move(a));
    }

    void readSource(const YamlNode &node)
    {
        m_schema.checkKeys(node, ruleformat::source, QStringLiteral("source"));
        Source s;
        s.location = node.location();
        s.id = entryId(node, QT_TRANSLATE_NOOP("SchemaReader", "source id"));
        const YamlNode *title = node.value(QStringLiteral("title"));
        s.title = title && title->isMapping() ? m_schema.readText(*title, QStringLiteral("title"))
                                              : LocalizedText::neutral(m_schema.readStringField(node, QStringLiteral("title")));
        s.url = m_schema.readUrlField(node, QStringLiteral("url"));
        m_entries.sources.push_back(std::move(s));
    }

    Diagnostics &m_diagnostics;
    SchemaReader m_schema;
    RuleFileEntries m_entries;
    RuleSetInfo m_info;
    QHash<QString, SourceLocation> m_patternLocations;
    bool m_namesRoleQuestion = false;
};

/// Puts the entries of a rule set's files together in file order and indexes them, claiming
/// every id once: a later definition of an id is reported as a duplicate and left out.
class RuleSetAssembler
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetLoader)
public:
    RuleSetAssembler(RuleSet &rules, Diagnostics &diagnostics) : m_rules(rules), m_diagnostics(diagnostics) {}

    /// Makes room for `parts` at once: growing the lists entry by entry costs a large rule set
    /// a tenth of its load time.
    void reserve(const std::vector<const RuleFileEntries *> &parts)
    {
        std::size_t nodes = 0, markup = 0;
        auto grow = [](auto &list, const auto &more) { list.reserve(list.size() + more.size()); };
        for (const RuleFileEntries *part : parts) {
            grow(m_rules.m_questions, part->questions);
            grow(m_rules.m_decisions, part->decisions);
            grow(m_rules.m_outcomes, part->outcomes);
            grow(m_rules.m_laws, part->laws);
            grow(m_rules.m_grounds, part->grounds);
            grow(m_rules.m_glossary, part->glossary);
            grow(m_rules.m_conditions, part->conditions);
            grow(m_rules.m_actions, part->actions);
            grow(m_rules.m_sources, part->sources);
            nodes += part->nodeOrder.size();
            markup += part->markupTexts.size();
        }
        m_rules.m_nodeIndex.reserve(qsizetype(nodes));
        m_markupTexts.reserve(markup);
    }

    void add(RuleFileEntries &&entries)
    {
        std::size_t question = 0, decision = 0, outcome = 0;
        for (const NodeKind kind : entries.nodeOrder) {
            switch (kind) {
            case NodeKind::Question:
                claimNode(entries.questions[question++], NodeKind::Question, m_rules.m_questions);
                break;
            case NodeKind::Decision:
                claimNode(entries.decisions[decision++], NodeKind::Decision, m_rules.m_decisions);
                break;
            case NodeKind::Outcome:
                claimNode(entries.outcomes[outcome++], NodeKind::Outcome, m_rules.m_outcomes);
                break;
            case NodeKind::None:
                break;
            }
        }
        claimAll(entries.laws, m_rules.m_lawIndex, QT_TR_NOOP("law"), m_rules.m_laws);
        claimAll(entries.grounds, m_rules.m_groundIndex, QT_TR_NOOP("ground"), m_rules.m_grounds);
        claimAll(entries.glossary, m_rules.m_termIndex, QT_TR_NOOP("glossary"), m_rules.m_glossary);
        claimAll(entries.conditions, m_rules.m_conditionIndex, QT_TR_NOOP("condition"), m_rules.m_conditions);
        claimAll(entries.actions, m_rules.m_actionIndex, QT_TR_NOOP("action"), m_rules.m_actions);
        claimAll(entries.sources, m_rules.m_sourceIndex, QT_TR_NOOP("source"), m_rules.m_sources);
        std::move(entries.markupTexts.begin(), entries.markupTexts.end(), std::back_inserter(m_markupTexts));
        std::move(entries.canonical.begin(), entries.canonical.end(), std::back_inserter(m_rules.m_canonicalEntries));
    }

    const std::vector<MarkupText> &markupTexts() const { return m_markupTexts; }

private:
    template<typename Node>
    void claimNode(Node &node, NodeKind kind, std::vector<Node> &target)
    {
        if (node.id.isEmpty())
            return; // the schema check reported the missing id
        const auto it = m_rules.m_nodeIndex.constFind(node.id);
        if (it != m_rules.m_nodeIndex.cend()) {
            reportDuplicate(m_diagnostics, node.location, QT_TR_NOOP("node"), node.id, nodeLocation(*it));
            return;
        }
        m_rules.m_nodeIndex.insert(node.id, {kind, qsizetype(target.size())});
        target.push_back(std::move(node));
    }

    template<typename Entry>
    void claimAll(std::vector<Entry> &entries, QHash<QString, qsizetype> &index, const char *what,
                  std::vector<Entry> &target)
    {
        index.reserve(index.size() + qsizetype(entries.size()));
        for (Entry &entry : entries) {
            if (entry.id.isEmpty())
                continue;
            const auto it = index.constFind(entry.id);
            if (it != index.cend()) {
                reportDuplicate(m_diagnostics, entry.location, what, entry.id, target[std::size_t(*it)].location);
                continue;
            }
            index.insert(entry.id, qsizetype(target.size()));
            target.push_back(std::move(entry));
        }
    }

    const SourceLocation &nodeLocation(const RuleSet::NodeRef &node) const
    {
        const auto i = std::size_t(node.index);
        switch (node.kind) {
        case NodeKind::Question:
            return m_rules.m_questions[i].location;
        case NodeKind::Decision:
            return m_rules.m_decisions[i].location;
        case NodeKind::Outcome:
        case NodeKind::None:
            break;
        }
        return m_rules.m_outcomes[i].location;
    }

    RuleSet &m_rules;
    Diagnostics &m_diagnostics;
    std::vector<MarkupText> m_markupTexts;
};

namespace {

QString joinPath(const QString &prefix, const QString &relative)
{
    return prefix.isEmpty() ? relative : prefix + QLatin1Char('/') + relative;
}

/// One rule file, parsed and read on a worker thread.
struct ReadFile
{
    QString name;
    Diagnostics diagnostics;
    RuleFileEntries entries;
};

/// Parses and reads every file, on as many threads as the machine has cores. Each file's
/// YAML tree is dropped as soon as it is read, so a large rule set never holds all its trees
/// at once (their nodes outweigh the model many times).
template<typename Content>
void readAll(std::vector<ReadFile> &files, const QStringList &languages, Content content)
{
    // The bytes first (reading is quick next to parsing), so the largest files can be parsed
    // first: the threads then finish together instead of one waiting for the last big file.
    std::vector<std::optional<QByteArray>> bytes(files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
        bytes[i] = content(qsizetype(i), files[i].diagnostics);
    std::vector<std::size_t> order(files.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto size = [&](std::size_t i) { return bytes[i] ? bytes[i]->size() : 0; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return size(a) > size(b); });

    const std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), files.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t k = next++; k < order.size(); k = next++) {
            const std::size_t i = order[k];
            ReadFile &file = files[i];
            if (!bytes[i])
                continue;
            const YamlTree root = readYaml(*bytes[i], file.name, file.diagnostics);
            bytes[i].reset();
            if (!root)
                continue;
            RuleFileReader reader(file.diagnostics, languages);
            reader.readSections(*root, false);
            file.entries = reader.take();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
}

/// Files whose path relative to the rule-set folder matches `pattern` (* and ? within one
/// path component), sorted.
QStringList matchPattern(const QStringList &available, const QString &pattern)
{
    const QRegularExpression regex(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(regex.pattern()));
    QStringList result;
    for (const QString &file : available) {
        if (anchored.match(file).hasMatch())
            result << file;
    }
    result.sort();
    return result;
}

} // namespace

RuleSetLoadResult RuleSetLoader::load(const QStringList &available, const QString &displayPrefix,
                                      const FileContent &content)
{
    RuleSetLoadResult result;
    Diagnostics &diagnostics = result.diagnostics;
    const QString manifestPath = joinPath(displayPrefix, manifestName);
    if (!available.contains(manifestName)) {
        diagnostics.error({manifestPath, 0, 0},
                          QCoreApplication::translate("RuleSetLoader", "no ruleset.yaml: this is not a rule-set folder"));
        return result;
    }

    RuleFileReader manifestReader(diagnostics, {});
    const std::optional<QByteArray> manifestContent = content(manifestName, diagnostics);
    if (!manifestContent)
        return result;
    const auto manifest = readYaml(*manifestContent, manifestPath, diagnostics);
    if (!manifest)
        return result;
    const QStringList patterns = manifestReader.readManifest(*manifest, {manifestPath, 1, 1});
    manifestReader.readSections(*manifest, true);

    // Which files, in manifest order, each once.
    QStringList toLoad;
    QSet<QString> chosen;
    for (const QString &pattern : patterns) {
        const QStringList matches = matchPattern(available, pattern);
        if (matches.isEmpty()) {
            diagnostics.error(manifestReader.patternLocation(pattern),
                              QCoreApplication::translate("RuleSetLoader", "no file matches '%1'").arg(pattern));
            continue;
        }
        for (const QString &file : matches) {
            if (file != manifestName && !chosen.contains(file)) {
                chosen.insert(file);
                toLoad << file;
            }
        }
    }
    // Read in parallel (parsing and reading dominate the load time), then assemble in order so
    // the diagnostics and "first defined at" places do not depend on timing.
    std::vector<ReadFile> read(std::size_t(toLoad.size()));
    for (qsizetype i = 0; i < toLoad.size(); ++i)
        read[std::size_t(i)].name = joinPath(displayPrefix, toLoad.at(i));
    readAll(read, manifestReader.info().languages,
            [&](qsizetype i, Diagnostics &fileDiagnostics) { return content(toLoad.at(i), fileDiagnostics); });

    auto rules = std::make_shared<RuleSet>();
    rules->m_info = manifestReader.info();
    rules->m_origin = displayPrefix;
    RuleSetAssembler assembler(*rules, diagnostics);
    RuleFileEntries manifestEntries = manifestReader.take();
    std::vector<const RuleFileEntries *> parts{&manifestEntries};
    for (const ReadFile &file : read)
        parts.push_back(&file.entries);
    assembler.reserve(parts);
    assembler.add(std::move(manifestEntries));
    for (ReadFile &file : read) {
        diagnostics.append(file.diagnostics);
        assembler.add(std::move(file.entries));
    }
    if (diagnostics.hasErrors())
        return result; // references cannot be checked reliably in a half-read model
    // Rule sets from before `role_question` asked who shares in a question named "sharer".
    if (!manifestReader.namesRoleQuestion() && rules->question(legacyRoleQuestion))
        rules->m_info.roleQuestion = legacyRoleQuestion;
    RuleSetValidator::validate(*rules, assembler.markupTexts(), diagnostics);
    if (diagnostics.hasErrors())
        return result;
    result.ruleSet = std::move(rules);
    return result;
}

namespace {

bool isYamlFileName(const QString &name)
{
    return name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml"));
}

/// The YAML files below a rule-set folder, as paths relative to it. Never leaves the folder:
/// a link to a folder elsewhere is not followed, and a folder reached twice (a link loop) is
/// walked once. Case files and the demo rule set are not part of a rule set.
QStringList listRuleFolder(const QString &prefix)
{
    const bool resource = prefix.startsWith(QLatin1Char(':'));
    const QString root = resource ? prefix : QFileInfo(prefix).canonicalFilePath();
    const auto inside = [&](const QString &real) {
        return resource || real == root || real.startsWith(root + QLatin1Char('/'));
    };
    QStringList files;
    QSet<QString> visited{root};
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString relativeDir = pending.takeFirst();
        const QDir current(joinPath(prefix, relativeDir));
        // System: list pipes and devices too, so reading one gives a clear refusal.
        const auto entries = current.entryInfoList(QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot,
                                                   QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString relative = joinPath(relativeDir, entry.fileName());
            if (entry.isDir()) {
                const QString real = resource ? entry.filePath() : entry.canonicalFilePath();
                if (relative == QLatin1String("cases") || relative == QLatin1String("demo") || !inside(real)
                    || visited.contains(real) || relativeDir.count(QLatin1Char('/')) >= 8)
                    continue;
                visited.insert(real);
                pending << relative;
            } else if (isYamlFileName(entry.fileName())) {
                files << relative;
            }
        }
    }
    return files;
}

} // namespace

RuleSetLoadResult RuleSetLoader::loadFiles(const QList<QPair<QString, QByteArray>> &files, const QString &displayPrefix)
{
    QHash<QString, QByteArray> contents;
    QStringList available;
    for (const auto &[name, content] : files) {
        contents.insert(name, content);
        available << name;
    }
    return load(available, displayPrefix,
                       [&](const QString &name, Diagnostics &) { return std::optional<QByteArray>(contents.value(name)); });
}

RuleSetLoadResult RuleSetLoader::loadFolder(const QString &folder)
{
    const QString prefix = QDir::cleanPath(folder);
    if (!QFileInfo(prefix).isDir()) {
        RuleSetLoadResult result;
        result.diagnostics.error({prefix, 0, 0},
                                 QFileInfo::exists(prefix)
                                     ? QCoreApplication::translate("RuleSetLoader", "this is not a folder")
                                     : QCoreApplication::translate("RuleSetLoader", "folder does not exist"));
        return result;
    }
    const bool resource = prefix.startsWith(QLatin1Char(':'));
    const QString root = resource ? prefix : QFileInfo(prefix).canonicalFilePath();
    return load(listRuleFolder(prefix), prefix, [&](const QString &relative, Diagnostics &diagnostics) {
        const QString path = joinPath(prefix, relative);
        if (!resource) {
            // A file may be a link, but not to a file outside the rule-set folder.
            const QString real = QFileInfo(path).canonicalFilePath();
            if (!real.isEmpty() && !real.startsWith(root + QLatin1Char('/'))) {
                diagnostics.error({path, 0, 0}, QCoreApplication::translate("RuleSetLoader",
                                                                            "this is a link to a file outside the rule-set folder (%1)")
                                                    .arg(real));
                return std::optional<QByteArray>();
            }
        }
        QString why;
        std::optional<QByteArray> content = SafeFile::read(path, YamlDocument::MaxFileSize, &why);
        if (!content)
            diagnostics.error({path, 0, 0}, QCoreApplication::translate("RuleSetLoader", "cannot read file: %1").arg(why));
        return content;
    });
}

} // namespace deelwijzer
