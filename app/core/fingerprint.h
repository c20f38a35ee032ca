// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace deelwijzer {

class RuleSet;

/// The canonical content of a rule set: its model as sorted, compact JSON. Layout, comments
/// and the split over files do not change it; every word of content does.
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
