// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <string>

namespace deelwijzer {

/// yaml-cpp's syntax-error message in the user's language. yaml-cpp writes its messages in
/// English; a Dutch dialog showed "end of map not found". Unknown messages stay as they are.
QString yamlErrorText(const std::string &message);

} // namespace deelwijzer
