// SPDX-License-Identifier: EUPL-1.2
// The printed advice (design §6) for every case, in every language, in every format.
#include "reporttestsupport.h"

#include "reportbuilder.h"
#include "reportexporter.h"
#include "adviceview.h"
#include "phrasebook.h"
#include "reportwriter.h"
#include "verdict.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace deelwijzer;
using namespace reporttest;

namespace {
const std::vector<ReportLanguage> allLanguages{ReportLanguage::Dutch, ReportLanguage::English, ReportLanguage::Both};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString write(const EvaluatedCase &c, ReportLanguage language, const QTemporaryDir &dir, const QString &suffix)
{
    const QString path = dir.filePath(QString(c.name).replace(QLatin1Char('/'), QLatin1Char('-'))
                                      + QLatin1Char('-') + languageId(language) + QLatin1Char('.') + suffix);
    QString error;
    const bool ok = writeReport(c.request(language), path, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    // For the user alone (README, "Files and privacy"), whatever the umask.
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    return path;
}

/// The text without any white space: pdftotext breaks lines where the PDF does, also inside a
/// citation ("Art. 4.1.1(2)" / "(e)" in a narrow column).
QString compact(const QString &text)
{
    QString result = text;
    result.remove(QRegularExpression(QStringLiteral("\\s+")));
    return result;
}

/// The path of a tool the checks need; its absence fails the test (a check that is skipped
/// passes by accident). CMake finds the tools; install poppler-utils and unzip.
QString requiredTool(const char *path, const char *name)
{
    const QString tool = QString::fromLocal8Bit(path);
    if (tool.isEmpty())
        FAIL(name << " not found when CMake configured the tests: install it (poppler-utils, unzip) and reconfigure");
    return tool;
}

/// PDF/A-1b markers and every font embedded.
void checkPdfA(const QString &path, const QString &pdfinfo, const QString &pdffonts)
{
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("%PDF-1.4"));
    CHECK(bytes.contains("/OutputIntents"));
    CHECK(bytes.contains("GTS_PDFA1"));

    const std::optional<QByteArray> meta = run(pdfinfo, {QStringLiteral("-meta"), path});
    REQUIRE(meta);
    const QString xmp = QString::fromUtf8(*meta);
    INFO(xmp.toStdString());
    CHECK(xmp.contains(QRegularExpression(QStringLiteral("pdfaid:part(>|=['\"])1"))));
    CHECK(xmp.contains(QRegularExpression(QStringLiteral("pdfaid:conformance(>|=['\"])B"))));

    const std::optional<QByteArray> fonts = run(pdffonts, {path});
    REQUIRE(fonts);
    const QStringList lines = QString::fromUtf8(*fonts).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2); // two header lines, then one line per font
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        INFO(lines.at(i).toStdString());
        REQUIRE(columns.size() >= 5);
        CHECK(columns.at(columns.size() - 5) == QLatin1String("yes")); // emb
    }
}

/// The languages a case is printed in: Dutch and English for every case, both at once for the
/// demo and fixture cases (the built-in cases are many; "both" only repeats their texts).
std::vector<ReportLanguage> languagesFor(const EvaluatedCase &c)
{
    if (c.name.startsWith(QLatin1String("builtin/")))
        return {ReportLanguage::Dutch, ReportLanguage::English};
    return allLanguages;
}

/// Texts every report must show, per language.
QStringList mustShow(const EvaluatedCase &c, ReportLanguage language)
{
    QStringList texts{c.advice.code};
    for (const QString &lang : ReportBuilder::languageIds(language)) {
        texts << verdictLabel(c.advice.verdict, lang);
        for (const QString &groundId : c.advice.grounds) {
            const LegalGround *ground = c.rules->ground(groundId);
            REQUIRE(ground);
            texts << c.rules->citation(*ground, lang);
        }
    }
    texts.removeDuplicates();
    return texts;
}

/// Narratives are training stories: they must never reach the printed advice.
QStringList mustNotShow(const EvaluatedCase &c)
{
    QStringList texts;
    for (const auto &narrative : c.file.narrative.translations())
        if (narrative.text.trimmed().size() > 20)
            texts << squeeze(narrative.text).left(40);
    return texts;
}
} // namespace

TEST_CASE("there are cases to print", "[report]")
{
    REQUIRE(allCases().size() >= 3);
    REQUIRE(fixtureCases().size() >= 3);
}

TEST_CASE("every wording exists in Dutch and English", "[report][strings]")
{
    // The report's words come from the translations (Phrasebook), one language at a time.
    for (const EvaluatedCase *c : fixtureCases()) {
        const QStringList dutch = AdviceView(*c->rules, c->advice, QStringLiteral("nl")).headings();
        const QStringList english = AdviceView(*c->rules, c->advice, QStringLiteral("en")).headings();
        REQUIRE(dutch.size() == english.size());
        for (qsizetype i = 0; i < dutch.size(); ++i) {
            INFO(english.at(i).toStdString());
            CHECK_FALSE(dutch.at(i).isEmpty());
            CHECK(dutch.at(i) != english.at(i));
        }
    }
    for (const QString &id : allVerdictIds()) {
        const Verdict verdict = *verdictFromId(id);
        CHECK_FALSE(verdictMeaning(verdict, QStringLiteral("nl")).isEmpty());
        CHECK(verdictMeaning(verdict, QStringLiteral("nl")) != verdictMeaning(verdict, QStringLiteral("en")));
    }
    const Phrasebook &nl = Phrasebook::forLanguage(QStringLiteral("nl"));
    CHECK(nl.translate("ReportBuilder", "Record of your decision") == QStringLiteral("Vastlegging van uw besluit"));
}

TEST_CASE("language ids", "[report]")
{
    CHECK(reportLanguageFromId(QStringLiteral("nl")) == ReportLanguage::Dutch);
    CHECK(reportLanguageFromId(QStringLiteral("en")) == ReportLanguage::English);
    CHECK(reportLanguageFromId(QStringLiteral("both")) == ReportLanguage::Both);
    CHECK_FALSE(reportLanguageFromId(QStringLiteral("de")).has_value());
}

TEST_CASE("unknown formats and missing advice are refused", "[report]")
{
    REQUIRE_FALSE(allCases().empty());
    const EvaluatedCase &c = allCases().front();
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(writeReport(c.request(ReportLanguage::Dutch), dir.filePath(QStringLiteral("advice.docx")), &error));
    CHECK(error.contains(QLatin1String(".pdf")));
    ReportRequest empty;
    CHECK_FALSE(writeReport(empty, dir.filePath(QStringLiteral("advice.pdf")), &error));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("advice.pdf"))));
}

TEST_CASE("the same request gives the same document", "[report]")
{
    REQUIRE_FALSE(fixtureCases().empty());
    const EvaluatedCase &c = *fixtureCases().front();
    const ReportRequest request = c.request(ReportLanguage::Both);
    const QByteArray first = ReportExporter::html(*ReportBuilder(request).build(), QStringLiteral("nl"));
    const QByteArray second = ReportExporter::html(*ReportBuilder(request).build(), QStringLiteral("nl"));
    CHECK(first == second);
}

TEST_CASE("PDF of every case is PDF/A-1b with embedded fonts and shows verdict, grounds, code and page numbers on every page",
          "[report][pdf]")
{
    const QString pdftotext = requiredTool(DEELWIJZER_PDFTOTEXT, "pdftotext");
    const QString pdfinfo = requiredTool(DEELWIJZER_PDFINFO, "pdfinfo");
    const QString pdffonts = requiredTool(DEELWIJZER_PDFFONTS, "pdffonts");
    QTemporaryDir dir;
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : languagesFor(c)) {
            DYNAMIC_SECTION(c.name.toStdString() << " " << languageId(language).toStdString())
            {
                const QString path = write(c, language, dir, QStringLiteral("pdf"));
                checkPdfA(path, pdfinfo, pdffonts);

                const std::optional<QByteArray> info = run(pdfinfo, {path});
                REQUIRE(info);
                const QRegularExpressionMatch pagesMatch
                    = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(*info));
                REQUIRE(pagesMatch.hasMatch());
                const int pages = pagesMatch.captured(1).toInt();
                CHECK(pages >= 1);
                CHECK(pages <= 12);
                CHECK(QString::fromUtf8(*info).contains(QLatin1String("(A4)")));

                const std::optional<QByteArray> text = run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                                       path, QStringLiteral("-")});
                REQUIRE(text);
                QStringList pageTexts = QString::fromUtf8(*text).split(QLatin1Char('\f'));
                if (!pageTexts.isEmpty() && pageTexts.last().trimmed().isEmpty())
                    pageTexts.removeLast();
                REQUIRE(pageTexts.size() == pages);
                const QString all = squeeze(pageTexts.join(QLatin1Char(' ')));
                const QString allCompact = compact(all);
                for (const QString &expected : mustShow(c, language)) {
                    INFO("expected: " << expected.toStdString());
                    CHECK(allCompact.contains(compact(expected)));
                }
                for (const QString &forbidden : mustNotShow(c))
                    CHECK_FALSE(all.contains(forbidden));
                if (!c.file.reference.isEmpty())
                    CHECK(all.contains(c.file.reference));

                const QString lang = ReportBuilder::languageIds(language).constFirst();
                for (int page = 0; page < pages; ++page) {
                    INFO("page " << page + 1);
                    const QString pageText = squeeze(pageTexts.at(page));
                    CHECK(pageText.contains(c.advice.code));
                    CHECK(pageText.contains(
                        Phrasebook::forLanguage(lang).translate("ReportBuilder", "Page %1 of %2").arg(page + 1).arg(pages)));
                    CHECK(pageText.contains(c.advice.rulesetSha256));
                }

                // The decision record is on one page.
                const QString what = Phrasebook::forLanguage(lang).translate("ReportBuilder", "What was shared");
                const QString signature = Phrasebook::forLanguage(lang).translate("ReportBuilder", "Signature");
                bool together = false;
                for (const QString &pageText : pageTexts)
                    together = together || (pageText.contains(what) && pageText.contains(signature));
                CHECK(together);
            }
        }
    }
}

TEST_CASE("ODT of every case is a valid OpenDocument package", "[report][odt]")
{
    const QString unzip = requiredTool(DEELWIJZER_UNZIP, "unzip");
    QTemporaryDir dir;
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : {ReportLanguage::Dutch, ReportLanguage::Both}) {
            DYNAMIC_SECTION(c.name.toStdString() << " " << languageId(language).toStdString())
            {
                const QString path = write(c, language, dir, QStringLiteral("odt"));
                const QByteArray bytes = readAll(path);
                // ODF 1.2 §3.3: the first entry is "mimetype", stored uncompressed, no extra field.
                const QByteArray mimetype("application/vnd.oasis.opendocument.text");
                REQUIRE(bytes.size() > 30 + 8 + mimetype.size());
                CHECK(bytes.left(4) == QByteArray("PK\x03\x04", 4));
                CHECK(bytes.mid(8, 2) == QByteArray("\0\0", 2)); // method: stored
                CHECK(bytes.mid(30, 8) == "mimetype");
                const int extra = static_cast<unsigned char>(bytes.at(28)) | static_cast<unsigned char>(bytes.at(29)) << 8;
                CHECK(bytes.mid(38 + extra, mimetype.size()) == mimetype);

                CHECK(run(unzip, {QStringLiteral("-tq"), path}).has_value());
                for (const QString &member : {QStringLiteral("content.xml"), QStringLiteral("META-INF/manifest.xml")}) {
                    const std::optional<QByteArray> xml = run(unzip, {QStringLiteral("-p"), path, member});
                    REQUIRE(xml);
                    QXmlStreamReader reader(*xml);
                    while (!reader.atEnd())
                        reader.readNext();
                    INFO(member.toStdString() << ": " << reader.errorString().toStdString());
                    CHECK_FALSE(reader.hasError());
                    if (member == QLatin1String("content.xml")) {
                        const QString content = QString::fromUtf8(*xml);
                        for (const QString &expected : mustShow(c, language)) {
                            INFO("expected: " << expected.toStdString());
                            CHECK(content.contains(expected.toHtmlEscaped()));
                        }
                    }
                }
            }
        }
    }
}

namespace {
/// The text of an ODT package's content.xml and styles.xml (header and footer), tags removed.
QString odtText(const QString &unzip, const QString &path)
{
    QString text;
    for (const QString &member : {QStringLiteral("styles.xml"), QStringLiteral("content.xml")}) {
        const std::optional<QByteArray> xml = run(unzip, {QStringLiteral("-p"), path, member});
        REQUIRE(xml);
        QXmlStreamReader reader(*xml);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::Characters)
                text += reader.text();
            else if (reader.isEndElement() && (reader.name() == QLatin1String("p") || reader.name() == QLatin1String("h")))
                text += QLatin1Char('\n');
        }
        INFO(member.toStdString() << ": " << reader.errorString().toStdString());
        REQUIRE_FALSE(reader.hasError());
    }
    return text;
}
} // namespace

// Qt's own ODF writer dropped the verdict sentence, the grounds' explanations and every cell
// with several paragraphs; the ODT must carry every line the PDF shows.
TEST_CASE("ODT carries every line of the PDF", "[report][odt][pdf]")
{
    const QString unzip = QStringLiteral(DEELWIJZER_UNZIP);
    const QString pdftotext = QStringLiteral(DEELWIJZER_PDFTOTEXT);
    if (unzip.isEmpty() || pdftotext.isEmpty()) {
        WARN("skipped: needs unzip and pdftotext (poppler-utils)");
        return;
    }
    // The page label is a field in the ODT ("Page <number> of <count>").
    static const QRegularExpression pageLabel(QStringLiteral("^(Pagina|Page) \\d+ (van|of) \\d+( / (Pagina|Page) \\d+ (van|of) \\d+)?$"));
    QTemporaryDir dir;
    int cases = 0;
    for (const EvaluatedCase &c : allCases()) {
        if (!c.name.startsWith(QLatin1String("fixture/")) && ++cases % 4 != 0)
            continue; // every fixture case, and a quarter of the others
        for (ReportLanguage language : allLanguages) {
            DYNAMIC_SECTION(c.name.toStdString() << " " << languageId(language).toStdString())
            {
                // No-break spaces (after a check box) are spaces to pdftotext.
                const QString odt = compact(odtText(unzip, write(c, language, dir, QStringLiteral("odt"))).replace(QChar::Nbsp, QLatin1Char(' ')));
                const std::optional<QByteArray> pdf
                    = run(pdftotext, {QStringLiteral("-raw"), write(c, language, dir, QStringLiteral("pdf")), QStringLiteral("-")});
                REQUIRE(pdf);
                for (QString line : QString::fromUtf8(*pdf).split(QLatin1Char('\n'))) {
                    line = squeeze(line.replace(QChar::Nbsp, QLatin1Char(' '))).remove(QChar(0x0c)).trimmed();
                    if (line.isEmpty() || pageLabel.match(line).hasMatch())
                        continue;
                    INFO("PDF line: " << line.toStdString());
                    CHECK(odt.contains(compact(line)));
                }
            }
        }
    }
}

// A case reference is the user's own text and goes into <title>, the page header, the PDF's
// and the ODT's metadata: it must stay text in every format.
// LibreOffice wrapped "Page 1 of 12 / Pagina 1 van 12" onto a second line beside a footer the
// two languages had filled: the label now stands on a line of its own, and a rule-set line too
// long for one line breaks before its date, not in the middle of it.
TEST_CASE("the ODT footer never wraps its page label or the date", "[report][odt]")
{
    const QString unzip = requiredTool(DEELWIJZER_UNZIP, "unzip");
    QTemporaryDir dir;
    const EvaluatedCase &c = allCases().front();
    for (ReportLanguage language : {ReportLanguage::Dutch, ReportLanguage::Both}) {
        DYNAMIC_SECTION(languageId(language).toStdString())
        {
            const std::optional<QByteArray> xml
                = run(unzip, {QStringLiteral("-p"), write(c, language, dir, QStringLiteral("odt")), QStringLiteral("styles.xml")});
            REQUIRE(xml);
            QXmlStreamReader reader(*xml);
            QStringList footerParagraphs;
            bool inFooter = false;
            while (!reader.atEnd()) {
                reader.readNext();
                if (reader.name() == QLatin1String("footer"))
                    inFooter = reader.isStartElement();
                else if (inFooter && reader.isStartElement() && reader.name() == QLatin1String("p"))
                    footerParagraphs << QString();
                else if (inFooter && reader.isStartElement() && reader.name() == QLatin1String("line-break"))
                    footerParagraphs.last() += QLatin1Char('|');
                else if (inFooter && reader.isStartElement() && reader.name() == QLatin1String("page-number"))
                    footerParagraphs.last() += QLatin1String("#page");
                else if (inFooter && reader.isCharacters() && !footerParagraphs.isEmpty())
                    footerParagraphs.last() += reader.text();
            }
            REQUIRE_FALSE(reader.hasError());
            REQUIRE(footerParagraphs.size() == 2);
            INFO(footerParagraphs.join(QLatin1String(" // ")).toStdString());
            CHECK(footerParagraphs[0].contains(QLatin1String("0.2")));
            CHECK_FALSE(footerParagraphs[0].contains(QLatin1String("#page")));
            CHECK(footerParagraphs[1].contains(QLatin1String("#page")));
            // Both languages: "Rule set … (reconstructed)|7 december 2026 / 7 December 2026".
            CHECK(footerParagraphs[0].contains(QLatin1Char('|')) == (language == ReportLanguage::Both));
            if (language == ReportLanguage::Both)
                CHECK_FALSE(footerParagraphs[0].section(QLatin1Char('|'), -1).contains(QLatin1Char('(')));
        }
    }
}

TEST_CASE("hostile case references stay text in every export", "[report][html][odt]")
{
    const QString unzip = QStringLiteral(DEELWIJZER_UNZIP);
    const EvaluatedCase &c = *fixtureCases().front();
    QTemporaryDir dir;
    for (const QString &hostile : {QStringLiteral("</title><script>alert(1)</script>"),
                                   QStringLiteral("\"><img src=x onerror=alert(1)> & %1 %2 ]]>"),
                                   QStringLiteral("x\x01\x1b[31m</text:p><text:p>injected")}) {
        ReportRequest request = c.request(ReportLanguage::Both);
        request.caseReference = hostile;
        const QString html = dir.filePath(QStringLiteral("hostile.html"));
        QString error;
        REQUIRE(writeReport(request, html, &error));
        const QString page = QString::fromUtf8(readAll(html));
        CHECK_FALSE(page.contains(QLatin1String("<script")));
        CHECK_FALSE(page.contains(QLatin1String("<img")));
        const qsizetype titleEnd = page.indexOf(QLatin1String("</title>"));
        REQUIRE(titleEnd > 0);
        CHECK(page.indexOf(QLatin1String("</title>"), titleEnd + 1) < 0); // one title, closed once

        const QString odt = dir.filePath(QStringLiteral("hostile.odt"));
        REQUIRE(writeReport(request, odt, &error));
        if (unzip.isEmpty()) {
            WARN("unzip not found: the ODT's XML not checked");
            continue;
        }
        for (const QString &member : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"), QStringLiteral("meta.xml")}) {
            const std::optional<QByteArray> xml = run(unzip, {QStringLiteral("-p"), odt, member});
            REQUIRE(xml);
            QXmlStreamReader reader(*xml);
            QString text;
            while (!reader.atEnd()) {
                if (reader.readNext() == QXmlStreamReader::Characters)
                    text += reader.text();
                CHECK_FALSE(reader.name() == QLatin1String("script"));
            }
            INFO(member.toStdString() << ": " << reader.errorString().toStdString());
            CHECK_FALSE(reader.hasError());
            if (member != QLatin1String("content.xml")) // the header (styles) and the title (meta) hold it
                CHECK(text.contains(QString(hostile).replace(QLatin1Char('\x01'), QChar(0xfffd)).replace(QLatin1Char('\x1b'), QChar(0xfffd))));
        }
    }
}

TEST_CASE("HTML of every case", "[report][html]")
{
    QTemporaryDir dir;
    for (const EvaluatedCase &c : allCases()) {
        for (ReportLanguage language : languagesFor(c)) {
            DYNAMIC_SECTION(c.name.toStdString() << " " << languageId(language).toStdString())
            {
                const QString html = QString::fromUtf8(readAll(write(c, language, dir, QStringLiteral("html"))));
                CHECK(html.startsWith(QLatin1String("<!DOCTYPE")));
                CHECK(html.contains(QStringLiteral("<html lang=\"%1\">")
                                        .arg(ReportBuilder::languageIds(language).constFirst())));
                CHECK(html.contains(QLatin1String("<title>")));
                for (const QString &expected : mustShow(c, language)) {
                    INFO("expected: " << expected.toStdString());
                    CHECK(html.contains(expected.toHtmlEscaped()));
                }
                for (const QString &forbidden : mustNotShow(c))
                    CHECK_FALSE(squeeze(html).contains(forbidden.toHtmlEscaped()));
                CHECK(html.contains(c.advice.rulesetSha256));
                // Grounds by role, each with the statute's own words.
                for (const CitedGround &cited : c.advice.citedGrounds) {
                    const LegalGround *ground = c.rules->ground(cited.id);
                    REQUIRE(ground);
                    const char *group = cited.restsOn() ? "The advice rests on" : "What the advice must respect";
                    for (const QString &lang : ReportBuilder::languageIds(language))
                        CHECK(html.contains(
                            Phrasebook::forLanguage(lang).translate("deelwijzer::AdviceView", group).toHtmlEscaped()));
                    if (!ground->words.isEmpty())
                        CHECK(html.contains(QStringLiteral("“%1”").arg(ground->words).toHtmlEscaped()));
                }
            }
        }
    }
}

// Golden files pin the whole HTML of a few fixture cases. After a deliberate change to the
// report, regenerate them (see tests/report/golden/README.md); the run that writes them fails,
// so the new files are always looked at as a diff:
//     DEELWIJZER_UPDATE_GOLDEN=1 build/dev/tests/report/report_tests "[golden]"
TEST_CASE("HTML matches the golden files", "[report][html][golden]")
{
    const QDir goldenDir(QStringLiteral(DEELWIJZER_SOURCE_DIR "/tests/report/golden"));
    const bool update = !qEnvironmentVariableIsEmpty("DEELWIJZER_UPDATE_GOLDEN");
    const QStringList chosen{QStringLiteral("fixture/police-om-health"), QStringLiteral("fixture/unsure"),
                             QStringLiteral("fixture/with-reference"), QStringLiteral("fixture/doctor-refused")};
    QStringList compared;
    QStringList differing;
    for (const EvaluatedCase *c : fixtureCases()) {
        if (!chosen.contains(c->name))
            continue;
        for (ReportLanguage language : allLanguages) {
            const QString lang = languageId(language);
            const QString name = c->name.mid(c->name.indexOf(QLatin1Char('/')) + 1) + QLatin1Char('-') + lang
                + QStringLiteral(".html");
            const ReportRequest request = c->request(language);
            // The fingerprint and the code come from the engine (pinned there); placeholders
            // keep these files about the report.
            QByteArray actual = ReportExporter::html(*ReportBuilder(request).build(),
                                                     ReportBuilder::languageIds(language).constFirst());
            actual.replace(c->advice.rulesetSha256.toUtf8(), "{SHA-256}");
            actual.replace(c->advice.code.toUtf8(), "{CODE}");
            QFile golden(goldenDir.filePath(name));
            if (update) {
                REQUIRE(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
                golden.write(actual);
            } else {
                INFO("golden/" << name.toStdString());
                REQUIRE(golden.open(QIODevice::ReadOnly));
                if (golden.readAll() != actual) {
                    QFile out(QStringLiteral("%1.actual").arg(name));
                    if (out.open(QIODevice::WriteOnly))
                        out.write(actual);
                    differing.append(QStringLiteral("golden/%1 (new output: %2)").arg(name, QFileInfo(out).absoluteFilePath()));
                }
            }
            compared.append(name);
        }
    }
    if (update)
        FAIL("wrote " << compared.size() << " golden files: review the diff, then run again without DEELWIJZER_UPDATE_GOLDEN");
    INFO("differing (diff them; regenerate if the change is intended):\n" << differing.join(QLatin1Char('\n')).toStdString());
    CHECK(differing.isEmpty());
    // Every chosen case in every language, and no golden file left that nothing compares.
    CHECK(compared.size() == 12);
    QStringList files = goldenDir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    compared.sort();
    CHECK(files == compared);
}
