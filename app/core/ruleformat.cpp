// SPDX-License-Identifier: EUPL-1.2
#include "ruleformat.h"

namespace deelwijzer::ruleformat {

namespace {
// clang-format off
constexpr const char *sectionNames[] = {"ruleset", "laws", "grounds", "glossary", "conditions", "actions", "sources",
                                        "questions", "decisions", "outcomes"};

constexpr const char *manifestAllowed[] = {"id", "version", "valid_from", "valid_to", "status", "status_note", "title",
                                           "languages", "start", "role_question", "files", "sources", "reviews"};
constexpr const char *manifestRequired[] = {"id", "version", "valid_from", "status", "status_note", "title", "languages",
                                            "start"};
constexpr const char *questionAllowed[] = {"id", "type", "text", "why", "help", "sources", "next", "answers", "valid_for"};
constexpr const char *questionRequired[] = {"id", "text", "why", "answers"};
constexpr const char *answerAllowed[] = {"id", "label", "hint", "next", "unsure", "exclusive", "data_category",
                                         "bound_by_secrecy"};
constexpr const char *answerRequired[] = {"id", "label"};
constexpr const char *decisionAllowed[] = {"id", "branches", "otherwise", "otherwise_because"};
constexpr const char *decisionRequired[] = {"id", "branches", "otherwise"};
constexpr const char *branchAllowed[] = {"when", "next", "because"};
constexpr const char *branchRequired[] = {"when", "next"};
constexpr const char *outcomeAllowed[] = {"id", "verdict", "verdict_note", "title", "explanation", "grounds", "conditions",
                                          "next_steps", "uncertain", "sources", "personal_data"};
constexpr const char *outcomeRequired[] = {"id", "verdict", "title", "explanation"};
constexpr const char *groundCitationAllowed[] = {"id", "when", "role"};
constexpr const char *groundCitationRequired[] = {"id"};
constexpr const char *citationAllowed[] = {"id", "when"};
constexpr const char *citationRequired[] = {"id", "when"};
constexpr const char *lawAllowed[] = {"id", "name", "abbreviation", "bwb", "celex", "book", "url"};
constexpr const char *lawRequired[] = {"id", "name", "abbreviation"};
constexpr const char *groundAllowed[] = {"id", "law", "article", "paragraph", "point", "subpoint", "title", "meaning", "url",
                                         "status", "note", "role", "words", "text_date"};
constexpr const char *groundRequired[] = {"id", "law", "title", "meaning"};
constexpr const char *termAllowed[] = {"id", "term", "definition", "see"};
constexpr const char *termRequired[] = {"id", "term", "definition"};
constexpr const char *checklistItemAllowed[] = {"id", "text", "help"};
constexpr const char *checklistItemRequired[] = {"id", "text"};
constexpr const char *actionKeys[] = {"id", "text"};
constexpr const char *reviewAllowed[] = {"reviewer", "role", "date", "scope", "fingerprint"};
constexpr const char *reviewRequired[] = {"reviewer", "role", "date", "fingerprint"};
constexpr const char *sourceAllowed[] = {"id", "title", "url"};
constexpr const char *sourceRequired[] = {"id", "title"};

constexpr const char *statusValues[] = {"draft", "reconstructed", "reviewed", "approved", "withdrawn"};
// clang-format on
} // namespace

const RuleKeys manifest{"manifest", manifestAllowed, manifestRequired};
const RuleKeys question{"question", questionAllowed, questionRequired};
const RuleKeys answer{"answer", answerAllowed, answerRequired};
const RuleKeys decision{"decision", decisionAllowed, decisionRequired};
const RuleKeys branch{"branch", branchAllowed, branchRequired};
const RuleKeys outcome{"outcome", outcomeAllowed, outcomeRequired};
const RuleKeys groundCitation{"groundCitation", groundCitationAllowed, groundCitationRequired};
const RuleKeys citation{"citation", citationAllowed, citationRequired};
const RuleKeys law{"law", lawAllowed, lawRequired};
const RuleKeys ground{"ground", groundAllowed, groundRequired};
const RuleKeys term{"term", termAllowed, termRequired};
const RuleKeys checklistItem{"checklistItem", checklistItemAllowed, checklistItemRequired};
const RuleKeys action{"action", actionKeys, actionKeys};
const RuleKeys source{"source", sourceAllowed, sourceRequired};
const RuleKeys review{"review", reviewAllowed, reviewRequired};

std::span<const char *const> sections() { return sectionNames; }

std::span<const RuleKeys *const> all()
{
    static const RuleKeys *const tables[] = {&manifest, &question, &answer, &decision, &branch, &outcome, &groundCitation,
                                             &citation, &law, &ground, &term, &checklistItem, &action, &source,
                                             &review};
    return tables;
}

std::span<const char *const> statuses() { return statusValues; }

} // namespace deelwijzer::ruleformat
