// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"

#include <functional>
#include <span>

namespace deelwijzer {

class RuleSet;

/// Proves that every outcome which allows sharing rests on the law by role (rules/README.md
/// §5): it names a `basis` on every route to it, an `exception` whenever a route can include
/// special-category or criminal-offence data, and a `lifts_secrecy` whenever a route can have a
/// sharer bound by secrecy. Also warns about cited grounds without role, words or text date.
///
/// The proof follows the answers that matter (data categories, secrecy, and the questions the
/// citations' `when`s test) forward through the graph once, so its cost grows with nodes times
/// those answers, never with the number of routes.
class GroundProof
{
public:
    /// Nodes are numbered questions, then decisions, then outcomes (as in the validator).
    /// `topologicalOrder` lists every reachable node; `dominates(question, node)` tells whether
    /// the question is asked on every route to the node. Problems are warnings.
    static void prove(const RuleSet &rules, std::span<const std::size_t> topologicalOrder,
                      const std::function<bool(std::size_t question, std::size_t node)> &dominates,
                      Diagnostics &diagnostics);
};

} // namespace deelwijzer
