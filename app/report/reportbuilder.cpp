// SPDX-License-Identifier: EUPL-1.2
#include "reportbuilder.h"

#include "reportproperties.h"
#include "reportstrings.h"
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
using S = ReportStrings;

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

/// A symbol that tells the verdicts apart in black and white, beside the label in words.
QString verdictSymbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Required:
        return QStringLiteral("\u279C"); // ➜ act
    case Verdict::Allowed:
        return QStringLiteral("\u2713"); // ✓
    case Verdict::AllowedIf:
        return QStringLiteral("\u2611"); // ☑ tick the conditions
    case Verdict::NotAllowed:
        return QStringLiteral("\u2717"); // ✗
    case Verdict::Consult:
        return QStringLiteral("?");
    }
    return QString();
}

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

QStringList ReportBuilder::chromeTexts(int key) const
{
    QStringList result;
    for (const QString &language : m_languages) {
        const QString text = S::text(static_cast<S::Key>(key), language);
        if (!result.contains(text))
            result << text;
    }
    return result;
}

QString ReportBuilder::chrome(int key) const
{
    return chromeTexts(key).join(QStringLiteral(" / "));
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
    const QLocale locale = language == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportBuilder::documentTitle() const
{
    QString title = chrome(S::DocumentTitle);
    if (!m_request.caseReference.trimmed().isEmpty())
        title += QStringLiteral(" \u2013 ") + m_request.caseReference.trimmed();
    return title;
}

PageDecoration ReportBuilder::pageDecoration() const
{
    PageDecoration decoration;
    decoration.headerLeft = chrome(S::HeaderTitle);
    const QString reference = m_request.caseReference.trimmed();
    if (!reference.isEmpty())
        decoration.headerLeft += QStringLiteral(" \u00B7 ") + chrome(S::CaseReference) + QStringLiteral(": ") + reference;
    decoration.headerRight = chrome(S::VerificationCode) + QLatin1Char(' ') + m_advice.code;

    const RuleSetInfo &info = m_rules.info();
    QStringList status;
    QStringList dates;
    for (const QString &language : m_languages) {
        const QString label = S::statusLabel(info.status, language);
        if (!status.contains(label))
            status << label;
        dates << dateText(language);
    }
    dates.removeDuplicates();
    decoration.footerLeft = chrome(S::RuleSet) + QLatin1Char(' ') + m_advice.rulesetId + QLatin1Char(' ')
        + m_advice.rulesetVersion
        + (info.status.isEmpty() ? QString() : QStringLiteral(" (") + status.join(QStringLiteral(" / ")) + QLatin1Char(')'))
        + QStringLiteral(" \u00B7 ") + dates.join(QStringLiteral(" / "));
    decoration.footerSecond = QStringLiteral("SHA-256 ") + m_advice.rulesetSha256;
    decoration.pageLabel = chrome(S::PageXOfY);
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

void ReportBuilder::insertTexts(QTextCursor &cursor, const QStringList &texts, const QTextCharFormat &format,
                                bool alternatesItalic)
{
    QTextCharFormat other = format;
    if (alternatesItalic)
        other.setFontItalic(true);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            cursor.insertText(QString(QChar::LineSeparator), format);
        cursor.insertText(texts.at(i), i == 0 ? format : other);
    }
}

void ReportBuilder::heading(int key)
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
    cursor.insertText(chrome(key), format);
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
    addVerdict();
    addExplanation();
    addUncertain();
    addSituation();
    addGrounds();
    addConditions();
    addNextSteps();
    addWhy();
    addSources();
    addDecisionRecord();
    addAbout();
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
    insertTexts(cursor, chromeTexts(S::DocumentTitle), titleFormat);

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
    const auto metaLine = [&](int key, const QString &value) {
        QTextCursor &c = block(metaBlock, bodyFormat());
        c.insertText(chrome(key) + QStringLiteral(": "), boldFormat());
        c.insertText(value, bodyFormat());
    };
    QStringList dates;
    for (const QString &language : m_languages)
        dates << dateText(language);
    dates.removeDuplicates();
    metaLine(S::Date, dates.join(QStringLiteral(" / ")));
    if (!m_request.caseReference.trimmed().isEmpty())
        metaLine(S::CaseReference, m_request.caseReference.trimmed());
    QStringList names;
    for (const QString &language : m_languages)
        names << m_rules.displayName(language);
    names.removeDuplicates();
    metaLine(S::RuleSet, names.join(QStringLiteral(" / ")) + QStringLiteral(" (") + m_advice.rulesetId
                             + QLatin1Char(' ') + m_advice.rulesetVersion + QLatin1Char(')'));
    QTextBlockFormat last = m_cursor.blockFormat();
    last.setBottomMargin(8);
    m_cursor.setBlockFormat(last);
}

void ReportBuilder::addVerdict()
{
    const Outcome *outcome = m_rules.outcome(m_advice.outcome);
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
    symbolCursor.insertText(verdictSymbol(m_advice.verdict), symbolFormat);

    QTextCursor cursor = cell(box, 0, 1);
    QTextCharFormat labelFormat = boldFormat();
    labelFormat.setFontPointSize(VerdictSize);
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        const QString label = verdictLabel(m_advice.verdict, m_languages.at(i));
        if (i > 0) {
            labelFormat.setFontPointSize(VerdictSize - 3);
            labelFormat.setFontItalic(true);
            cursor.insertText(QString(QChar::LineSeparator), labelFormat);
        }
        cursor.insertText(label, labelFormat);
    }
    if (outcome) {
        const QStringList title = texts(outcome->title);
        if (!title.isEmpty()) {
            cellNextBlock(cursor, 5);
            QTextCharFormat titleFormat = boldFormat();
            titleFormat.setFontPointSize(11);
            insertTexts(cursor, title, titleFormat);
        }
        const QStringList note = texts(outcome->verdictNote);
        if (!note.isEmpty()) {
            cellNextBlock(cursor, 4);
            insertTexts(cursor, note, bodyFormat());
        }
    }
    QStringList meaning;
    for (const QString &language : m_languages)
        meaning << ReportStrings::verdictMeaning(m_advice.verdict, language);
    QTextCharFormat caveat = smallFormat();
    caveat.setFontPointSize(CaveatSize);
    cellNextBlock(cursor, 4);
    insertTexts(cursor, meaning, caveat);
    finishTable();

    // The short disclaimer and the status of the rules, right under the verdict.
    QTextCharFormat italic = caveat;
    italic.setFontItalic(true);
    QTextBlockFormat small;
    small.setTopMargin(2);
    small.setBottomMargin(2);
    small.setProperty(ReportProperty::KeepTogether, true);
    QTextCursor &disclaimer = block(small, italic);
    disclaimer.insertText(chromeTexts(S::ShortDisclaimer).join(QLatin1Char(' ')), italic);

    const RuleSetInfo &info = m_rules.info();
    const QStringList statusNote = texts(info.statusNote);
    if (!statusNote.isEmpty() || (!info.status.isEmpty() && info.status != QLatin1String("approved"))) {
        QTextCursor &status = block(small, caveat);
        QStringList labels;
        for (const QString &language : m_languages)
            labels << S::statusLabel(info.status, language);
        labels.removeDuplicates();
        QTextCharFormat bold = caveat;
        bold.setFontWeight(QFont::Bold);
        status.insertText(chrome(S::RuleSetStatusLine) + QStringLiteral(": ") + labels.join(QStringLiteral(" / ")),
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
    const Outcome *outcome = m_rules.outcome(m_advice.outcome);
    if (!outcome)
        return;
    const QStringList explanation = texts(outcome->explanation);
    if (explanation.isEmpty())
        return;
    heading(S::Explanation);
    paragraph(explanation, bodyFormat());
}

void ReportBuilder::addUncertain()
{
    const Outcome *outcome = m_rules.outcome(m_advice.outcome);
    const QStringList uncertain = outcome ? texts(outcome->uncertain) : QStringList();
    if (uncertain.isEmpty() && m_advice.unsureQuestions.isEmpty())
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
    cursor.insertText(QStringLiteral("\u26A0 ") + chrome(S::Uncertain), titleFormat);
    if (!uncertain.isEmpty()) {
        cellNextBlock(cursor, 4);
        insertTexts(cursor, uncertain, bodyFormat());
    }
    if (!m_advice.unsureQuestions.isEmpty()) {
        cellNextBlock(cursor, 6);
        insertTexts(cursor, chromeTexts(S::UnsureAnswersIntro), boldFormat());
        for (const QString &questionId : m_advice.unsureQuestions) {
            const Question *question = m_rules.question(questionId);
            QTextBlockFormat item;
            item.setLeftMargin(14);
            item.setTopMargin(2);
            cursor.insertBlock(item, bodyFormat());
            QStringList lines = question ? texts(question->text) : QStringList{questionId};
            if (!lines.isEmpty())
                lines.first().prepend(QStringLiteral("\u2022 "));
            insertTexts(cursor, lines, bodyFormat());
        }
        cellNextBlock(cursor, 4);
        insertTexts(cursor, chromeTexts(S::UnsureAdvice), bodyFormat());
    }
    finishTable();
}

void ReportBuilder::addSituation()
{
    if (m_advice.route.empty())
        return;
    heading(S::Situation);
    // A header table, then one table per question: a question and its answer are never split
    // over two pages (QTextDocument would split a row line by line). The row tables have no top
    // border of their own, so the stack looks like one table.
    const std::vector<int> columns{58, 42};
    QTextTable *header = table(1, columns, 0, 1, 4);
    QTextTableFormat headerFormat = header->format();
    headerFormat.setBottomMargin(0);
    headerFormat.setProperty(ReportProperty::KeepWithNext, true);
    header->setFormat(headerFormat);
    cellTexts(header, 0, 0, chromeTexts(S::Question), boldFormat());
    cellTexts(header, 0, 1, chromeTexts(S::Answer), boldFormat());
    finishTable();
    const std::size_t count = m_advice.route.size();
    for (std::size_t index = 0; index < count; ++index) {
        const RouteStep &step = m_advice.route[index];
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
        const Question *question = m_rules.question(step.question);
        cellTexts(grid, 0, 0, question ? texts(question->text) : QStringList{step.question}, bodyFormat());
        QStringList answers; // one line per language: "Ja" / "Yes"; several answers joined
        bool unsure = false;
        for (const QString &language : m_languages) {
            QStringList labels;
            for (const QString &answerId : step.answer) {
                const Answer *answer = question ? question->answer(answerId) : nullptr;
                labels << (answer ? render(answer->label.text(language), language) : answerId);
                unsure = unsure || (answer && answer->unsure);
            }
            const QString line = labels.join(QStringLiteral("; "));
            if (!answers.contains(line))
                answers << line;
        }
        cellTexts(grid, 0, 1, answers, unsure ? boldFormat() : bodyFormat());
        finishTable();
    }
}

int ReportBuilder::roleKey(GroundRole role)
{
    switch (role) {
    case GroundRole::Basis:
        return S::RoleBasis;
    case GroundRole::Exception:
        return S::RoleException;
    case GroundRole::LiftsSecrecy:
        return S::RoleLiftsSecrecy;
    case GroundRole::Restricts:
        return S::RoleRestricts;
    case GroundRole::None:
        break;
    }
    return -1;
}

void ReportBuilder::addGrounds()
{
    heading(S::LegalGrounds);
    if (m_advice.grounds.isEmpty()) {
        paragraph(chromeTexts(S::NoGrounds), bodyFormat());
        return;
    }
    paragraph(chromeTexts(S::LegalGroundsIntro), bodyFormat(), true);
    // What the advice rests on, then what it must respect (citedGrounds is in that order).
    // One small table per ground, so that no ground is split over two pages.
    bool restsOnShown = false, respectShown = false;
    for (const CitedGround &cited : m_advice.citedGrounds) {
        const QString &groundId = cited.id;
        if (cited.restsOn() && !restsOnShown) {
            paragraph(chromeTexts(S::GroundsRestOn), boldFormat(), true);
            restsOnShown = true;
        } else if (!cited.restsOn() && !respectShown) {
            paragraph(chromeTexts(S::GroundsRespect), boldFormat(), true);
            respectShown = true;
        }
        QTextTable *grid = table(1, {30, 70}, 0, 1, 4);
        const LegalGround *ground = m_rules.ground(groundId);
        if (!ground) {
            cellTexts(grid, 0, 0, {groundId}, boldFormat());
            finishTable();
            continue;
        }
        // Left: the citation ("art. 16 lid 1 onder a Wpg") and the law's full name.
        QStringList citations;
        QStringList lawNames;
        const Law *law = m_rules.law(ground->law);
        for (const QString &language : m_languages) {
            const QString citation = m_rules.citation(*ground, language);
            if (!citations.contains(citation))
                citations << citation;
            if (law) {
                const QString name = law->name.text(language);
                if (!lawNames.contains(name))
                    lawNames << name;
            }
        }
        QTextCursor left = cell(grid, 0, 0);
        insertTexts(left, citations, boldFormat());
        if (!lawNames.isEmpty()) {
            cellNextBlock(left, 2);
            insertTexts(left, lawNames, smallFormat());
        }
        if (const int role = roleKey(cited.role); role >= 0) {
            cellNextBlock(left, 2);
            QTextCharFormat roleFormat = smallFormat();
            roleFormat.setFontWeight(QFont::Bold);
            insertTexts(left, chromeTexts(role), roleFormat);
        }

        // Right: title, plain meaning, note, "not certain", link.
        QTextCursor right = cell(grid, 0, 1);
        insertTexts(right, texts(ground->title), boldFormat());
        const QStringList meaning = texts(ground->meaning);
        if (!meaning.isEmpty()) {
            cellNextBlock(right, 2);
            insertTexts(right, meaning, bodyFormat());
        }
        if (!ground->words.isEmpty()) {
            // The statute's own words, in Dutch in every report: the text a lawyer checks.
            cellNextBlock(right, 2);
            QStringList labels;
            for (const QString &language : m_languages) {
                const QString label = ground->textDate.isValid()
                                          ? S::text(S::StatuteWords, language).arg(ground->textDate.toString(Qt::ISODate))
                                          : S::text(S::StatuteWordsUndated, language);
                if (!labels.contains(label))
                    labels << label;
            }
            insertTexts(right, {labels.join(QStringLiteral(" / "))}, smallFormat(), false);
            cellNextBlock(right, 1);
            QTextCharFormat quote = bodyFormat();
            quote.setFontItalic(true);
            right.insertText(QStringLiteral("“%1”").arg(ground->words), quote);
        }
        const QStringList note = texts(ground->note);
        if (!note.isEmpty()) {
            cellNextBlock(right, 2);
            insertTexts(right, note, smallFormat());
        }
        if (ground->unsure) {
            cellNextBlock(right, 2);
            QTextCharFormat bold = smallFormat();
            bold.setFontWeight(QFont::Bold);
            insertTexts(right, {QStringLiteral("\u26A0 ") + chrome(S::GroundUnsure)}, bold);
        }
        const QString url = m_rules.groundUrl(*ground);
        if (!url.isEmpty()) {
            cellNextBlock(right, 2);
            QTextCharFormat link = smallFormat();
            link.setAnchor(true);
            link.setAnchorHref(url);
            link.setFontUnderline(true);
            right.insertText(url, link);
        }
        finishTable();
    }
}

void ReportBuilder::addConditions()
{
    if (m_advice.conditions.isEmpty())
        return;
    heading(S::Conditions);
    paragraph(chromeTexts(S::ConditionsIntro), bodyFormat(), true);
    QTextCharFormat boxFormat = bodyFormat();
    boxFormat.setFontPointSize(14);
    // One borderless table per item: the box beside the text, never split over two pages.
    for (const QString &conditionId : m_advice.conditions) {
        QTextTable *list = table(1, {6, 94}, 0, 0, 1);
        const ChecklistItem *item = m_rules.condition(conditionId);
        QTextCursor box = cell(list, 0, 0);
        box.insertText(m_request.checkedConditions.contains(conditionId) ? TickedBox : CheckBox, boxFormat);
        QTextCursor text = cell(list, 0, 1);
        QTextBlockFormat first;
        first.setTopMargin(3);
        text.setBlockFormat(first);
        insertTexts(text, item ? texts(item->text) : QStringList{conditionId}, bodyFormat());
        const QStringList help = item ? texts(item->help) : QStringList();
        if (!help.isEmpty()) {
            cellNextBlock(text, 1);
            insertTexts(text, help, smallFormat());
        }
        finishTable();
    }
}

void ReportBuilder::addNextSteps()
{
    if (m_advice.nextSteps.isEmpty())
        return;
    heading(S::NextSteps);
    QList<QStringList> items;
    for (const QString &actionId : m_advice.nextSteps) {
        const Action *action = m_rules.action(actionId);
        items << (action ? texts(action->text) : QStringList{actionId});
    }
    numberedList(items);
}

void ReportBuilder::addWhy()
{
    QList<QStringList> steps;
    for (const TraceStep &step : m_advice.trace) {
        const QStringList explanation = texts(step.explanation);
        if (!step.routine && !explanation.isEmpty())
            steps << explanation;
    }
    if (steps.isEmpty())
        return;
    heading(S::Why);
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
    const Outcome *outcome = m_rules.outcome(m_advice.outcome);
    if (!outcome || outcome->sources.isEmpty())
        return;
    heading(S::Sources);
    for (const QString &sourceId : outcome->sources) {
        const Source *source = m_rules.source(sourceId);
        QTextBlockFormat item;
        item.setBottomMargin(2);
        item.setProperty(ReportProperty::KeepTogether, true);
        QTextCursor &cursor = block(item, bodyFormat());
        cursor.insertText(source ? source->title : sourceId, bodyFormat());
        if (source && !source->url.isEmpty()) {
            cursor.insertText(QString(QChar::LineSeparator), smallFormat());
            QTextCharFormat link = smallFormat();
            link.setAnchor(true);
            link.setAnchorHref(source->url);
            link.setFontUnderline(true);
            cursor.insertText(source->url, link);
        }
    }
}

void ReportBuilder::addDecisionRecord()
{
    heading(S::DecisionRecord);
    QTextCharFormat italic = smallFormat();
    italic.setFontItalic(true);
    paragraph({chromeTexts(S::DecisionRecordIntro).join(QLatin1Char(' '))}, italic, true);

    // What a privacy officer asks of a record: the decision, the legal ground relied on, the
    // weighing (each condition and why it holds), what, with whom, when, by whom, consulted
    // with, and a signature, each with room to write by hand.
    struct Row
    {
        int key = -1;
        int lines = 0;     // room to write by hand, in lines of text
        QString condition; // a condition's id: a row of the weighing
    };
    std::vector<Row> rows{{S::RecordDecision, 1, {}}, {S::RecordGround, 1, {}}, {S::RecordWeighing, 1, {}}};
    // On a conflict-of-duties route the weighing is the advice itself: a row per condition.
    // Elsewhere the conditions are the checklist above, and one row keeps the record on a page.
    const bool weighingPerCondition = m_advice.grounds.contains(QStringLiteral("cvp"));
    if (weighingPerCondition) {
        for (const QString &conditionId : m_advice.conditions)
            rows.push_back({-1, 2, conditionId});
    }
    for (const Row &row : std::initializer_list<Row>{{S::RecordWhat, 3, {}},
                                                     {S::RecordWithWhom, 2, {}},
                                                     {S::RecordWhen, 1, {}},
                                                     {S::RecordDecidedBy, 2, {}},
                                                     {S::RecordConsulted, 2, {}},
                                                     {S::RecordSignature, 3, {}}})
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
            cellTexts(grid, row, 0, chromeTexts(spec.key), boldFormat());
        }
        if (spec.key == S::RecordDecision) {
            QStringList choices;
            for (int key : {S::RecordShared, S::RecordNotShared, S::RecordAnonymised})
                choices << CheckBox + QChar(0x00A0) + chrome(key);
            right.insertText(choices.join(QStringLiteral("     ")), bodyFormat());
        } else if (spec.key == S::RecordGround) {
            // The grounds of this advice to tick, and a line for another one.
            for (const QString &groundId : m_advice.grounds) {
                const LegalGround *ground = m_rules.ground(groundId);
                QStringList citations;
                for (const QString &language : m_languages) {
                    const QString citation = ground ? m_rules.citation(*ground, language) : groundId;
                    if (!citations.contains(citation))
                        citations << citation;
                }
                right.insertText(CheckBox + QChar(0x00A0) + citations.join(QStringLiteral(" / ")), bodyFormat());
                right.insertText(QString(QChar::LineSeparator), bodyFormat());
            }
            right.insertText(CheckBox + QChar(0x00A0) + chrome(S::RecordOtherGround) + QStringLiteral(" ______________________"),
                             bodyFormat());
        } else if (spec.key == S::RecordWeighing && weighingPerCondition && !m_advice.conditions.isEmpty()) {
            right.insertText(chrome(S::RecordWeighingHint), smallFormat());
        } else if (spec.key == S::RecordWeighing) {
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
    heading(S::About);
    const RuleSetInfo &info = m_rules.info();
    struct Row
    {
        int key;
        QStringList values;
        QTextCharFormat format;
    };
    std::vector<Row> rows;
    QStringList names;
    for (const QString &language : m_languages)
        names << m_rules.displayName(language);
    names.removeDuplicates();
    rows.push_back({S::RuleSetName, names, bodyFormat()});
    rows.push_back({S::RuleSetId, {m_advice.rulesetId}, monoFormat()});
    rows.push_back({S::Version, {m_advice.rulesetVersion}, monoFormat()});
    if (!info.status.isEmpty()) {
        QStringList status;
        for (const QString &language : m_languages)
            status << S::statusLabel(info.status, language);
        status.removeDuplicates();
        rows.push_back({S::Status, {status.join(QStringLiteral(" / "))}, bodyFormat()});
    }
    const QStringList statusNote = texts(info.statusNote);
    if (!statusNote.isEmpty())
        rows.push_back({S::StatusNote, statusNote, bodyFormat()});
    if (info.validFrom.isValid())
        rows.push_back({S::ValidFrom, {info.validFrom.toString(Qt::ISODate)}, monoFormat()});
    rows.push_back({S::Fingerprint, {m_advice.rulesetSha256}, monoFormat()});
    QTextCharFormat code = monoFormat();
    code.setFontPointSize(BodySize + 1);
    code.setFontWeight(QFont::Bold);
    rows.push_back({S::VerificationCode, {m_advice.code}, code});
    QStringList dates;
    for (const QString &language : m_languages)
        dates << dateText(language);
    dates.removeDuplicates();
    rows.push_back({S::Date, {dates.join(QStringLiteral(" / "))}, bodyFormat()});

    QTextTable *grid = table(static_cast<int>(rows.size()), {28, 72}, 0, 1, 3);
    QTextTableFormat format = grid->format();
    format.setProperty(ReportProperty::KeepTogether, true);
    grid->setFormat(format);
    int row = 0;
    for (const Row &spec : rows) {
        cellTexts(grid, row, 0, chromeTexts(spec.key), boldFormat());
        QTextCursor right = cell(grid, row, 1);
        insertTexts(right, spec.values, spec.format, spec.values.size() > 1);
        if (spec.key == S::VerificationCode) {
            cellNextBlock(right, 2);
            insertTexts(right, chromeTexts(S::VerificationCodeHint), smallFormat());
        }
        ++row;
    }
    finishTable();

    QTextCharFormat italic = bodyFormat();
    italic.setFontItalic(false);
    paragraph(chromeTexts(S::FullDisclaimer), italic);
}

void ReportBuilder::addGlossary()
{
    if (m_terms.isEmpty())
        return;
    heading(S::Glossary);
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
