// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the case-file reader against the demo rule set, and checks a property: whatever a
// case file reads as, writing it and reading it back gives the same case.
#include "casefile.h"
#include "evaluator.h"
#include "rulesetloader.h"

#include <cstddef>
#include <cstdint>

using namespace deelwijzer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const RuleSetLoadResult demo = RuleSetLoader::loadFolder(QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo"));
    if (!demo.ok())
        __builtin_trap();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnostics diagnostics;
    const auto file = CaseFile::parse(input, QStringLiteral("fuzz.yaml"), diagnostics);
    if (!file)
        return 0;
    file->checkAgainst(*demo.ruleSet, diagnostics);
    if (!diagnostics.hasErrors())
        Evaluator(*demo.ruleSet).evaluate(file->answers);

    Diagnostics again;
    const auto copy = CaseFile::parse(file->toYaml(), QStringLiteral("copy.yaml"), again);
    if (!copy || copy->answers != file->answers || copy->title != file->title || copy->narrative != file->narrative
        || copy->reference != file->reference || copy->current != file->current || copy->toYaml() != file->toYaml())
        __builtin_trap(); // the writer produced something the reader reads differently
    return 0;
}
