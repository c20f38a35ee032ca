// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace deelwijzer {

/// What a ground does in an advice (rules/README.md "Grounds by role"). The first three are
/// what the advice rests on; `Restricts` is what it must respect.
enum class GroundRole { None, Basis, Exception, LiftsSecrecy, Restricts };

QString groundRoleId(GroundRole role);
/// GroundRole::None for an unknown id.
GroundRole groundRoleFromId(const QString &id);
QStringList allGroundRoleIds();

} // namespace deelwijzer
