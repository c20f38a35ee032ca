// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <vector>

namespace deelwijzer {

class RuleSet;

/// One value that differs inside a changed entry, e.g. path "answers[unsure].label.en".
struct FieldChange
{
    QString path;
    QString before; ///< empty: the value is new
    QString after;  ///< empty: the value was removed
};

/// An entry of a rule file (a question, decision, outcome, ground, glossary term, ...) that was
/// added, removed or changed, by section and stable id.
struct EntryChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString section; ///< the rule-file section: "questions", "outcomes", ...; "ruleset" for the manifest
    QString id;      ///< empty for the manifest
    std::vector<FieldChange> fields; ///< Changed: what differs, in path order
};

/// What changed between two rule sets. Compares the canonical entries the fingerprint is
/// made of (fingerprint.h), so layout, comments, key order and the split over files are no
/// change, and every change the fingerprint sees is listed.
class RuleSetDiff
{
public:
    /// Every changed entry, by section then id.
    static std::vector<EntryChange> compare(const RuleSet &older, const RuleSet &newer);
};

} // namespace deelwijzer
