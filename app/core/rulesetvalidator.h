// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"
#include "ruleset.h"
#include "schemareader.h"

#include <vector>

namespace deelwijzer {

/// Proves a schema-valid rule set sound (rules/README.md §5): every reference resolves, every
/// node is reachable, there are no cycles, every route ends in an outcome, and every decision
/// only tests questions that are asked on every route leading to it.
class RuleSetValidator
{
public:
    static void validate(const RuleSet &rules, const std::vector<MarkupText> &markupTexts, Diagnostics &diagnostics);
};

} // namespace deelwijzer
