// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advicereplay.h"
#include "pagedecoration.h"
#include "ruleset.h"
#include "reportwriter.h"
#include "routedescriber.h"
#include "rulesetdiff.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QTranslator;
QT_END_NAMESPACE

namespace deelwijzer {

class Diagnostics;

/// A shipped case file and the outcome it reaches.
struct BookCase
{
    QString fileName;
    LocalizedText title;
    QString outcome;
};

/// What changed since an earlier version of the rules: the book marks each changed or new entry
/// and lists the changes and the replayed cases whose advice changed on a page of their own.
struct ReviewBookChanges
{
    QString version;                   ///< the earlier rule set's version
    QString fingerprint;               ///< and its fingerprint
    std::vector<EntryChange> changes;  ///< RuleSetDiff::compare(earlier, rules)
    std::vector<ReplayedCase> cases;   ///< every case replayed under both (AdviceReplay)
};

/// Compares `earlier` (from folder `earlierFolder`) with `rules` (from `rulesFolder`) and
/// replays the cases of both folders' cases/ under both. A case file that cannot be read is
/// reported in `diagnostics`.
ReviewBookChanges changesSince(const RuleSet &earlier, const QString &earlierFolder, const RuleSet &rules,
                               const QString &rulesFolder, Diagnostics &diagnostics);

/// Everything the review book shows.
struct ReviewBookRequest
{
    const RuleSet *rules = nullptr;
    ReportLanguage language = ReportLanguage::Dutch;
    QDateTime created;               ///< the date printed on the book
    std::vector<BookCase> cases;     ///< see casesOf()
    /// The review records to list, as in the manifest (RuleSetInfo::reviews); empty: "no review
    /// recorded".
    std::vector<Review> reviews;
    /// Set: mark what changed since this earlier version (`deelwijzer-cli book --since`).
    std::optional<ReviewBookChanges> since;
};

/// The shipped cases in `folder` (a rule set's cases/), each with the outcome it reaches under
/// `rules`; files that do not load or reach no outcome are left out (`check` reports them).
std::vector<BookCase> casesOf(const RuleSet &rules, const QString &folder);

/// Builds the review book of issue #16: the whole rule set as one printable document for a
/// lawyer or privacy officer. A front page (rule set, version, status, fingerprint, statute-text
/// date), every outcome by id with its verdict, texts, grounds by role with the statute's words,
/// conditions, next steps, sources and, in words, the routes that reach it (RouteDescriber) and
/// the shipped cases that do; every question with its answers and where each leads; the
/// decisions; the ground catalogue by law; the glossary; the recorded reviews; a sign-off page.
///
/// The document is built as HTML and rendered by the report machinery: ReportExporter writes
/// it as PDF (with pageDecoration() on every page: rule set, fingerprint, "page X of Y") or HTML.
/// Its fixed words are Qt Linguist phrases (context "ReviewBook"), looked up in the translations
/// of the book's language(s), not the program's: a book may be in both languages at once.
class ReviewBookBuilder
{
public:
    /// `request` and its rules must outlive the builder.
    explicit ReviewBookBuilder(const ReviewBookRequest &request);
    ~ReviewBookBuilder();
    ReviewBookBuilder(const ReviewBookBuilder &) = delete;
    ReviewBookBuilder &operator=(const ReviewBookBuilder &) = delete;

    /// The book's HTML (what build() renders). Deterministic for the same request.
    QString html();
    std::unique_ptr<QTextDocument> build();
    PageDecoration pageDecoration() const;
    QString documentTitle() const;
    const QStringList &languages() const { return m_languages; }

    /// The routes to `outcome` as printed, one line per step in `language` (after html()).
    QStringList routeLines(const QString &outcome, const QString &language) const;
    /// Whether the route walk covered every route (after html()); false: see RouteDescriber.
    bool routesComplete() const { return m_routesComplete; }

private:
    QString phrase(const char *source, const QString &language) const;
    QString phrases(const char *source) const; ///< "nl / en" in Both
    QString localized(const LocalizedText &text) const;
    QString markup(const QString &text, const QString &language) const;
    QString heading(int level, const QString &text, const QString &anchor = {}, bool newPage = false) const;
    QString labelled(const char *label, const QString &valueHtml) const;
    QString list(const QStringList &itemsHtml) const;
    QString joinWords(const QStringList &words, const QString &language, bool alternatives) const;
    QString answerLabel(const QString &question, const QString &answer, const QString &language) const;
    QString requirementText(const RouteRequirement &step, const QString &language) const;
    QString conditionText(const Condition &condition, const QString &language) const;
    QString nodeText(const QString &nodeId, const QString &language) const;
    /// One route step in every language of the book; its plain text also goes to `lines`.
    QString routeStep(const RouteRequirement &step, QStringList &lines) const;
    /// The routes as nested lists, with references to continuations; every printed step also
    /// goes to `lines` as "language\ntext".
    QString routeTree(const std::vector<RouteTreeNode> &nodes, QStringList &lines) const;

    /// The mark beside a changed or new entry ("◆ changed since version 0.1.0"), or nothing.
    QString changeMark(const QString &section, const QString &id) const;
    QString answerChangeMark(const QString &question, const QString &answer) const;
    QString markFor(EntryChange::Kind kind) const;
    QString frontPage() const;
    QString changesPage() const;
    QString outcomes();
    QString outcome(const Outcome &outcome, const OutcomeRoutes &routes);
    QString citations(const std::vector<Citation> &citations) const;
    QString questions() const;
    QString decisions() const;
    QString groundCatalogue() const;
    QString glossary() const;
    QString recordedReviews() const;
    QString signOff() const;

    const ReviewBookRequest &m_request;
    const RuleSet &m_rules;
    QStringList m_languages;
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
    QHash<QString, QStringList> m_routeLines; ///< outcome -> "language\nstep" as printed
    QHash<QString, QStringList> m_citedBy;    ///< ground id -> outcome ids
    /// With `since`: "section/id" (answers: "questions/question/answer") -> how it changed.
    QHash<QString, EntryChange::Kind> m_changed;
    bool m_routesComplete = true;
    qint64 m_routeCount = 0;
};

/// Writes the review book to `outputPath` (.pdf or .html) atomically, readable by the user
/// alone. On failure returns false and sets `error` (a sentence for the user).
bool writeReviewBook(const ReviewBookRequest &request, const QString &outputPath, QString *error);

} // namespace deelwijzer
