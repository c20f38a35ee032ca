// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPalette>

namespace deelwijzer {

/// A high-contrast palette (white on black, yellow links and selection), for View → High
/// contrast. Every widget draws with palette roles, so the whole app follows it.
class HighContrastPalette
{
public:
    static QPalette palette();
};

} // namespace deelwijzer
