// SPDX-License-Identifier: EUPL-1.2
#include "caselibraryfilter.h"
#include "caselibrarymodel.h"
#include "rulesetloader.h"
#include "testsupport.h"
#include "trainingcase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace deelwijzer;
using training_test::builtinRules;

TEST_CASE("library: every shipped case loads with a narrative in Dutch and English", "[library]")
{
    const auto rules = builtinRules();
    Diagnostics diagnostics;
    const QList<TrainingCase> cases =
        TrainingCase::loadFolder(TrainingCase::casesFolder(*rules), *rules, diagnostics);
    INFO(diagnostics.toString().toStdString());
    CHECK_FALSE(diagnostics.hasErrors());
    REQUIRE(cases.size() >= 15);
    QSet<QString> sharers;
    for (const TrainingCase &c : cases) {
        INFO(c.id.toStdString());
        CHECK(c.modelAdvice.has_value());
        CHECK_FALSE(c.file.narrative.text(QStringLiteral("nl")).isEmpty());
        CHECK_FALSE(c.file.narrative.text(QStringLiteral("en")).isEmpty());
        sharers.insert(c.sharer());
    }
    // Police, care, municipality, youth, medical are all represented.
    for (const char *s : {"police", "municipality", "youth_care", "doctor", "shelter_ngo"})
        CHECK(sharers.contains(QString::fromLatin1(s)));
}

TEST_CASE("library: filter by sharer, recipient, verdict and text", "[library]")
{
    const auto rules = builtinRules();
    Diagnostics diagnostics;
    CaseLibraryModel model;
    model.setCases(TrainingCase::loadFolder(TrainingCase::casesFolder(*rules), *rules, diagnostics), rules.get());
    CaseLibraryFilter filter;
    filter.setSourceModel(&model);
    const int all = filter.rowCount();
    CHECK(all == model.rowCount());

    filter.setSharer(QStringLiteral("police"));
    const int police = filter.rowCount();
    CHECK(police > 0);
    CHECK(police < all);
    for (int row = 0; row < police; ++row)
        CHECK(filter.index(row, 0).data(CaseLibraryModel::SharerRole).toString() == QStringLiteral("police"));

    filter.setRecipient(QStringLiteral("comensha"));
    CHECK(filter.rowCount() > 0);
    CHECK(filter.rowCount() <= police);

    filter.setSharer({});
    filter.setRecipient({});
    filter.setVerdict(QStringLiteral("not_allowed"));
    CHECK(filter.rowCount() > 0);
    for (int row = 0; row < filter.rowCount(); ++row)
        CHECK(filter.index(row, 0).data(CaseLibraryModel::VerdictRole).toString() == QStringLiteral("not_allowed"));

    filter.setVerdict({});
    filter.setText(QStringLiteral("COMENSHA"));
    const int text = filter.rowCount();
    CHECK(text > 0);
    CHECK(text < all);
    filter.setText(QStringLiteral("comensha zzzz-no-such-word"));
    CHECK(filter.rowCount() == 0);
    filter.setText({});
    CHECK(filter.rowCount() == all);
}

TEST_CASE("library: the table shows the rules' own labels in the chosen language", "[library]")
{
    const auto rules = builtinRules();
    Diagnostics diagnostics;
    CaseLibraryModel model;
    model.setCases(TrainingCase::loadFolder(TrainingCase::casesFolder(*rules), *rules, diagnostics), rules.get());
    REQUIRE(model.rowCount() > 0);
    const QModelIndex verdict = model.index(0, CaseLibraryModel::VerdictColumn);
    const Verdict v = model.caseAt(0)->modelAdvice->verdict;
    model.setLanguage(QStringLiteral("en"));
    CHECK(verdict.data().toString() == verdictLabel(v, QStringLiteral("en")));
    model.setLanguage(QStringLiteral("nl"));
    CHECK(verdict.data().toString() == verdictLabel(v, QStringLiteral("nl")));
    CHECK(model.index(0, CaseLibraryModel::TitleColumn).data().toString()
          == model.caseAt(0)->file.title.text(QStringLiteral("nl")));
}

TEST_CASE("library: a trainer's broken case file is reported with file and line", "[library]")
{
    const auto rules = builtinRules();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mine.yaml"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("deelwijzer_case: 1\ntitle: Mine\nanswers:\n  acute_danger: \"no\"\n  sharer: astronaut\n");
    f.close();
    Diagnostics diagnostics;
    CHECK_FALSE(TrainingCase::load(path, *rules, diagnostics).has_value());
    REQUIRE(diagnostics.hasErrors());
    const QString text = diagnostics.toString();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("mine.yaml:5:")));
}
