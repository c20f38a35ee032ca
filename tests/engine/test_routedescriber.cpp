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
        for (const DescribedRoute &route : RouteDescriber::unfold(outcome)) {
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

} // namespace

TEST_CASE("routes are found from the graph and narrowed by the decisions on them", "[routes]")
{
    const RuleSetLoadResult loaded = test::loadSingleFile(smallRules);
    REQUIRE(loaded.ok());
    RouteDescriber describer(*loaded.ruleSet);
    const std::vector<OutcomeRoutes> all = describer.describe();
    CHECK(describer.complete());

    const std::vector<DescribedRoute> a = RouteDescriber::unfold(routesOf(all, QStringLiteral("out-a")));
    REQUIRE(a.size() == 1);
    CHECK(a[0].steps == std::vector<RouteRequirement>{{QStringLiteral("q1"), false, {QStringLiteral("a")}, {}, {}}});

    // b and c: the otherwise of d1 narrows q1 to the answers other than a, in one route
    const std::vector<DescribedRoute> xy = RouteDescriber::unfold(routesOf(all, QStringLiteral("out-xy")));
    REQUIRE(xy.size() == 1);
    REQUIRE(xy[0].steps.size() == 2);
    CHECK(xy[0].steps[0].answers == QStringList{QStringLiteral("b"), QStringLiteral("c")});
    CHECK(xy[0].steps[1].multiple);
    CHECK(xy[0].steps[1].answers == QStringList{QStringLiteral("x"), QStringLiteral("y")});

    // a never gets past d1, so the branch that needs it is no route
    CHECK(routesOf(all, QStringLiteral("out-never")).tree.empty());

    // not both x and y: x is missing, or x is there and y is missing (disjoint cases), after
    // the first step they share
    const OutcomeRoutes &b = routesOf(all, QStringLiteral("out-b"));
    CHECK(b.routes == 2);
    REQUIRE(b.tree.size() == 1);
    CHECK(b.tree[0].steps.size() == 1);
    REQUIRE(b.tree[0].children.size() == 2);
    const std::vector<DescribedRoute> bRoutes = RouteDescriber::unfold(b);
    REQUIRE(bRoutes.size() == 2);
    CHECK(bRoutes[0].steps[1].excluded == QStringList{QStringLiteral("x")});
    CHECK(bRoutes[1].steps[1].answers == QStringList{QStringLiteral("x")});
    CHECK(bRoutes[1].steps[1].excluded == QStringList{QStringLiteral("y")});

    checkEveryRouteIsTaken(*loaded.ruleSet, all);
}

namespace {
// q1: a -> q2, b -> q3, c -> out-c. q2 (x, y, z) -> d2: x -> q4, otherwise q4 (two routes that
// go on alike: one step "any answer"); q3: x -> q4, y -> out-d.
// q4: m -> q5, n -> out-f. q5: p -> out-e, r -> out-f.
// out-e: q1 a, q2 any, q4 m, q5 p; or q1 b, q3 x, q4 m, q5 p: "q4 m, q5 p" follows on two places.
const char *const sharedRules = R"(ruleset:
  id: t
  version: 1.0.0
  valid_from: 2026-01-01
  status: draft
  status_note: {nl: t, en: t}
  title: {nl: t, en: t}
  languages: [nl, en]
  start: q1
questions:
  - id: q1
    text: {nl: V1, en: Q1}
    why: {nl: W, en: W}
    next: out-c
    answers:
      - {id: a, label: {nl: A, en: A}, next: q2}
      - {id: b, label: {nl: B, en: B}, next: q3}
      - {id: c, label: {nl: C, en: C}}
  - id: q2
    text: {nl: V2, en: Q2}
    why: {nl: W, en: W}
    next: d2
    answers:
      - {id: x, label: {nl: X, en: X}}
      - {id: "y", label: {nl: Y, en: "Y"}}
      - {id: z, label: {nl: Z, en: Z}}
  - id: q3
    text: {nl: V3, en: Q3}
    why: {nl: W, en: W}
    next: q4
    answers:
      - {id: x, label: {nl: X, en: X}}
      - {id: "y", label: {nl: Y, en: "Y"}, next: out-d}
  - id: q4
    text: {nl: V4, en: Q4}
    why: {nl: W, en: W}
    next: q5
    answers:
      - {id: m, label: {nl: M, en: M}}
      - {id: "n", label: {nl: N, en: "N"}, next: out-f}
  - id: q5
    text: {nl: V5, en: Q5}
    why: {nl: W, en: W}
    next: out-e
    answers:
      - {id: p, label: {nl: P, en: P}}
      - {id: r, label: {nl: R, en: R}, next: out-f}
decisions:
  - id: d2
    branches:
      - {when: {q2: x}, next: q4}
    otherwise: q4
outcomes:
  - {id: out-c, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
  - {id: out-d, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
  - {id: out-e, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
  - {id: out-f, verdict: consult, title: {nl: T, en: T}, explanation: {nl: E, en: E}}
)";
} // namespace

TEST_CASE("routes are grouped: every answer, shared first steps, shared continuations", "[routes]")
{
    const RuleSetLoadResult loaded = test::loadSingleFile(sharedRules);
    REQUIRE(loaded.ok());
    RouteDescriber describer(*loaded.ruleSet);
    const std::vector<OutcomeRoutes> all = describer.describe();
    const RouteRequirement q1a{QStringLiteral("q1"), false, {QStringLiteral("a")}, {}, {}};
    const RouteRequirement q1b{QStringLiteral("q1"), false, {QStringLiteral("b")}, {}, {}};
    const RouteRequirement q2any{QStringLiteral("q2"), false, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}, {}, {}};
    const RouteRequirement q3x{QStringLiteral("q3"), false, {QStringLiteral("x")}, {}, {}};
    const RouteRequirement q4m{QStringLiteral("q4"), false, {QStringLiteral("m")}, {}, {}};
    const RouteRequirement q5p{QStringLiteral("q5"), false, {QStringLiteral("p")}, {}, {}};

    const OutcomeRoutes &e = routesOf(all, QStringLiteral("out-e"));
    CHECK(e.paths == 3); // d2 splits q2 into x and y or z
    CHECK(e.routes == 2);
    REQUIRE(e.tree.size() == 2);
    CHECK(e.tree[0].steps == std::vector<RouteRequirement>{q1a, q2any}); // both answers of q2: one step
    CHECK(e.tree[1].steps == std::vector<RouteRequirement>{q1b, q3x});
    // q4 m, q5 p follows on both: once, as continuation 1
    CHECK(e.tree[0].continuation == 0);
    CHECK(e.tree[1].continuation == 0);
    CHECK(e.tree[0].children.empty());
    REQUIRE(e.continuations.size() == 1);
    REQUIRE(e.continuations[0].size() == 1);
    CHECK(e.continuations[0][0].steps == std::vector<RouteRequirement>{q4m, q5p});
    const std::vector<DescribedRoute> unfolded = RouteDescriber::unfold(e);
    REQUIRE(unfolded.size() == 2);
    CHECK(unfolded[1].steps == std::vector<RouteRequirement>{q1b, q3x, q4m, q5p});

    // out-f: "q4 n" and "q4 m, q5 r" follow on both places: one continuation with two alternatives
    const OutcomeRoutes &f = routesOf(all, QStringLiteral("out-f"));
    CHECK(f.routes == 4);
    REQUIRE(f.continuations.size() == 1);
    CHECK(f.continuations[0].size() == 2);
    checkEveryRouteIsTaken(*loaded.ruleSet, all);
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
        for (const OutcomeRoutes &outcome : all) {
            INFO(outcome.outcome.toStdString());
            // Every outcome has its routes described in full, none is summarised or cut short.
            const std::vector<DescribedRoute> unfolded = RouteDescriber::unfold(outcome);
            CHECK_FALSE(unfolded.empty());
            CHECK(qint64(unfolded.size()) == outcome.routes);
            CHECK(outcome.routes <= outcome.paths);
        }
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
            const std::vector<DescribedRoute> routes = RouteDescriber::unfold(routesOf(all, e.advice->outcome));
            INFO(name.toStdString());
            CHECK(std::any_of(routes.begin(), routes.end(), [&](const DescribedRoute &r) { return takes(r, e.route); }));
            ++checked;
        }
        CHECK(checked > 0);
    }
}

TEST_CASE("the walk stops at its bound and says so", "[routes]")
{
    const RuleSetLoadResult loaded = test::loadSingleFile(smallRules);
    REQUIRE(loaded.ok());
    RouteDescriber describer(*loaded.ruleSet, 1);
    describer.describe();
    CHECK_FALSE(describer.complete());
}
