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
        const Evaluation e = evaluator.evaluate(answers({{"acute_danger", no}, {"sharer", {"other"}}, {"data", {"anonymous"}}}));
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

TEST_CASE("the advice carries each ground's role, what it rests on before what it must respect", "[evaluator][roles]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);
    const Answers doctor = answers({{"acute_danger", no}, {"sharer", {"doctor"}}, {"data", {"health"}}, {"consent", {"given"}}});
    Evaluation e = evaluator.evaluate(doctor);
    REQUIRE(e.status == Evaluation::Status::Complete);
    // The demo cites bw-7-457 (its own role: restricts) in the role lifts_secrecy.
    const std::vector<CitedGround> expected{{QStringLiteral("avg-6-1-e"), GroundRole::Basis},
                                            {QStringLiteral("avg-9-2-a"), GroundRole::Exception},
                                            {QStringLiteral("bw-7-457"), GroundRole::LiftsSecrecy}};
    CHECK(e.advice->citedGrounds == expected);
    CHECK(e.advice->grounds == QStringList{QStringLiteral("avg-6-1-e"), QStringLiteral("avg-9-2-a"), QStringLiteral("bw-7-457")});

    // Without health data the exception's `when` does not hold.
    Answers ordinary = doctor;
    ordinary.insert(QStringLiteral("data"), {QStringLiteral("ordinary")});
    e = evaluator.evaluate(ordinary);
    REQUIRE(e.status == Evaluation::Status::Complete);
    CHECK(e.advice->grounds == QStringList{QStringLiteral("avg-6-1-e"), QStringLiteral("bw-7-457")});
}

TEST_CASE("an answer bound to earlier answers is dropped when one of them changes", "[evaluator][valid_for]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);
    Answers given;
    GivenFor givenFor;
    for (const auto &[question, answer] : std::initializer_list<std::pair<const char *, QStringList>>{
             {"acute_danger", no}, {"sharer", {"doctor"}}, {"data", {"health"}}, {"consent", {"given"}}}) {
        const AnswerChange change = evaluator.change(given, givenFor, QString::fromLatin1(question), answer);
        CHECK(change.dropped.empty());
    }
    // consent is valid_for [sharer, data]: its record holds what it was given for.
    CHECK(givenFor.value(QStringLiteral("consent"))
          == answers({{"sharer", {"doctor"}}, {"data", {"health"}}}));
    REQUIRE(evaluator.evaluate(given, givenFor).status == Evaluation::Status::Complete);

    SECTION("other data: consent is dropped and asked again, with the reason")
    {
        const AnswerChange change = evaluator.change(given, givenFor, QStringLiteral("data"),
                                                     {QStringLiteral("ordinary"), QStringLiteral("health")});
        CHECK(change.changed);
        REQUIRE(change.dropped.size() == 1);
        CHECK(change.dropped[0] == StaleAnswer{QStringLiteral("consent"), {QStringLiteral("data")}});
        CHECK(change.kept.isEmpty());
        CHECK_FALSE(given.contains(QStringLiteral("consent")));
        CHECK_FALSE(givenFor.contains(QStringLiteral("consent")));
        const Evaluation e = evaluator.evaluate(given, givenFor);
        CHECK(e.status == Evaluation::Status::NeedsAnswer);
        CHECK(e.nextQuestion == QStringLiteral("consent"));
    }
    SECTION("the same answer again changes nothing; the order of picked answers does not count")
    {
        CHECK_FALSE(evaluator.change(given, givenFor, QStringLiteral("data"), {QStringLiteral("health")}).changed);
        givenFor[QStringLiteral("consent")].insert(QStringLiteral("data"), {QStringLiteral("ordinary"), QStringLiteral("health")});
        given.insert(QStringLiteral("data"), {QStringLiteral("ordinary"), QStringLiteral("health")});
        const AnswerChange change = evaluator.change(given, givenFor, QStringLiteral("data"),
                                                     {QStringLiteral("health"), QStringLiteral("ordinary")});
        CHECK(change.changed);
        CHECK(change.dropped.empty());
        CHECK(change.kept == QStringList{QStringLiteral("consent")});
    }
    SECTION("a stale record makes the walk ask again without changing the answers")
    {
        GivenFor old = givenFor;
        old[QStringLiteral("consent")].insert(QStringLiteral("sharer"), {QStringLiteral("other")});
        const Evaluation e = evaluator.evaluate(given, old);
        CHECK(e.status == Evaluation::Status::NeedsAnswer);
        CHECK(e.nextQuestion == QStringLiteral("consent"));
        REQUIRE(e.staleAnswers.size() == 1);
        CHECK(e.staleAnswers[0].changed == QStringList{QStringLiteral("sharer")});
        // Without a record (older case files) the answer counts as given for the answers it sits with.
        CHECK(evaluator.evaluate(given, {}).status == Evaluation::Status::Complete);
    }
}

TEST_CASE("changing an earlier answer tells which later answers were kept and which left the route", "[evaluator][valid_for]")
{
    const auto rules = test::demoRules();
    const Evaluator evaluator(*rules);
    Answers given = answers({{"acute_danger", no}, {"sharer", {"police"}}, {"data", {"ordinary"}}, {"recipient", {"prosecution"}}});
    GivenFor givenFor;
    AnswerChange change = evaluator.change(given, givenFor, QStringLiteral("data"), {QStringLiteral("health")});
    CHECK(change.kept == QStringList{QStringLiteral("recipient")});
    CHECK(change.leftRoute.isEmpty());

    change = evaluator.change(given, givenFor, QStringLiteral("acute_danger"), yes);
    CHECK(change.kept.isEmpty());
    CHECK(change.leftRoute == QStringList{QStringLiteral("sharer"), QStringLiteral("data"), QStringLiteral("recipient")});
    CHECK(given.contains(QStringLiteral("recipient"))); // kept aside for a change back
}

namespace {
Question multipleChoice()
{
    Question q;
    q.id = QStringLiteral("data");
    q.type = QuestionType::Multiple;
    for (const char *id : {"ordinary", "health", "unsure", "anonymous"}) {
        Answer a;
        a.id = QLatin1String(id);
        a.unsure = a.id == QLatin1String("unsure");
        a.exclusive = a.id == QLatin1String("anonymous");
        q.answers.push_back(a);
    }
    return q;
}
} // namespace

TEST_CASE("'not sure' excludes every other answer of a multiple-choice question", "[evaluator]")
{
    Question q = multipleChoice();
    const Answer &unsure = *q.answer(QStringLiteral("unsure"));
    CHECK(Evaluator::excludesOthers(q, unsure));
    CHECK(Evaluator::excludesOthers(q, *q.answer(QStringLiteral("anonymous"))));
    CHECK_FALSE(Evaluator::excludesOthers(q, *q.answer(QStringLiteral("health"))));

    // Picking answers: "not sure" clears what was chosen, and a sure answer clears "not sure".
    const QStringList both{QStringLiteral("ordinary"), QStringLiteral("health")};
    CHECK(Evaluator::select(q, {QStringLiteral("ordinary")}, QStringLiteral("health")) == both);
    CHECK(Evaluator::select(q, both, QStringLiteral("unsure")) == QStringList{QStringLiteral("unsure")});
    CHECK(Evaluator::select(q, {QStringLiteral("unsure")}, QStringLiteral("health")) == QStringList{QStringLiteral("health")});
    CHECK(Evaluator::select(q, both, QStringLiteral("anonymous")) == QStringList{QStringLiteral("anonymous")});

    // The walk refuses the combination, whoever wrote it (a case file, the command line).
    QString why;
    CHECK_FALSE(Evaluator::isValidAnswer(q, {QStringLiteral("health"), QStringLiteral("unsure")}, &why));
    CHECK(why.contains(QStringLiteral("cannot be combined")));
    CHECK(Evaluator::isValidAnswer(q, both, &why));

    // On a single-choice question every pick replaces the one before.
    q.type = QuestionType::Single;
    CHECK(Evaluator::select(q, {QStringLiteral("ordinary")}, QStringLiteral("health")) == QStringList{QStringLiteral("health")});
}
