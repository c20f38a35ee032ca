// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"
#include "casefile.h"
#include "diagnostics.h"

#include <QList>
#include <QString>

#include <optional>

namespace deelwijzer {

class RuleSet;

/// A case of the training library: the case file (title, narrative, answers, expect) and its
/// model answer, the advice the Evaluator gives for the case's answers.
struct TrainingCase
{
    QString id;                      ///< the file's base name, e.g. "c01-police-comensha"
    CaseFile file;
    std::optional<Advice> modelAdvice; ///< null when the case does not reach an outcome

    QString role;                    ///< the answer to the rule set's role question (who shares), if any

    QString sharer() const { return role; }
    QString recipient() const;       ///< the `recipient` answer id
    bool hasNarrative() const { return !file.narrative.isEmpty(); }

    /// Reads one case file and evaluates it against `rules`. On read errors returns nullopt
    /// (with diagnostics carrying file:line); answers that do not fit the rules are errors too.
    static std::optional<TrainingCase> load(const QString &path, const RuleSet &rules, Diagnostics &diagnostics);
    /// Every *.yaml case in `folder` (e.g. ":/rules/cases"), sorted by id. Files with errors
    /// are skipped and reported in `diagnostics`.
    static QList<TrainingCase> loadFolder(const QString &folder, const RuleSet &rules, Diagnostics &diagnostics);
    /// The folder of the rule set's own cases: `<origin>/cases`.
    static QString casesFolder(const RuleSet &rules);
};

} // namespace deelwijzer
