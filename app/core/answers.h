// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace deelwijzer {

/// The professional's answers: question id -> chosen answer ids (one for a single-choice
/// question, one or more for a multiple-choice question). Answers stay here when the route
/// changes, so an answer that is on the new route again is kept.
using Answers = QMap<QString, QStringList>;

/// For each answer bound by `valid_for` (rules/README.md §3): the answers of the questions it
/// names at the time it was given (a question then unanswered is absent). Saved with the
/// answers as `given_for` (§6), so an answer that no longer holds is noticed after reopening.
using GivenFor = QMap<QString, Answers>;

/// One question on the route and what was answered.
struct RouteStep
{
    QString question;
    QStringList answer;

    bool operator==(const RouteStep &) const = default;
};

} // namespace deelwijzer
