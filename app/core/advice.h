// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "localizedtext.h"
#include "verdict.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace deelwijzer {

/// Why the walk went where it went, one entry per node passed.
struct TraceStep
{
    enum class Kind {
        Asked,     ///< a question: the answer chosen decided the next node
        Branched,  ///< a decision: branch `branch` held
        Otherwise, ///< a decision: no branch held
        Reached    ///< the outcome
    };
    Kind kind = Kind::Asked;
    QString node;
    int branch = -1;            ///< Branched: 0-based index of the branch taken
    QString next;               ///< the node this step led to (empty for Reached)
    LocalizedText explanation;  ///< in plain words, in every language of the rule set
    /// A decision where no branch held and the rules give no reason: it only says "none of
    /// the special cases applied", so readers of the advice are spared it.
    bool routine = false;
};

/// The result of a complete route: what the professional may do and why.
struct Advice
{
    QString outcome;           ///< outcome id
    Verdict verdict = Verdict::Consult;
    QStringList grounds;       ///< ground ids that apply on this route (`when` evaluated)
    QStringList conditions;    ///< checklist item ids that apply
    QStringList nextSteps;     ///< action ids that apply
    std::vector<RouteStep> route;
    std::vector<TraceStep> trace;
    QStringList unsureQuestions; ///< questions answered "not sure" on the route

    QString rulesetId;
    QString rulesetVersion;
    QString rulesetSha256;
    QString code;              ///< verification code, see fingerprint.h
};

} // namespace deelwijzer
