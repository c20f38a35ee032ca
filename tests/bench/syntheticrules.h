// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace deelwijzer::bench {

/// A valid synthetic rule set of about `nodes` nodes, in files of at most 2,000 nodes, built
/// from blocks of a question, a decision (testing that question and the first one) and two
/// outcomes, chained so every node is reachable. Texts are of realistic length in nl and en.
QList<QPair<QString, QByteArray>> syntheticRuleSet(int nodes);

/// Answers that walk a route of `questions` questions through a synthetic rule set.
Answers syntheticRoute(int questions);

} // namespace deelwijzer::bench
