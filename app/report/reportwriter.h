// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"
#include "localizedtext.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace deelwijzer {

class RuleSet;

/// The language(s) of a printed advice.
enum class ReportLanguage { Dutch, English, Both };
std::optional<ReportLanguage> reportLanguageFromId(const QString &id); // "nl", "en", "both"

/// Everything a printed advice shows (design §6).
struct ReportRequest
{
    const RuleSet *rules = nullptr;
    const Advice *advice = nullptr;
    ReportLanguage language = ReportLanguage::Dutch;
    QString caseReference;    ///< optional, typed by the user
    LocalizedText caseTitle;  ///< optional
    QDateTime created;        ///< the date printed on the advice
    QStringList checkedConditions; ///< conditions the user ticked on screen: printed ☑, not ☐
};

/// Writes the report to `outputPath`; the format follows the suffix: .pdf (PDF/A-1b), .odt or
/// .html. On failure returns false and sets `error` (a sentence for the user).
bool writeReport(const ReportRequest &request, const QString &outputPath, QString *error);

} // namespace deelwijzer
