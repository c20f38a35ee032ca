// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "casefile.h"
#include "ruleset.h"

#include <memory>

namespace deelwijzer::training_test {

/// The built-in rule set (":/rules"), loaded once.
std::shared_ptr<const RuleSet> builtinRules();
/// A case of the built-in library by file name, e.g. "c01-police-comensha".
CaseFile builtinCase(const QString &name);

} // namespace deelwijzer::training_test
