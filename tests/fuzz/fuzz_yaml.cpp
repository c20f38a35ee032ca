// SPDX-License-Identifier: EUPL-1.2
// Differential fuzzing: whatever the fast YAML reader accepts, yaml-cpp must read to the
// same tree, positions included (FastYamlReader's contract).
#include "fastyamlreader.h"
#include "yamldocument.h"

#include <cstddef>
#include <cstdint>

using namespace deelwijzer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnostics ignored;
    // Only input that passes the shared checks (UTF-8, no NUL, not empty) reaches either reader.
    const auto checked = YamlDocument::parse(input, QStringLiteral("f.yaml"), ignored);
    if (!checked)
        return 0;
    const auto fast = FastYamlReader::read(input, QStringLiteral("f.yaml"));
    if (!fast)
        return 0;
    Diagnostics diagnostics;
    const auto reference = YamlDocument::parseWithYamlCpp(input, QStringLiteral("f.yaml"), diagnostics);
    if (!reference || !YamlDocument::sameTree(*fast, *reference))
        __builtin_trap(); // the fast reader accepted what yaml-cpp rejects or reads differently
    return 0;
}
