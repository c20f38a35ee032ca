// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace deelwijzer {

class Diagnostics;
class RuleSet;

/// Whether the rules in use were signed off, in one sentence every face shows (start page,
/// advice page, printed report): "Reviewed by … on …" or plainly "Not reviewed". A review
/// counts only for the content it names by fingerprint: once the rules change, it no longer
/// speaks for them.
class ReviewStatement
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStatement)
public:
    /// Whether the last review (RuleSetInfo::lastReview) names the current fingerprint.
    static bool isReviewed(const RuleSet &rules);
    /// The sentence in `language` (nl or en), whatever language the program speaks: a report
    /// may be printed in another language than the user interface's.
    static QString text(const RuleSet &rules, const QString &language);
    /// For `check`: a warning at the last review when the rules changed after it.
    static void check(const RuleSet &rules, Diagnostics &diagnostics);
};

} // namespace deelwijzer
