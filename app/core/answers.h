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

/// One question on the route and what was answered.
struct RouteStep
{
    QString question;
    QStringList answer;

    bool operator==(const RouteStep &) const = default;
};

} // namespace deelwijzer
