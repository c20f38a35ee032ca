// SPDX-License-Identifier: EUPL-1.2
// Engine benchmarks (targets in README "Performance"). Not run by CTest.
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include "syntheticrules.h"

#include "casefile.h"
#include "evaluator.h"
#include "rulesetloader.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace deelwijzer;

TEST_CASE("shipped rule set")
{
    const RuleSetLoadResult builtin = RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
    REQUIRE(builtin.ok());
    BENCHMARK("load and validate the built-in rule set")
    {
        return RuleSetLoader::loadFolder(RuleSetLoader::builtinPath());
    };

    // One evaluation step: the app evaluates the whole route again after every answer.
    const QDir cases(RuleSetLoader::builtinPath() + QStringLiteral("/cases"));
    std::vector<Answers> routes;
    for (const QString &name : cases.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        Diagnostics diagnostics;
        if (auto file = CaseFile::read(cases.filePath(name), diagnostics))
            routes.push_back(file->answers);
    }
    REQUIRE_FALSE(routes.empty());
    const Evaluator evaluator(*builtin.ruleSet);
    std::size_t next = 0;
    BENCHMARK("one evaluation step (a full route of a shipped case, advice built)")
    {
        return evaluator.evaluate(routes[next++ % routes.size()]);
    };
    // What the app does after most answers: walk the route so far to the next question.
    std::vector<Answers> partial;
    for (const Answers &answers : routes) {
        const Evaluation full = evaluator.evaluate(answers);
        Answers shorter;
        for (std::size_t i = 0; i + 1 < full.route.size(); ++i)
            shorter.insert(full.route[i].question, full.route[i].answer);
        partial.push_back(shorter);
    }
    BENCHMARK("one evaluation step (a shipped case's route up to its last question)")
    {
        return evaluator.evaluate(partial[next++ % partial.size()]);
    };
}

TEST_CASE("synthetic rule sets")
{
    for (const int nodes : {1000, 10000, 100000}) {
        const auto files = bench::syntheticRuleSet(nodes);
        const RuleSetLoadResult check = RuleSetLoader::loadFiles(files);
        INFO(check.diagnostics.toString().toStdString());
        REQUIRE(check.ok());
        // As in the app, the rule set in use stays loaded while another one is read: this
        // measures the load. Freeing the rule set it replaces is measured on its own below
        // (timing both together let the allocator's returning of freed memory to the system,
        // and taking it back page by page, swamp the figures at 100k nodes).
        RuleSetLoadResult inUse;
        BENCHMARK_ADVANCED(std::to_string(nodes) + " nodes: load and validate")(Catch::Benchmark::Chronometer meter)
        {
            std::vector<RuleSetLoadResult> loaded(std::size_t(meter.runs()));
            meter.measure([&](int run) { loaded[std::size_t(run)] = RuleSetLoader::loadFiles(files); });
            inUse = std::move(loaded.back());
        };
        BENCHMARK_ADVANCED(std::to_string(nodes) + " nodes: free a loaded rule set")(Catch::Benchmark::Chronometer meter)
        {
            std::vector<RuleSetLoadResult> loaded(std::size_t(meter.runs()));
            for (RuleSetLoadResult &result : loaded)
                result = RuleSetLoader::loadFiles(files);
            meter.measure([&](int run) { loaded[std::size_t(run)] = RuleSetLoadResult(); });
        };
        const Evaluator evaluator(*check.ruleSet);
        const Answers route = bench::syntheticRoute(12);
        REQUIRE(evaluator.evaluate(route).status == Evaluation::Status::Complete);
        BENCHMARK(std::to_string(nodes) + " nodes: evaluate a 12-question route")
        {
            return evaluator.evaluate(route);
        };
    }
}

// Issue 13: a 1.2 MB case file with 100,000 keys in one mapping took 47 s (a key check that
// compared each key with all before it). Parsing must grow with the size of the input.
TEST_CASE("large case files")
{
    for (const int keys : {10000, 100000}) {
        QByteArray content = "deelwijzer_case: 1\nanswers:\n";
        for (int i = 0; i < keys; ++i)
            content += "  question_" + QByteArray::number(i) + ": answer\n";
        Diagnostics diagnostics;
        REQUIRE(CaseFile::parse(content, QStringLiteral("big.yaml"), diagnostics));
        BENCHMARK(std::to_string(keys) + " answers in one mapping (" + std::to_string(content.size() / 1024) + " KiB): parse")
        {
            Diagnostics ignored;
            return CaseFile::parse(content, QStringLiteral("big.yaml"), ignored);
        };
    }
}
