// SPDX-License-Identifier: EUPL-1.2
// One advice, one presentation: the command line's text, the printed report and the app's
// advice page show the same section headings in the same order, and the same verdict words
// and symbol, because all three render the advice's AdviceView.

#include "advicepage.h"
#include "advicetextwriter.h"
#include "adviceview.h"
#include "phrasebook.h"
#include "reportbuilder.h"
#include "reporttestsupport.h"
#include "verdictbanner.h"
#include "ruletextcontext.h"
#include "verdictbanner.h"

#include <catch2/catch.hpp>

#include <QLayout>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace deelwijzer;
using namespace reporttest;

namespace {

/// The CLI's headings: lines that start at the margin and end in ':' (items are indented).
QStringList cliHeadings(const QString &text)
{
    QStringList headings;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.at(0).isSpace() && line.endsWith(QLatin1Char(':')))
            headings << line.chopped(1);
    }
    return headings;
}

/// The report's <h2> headings, without the warning sign of the boxed ones and without the
/// parts only a printed advice has (the record to fill in by hand, the glossary).
QStringList reportHeadings(const QString &html, const QString &language)
{
    const Phrasebook &book = Phrasebook::forLanguage(language);
    const QStringList printOnly{book.translate("ReportBuilder", "Record of your decision"),
                                book.translate("ReportBuilder", "Terms used")};
    static const QRegularExpression h2(QStringLiteral("<h2[^>]*>(.*?)</h2>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    QStringList headings;
    for (auto it = h2.globalMatch(html); it.hasNext();) {
        QString text = QTextDocumentFragment::fromHtml(it.next().captured(1)).toPlainText().trimmed();
        text.remove(QRegularExpression(QStringLiteral("^\u26A0\\s*")));
        if (!printOnly.contains(text))
            headings << text;
    }
    return headings;
}

/// The advice page's section headings in the order of its layout (their accessible names).
QStringList pageHeadings(const AdvicePage &page)
{
    QStringList headings;
    const QWidget *body = page.findChild<QWidget *>(QStringLiteral("adviceBody"));
    REQUIRE(body);
    for (int i = 0; i < body->layout()->count(); ++i) {
        const QWidget *widget = body->layout()->itemAt(i)->widget();
        if (widget && widget->property("adviceSection").toBool())
            headings << widget->accessibleName();
    }
    return headings;
}

} // namespace

TEST_CASE("faces: the CLI text and the report and the app page show the same headings in the same order", "[faces]")
{
    int compared = 0;
    for (const EvaluatedCase *c : fixtureCases()) {
        for (const ReportLanguage reportLanguage : {ReportLanguage::Dutch, ReportLanguage::English}) {
            const QString language = languageId(reportLanguage);
            INFO(c->name.toStdString() << " in " << language.toStdString());
            const QStringList expected = AdviceView(*c->rules, c->advice, language).headings();
            REQUIRE(expected.size() >= 4);

            CHECK(cliHeadings(adviceToText(*c->rules, c->advice, language)) == expected);

            const ReportRequest request = c->request(reportLanguage);
            ReportBuilder builder(request);
            CHECK(reportHeadings(builder.build()->toHtml(), language) == expected);

            RuleTextContext context;
            context.setRules(c->rules);
            context.setLanguage(language);
            AdvicePage page(&context);
            page.setAdvice(c->advice);
            CHECK(pageHeadings(page) == expected);
            ++compared;
        }
    }
    CHECK(compared >= 4);
}

TEST_CASE("faces: the verdict reads the same with the same symbol everywhere", "[faces]")
{
    for (const EvaluatedCase *c : fixtureCases()) {
        INFO(c->name.toStdString());
        const AdviceView view(*c->rules, c->advice, QStringLiteral("nl"));
        const QString headline = view.verdictSymbol() + QLatin1Char(' ') + view.verdictLabel();
        CHECK(adviceToText(*c->rules, c->advice, QStringLiteral("nl")).startsWith(headline));

        const ReportRequest request = c->request(ReportLanguage::Dutch);
        const QString report = ReportBuilder(request).build()->toPlainText();
        CHECK(report.contains(view.verdictSymbol()));
        CHECK(report.contains(view.verdictLabel()));
        CHECK(report.contains(view.verdictMeaning()));

        RuleTextContext context;
        context.setRules(c->rules);
        context.setLanguage(QStringLiteral("nl"));
        AdvicePage page(&context);
        page.setAdvice(c->advice);
        CHECK(page.banner()->labelText() == view.verdictLabel());
    }
}

TEST_CASE("faces: a phrasebook answers in its own language whatever the application installed", "[faces]")
{
    CHECK(Phrasebook::forLanguage(QStringLiteral("nl")).translate("deelwijzer::AdviceView", "What to do next")
          == QStringLiteral("Wat u nu doet"));
    CHECK(Phrasebook::forLanguage(QStringLiteral("en")).translate("deelwijzer::AdviceView", "What to do next")
          == QStringLiteral("What to do next"));
    // A language without translations reads the source words.
    CHECK(Phrasebook::forLanguage(QStringLiteral("de")).translate("Verdict", "Sharing is allowed")
          == QStringLiteral("Sharing is allowed"));
    CHECK(verdictLabel(Verdict::AllowedIf, QStringLiteral("nl")) == QStringLiteral("Delen mag onder voorwaarden"));
    CHECK(verdictLabel(Verdict::AllowedIf, QStringLiteral("en")) == QStringLiteral("Allowed under conditions"));
}
