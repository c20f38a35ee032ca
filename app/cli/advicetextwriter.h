// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"

#include <QString>

namespace deelwijzer {

class RuleSet;

/// The advice as plain text for a terminal, in `language` ("nl", "en"): the sections of its
/// AdviceView, each heading on a line of its own ending in ':', its lines indented.
QString adviceToText(const RuleSet &rules, const Advice &advice, const QString &language);

} // namespace deelwijzer
