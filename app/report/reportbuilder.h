// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "adviceview.h"
#include "pagedecoration.h"
#include "reportwriter.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QTextTable;
QT_END_NAMESPACE

namespace deelwijzer {

class LocalizedText;
class RuleSet;

/// Builds the printed advice of design §6 as one QTextDocument. Every output renders that same
/// document: the screen (QTextBrowser), print preview and printer and PDF (ReportPageRenderer),
/// ODT (OdtExporter) and HTML (QTextDocument::toHtml()).
///
/// The document has no page size: ReportPageRenderer paginates a copy for each device. Layout
/// wishes that QTextDocument cannot express (keep a table on one page, keep a heading with what
/// follows) are stored as ReportProperty hints in the formats.
///
/// The advice's sections, their order and headings come from AdviceView (one per language), as
/// on every other face; the report adds its title, the decision record and the glossary.
///
/// In ReportLanguage::Both every heading reads "Dutch / English" and every text is given in
/// Dutch with the English beneath it in italics, item by item, so that the two stay side by
/// side and the decision record appears once.
///
///     ReportRequest request{&rules, &advice, ReportLanguage::Dutch, "2026-114", {}, now};
///     ReportBuilder builder(request);
///     std::unique_ptr<QTextDocument> doc = builder.build();   // title, verdict, ..., glossary
///     PageDecoration d = builder.pageDecoration();            // header/footer for each page
class ReportBuilder
{
public:
    /// `request` (with its rules and advice) must outlive the builder, which keeps a reference.
    explicit ReportBuilder(const ReportRequest &request);
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder &) = delete;
    ReportBuilder &operator=(const ReportBuilder &) = delete;

    /// The report. Deterministic: the same request gives the same document.
    std::unique_ptr<QTextDocument> build();

    /// What to print above and below the text of every page.
    PageDecoration pageDecoration() const;
    /// The document's title (also its HTML <title> and the PDF's title).
    QString documentTitle() const;
    /// The language ids of the report, in order: {"nl"}, {"en"} or {"nl", "en"}.
    const QStringList &languages() const { return m_languages; }
    /// The glossary terms the report's texts refer to, in order of first use (after build()).
    const QStringList &termsUsed() const { return m_terms; }

    static QStringList languageIds(ReportLanguage language);

private:
    // Texts. The report's own words are translated per language of the report (Phrasebook,
    // context "ReportBuilder"); the advice's sections come from one AdviceView per language.
    QString chrome(const char *sourceText) const;
    QStringList chromeTexts(const char *sourceText) const;
    QStringList texts(const LocalizedText &text);
    /// What `pick` reads from each language's view, rendered as rule markup, without repeats.
    QStringList viewTexts(const std::function<QString(const AdviceView &)> &pick, bool markup = true);
    /// The same for item `index` of the section of `kind`.
    QStringList itemTexts(AdviceSection::Kind kind, std::size_t index, QString AdviceItem::*field,
                          bool markup = true);
    QString render(const QString &markup, const QString &language);
    QString dateText(const QString &language) const;

    // Blocks and tables
    QTextCursor &block(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat);
    void insertTexts(QTextCursor &cursor, const QStringList &texts, const QTextCharFormat &format,
                     bool alternatesItalic = true);
    void heading(const QString &text);
    void heading(AdviceSection::Kind kind);
    void paragraph(const QStringList &texts, const QTextCharFormat &format, bool keepWithNext = false);
    QTextTable *table(int rows, const std::vector<int> &columnPercentages, int headerRows, qreal border,
                      qreal padding);
    void finishTable();
    QTextCursor cell(QTextTable *table, int row, int column);
    void cellTexts(QTextTable *table, int row, int column, const QStringList &texts,
                   const QTextCharFormat &format);
    void cellNextBlock(QTextCursor &cursor, qreal topMargin = 2);
    void numberedList(const QList<QStringList> &items);

    // Sections, in the order they appear
    void addTitle();
    void addVerdict();
    void addExplanation();
    void addUncertain();
    void addSituation();
    void addGrounds();
    void addConditions();
    void addNextSteps();
    void addWhy();
    void addSources();
    void addDecisionRecord();
    void addAbout();
    void addGlossary();
    const AdviceSection &section(AdviceSection::Kind kind) const;

    // Formats
    QTextCharFormat bodyFormat() const;
    QTextCharFormat smallFormat() const;
    QTextCharFormat boldFormat() const;
    QTextCharFormat monoFormat() const;

    const ReportRequest &m_request;
    const RuleSet &m_rules;
    const Advice &m_advice;
    QStringList m_languages;
    std::vector<AdviceView> m_views; ///< one per language, in the order of m_languages
    QTextDocument *m_document = nullptr;
    QTextCursor m_cursor;
    bool m_blockIsFresh = true;
    QStringList m_terms;
    QSet<QString> m_termSet;
};

} // namespace deelwijzer
