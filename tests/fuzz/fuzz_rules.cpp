// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the rule loader and validator. The input is a rule set: its first part is
// ruleset.yaml; a line "#~~ NAME" starts another file NAME, so the manifest's `files`
// patterns, cross-file references and duplicate ids across files are exercised too.
#include "evaluator.h"
#include "rulesetloader.h"

#include <cstddef>
#include <cstdint>

using namespace deelwijzer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QPair<QString, QByteArray>> files;
    QString name = QStringLiteral("ruleset.yaml");
    qsizetype start = 0;
    while (true) {
        const qsizetype marker = input.indexOf("\n#~~ ", start);
        const qsizetype end = marker < 0 ? input.size() : marker + 1;
        files.append({name, input.mid(start, end - start)});
        if (marker < 0)
            break;
        const qsizetype lineEnd = input.indexOf('\n', marker + 5);
        name = QString::fromUtf8(input.mid(marker + 5, (lineEnd < 0 ? input.size() : lineEnd) - marker - 5));
        start = lineEnd < 0 ? input.size() : lineEnd + 1;
    }
    const RuleSetLoadResult result = RuleSetLoader::loadFiles(files, QStringLiteral("fuzz"));
    // An accepted rule set must be walkable: every answer of the first question leads on.
    if (result.ok()) {
        const RuleSet &rules = *result.ruleSet;
        const Evaluator evaluator(rules);
        Answers answers;
        for (int step = 0; step < 64; ++step) {
            const Evaluation evaluation = evaluator.evaluate(answers);
            if (evaluation.status != Evaluation::Status::NeedsAnswer)
                break;
            const Question *q = rules.question(evaluation.nextQuestion);
            if (!q || q->answers.empty())
                __builtin_trap(); // the validator let through a question without answers
            answers.insert(q->id, {q->answers.back().id});
        }
    }
    return 0;
}
