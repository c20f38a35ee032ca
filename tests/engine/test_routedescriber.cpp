// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include "casefile.h"
#include "evaluator.h"
#include "routedescriber.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {

// q1 (a, b, c) -> d1: a -> out-a; otherwise q2 (multiple x, y, z) -> d2:
// {q2: {all: [x, y]}} -> out-xy; {q1: a} -> out-never (only a reaches out-a, so no route);
// otherwise -> out-b
const QByteArray smallRules = test::manifest("q1") + R"(questions:
  - id: q1
    text: {nl: V1, en: Q1}
    why: {nl: W, en: W}
    next: d1
    answers:
      - {id: a, label: {nl: A, en: A}}
      - {id: b, label: {nl: B, en: B}}
      - {id: c, label: {nl: C, en: C}}
  - id: q2
    type: multiple
    text: {nl: V2, en: Q2}
    why: {nl: W, en: W}
    next: d2
    answers:
      - {id: x, label: {nl: X, en: X}}
      - {id: "y", label: {nl: Y, en: "Y"}}
      - {id: z, label: {nl: Z, en: Z}}
decisions:
  - id: d1
    branches:
      - {when: {q1: a}, next: out-a}
    otherwise: q2
  - id: d2
    branches:
      - {when: {q2: {all: [x, "y"]}}, next: out-xy}
      - {when: {q1: a}, next: out-never}
    otherwise: out-b
outcomes:
  - {id: out-a, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
  - {id: out-xy, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
  - {id: out-never, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
  - {id: out-b, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
)";

const OutcomeRoutes &routesOf(const std::vector<OutcomeRoutes> &all, const QString &outcome)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const OutcomeRoutes &o) { return o.outcome == outcome; });
    REQUIRE(it != all.end());
    return *it;
}

/// One set of answers that takes `route`: the first possible answer of each single-choice
/// question; the required answers of a multiple-choice one, plus one of each "at least one" list,
/// or else its first answer that is not excluded.
Answers witness(const RuleSet &rules, const DescribedRoute &route)
{
    Answers answers;
    for (const RouteRequirement &step : route.steps) {
        QStringList picked = step.multiple ? step.answers : QStringList{step.answers.value(0)};
        for (const QStringList &oneOf : step.atLeastOneOf) {
            if (std::none_of(oneOf.begin(), oneOf.end(), [&](const QString &a) { return picked.contains(a); }))
                picked << oneOf.constFirst();
        }
        if (picked.isEmpty()) {
            for (const Answer &a : rules.question(step.question)->answers) {
                if (!step.excluded.contains(a.id) && !a.exclusive) {
                    picked << a.id;
                    break;
                }
            }
        }
        answers.insert(step.question, picked);
    }
    return answers;
}

/// Every described route is real: a witness of it reaches its outcome.
void checkEveryRouteIsTaken(const RuleSet &rules, const std::vector<OutcomeRoutes> &all)
{
    const Evaluator evaluator(rules);
    for (const OutcomeRoutes &outcome : all) {
        for (const DescribedRoute &route : outcome.routes) {
            const Evaluation e = evaluator.evaluate(witness(rules, route));
            INFO(e.error.toStdString());
            INFO("outcome " << outcome.outcome.toStdString());
            REQUIRE(e.status == Evaluation::Status::Complete);
            CHECK(e.advice->outcome == outcome.outcome);
        }
    }
}

/// Whether `answers` meet every requirement of `route` and ask exactly its questions.
bool takes(const DescribedRoute &route, const std::vector<RouteStep> &asked)
{
    if (route.steps.size() != asked.size())
        return false;
    for (std::size_t i = 0; i < asked.size(); ++i) {
        const RouteRequirement &step = route.steps[i];
        const QStringList &given = asked[i].answer;
        if (step.question != asked[i].question)
            return false;
        if (!step.multiple) {
            if (!step.answers.contains(given.value(0)))
                return false;
            continue;
        }
        const auto picked = [&](const QString &a) { return given.contains(a); };
        if (!std::all_of(step.answers.begin(), step.answers.end(), picked)
            || std::any_of(step.excluded.begin(), step.excluded.end(), picked))
            return false;
        for (const QStringList &oneOf : step.atLeastOneOf) {
            if (std::none_of(oneOf.begin(), oneOf.end(), picked))
                return false;
        }
    }
    return true;
}

/// Whether every answer on `asked` is among the summary's possible answers and the route ends
/// with the summary's common last steps.
bool withinSummary(const OutcomeRoutes &routes, const std::vector<RouteStep> &asked)
{
    for (const RouteStep &step : asked) {
        const auto it = std::find_if(routes.summary.begin(), routes.summary.end(),
                                     [&](const RouteRequirement &r) { return r.question == step.question; });
        if (it == routes.summary.end())
            return false;
        for (const QString &answer : step.answer) {
            if (!it->answers.contains(answer))
                return false;
        }
    }
    if (routes.commonEnd.size() > asked.size())
        return false;
    const std::vector<RouteStep> tail(asked.end() - qsizetype(routes.commonEnd.size()), asked.end());
    return takes(DescribedRoute{routes.commonEnd}, tail);
}

} // namespace

TEST_CASE("routes are found from the graph and narrowed by the decisions on them", "[routes]")
{
    const RuleSetLoadResult loaded = test::loadSingleFile(smallRules);
    REQUIRE(loaded.ok());
    RouteDescriber describer(*loaded.ruleSet);
    const std::vector<OutcomeRoutes> all = describer.describe();
    CHECK(describer.complete());

    const OutcomeRoutes &a = routesOf(all, QStringLiteral("out-a"));
    REQUIRE(a.routes.size() == 1);
    CHECK(a.routes[0].steps == std::vector<RouteRequirement>{{QStringLiteral("q1"), false, {QStringLiteral("a")}, {}, {}}});

    // b and c: the otherwise of d1 narrows q1 to the answers other than a, in one route
    const OutcomeRoutes &xy = routesOf(all, QStringLiteral("out-xy"));
    REQUIRE(xy.routes.size() == 1);
    REQUIRE(xy.routes[0].steps.size() == 2);
    CHECK(xy.routes[0].steps[0].answers == QStringList{QStringLiteral("b"), QStringLiteral("c")});
    CHECK(xy.routes[0].steps[1].multiple);
    CHECK(xy.routes[0].steps[1].answers == QStringList{QStringLiteral("x"), QStringLiteral("y")});

    // a never gets past d1, so the branch that needs it is no route
    CHECK(routesOf(all, QStringLiteral("out-never")).routes.empty());

    // not both x and y: x is missing, or x is there and y is missing (disjoint cases)
    const OutcomeRoutes &b = routesOf(all, QStringLiteral("out-b"));
    REQUIRE(b.routes.size() == 2);
    CHECK(b.routes[0].steps[1].excluded == QStringList{QStringLiteral("x")});
    CHECK(b.routes[1].steps[1].answers == QStringList{QStringLiteral("x")});
    CHECK(b.routes[1].steps[1].excluded == QStringList{QStringLiteral("y")});

    checkEveryRouteIsTaken(*loaded.ruleSet, all);
}

TEST_CASE("common first steps are printed once", "[routes]")
{
    const RouteRequirement q1a{QStringLiteral("q1"), false, {QStringLiteral("a")}, {}, {}};
    const RouteRequirement q2x{QStringLiteral("q2"), false, {QStringLiteral("x")}, {}, {}};
    const RouteRequirement q2y{QStringLiteral("q2"), false, {QStringLiteral("y")}, {}, {}};
    const RouteRequirement q3z{QStringLiteral("q3"), false, {QStringLiteral("z")}, {}, {}};
    const std::vector<RouteTreeNode> tree
        = RouteDescriber::prefixTree({DescribedRoute{{q1a, q2x, q3z}}, DescribedRoute{{q1a, q2y}}, DescribedRoute{{q1a, q2x}}});
    REQUIRE(tree.size() == 1);
    CHECK(tree[0].steps == std::vector<RouteRequirement>{q1a});
    REQUIRE(tree[0].children.size() == 2);
    CHECK(tree[0].children[0].steps == std::vector<RouteRequirement>{q2x});
    CHECK(tree[0].children[0].endsHere); // q1a q2x is a route, and q1a q2x q3z continues
    CHECK(tree[0].children[0].children.size() == 1);
    CHECK(tree[0].children[1].steps == std::vector<RouteRequirement>{q2y});
    CHECK_FALSE(tree[0].children[1].endsHere);
}

TEST_CASE("every route of the demo and the shipped rules is real and every case takes a described route", "[routes]")
{
    for (const QString &folder : {test::sourcePath(QStringLiteral("rules/demo")), RuleSetLoader::builtinPath()}) {
        INFO(folder.toStdString());
        const RuleSetLoadResult loaded = RuleSetLoader::loadFolder(folder);
        REQUIRE(loaded.ok());
        const RuleSet &rules = *loaded.ruleSet;
        RouteDescriber describer(rules);
        const std::vector<OutcomeRoutes> all = describer.describe();
        REQUIRE(describer.complete());
        REQUIRE(all.size() == rules.outcomes().size());
        int listed = 0;
        for (const OutcomeRoutes &outcome : all) {
            INFO(outcome.outcome.toStdString());
            CHECK(outcome.routes.empty() != outcome.summary.empty()); // listed, or summarised
            CHECK(qint64(outcome.routes.size()) <= outcome.paths);
            CHECK(outcome.routes.size() <= 40);
            listed += outcome.routes.empty() ? 0 : 1;
        }
        CHECK(listed * 3 >= int(all.size()) * 2); // most outcomes list every route
        checkEveryRouteIsTaken(rules, all);

        const QDir cases(folder + QStringLiteral("/cases"));
        const Evaluator evaluator(rules);
        int checked = 0;
        for (const QString &name : cases.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            Diagnostics diagnostics;
            const auto file = CaseFile::read(cases.filePath(name), diagnostics);
            REQUIRE(file);
            const Evaluation e = evaluator.evaluate(file->answers, file->givenFor);
            REQUIRE(e.status == Evaluation::Status::Complete);
            const OutcomeRoutes &routes = routesOf(all, e.advice->outcome);
            INFO(name.toStdString());
            if (routes.routes.empty())
                CHECK(withinSummary(routes, e.route));
            else
                CHECK(std::any_of(routes.routes.begin(), routes.routes.end(),
                                  [&](const DescribedRoute &r) { return takes(r, e.route); }));
            ++checked;
        }
        CHECK(checked > 0);
    }
}

TEST_CASE("an outcome with more routes than can be read gets a summary", "[routes]")
{
    const RuleSetLoadResult loaded = test::loadSingleFile(smallRules);
    REQUIRE(loaded.ok());
    RouteDescriber describer(*loaded.ruleSet, 1000, 1);
    const std::vector<OutcomeRoutes> all = describer.describe(); // kept: routesOf() points into it
    const OutcomeRoutes &b = routesOf(all, QStringLiteral("out-b"));
    CHECK(b.routes.empty());
    REQUIRE(b.summary.size() == 2);
    CHECK(b.summary[0].answers == QStringList{QStringLiteral("b"), QStringLiteral("c")});
    CHECK(b.summary[1].answers == QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")});
    CHECK(b.commonEnd.empty()); // the two routes differ in their last step
    CHECK(b.paths == 2);
}

TEST_CASE("the walk stops at its bound and says so", "[routes]")
{
    const RuleSetLoadResult loaded = test::loadSingleFile(smallRules);
    REQUIRE(loaded.ok());
    RouteDescriber describer(*loaded.ruleSet, 1);
    describer.describe();
    CHECK_FALSE(describer.complete());
}
