// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace deelwijzer {

/// The rule set's `status` (rules/README.md) in the UI language: draft → "concept", ...
class RuleSetStatus
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetStatus)

public:
    static QString label(const QString &status);
};

} // namespace deelwijzer
