// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace deelwijzer {

/// The five verdicts of design §2; their ids are part of the case-file contract.
enum class Verdict { Required, Allowed, AllowedIf, NotAllowed, Consult };

QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(const QString &id);
QStringList allVerdictIds();
/// The label of design §2 in Dutch ("nl") or English (anything else), e.g. "Delen mag".
QString verdictLabel(Verdict verdict, const QString &language);
/// Verdicts that need a legal ground.
bool verdictNeedsGround(Verdict verdict);

} // namespace deelwijzer
