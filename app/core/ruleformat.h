// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <span>

namespace deelwijzer {

/// The keys one kind of mapping in a rule file may have, and the keys it must have.
struct RuleKeys
{
    /// Its definition in the JSON Schema (rules/schema/deelwijzer-rules.schema.json, `$defs`).
    const char *schemaName;
    std::span<const char *const> allowed;
    std::span<const char *const> required;
};

/// The rule format's key tables (rules/README.md). RuleFileReader checks every mapping it
/// reads against them, and tests/engine/test_ruleschema.cpp checks the JSON Schema against
/// them, so the reader and the schema cannot drift apart.
namespace ruleformat {

/// The sections a rule file may hold; `ruleset` only in the manifest.
std::span<const char *const> sections();

extern const RuleKeys manifest;
extern const RuleKeys question;
extern const RuleKeys answer;
extern const RuleKeys decision;
extern const RuleKeys branch;
extern const RuleKeys outcome;
extern const RuleKeys groundCitation; ///< an outcome's `grounds` entry written as a mapping
extern const RuleKeys citation;       ///< an outcome's `conditions` or `next_steps` entry as a mapping
extern const RuleKeys law;
extern const RuleKeys review; ///< a `reviews` entry of the manifest
extern const RuleKeys ground;
extern const RuleKeys term;
extern const RuleKeys checklistItem;
extern const RuleKeys action;
extern const RuleKeys source;

/// Every table above.
std::span<const RuleKeys *const> all();

/// The values `ruleset.status` may take (verdicts, question types and ground roles have id
/// tables of their own: allVerdictIds(), allQuestionTypeIds(), allGroundRoleIds()).
std::span<const char *const> statuses();

} // namespace ruleformat

} // namespace deelwijzer
