// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <vector>

namespace deelwijzer {

class RuleSet;
class YamlNode;

/// The version of the canonical content below; part of it, so a change of derivation changes
/// every fingerprint. 1: a hand-written list of model fields; 2: every key and value read.
constexpr int CanonicalFormat = 2;

/// One rule-file entry (or the manifest's `ruleset` section without `files` and `reviews`) as
/// compact JSON with every key and value: keys sorted, empty values left out, scalars trimmed.
/// Comments, quoting, key order and layout do not change it. `skipKeys` are left out of the
/// entry's top level.
QByteArray canonicalEntry(const YamlNode &entry, std::initializer_list<QLatin1String> skipKeys = {});
/// The canonical content of a rule set: every entry of every file, by section and id (see
/// canonicalEntry). Layout, comments, the order of entries and their split over files do not
/// change it; every word of content does.
QByteArray canonicalRuleSetContent(const RuleSet &rules);
/// SHA-256 of canonicalRuleSetContent, as 64 lowercase hex digits.
QString ruleSetFingerprint(const RuleSet &rules);

/// A short code for an advice, easy to read aloud and type: `XXXX-XXXX-XXXX` in Crockford's
/// base 32 (no I, L, O, U), derived from the rule-set fingerprint and the route's answers;
/// the last character is a check character that catches any single typo or swap of
/// neighbours.
QString verificationCode(const QString &rulesetSha256, const std::vector<RouteStep> &route);
/// Upper-cases, drops spaces and dashes, and reads I/L as 1 and O as 0. Empty if not 12
/// valid characters.
QString normalizeVerificationCode(const QString &code);
/// Whether the check character of `code` fits (after normalizing).
bool isWellFormedVerificationCode(const QString &code);

} // namespace deelwijzer
