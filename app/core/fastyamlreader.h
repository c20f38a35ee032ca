// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "yamldocument.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace deelwijzer {

/// A fast reader for the plain subset of YAML that rule and case files use: block mappings
/// and sequences, one-line flow collections, plain and one-line quoted scalars, literal and
/// folded block scalars, comments.
///
/// yaml-cpp parses about 4 MB/s on our machines, too slow for a large rule set, so YamlDocument
/// tries this reader first. It gives up (returns nullptr, no diagnostics) on anything outside
/// the subset or anything wrong — tabs, anchors, tags, multi-line plain scalars, duplicate keys,
/// deep nesting, a syntax error — and YamlDocument then parses the file with yaml-cpp, which
/// produces the error messages. When it does return a tree, that tree is identical to the one
/// built from yaml-cpp's events, positions included: the engine tests and a differential fuzz
/// target (tests/fuzz/fuzz_yaml.cpp) check this.
class FastYamlReader
{
public:
    static YamlTree read(const QByteArray &content, const QString &fileName);
};

} // namespace deelwijzer
