// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the build's parse cache (YamlTreeCodec): any bytes given to the decoder are refused or
// read without reading outside them, and every YAML text yaml-cpp parses encodes to a tree
// that decodes the same (kinds, quoting, texts, positions).
#include "yamltreecodec.h"

#include <cstddef>
#include <cstdint>

using namespace deelwijzer;

namespace {
bool same(const YamlNode &a, const YamlNode &b)
{
    if (a.kind() != b.kind() || a.isQuoted() != b.isQuoted() || a.scalar() != b.scalar()
        || a.location().line != b.location().line || a.location().column != b.location().column
        || a.items().size() != b.items().size() || a.entries().size() != b.entries().size())
        return false;
    for (std::size_t i = 0; i < a.items().size(); ++i) {
        if (!same(*a.items()[i], *b.items()[i]))
            return false;
    }
    for (std::size_t i = 0; i < a.entries().size(); ++i) {
        if (!same(*a.entries()[i].first, *b.entries()[i].first) || !same(*a.entries()[i].second, *b.entries()[i].second))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)YamlTreeCodec::decode(input, QStringLiteral("fuzz.bin"));

    Diagnostics diagnostics;
    const YamlTree tree = YamlDocument::parse(input, QStringLiteral("fuzz.yaml"), diagnostics);
    if (!tree)
        return 0;
    const YamlTree decoded = YamlTreeCodec::decode(YamlTreeCodec::encode(*tree), QStringLiteral("fuzz.yaml"));
    if (!decoded || !same(*tree, *decoded))
        __builtin_trap();
    return 0;
}
