// SPDX-License-Identifier: EUPL-1.2
#include "reportbuilder.h"

#include "phrasebook.h"
#include "reportproperties.h"
#include "reviewstatement.h"
#include "ruleset.h"
#include "textmarkup.h"
#include "verdict.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextOption>
#include <QTextTable>

namespace deelwijzer {

namespace {
using Kind = AdviceSection::Kind;
const char *const Context = "ReportBuilder";

const QString &bodyFamily()
{
    static const QString family = QStringLiteral("DejaVu Sans");
    return family;
}

const QString &monoFamily()
{
    static const QString family = QStringLiteral("DejaVu Sans Mono");
    return family;
}

// Sizes. Font sizes are in points; lengths inside the document (margins, padding, borders) are
// in QTextDocument's pixels (1/96 inch), which ReportPageRenderer scales to the device.
constexpr qreal BodySize = 9.5;
constexpr qreal SmallSize = 8.0;
/// What a reader must not miss (the verdict's meaning, the disclaimer, the status of the rules):
/// never below 9 pt.
constexpr qreal CaveatSize = 9.0;
constexpr qreal HeadingSize = 12.5;
constexpr qreal TitleSize = 17.0;
constexpr qreal VerdictSize = 16.0;

const QString CheckBox = QStringLiteral("\u2610"); // ☐
const QString TickedBox = QStringLiteral("\u2611"); // ☑

/// Rule texts may be YAML block scalars: blank lines separate paragraphs, lines starting with
/// "- " are list lines, other line breaks are just wrapping.
QString normalizeText(const QString &text)
{
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    const QStringList paragraphs = text.trimmed().split(paragraphBreak, Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &paragraph : paragraphs) {
        const QStringList lines = paragraph.split(QLatin1Char('\n'));
        QString joined;
        for (const QString &rawLine : lines) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty())
                continue;
            if (!joined.isEmpty()) {
                const bool listLine = line.startsWith(QLatin1String("- ")) || line.startsWith(QChar(0x2022));
                joined += listLine ? QString(QChar::LineSeparator) : QStringLiteral(" ");
            }
            joined += line;
        }
        out << joined;
    }
    return out.join(QChar::LineSeparator);
}

/// Whether a link's words stand at the start of a sentence (then their capital stays).
bool atSentenceStart(const QString &before)
{
    const QString trimmed = before.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QChar last = trimmed.back();
    return last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
        || last == QLatin1Char(':') || last == QChar::LineSeparator;
}

/// "Beroepsgeheim" -> "beroepsgeheim" inside a sentence; acronyms ("AVG", "CoMensha") stay.
QString lowerFirstInSentence(const QString &words)
{
    if (words.size() < 2 || !words.at(0).isUpper() || !words.at(1).isLower())
        return words;
    for (qsizetype i = 1; i < words.size() && !words.at(i).isSpace(); ++i) {
        if (words.at(i).isUpper())
            return words; // CoMensha, VeiligThuis
    }
    return words.at(0).toLower() + words.mid(1);
}
} // namespace

ReportBuilder::ReportBuilder(const ReportRequest &request)
    : m_request(request)
    , m_rules(*request.rules)
    , m_advice(*request.advice)
    , m_languages(languageIds(request.language))
{
    for (const QString &language : m_languages)
        m_views.emplace_back(m_rules, m_advice, language);
}

ReportBuilder::~ReportBuilder() = default;

QStringList ReportBuilder::languageIds(ReportLanguage language)
{
    switch (language) {
    case ReportLanguage::Dutch:
        return {QStringLiteral("nl")};
    case ReportLanguage::English:
        return {QStringLiteral("en")};
    case ReportLanguage::Both:
        return {QStringLiteral("nl"), QStringLiteral("en")};
    }
    return {QStringLiteral("nl")};
}

// ---------------------------------------------------------------------------------------------
// Texts

QStringList ReportBuilder::chromeTexts(const char *sourceText) const
{
    QStringList result;
    for (const QString &language : m_languages) {
        const QString text = Phrasebook::forLanguage(language).translate(Context, sourceText);
        if (!result.contains(text))
            result << text;
    }
    return result;
}

QString ReportBuilder::chrome(const char *sourceText) const
{
    return chromeTexts(sourceText).join(QStringLiteral(" / "));
}

QStringList ReportBuilder::viewTexts(const std::function<QString(const AdviceView &)> &pick, bool markup)
{
    QStringList result;
    for (const AdviceView &view : m_views) {
        const QString text = markup ? render(pick(view), view.language()) : pick(view);
        if (!text.isEmpty() && !result.contains(text))
            result << text;
    }
    return result;
}

QStringList ReportBuilder::itemTexts(Kind kind, std::size_t index, QString AdviceItem::*field, bool markup)
{
    return viewTexts(
        [&](const AdviceView &view) {
            const AdviceSection *s = view.section(kind);
            return s && index < s->items.size() ? s->items[index].*field : QString();
        },
        markup);
}

const AdviceSection &ReportBuilder::section(Kind kind) const
{
    // Every view has the same sections: the advice is the same, only the language differs.
    return *m_views.front().section(kind);
}

QString ReportBuilder::render(const QString &markup, const QString &language)
{
    std::vector<TextSpan> spans;
    parseMarkup(markup, spans); // on malformed markup the spans hold the text as plain text
    QString out;
    for (const TextSpan &span : spans) {
        switch (span.kind) {
        case TextSpan::Kind::Text:
            out += span.text;
            break;
        case TextSpan::Kind::Term: {
            const GlossaryTerm *term = m_rules.term(span.target);
            if (term && !m_termSet.contains(span.target)) {
                m_termSet.insert(span.target);
                m_terms << span.target;
            }
            if (!span.text.isEmpty())
                out += span.text;
            else if (term)
                out += atSentenceStart(out) ? term->term.text(language)
                                            : lowerFirstInSentence(term->term.text(language));
            else
                out += span.target;
            break;
        }
        case TextSpan::Kind::Ground: {
            const LegalGround *ground = m_rules.ground(span.target);
            if (!span.text.isEmpty())
                out += span.text;
            else
                out += ground ? m_rules.citation(*ground, language) : span.target;
            break;
        }
        }
    }
    return normalizeText(out);
}

QStringList ReportBuilder::texts(const LocalizedText &text)
{
    QStringList result;
    if (text.isEmpty())
        return result;
    for (const QString &language : m_languages) {
        const QString rendered = render(text.text(language), language);
        if (!rendered.isEmpty() && !result.contains(rendered))
            result << rendered;
    }
    return result;
}

QString ReportBuilder::dateText(const QString &language) const
{
    const QDate date = m_request.created.isValid() ? m_request.created.date() : QDate::currentDate();
    return QLocale(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportBuilder::documentTitle() const
{
    QString title = chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Advice on sharing personal data"));
    if (!m_request.caseReference.trimmed().isEmpty())
        title += QStringLiteral(" \u2013 ") + m_request.caseReference.trimmed();
    return title;
}

PageDecoration ReportBuilder::pageDecoration() const
{
    PageDecoration decoration;
    decoration.headerLeft = chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Deelwijzer – advice"));
    const QString reference = m_request.caseReference.trimmed();
    if (!reference.isEmpty())
        decoration.headerLeft += QStringLiteral(" \u00B7 ") + chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Case reference"))
            + QStringLiteral(": ") + reference;
    decoration.headerRight = chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Verification code")) + QLatin1Char(' ') + m_advice.code;

    const RuleSetInfo &info = m_rules.info();
    QStringList status;
    QStringList dates;
    for (const QString &language : m_languages) {
        const QString label = AdviceView::statusLabel(info.status, language);
        if (!status.contains(label))
            status << label;
        dates << dateText(language);
    }
    dates.removeDuplicates();
    decoration.footerLeft = chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Rule set")) + QLatin1Char(' ') + m_advice.rulesetId + QLatin1Char(' ')
        + m_advice.rulesetVersion
        + (info.status.isEmpty() ? QString() : QStringLiteral(" (") + status.join(QStringLiteral(" / ")) + QLatin1Char(')'))
        + PageDecoration::footerBreak() + dates.join(QStringLiteral(" / "));
    decoration.footerSecond = QStringLiteral("SHA-256 ") + m_advice.rulesetSha256;
    decoration.pageLabel = chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Page %1 of %2"));
    return decoration;
}

// ---------------------------------------------------------------------------------------------
// Formats

QTextCharFormat ReportBuilder::bodyFormat() const
{
    QTextCharFormat format;
    format.setFontFamilies({bodyFamily()});
    format.setFontPointSize(BodySize);
    // No ligatures: with them "fi" becomes one glyph and the PDF's text reads "ﬁ", which
    // breaks searching and copying the advice. Latin text needs no shaping.
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setFontWeight(QFont::Normal);
    format.setFontItalic(false);
    format.setForeground(QBrush(Qt::black));
    return format;
}

QTextCharFormat ReportBuilder::smallFormat() const
{
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(SmallSize);
    return format;
}

QTextCharFormat ReportBuilder::boldFormat() const
{
    QTextCharFormat format = bodyFormat();
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat ReportBuilder::monoFormat() const
{
    QTextCharFormat format = bodyFormat();
    format.setFontFamilies({monoFamily()});
    format.setFontFixedPitch(true);
    format.setFontPointSize(SmallSize);
    return format;
}

// ---------------------------------------------------------------------------------------------
// Blocks and tables

QTextCursor &ReportBuilder::block(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat)
{
    if (m_blockIsFresh) {
        m_cursor.setBlockFormat(blockFormat);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_blockIsFresh = false;
    } else {
        m_cursor.insertBlock(blockFormat, charFormat);
    }
    return m_cursor;
}

namespace {
QTextCharFormat languageMarked(QTextCharFormat format, const QString &language)
{
    format.setAnchor(true);
    format.setAnchorNames({QLatin1String(ReportProperty::LanguageAnchorPrefix) + language});
    return format;
}
} // namespace

void ReportBuilder::insertTexts(QTextCursor &cursor, const QStringList &texts, const QTextCharFormat &format,
                                bool alternatesItalic)
{
    QTextCharFormat other = format;
    if (alternatesItalic)
        other.setFontItalic(true);
    // In a report in several languages, a list with one text per language marks each text with
    // its language, for the lang attributes of the HTML (ReportExporter::html()).
    const bool perLanguage = m_languages.size() > 1 && texts.size() == m_languages.size();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            cursor.insertText(QString(QChar::LineSeparator), format);
        cursor.insertText(texts.at(i), perLanguage ? languageMarked(i == 0 ? format : other, m_languages.at(i))
                                                   : i == 0 ? format : other);
    }
}

void ReportBuilder::heading(Kind kind)
{
    heading(viewTexts([kind](const AdviceView &view) { return view.section(kind)->heading; }, false)
                .join(QStringLiteral(" / ")));
}

void ReportBuilder::heading(const QString &text)
{
    QTextBlockFormat blockFormat;
    blockFormat.setHeadingLevel(2);
    blockFormat.setTopMargin(16);
    blockFormat.setBottomMargin(5);
    blockFormat.setProperty(ReportProperty::KeepWithNext, true);
    blockFormat.setProperty(ReportProperty::KeepTogether, true);
    QTextCharFormat format = boldFormat();
    format.setFontPointSize(HeadingSize);
    QTextCursor &cursor = block(blockFormat, format);
    cursor.insertText(text, format);
}

void ReportBuilder::paragraph(const QStringList &texts, const QTextCharFormat &format, bool keepWithNext)
{
    if (texts.isEmpty())
        return;
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(5);
    blockFormat.setProperty(ReportProperty::KeepTogether, true);
    if (keepWithNext)
        blockFormat.setProperty(ReportProperty::KeepWithNext, true);
    QTextCursor &cursor = block(blockFormat, format);
    insertTexts(cursor, texts, format);
}

QTextTable *ReportBuilder::table(int rows, const std::vector<int> &columnPercentages, int headerRows, qreal border,
                                 qreal padding)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int percentage : columnPercentages)
        widths << QTextLength(QTextLength::PercentageLength, percentage);
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(headerRows);
    format.setCellSpacing(0);
    format.setCellPadding(padding);
    format.setBorder(border);
    format.setBorderCollapse(true);
    format.setBorderBrush(QBrush(Qt::black));
    format.setBorderStyle(border > 0 ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setTopMargin(2);
    format.setBottomMargin(6);
    format.setProperty(ReportProperty::KeepTogether, true);
    // The table goes in at the cursor: after the current block's text, so a heading or paragraph
    // before it leaves no blank line. (Every table follows a block of text.)
    QTextTable *result = m_cursor.insertTable(rows, static_cast<int>(columnPercentages.size()), format);
    return result;
}

void ReportBuilder::finishTable()
{
    m_cursor = m_document->rootFrame()->lastCursorPosition();
    m_blockIsFresh = true;
}

QTextCursor ReportBuilder::cell(QTextTable *table, int row, int column)
{
    return table->cellAt(row, column).firstCursorPosition();
}

void ReportBuilder::cellTexts(QTextTable *table, int row, int column, const QStringList &texts,
                              const QTextCharFormat &format)
{
    QTextCursor cursor = cell(table, row, column);
    cursor.setCharFormat(format);
    cursor.setBlockCharFormat(format);
    insertTexts(cursor, texts, format);
}

void ReportBuilder::cellNextBlock(QTextCursor &cursor, qreal topMargin)
{
    QTextBlockFormat blockFormat;
    blockFormat.setTopMargin(topMargin);
    cursor.insertBlock(blockFormat, bodyFormat());
}

// ---------------------------------------------------------------------------------------------
// The report

std::unique_ptr<QTextDocument> ReportBuilder::build()
{
    auto document = std::make_unique<QTextDocument>();
    m_document = document.get();
    m_terms.clear();
    m_termSet.clear();
    QFont font(bodyFamily());
    font.setPointSizeF(BodySize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs in narrow cells
    document->setDefaultTextOption(option);
    document->setMetaInformation(QTextDocument::DocumentTitle, documentTitle());
    m_cursor = QTextCursor(document.get());
    m_blockIsFresh = true;

    addTitle();
    for (const AdviceSection &s : m_views.front().sections()) {
        switch (s.kind) {
        case Kind::Verdict:
            addVerdict();
            break;
        case Kind::Explanation:
            addExplanation();
            break;
        case Kind::Uncertain:
            addUncertain();
            break;
        case Kind::Unsure:
            // In the box of what the rules cannot decide, when there is one.
            if (!m_views.front().section(Kind::Uncertain))
                addUncertain();
            break;
        case Kind::Situation:
            addSituation();
            break;
        case Kind::Grounds:
            addGrounds();
            break;
        case Kind::Conditions:
            addConditions();
            break;
        case Kind::NextSteps:
            addNextSteps();
            break;
        case Kind::Why:
            addWhy();
            break;
        case Kind::Sources:
            addSources();
            break;
        case Kind::About:
            // The record is filled in on paper: it comes after the advice, before its particulars.
            addDecisionRecord();
            addAbout();
            break;
        }
    }
    addGlossary();

    // Drop a trailing empty block left after a final table.
    document->setModified(false);
    m_document = nullptr;
    return document;
}

void ReportBuilder::addTitle()
{
    QTextBlockFormat titleBlock;
    titleBlock.setHeadingLevel(1);
    titleBlock.setBottomMargin(4);
    titleBlock.setProperty(ReportProperty::KeepWithNext, true);
    QTextCharFormat titleFormat = boldFormat();
    titleFormat.setFontPointSize(TitleSize);
    QTextCursor &cursor = block(titleBlock, titleFormat);
    insertTexts(cursor, chromeTexts(QT_TRANSLATE_NOOP("ReportBuilder", "Advice on sharing personal data")), titleFormat);

    const QStringList caseTitle = texts(m_request.caseTitle);
    if (!caseTitle.isEmpty()) {
        QTextCharFormat format = boldFormat();
        format.setFontPointSize(11);
        paragraph(caseTitle, format, true);
    }

    // Date, case reference and rule set, one line each.
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(1);
    metaBlock.setProperty(ReportProperty::KeepWithNext, true);
    const auto metaLine = [&](const char *label, const QString &value) {
        QTextCursor &c = block(metaBlock, bodyFormat());
        c.insertText(chrome(label) + QStringLiteral(": "), boldFormat());
        c.insertText(value, bodyFormat());
    };
    QStringList dates;
    for (const QString &language : m_languages)
        dates << dateText(language);
    dates.removeDuplicates();
    metaLine(QT_TRANSLATE_NOOP("ReportBuilder", "Date"), dates.join(QStringLiteral(" / ")));
    if (!m_request.caseReference.trimmed().isEmpty())
        metaLine(QT_TRANSLATE_NOOP("ReportBuilder", "Case reference"), m_request.caseReference.trimmed());
    QStringList names;
    for (const QString &language : m_languages)
        names << m_rules.displayName(language);
    names.removeDuplicates();
    metaLine(QT_TRANSLATE_NOOP("ReportBuilder", "Rule set"), names.join(QStringLiteral(" / ")) + QStringLiteral(" (") + m_advice.rulesetId
                             + QLatin1Char(' ') + m_advice.rulesetVersion + QLatin1Char(')'));
    QTextBlockFormat last = m_cursor.blockFormat();
    last.setBottomMargin(8);
    m_cursor.setBlockFormat(last);
}

void ReportBuilder::addVerdict()
{
    const AdviceView &first = m_views.front();
    QTextTable *box = table(1, {11, 89}, 0, 2.0, 7);
    QTextTableFormat format = box->format();
    format.setBackground(QBrush(QColor(0xee, 0xee, 0xee)));
    format.setProperty(ReportProperty::KeepTogether, true);
    format.setTopMargin(4);
    format.setBottomMargin(4);
    box->setFormat(format);

    QTextCharFormat symbolFormat = boldFormat();
    symbolFormat.setFontPointSize(26);
    QTextCursor symbolCursor = cell(box, 0, 0);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    symbolCursor.setBlockFormat(centred);
    symbolCursor.insertText(first.verdictSymbol(), symbolFormat);

    QTextCursor cursor = cell(box, 0, 1);
    QTextCharFormat labelFormat = boldFormat();
    labelFormat.setFontPointSize(VerdictSize);
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (i > 0) {
            labelFormat.setFontPointSize(VerdictSize - 3);
            labelFormat.setFontItalic(true);
            cursor.insertText(QString(QChar::LineSeparator), labelFormat);
        }
        cursor.insertText(m_views[i].verdictLabel(),
                          m_languages.size() > 1 ? languageMarked(labelFormat, m_languages.at(qsizetype(i))) : labelFormat);
    }
    const QStringList title = viewTexts([](const AdviceView &view) { return view.title(); });
    if (!title.isEmpty()) {
        cellNextBlock(cursor, 5);
        QTextCharFormat titleFormat = boldFormat();
        titleFormat.setFontPointSize(11);
        insertTexts(cursor, title, titleFormat);
    }
    const QStringList note = viewTexts([](const AdviceView &view) { return view.verdictNote(); });
    if (!note.isEmpty()) {
        cellNextBlock(cursor, 4);
        insertTexts(cursor, note, bodyFormat());
    }
    QTextCharFormat caveat = smallFormat();
    caveat.setFontPointSize(CaveatSize);
    cellNextBlock(cursor, 4);
    insertTexts(cursor, viewTexts([](const AdviceView &view) { return view.verdictMeaning(); }, false), caveat);
    finishTable();

    // The short disclaimer and the status of the rules, right under the verdict.
    QTextCharFormat italic = caveat;
    italic.setFontItalic(true);
    QTextBlockFormat small;
    small.setTopMargin(2);
    small.setBottomMargin(2);
    small.setProperty(ReportProperty::KeepTogether, true);
    QTextCursor &disclaimer = block(small, italic);
    disclaimer.insertText(viewTexts([](const AdviceView &view) { return view.disclaimer(); }, false).join(QLatin1Char(' ')),
                          italic);

    const RuleSetInfo &info = m_rules.info();
    const QStringList statusNote = texts(info.statusNote);
    if (!statusNote.isEmpty() || (!info.status.isEmpty() && info.status != QLatin1String("approved"))) {
        QTextCursor &status = block(small, caveat);
        QStringList labels;
        for (const QString &language : m_languages)
            labels << AdviceView::statusLabel(info.status, language);
        labels.removeDuplicates();
        QTextCharFormat bold = caveat;
        bold.setFontWeight(QFont::Bold);
        status.insertText(chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Status of the rules")) + QStringLiteral(": ")
                              + labels.join(QStringLiteral(" / ")),
                          bold);
        if (!statusNote.isEmpty())
            status.insertText(QStringLiteral(" \u2013 ") + statusNote.join(QStringLiteral(" / ")), caveat);
    }
    QStringList review;
    for (const QString &language : m_languages)
        review << ReviewStatement::text(m_rules, language);
    review.removeDuplicates();
    block(small, caveat).insertText(review.join(QStringLiteral(" / ")), caveat);
}

void ReportBuilder::addExplanation()
{
    const QStringList explanation = itemTexts(Kind::Explanation, 0, &AdviceItem::text);
    if (explanation.isEmpty())
        return;
    heading(Kind::Explanation);
    paragraph(explanation, bodyFormat());
}

void ReportBuilder::addUncertain()
{
    const AdviceSection *uncertain = m_views.front().section(Kind::Uncertain);
    const AdviceSection *unsure = m_views.front().section(Kind::Unsure);
    if (!uncertain && !unsure)
        return;

    // A box with a dashed border: it must catch the eye in black and white too.
    QTextTable *box = table(1, {100}, 0, 1.5, 7);
    QTextTableFormat format = box->format();
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Dashed);
    format.setProperty(ReportProperty::KeepTogether, true);
    format.setTopMargin(10);
    box->setFormat(format);
    QTextCursor cursor = cell(box, 0, 0);
    QTextCharFormat titleFormat = boldFormat();
    titleFormat.setFontPointSize(11);
    // The box's titles are headings like the others (an <h2> in HTML), in the box.
    QTextBlockFormat titleBlock;
    titleBlock.setHeadingLevel(2);
    const auto boxHeading = [&](Kind kind, qreal topMargin) {
        titleBlock.setTopMargin(topMargin);
        cursor.setBlockFormat(titleBlock);
        cursor.insertText(QStringLiteral("\u26A0 ")
                              + viewTexts([kind](const AdviceView &view) { return view.section(kind)->heading; }, false)
                                    .join(QStringLiteral(" / ")),
                          titleFormat);
    };
    if (uncertain) {
        boxHeading(Kind::Uncertain, 0);
        cellNextBlock(cursor, 4);
        insertTexts(cursor, itemTexts(Kind::Uncertain, 0, &AdviceItem::text), bodyFormat());
    }
    if (unsure) {
        if (uncertain)
            cellNextBlock(cursor, 6);
        boxHeading(Kind::Unsure, uncertain ? 6 : 0);
        cellNextBlock(cursor, 4);
        insertTexts(cursor, viewTexts([](const AdviceView &view) { return view.section(Kind::Unsure)->intro; }, false),
                    boldFormat());
        for (std::size_t i = 0; i < unsure->items.size(); ++i) {
            QTextBlockFormat item;
            item.setLeftMargin(14);
            item.setTopMargin(2);
            cursor.insertBlock(item, bodyFormat());
            QStringList lines = itemTexts(Kind::Unsure, i, &AdviceItem::text);
            if (!lines.isEmpty())
                lines.first().prepend(QStringLiteral("\u2022 "));
            insertTexts(cursor, lines, bodyFormat());
        }
        cellNextBlock(cursor, 4);
        insertTexts(cursor, viewTexts([](const AdviceView &view) { return view.section(Kind::Unsure)->closing; }, false),
                    bodyFormat());
    }
    finishTable();
}

void ReportBuilder::addSituation()
{
    heading(Kind::Situation);
    // A header table, then one table per question: a question and its answer are never split
    // over two pages (QTextDocument would split a row line by line). The row tables have no top
    // border of their own, so the stack looks like one table.
    const std::vector<int> columns{58, 42};
    QTextTable *header = table(1, columns, 0, 1, 4);
    QTextTableFormat headerFormat = header->format();
    headerFormat.setBottomMargin(0);
    headerFormat.setProperty(ReportProperty::KeepWithNext, true);
    header->setFormat(headerFormat);
    cellTexts(header, 0, 0, chromeTexts(QT_TRANSLATE_NOOP("ReportBuilder", "Question")), boldFormat());
    cellTexts(header, 0, 1, chromeTexts(QT_TRANSLATE_NOOP("ReportBuilder", "Answer")), boldFormat());
    finishTable();
    const std::vector<AdviceItem> &steps = section(Kind::Situation).items;
    const std::size_t count = steps.size();
    for (std::size_t index = 0; index < count; ++index) {
        QTextTable *grid = table(1, columns, 0, 1, 4);
        QTextTableFormat format = grid->format();
        format.setTopMargin(0);
        format.setBottomMargin(index + 1 == count ? 6 : 0);
        grid->setFormat(format);
        for (int column = 0; column < 2; ++column) {
            QTextTableCell tableCell = grid->cellAt(0, column);
            QTextTableCellFormat cellFormat = tableCell.format().toTableCellFormat();
            cellFormat.setTopBorder(0);
            cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
            tableCell.setFormat(cellFormat);
        }
        cellTexts(grid, 0, 0, itemTexts(Kind::Situation, index, &AdviceItem::text), bodyFormat());
        // One line per language: "Ja" / "Yes"; several answers joined.
        cellTexts(grid, 0, 1, itemTexts(Kind::Situation, index, &AdviceItem::label),
                  steps[index].unsure ? boldFormat() : bodyFormat());
        finishTable();
    }
}

void ReportBuilder::addGrounds()
{
    heading(Kind::Grounds);
    const std::vector<AdviceItem> &grounds = section(Kind::Grounds).items;
    if (grounds.empty()) {
        paragraph(viewTexts([](const AdviceView &view) { return view.section(Kind::Grounds)->empty; }, false), bodyFormat());
        return;
    }
    paragraph(viewTexts([](const AdviceView &view) { return view.section(Kind::Grounds)->intro; }, false), bodyFormat(),
              true);
    // What the advice rests on, then what it must respect. One small table per ground, so that
    // no ground is split over two pages.
    for (std::size_t index = 0; index < grounds.size(); ++index) {
        const AdviceItem &ground = grounds[index];
        const auto texts = [&](QString AdviceItem::*field, bool markup = true) {
            return itemTexts(Kind::Grounds, index, field, markup);
        };
        if (!ground.group.isEmpty())
            paragraph(texts(&AdviceItem::group, false), boldFormat(), true);
        QTextTable *grid = table(1, {30, 70}, 0, 1, 4);
        if (!m_rules.ground(ground.id)) {
            cellTexts(grid, 0, 0, {ground.id}, boldFormat());
            finishTable();
            continue;
        }
        // Left: the citation ("art. 16 lid 1 onder a Wpg"), the law's full name, the role.
        QTextCursor left = cell(grid, 0, 0);
        insertTexts(left, texts(&AdviceItem::label, false), boldFormat());
        if (const QStringList lawNames = texts(&AdviceItem::lawName, false); !lawNames.isEmpty()) {
            cellNextBlock(left, 2);
            insertTexts(left, lawNames, smallFormat());
        }
        if (const QStringList roles = texts(&AdviceItem::role, false); !roles.isEmpty()) {
            cellNextBlock(left, 2);
            QTextCharFormat roleFormat = smallFormat();
            roleFormat.setFontWeight(QFont::Bold);
            insertTexts(left, roles, roleFormat);
        }

        // Right: title, plain meaning, the statute's words, note, "not certain", link.
        QTextCursor right = cell(grid, 0, 1);
        insertTexts(right, texts(&AdviceItem::text), boldFormat());
        if (const QStringList meaning = texts(&AdviceItem::detail); !meaning.isEmpty()) {
            cellNextBlock(right, 2);
            insertTexts(right, meaning, bodyFormat());
        }
        if (!ground.words.isEmpty()) {
            // The statute's own words, in Dutch in every report: the text a lawyer checks.
            cellNextBlock(right, 2);
            insertTexts(right, {texts(&AdviceItem::wordsCaption, false).join(QStringLiteral(" / "))}, smallFormat(), false);
            cellNextBlock(right, 1);
            QTextCharFormat quote = bodyFormat();
            quote.setFontItalic(true);
            right.insertText(QStringLiteral("“%1”").arg(ground.words), quote);
        }
        if (const QStringList note = texts(&AdviceItem::note); !note.isEmpty()) {
            cellNextBlock(right, 2);
            insertTexts(right, note, smallFormat());
        }
        if (ground.unsure) {
            cellNextBlock(right, 2);
            QTextCharFormat bold = smallFormat();
            bold.setFontWeight(QFont::Bold);
            insertTexts(right,
                        {QStringLiteral("\u26A0 ")
                         + viewTexts([](const AdviceView &view) { return view.groundUnsureWarning(); }, false)
                               .join(QStringLiteral(" / "))},
                        bold);
        }
        if (!ground.url.isEmpty()) {
            cellNextBlock(right, 2);
            QTextCharFormat link = smallFormat();
            link.setAnchor(true);
            link.setAnchorHref(ground.url);
            link.setFontUnderline(true);
            right.insertText(ground.url, link);
        }
        finishTable();
    }
}

namespace {
void keepWithNext(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setProperty(ReportProperty::KeepWithNext, true);
    table->setFormat(format);
}
} // namespace

void ReportBuilder::addConditions()
{
    heading(Kind::Conditions);
    paragraph(viewTexts([](const AdviceView &view) { return view.section(Kind::Conditions)->intro; }, false), bodyFormat(),
              true);
    QTextCharFormat boxFormat = bodyFormat();
    boxFormat.setFontPointSize(14);
    // One borderless table per item: the box beside the text, never split over two pages.
    // The checklist is read and ticked as one block: every item keeps with the next, so the
    // page renderer moves it whole (heading included) to a new page rather than split it.
    const std::vector<AdviceItem> &conditions = section(Kind::Conditions).items;
    for (std::size_t index = 0; index < conditions.size(); ++index) {
        QTextTable *list = table(1, {6, 94}, 0, 0, 1);
        if (index + 1 < conditions.size())
            keepWithNext(list);
        QTextCursor box = cell(list, 0, 0);
        box.insertText(m_request.checkedConditions.contains(conditions[index].id) ? TickedBox : CheckBox, boxFormat);
        QTextCursor text = cell(list, 0, 1);
        QTextBlockFormat first;
        first.setTopMargin(3);
        text.setBlockFormat(first);
        insertTexts(text, itemTexts(Kind::Conditions, index, &AdviceItem::text), bodyFormat());
        if (const QStringList help = itemTexts(Kind::Conditions, index, &AdviceItem::detail); !help.isEmpty()) {
            cellNextBlock(text, 1);
            insertTexts(text, help, smallFormat());
        }
        finishTable();
    }
}

void ReportBuilder::addNextSteps()
{
    heading(Kind::NextSteps);
    QList<QStringList> items;
    for (std::size_t index = 0; index < section(Kind::NextSteps).items.size(); ++index)
        items << itemTexts(Kind::NextSteps, index, &AdviceItem::text);
    numberedList(items);
}

void ReportBuilder::addWhy()
{
    heading(Kind::Why);
    QList<QStringList> steps;
    for (std::size_t index = 0; index < section(Kind::Why).items.size(); ++index)
        steps << itemTexts(Kind::Why, index, &AdviceItem::text);
    numberedList(steps);
}

/// A numbered list, one item per entry, each kept on one page.
void ReportBuilder::numberedList(const QList<QStringList> &items)
{
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDecimal);
    listFormat.setIndent(1);
    QTextList *list = nullptr;
    for (const QStringList &item : items) {
        QTextBlockFormat format;
        format.setBottomMargin(3);
        format.setProperty(ReportProperty::KeepTogether, true);
        QTextCursor &cursor = block(format, bodyFormat());
        if (!list)
            list = cursor.createList(listFormat);
        else
            list->add(cursor.block());
        insertTexts(cursor, item, bodyFormat());
    }
}

void ReportBuilder::addSources()
{
    heading(Kind::Sources);
    const std::vector<AdviceItem> &sources = section(Kind::Sources).items;
    for (std::size_t index = 0; index < sources.size(); ++index) {
        const AdviceItem &source = sources[index];
        QTextBlockFormat item;
        item.setBottomMargin(2);
        item.setProperty(ReportProperty::KeepTogether, true);
        QTextCursor &cursor = block(item, bodyFormat());
        insertTexts(cursor, itemTexts(Kind::Sources, index, &AdviceItem::text), bodyFormat(), true);
        if (!source.detail.isEmpty()) {
            cursor.insertText(QString(QChar::LineSeparator), smallFormat());
            QTextCharFormat link = smallFormat();
            link.setAnchor(true);
            link.setAnchorHref(source.detail);
            link.setFontUnderline(true);
            cursor.insertText(source.detail, link);
        }
    }
}

void ReportBuilder::addDecisionRecord()
{
    heading(chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Record of your decision")));
    QTextCharFormat italic = smallFormat();
    italic.setFontItalic(true);
    paragraph({chromeTexts(QT_TRANSLATE_NOOP("ReportBuilder", "To be filled in by the professional; keep this sheet in "
                                                              "the file."))
                   .join(QLatin1Char(' '))},
              italic, true);

    // What a privacy officer asks of a record: the decision, the legal ground relied on, the
    // weighing (each condition and why it holds), what, with whom, when, by whom, consulted
    // with, and a signature, each with room to write by hand.
    const char *const Decision = QT_TRANSLATE_NOOP("ReportBuilder", "Decision");
    const char *const Ground = QT_TRANSLATE_NOOP("ReportBuilder", "Legal ground relied on");
    const char *const Weighing = QT_TRANSLATE_NOOP("ReportBuilder", "Weighing");
    struct Row
    {
        const char *label = nullptr;
        int lines = 0;     // room to write by hand, in lines of text
        QString condition; // a condition's id: a row of the weighing
    };
    std::vector<Row> rows{{Decision, 1, {}}, {Ground, 1, {}}, {Weighing, 1, {}}};
    // On a conflict-of-duties route the weighing is the advice itself: a row per condition.
    // Elsewhere the conditions are the checklist above, and one row keeps the record on a page.
    const bool weighingPerCondition = m_advice.grounds.contains(QStringLiteral("cvp"));
    if (weighingPerCondition) {
        for (const QString &conditionId : m_advice.conditions)
            rows.push_back({nullptr, 2, conditionId});
    }
    for (const Row &row : std::initializer_list<Row>{{QT_TRANSLATE_NOOP("ReportBuilder", "What was shared"), 3, {}},
                                                     {QT_TRANSLATE_NOOP("ReportBuilder", "With whom"), 2, {}},
                                                     {QT_TRANSLATE_NOOP("ReportBuilder", "When (date)"), 1, {}},
                                                     {QT_TRANSLATE_NOOP("ReportBuilder", "Decided by (name, role)"), 2, {}},
                                                     {QT_TRANSLATE_NOOP("ReportBuilder", "Consulted with"), 2, {}},
                                                     {QT_TRANSLATE_NOOP("ReportBuilder", "Signature"), 3, {}}})
        rows.push_back(row);
    QTextTable *grid = table(static_cast<int>(rows.size()), {32, 68}, 0, 1, 5);
    QTextTableFormat format = grid->format();
    format.setProperty(ReportProperty::KeepTogether, true);
    grid->setFormat(format);
    int row = 0;
    for (const Row &spec : rows) {
        QTextCursor right = cell(grid, row, 1);
        if (!spec.condition.isEmpty()) {
            const ChecklistItem *item = m_rules.condition(spec.condition);
            cellTexts(grid, row, 0, item ? texts(item->text) : QStringList{spec.condition}, smallFormat());
        } else {
            cellTexts(grid, row, 0, chromeTexts(spec.label), boldFormat());
        }
        if (spec.label == Decision) {
            QStringList choices;
            for (const char *choice : {QT_TRANSLATE_NOOP("ReportBuilder", "shared"),
                                       QT_TRANSLATE_NOOP("ReportBuilder", "not shared"),
                                       QT_TRANSLATE_NOOP("ReportBuilder", "shared anonymised")})
                choices << CheckBox + QChar(0x00A0) + chrome(choice);
            right.insertText(choices.join(QStringLiteral("     ")), bodyFormat());
        } else if (spec.label == Ground) {
            // The grounds of this advice to tick, and a line for another one.
            const std::vector<AdviceItem> &grounds = section(Kind::Grounds).items;
            for (std::size_t index = 0; index < grounds.size(); ++index) {
                const QStringList citations = itemTexts(Kind::Grounds, index, &AdviceItem::label, false);
                right.insertText(CheckBox + QChar(0x00A0) + citations.join(QStringLiteral(" / ")), bodyFormat());
                right.insertText(QString(QChar::LineSeparator), bodyFormat());
            }
            right.insertText(CheckBox + QChar(0x00A0) + chrome(QT_TRANSLATE_NOOP("ReportBuilder", "other:"))
                                 + QStringLiteral(" ______________________"),
                             bodyFormat());
        } else if (spec.label == Weighing && weighingPerCondition && !m_advice.conditions.isEmpty()) {
            right.insertText(chrome(QT_TRANSLATE_NOOP("ReportBuilder",
                                                      "For each condition, write why it holds or how you meet it.")),
                             smallFormat());
        } else if (spec.label == Weighing) {
            right.insertText(QString(2, QChar::LineSeparator), bodyFormat());
        } else {
            // Empty lines rather than a margin: they survive in HTML and ODT as well.
            right.insertText(QString(spec.lines - 1, QChar::LineSeparator), bodyFormat());
        }
        ++row;
    }
    finishTable();
}

void ReportBuilder::addAbout()
{
    heading(Kind::About);
    const std::vector<AdviceItem> &about = section(Kind::About).items;
    QTextCharFormat code = monoFormat();
    code.setFontPointSize(BodySize + 1);
    code.setFontWeight(QFont::Bold);
    // Machine values (ids, dates, hashes, the code) in a fixed-pitch font, words in the body font.
    const auto valueFormat = [&](const AdviceItem &item) {
        if (item.id == QLatin1String("code"))
            return code;
        static const QStringList machine{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("valid_from"),
                                         QStringLiteral("fingerprint")};
        return machine.contains(item.id) ? monoFormat() : bodyFormat();
    };
    QStringList dates;
    for (const QString &language : m_languages)
        dates << dateText(language);
    dates.removeDuplicates();

    QTextTable *grid = table(static_cast<int>(about.size()) + 1, {28, 72}, 0, 1, 3);
    QTextTableFormat format = grid->format();
    format.setProperty(ReportProperty::KeepTogether, true);
    grid->setFormat(format);
    int row = 0;
    for (std::size_t index = 0; index < about.size(); ++index, ++row) {
        cellTexts(grid, row, 0, itemTexts(Kind::About, index, &AdviceItem::label, false), boldFormat());
        QTextCursor right = cell(grid, row, 1);
        QStringList values = itemTexts(Kind::About, index, &AdviceItem::text);
        if (about[index].id == QLatin1String("status")) // one word per language: on one line
            values = QStringList{values.join(QStringLiteral(" / "))};
        insertTexts(right, values, valueFormat(about[index]), values.size() > 1);
        if (const QStringList hint = itemTexts(Kind::About, index, &AdviceItem::detail, false); !hint.isEmpty()) {
            cellNextBlock(right, 2);
            insertTexts(right, hint, smallFormat());
        }
    }
    cellTexts(grid, row, 0, chromeTexts(QT_TRANSLATE_NOOP("ReportBuilder", "Date")), boldFormat());
    QTextCursor date = cell(grid, row, 1);
    insertTexts(date, {dates.join(QStringLiteral(" / "))}, bodyFormat());
    finishTable();

    paragraph(chromeTexts(QT_TRANSLATE_NOOP(
                  "ReportBuilder",
                  "Deelwijzer helps you find the legal ground for sharing personal data. The advice supports your "
                  "professional judgement and does not replace it: the decision remains yours. If you are in doubt, or "
                  "your situation does not fit the questions well, consult your data protection officer (DPO) or a "
                  "lawyer.")),
              bodyFormat());
}

void ReportBuilder::addGlossary()
{
    if (m_terms.isEmpty())
        return;
    heading(chrome(QT_TRANSLATE_NOOP("ReportBuilder", "Terms used")));
    // Definitions may use further terms; they are appended to m_terms and listed as well.
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const GlossaryTerm *term = m_rules.term(m_terms.at(i));
        if (!term)
            continue;
        QTextBlockFormat item;
        item.setBottomMargin(4);
        item.setProperty(ReportProperty::KeepTogether, true);
        QTextCursor &cursor = block(item, bodyFormat());
        for (qsizetype l = 0; l < m_languages.size(); ++l) {
            const QString &language = m_languages.at(l);
            const QString name = term->term.text(language);
            const QString definition = render(term->definition.text(language), language);
            if (l > 0) {
                if (name == term->term.text(m_languages.first())
                    && definition == render(term->definition.text(m_languages.first()), m_languages.first()))
                    continue;
                cursor.insertText(QString(QChar::LineSeparator), bodyFormat());
            }
            QTextCharFormat nameFormat = boldFormat();
            QTextCharFormat definitionFormat = bodyFormat();
            nameFormat.setFontItalic(l > 0);
            definitionFormat.setFontItalic(l > 0);
            cursor.insertText(name, nameFormat);
            cursor.insertText(QStringLiteral(": ") + definition, definitionFormat);
        }
    }
}

} // namespace deelwijzer
