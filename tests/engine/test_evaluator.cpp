// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "evaluator.h"

#include <catch2/catch.hpp>

using namespace deelwijzer;
using test::answers;

namespace {
QStringList routeQuestions(const Evaluation &e)
{
    QStringList ids;
    for (const RouteStep &s : e.route)
        ids << s.question;
    return ids;
}
const QStringList yes{QStringLiteral("yes")};
const QStringList no{QStringLiteral("no")};
} // namespace

TEST_CASE("the walk asks the next unanswered question", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);
    Evaluation e = evaluator.evaluate({});
    CHECK(e.status == Evaluation::Status::NeedsAnswer);
    CHECK(e.nextQuestion == QStringLiteral("acute_danger"));

    // question-level `next` for an answer without its own
    e = evaluator.evaluate(answers({{"acute_danger", no}}));
    CHECK(e.nextQuestion == QStringLiteral("sharer"));
    e = evaluator.evaluate(answers({{"acute_danger", no}, {"sharer", {"police"}}}));
    CHECK(e.nextQuestion == QStringLiteral("data"));
}

TEST_CASE("an answer's own next leads straight to an outcome", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Evaluation e = Evaluator(*rules).evaluate(answers({{"acute_danger", yes}}));
    REQUIRE(e.status == Evaluation::Status::Complete);
    CHECK(e.advice->outcome == QStringLiteral("acute"));
    CHECK(e.advice->verdict == Verdict::AllowedIf);
    CHECK(e.advice->grounds == QStringList{QStringLiteral("avg-6-1-d")});
    CHECK(e.advice->conditions == QStringList{QStringLiteral("necessity"), QStringLiteral("record")});
    CHECK(e.advice->nextSteps == QStringList{QStringLiteral("call-112")});
    REQUIRE(e.advice->trace.size() == 2);
    CHECK(e.advice->trace[0].kind == TraceStep::Kind::Asked);
    CHECK(e.advice->trace[0].explanation.text(QStringLiteral("nl")) == QStringLiteral("U antwoordde op ‘Is er nu acuut gevaar?’: Ja."));
    CHECK(e.advice->trace[1].kind == TraceStep::Kind::Reached);
    CHECK(e.advice->trace[1].explanation.text(QStringLiteral("en")) == QStringLiteral("Outcome: Share the minimum with 112."));
}

TEST_CASE("decisions branch on earlier answers without asking again", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);

    SECTION("a single answer, with an author's 'because'")
    {
        const Evaluation e = evaluator.evaluate(answers({{"acute_danger", no}, {"sharer", {"doctor"}}, {"data", {"anonymous"}}}));
        REQUIRE(e.status == Evaluation::Status::Complete);
        CHECK(e.advice->outcome == QStringLiteral("anonymous-ok"));
        CHECK(routeQuestions(e) == QStringList{QStringLiteral("acute_danger"), QStringLiteral("sharer"), QStringLiteral("data")});
        const TraceStep &branch = e.advice->trace.at(3);
        CHECK(branch.kind == TraceStep::Kind::Branched);
        CHECK(branch.branch == 0);
        CHECK(branch.explanation.text(QStringLiteral("en")) == QStringLiteral("Truly anonymous data are not personal data."));
        CHECK_FALSE(branch.routine);
    }
    SECTION("all_of with not/none, and a generated explanation")
    {
        const Evaluation partial = evaluator.evaluate(answers({{"acute_danger", no}, {"sharer", {"doctor"}}, {"data", {"health"}}}));
        CHECK(partial.nextQuestion == QStringLiteral("consent"));
        CHECK(partial.trace.back().branch == 2);
        CHECK(partial.trace.back().explanation.isEmpty()); // texts are written once the walk completes
        const Evaluation e = evaluator.evaluate(
            answers({{"acute_danger", no}, {"sharer", {"doctor"}}, {"data", {"health"}}, {"consent", {"given"}}}));
        REQUIRE(e.advice);
        CHECK(e.advice->trace.at(3).explanation.text(QStringLiteral("en"))
              == QStringLiteral("Because the answer to ‘Who shares the data?’ is Doctor and the answer to ‘Which data do you want to share?’ is Ordinary data or Health."));
    }
    SECTION("no branch holds: otherwise")
    {
        const Evaluation e = evaluator.evaluate(answers({{"acute_danger", no}, {"sharer", {"other"}}, {"data", {"ordinary"}}}));
        REQUIRE(e.status == Evaluation::Status::Complete);
        CHECK(e.advice->outcome == QStringLiteral("seek-advice"));
        CHECK(e.advice->trace.at(3).kind == TraceStep::Kind::Otherwise);
        CHECK_FALSE(e.advice->trace.at(3).routine); // the demo gives a reason
        CHECK(e.advice->trace.at(3).explanation.text(QStringLiteral("en")) == QStringLiteral("These rules have no route for this sharer and these data."));
    }
    SECTION("'all' on a multiple-choice answer, and conditional grounds")
    {
        const Evaluation both = evaluator.evaluate(answers(
            {{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"ordinary", "health"}}, {"recipient", {"prosecution"}}}));
        REQUIRE(both.status == Evaluation::Status::Complete);
        CHECK(both.advice->outcome == QStringLiteral("police-om"));
        CHECK(both.advice->trace.back().kind == TraceStep::Kind::Reached);
        CHECK(both.advice->grounds == QStringList{QStringLiteral("wpg-16-1-a"), QStringLiteral("wpg-5")});
        CHECK(both.advice->conditions == QStringList{QStringLiteral("necessity"), QStringLiteral("special-care")});

        const Evaluation ordinary = evaluator.evaluate(answers(
            {{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"ordinary"}}, {"recipient", {"prosecution"}}}));
        REQUIRE(ordinary.status == Evaluation::Status::Complete);
        CHECK(ordinary.advice->outcome == QStringLiteral("police-om"));
        CHECK(ordinary.advice->grounds == QStringList{QStringLiteral("wpg-16-1-a")});
        CHECK(ordinary.advice->conditions == QStringList{QStringLiteral("necessity")});
    }
    SECTION("any_of")
    {
        const Evaluation e = evaluator.evaluate(answers(
            {{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"ordinary"}}, {"recipient", {"private_party"}}}));
        REQUIRE(e.status == Evaluation::Status::Complete);
        CHECK(e.advice->outcome == QStringLiteral("police-private"));
        // police-route gives no reason for its 'otherwise': a routine step readers are spared
        const TraceStep &otherwise = e.advice->trace.at(5);
        CHECK(otherwise.kind == TraceStep::Kind::Otherwise);
        CHECK(otherwise.routine);
    }
}

TEST_CASE("'not sure' answers are flagged in the advice", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Evaluation e = Evaluator(*rules).evaluate(answers(
        {{"acute_danger", no}, {"sharer", {"doctor"}}, {"data", {"ordinary"}}, {"consent", {"unsure"}}}));
    REQUIRE(e.status == Evaluation::Status::Complete);
    CHECK(e.advice->verdict == Verdict::Consult);
    CHECK(e.advice->unsureQuestions == QStringList{QStringLiteral("consent")});
}

TEST_CASE("changing an earlier answer keeps the later answers still on the route", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);
    Answers given = answers({{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"ordinary"}}, {"recipient", {"prosecution"}}});
    REQUIRE(evaluator.evaluate(given).status == Evaluation::Status::Complete);

    // Back to the first question: acute danger after all. The later answers stay but are unused.
    given.insert(QStringLiteral("acute_danger"), yes);
    Evaluation e = evaluator.evaluate(given);
    REQUIRE(e.status == Evaluation::Status::Complete);
    CHECK(e.advice->outcome == QStringLiteral("acute"));
    CHECK(e.unusedAnswers == QStringList{QStringLiteral("data"), QStringLiteral("recipient"), QStringLiteral("sharer")});

    // And back again: the route and advice are exactly as before, nothing re-asked.
    given.insert(QStringLiteral("acute_danger"), no);
    e = evaluator.evaluate(given);
    REQUIRE(e.status == Evaluation::Status::Complete);
    CHECK(e.advice->outcome == QStringLiteral("police-om"));
    CHECK(e.unusedAnswers.isEmpty());

    // Changing the sharer: data stays (still on the route), recipient drops off, consent is asked.
    given.insert(QStringLiteral("sharer"), {QStringLiteral("doctor")});
    e = evaluator.evaluate(given);
    CHECK(e.status == Evaluation::Status::NeedsAnswer);
    CHECK(e.nextQuestion == QStringLiteral("consent"));
    CHECK(routeQuestions(e) == QStringList{QStringLiteral("acute_danger"), QStringLiteral("sharer"), QStringLiteral("data")});
    CHECK(e.unusedAnswers == QStringList{QStringLiteral("recipient")});
}

TEST_CASE("answers that do not fit their question stop the walk", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);
    Evaluation e = evaluator.evaluate(answers({{"acute_danger", {"maybe"}}}));
    CHECK(e.status == Evaluation::Status::Invalid);
    CHECK(e.errorQuestion == QStringLiteral("acute_danger"));
    CHECK(e.error == QStringLiteral("'maybe' is not an answer to 'acute_danger' (answers: yes, no, unsure)"));

    e = evaluator.evaluate(answers({{"acute_danger", {"yes", "no"}}}));
    CHECK(e.error == QStringLiteral("question 'acute_danger' takes one answer, not 2"));

    e = evaluator.evaluate(answers({{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"anonymous", "health"}}}));
    CHECK(e.error == QStringLiteral("an exclusive answer of 'data' cannot be combined with others"));
}

TEST_CASE("the same answers always give the same advice and code", "[evaluator]")
{
    const auto rules = test::demoRules();
    const Answers given = answers({{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"health", "ordinary"}}, {"recipient", {"prosecution"}}});
    const Evaluation a = Evaluator(*rules).evaluate(given);
    Answers reordered = given;
    reordered.insert(QStringLiteral("data"), {QStringLiteral("ordinary"), QStringLiteral("health")});
    reordered.insert(QStringLiteral("consent"), {QStringLiteral("given")}); // unused: does not change the code
    const Evaluation b = Evaluator(*rules).evaluate(reordered);
    REQUIRE(a.advice);
    REQUIRE(b.advice);
    CHECK(a.advice->code == b.advice->code);
    CHECK(a.advice->rulesetSha256 == rules->fingerprint());
}
