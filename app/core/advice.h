// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "groundrole.h"
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

/// A ground an advice cites, with the role it has in this advice (the citation's role, else
/// the ground's own).
struct CitedGround
{
    QString id;
    GroundRole role = GroundRole::None;

    /// Basis, exception and lifting of secrecy are what the advice rests on; a ground that
    /// restricts is what it must respect. A ground without a role is shown with the first.
    bool restsOn() const { return role != GroundRole::Restricts; }
    bool operator==(const CitedGround &) const = default;
};

/// The result of a complete route: what the professional may do and why.
struct Advice
{
    QString outcome;           ///< outcome id
    Verdict verdict = Verdict::Consult;
    /// The grounds that apply on this route (`when` evaluated), in printed order: what the
    /// advice rests on (basis, exception, lifts_secrecy, then any without a role), then what it
    /// must respect (restricts); within a role in the order the outcome cites them.
    std::vector<CitedGround> citedGrounds;
    QStringList grounds;       ///< the ids of citedGrounds, in the same order
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
