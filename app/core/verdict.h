// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace deelwijzer {

/// The five verdicts of design §2; their ids are part of the case-file contract.
enum class Verdict { Required, Allowed, AllowedIf, NotAllowed, Consult };

/// Everything a face needs to show a verdict, from the one table in verdict.cpp: the app, the
/// printed report, the command line and the training all read it, so a verdict looks and reads
/// the same everywhere.
struct VerdictInfo
{
    Verdict verdict;
    const char *id;      ///< the case-file id, e.g. "allowed_if"
    const char *label;   ///< source words (English) of the label of design §2, context "Verdict"
    const char *meaning; ///< one sentence for a non-lawyer, context "Verdict"
    const char *symbol;  ///< a character that tells the verdict in black and white (UTF-8)
    unsigned int rgb;    ///< its colour, 0xRRGGBB, dark enough for white text on it
};

const VerdictInfo &verdictInfo(Verdict verdict);
QString verdictId(Verdict verdict);
std::optional<Verdict> verdictFromId(const QString &id);
QStringList allVerdictIds();
/// The label of design §2 in `language`, e.g. "Delen mag" in "nl".
QString verdictLabel(Verdict verdict, const QString &language);
/// What the verdict means for the professional, in `language`.
QString verdictMeaning(Verdict verdict, const QString &language);
/// The verdict's symbol, e.g. "✓" for allowed.
QString verdictSymbol(Verdict verdict);
/// Verdicts that need a legal ground.
bool verdictNeedsGround(Verdict verdict);

} // namespace deelwijzer
