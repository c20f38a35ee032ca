// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"

#include <QJsonObject>

namespace deelwijzer {

class RuleSet;

/// The advice as the JSON object of design §5 (`verdict`, `outcome`, `grounds`, `conditions`,
/// `route`, `ruleset`, `code`) plus texts in `language` for readers that want them.
QJsonObject adviceToJson(const RuleSet &rules, const Advice &advice, const QString &language);

} // namespace deelwijzer
