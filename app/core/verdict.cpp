// SPDX-License-Identifier: EUPL-1.2
#include "verdict.h"

#include <array>

namespace deelwijzer {

namespace {
struct VerdictInfo
{
    Verdict verdict;
    const char *id;
    const char *dutch;
    const char *english;
};

constexpr std::array<VerdictInfo, 5> verdicts{{
    {Verdict::Required, "required", "Delen moet", "Sharing is required"},
    {Verdict::Allowed, "allowed", "Delen mag", "Sharing is allowed"},
    {Verdict::AllowedIf, "allowed_if", "Delen mag onder voorwaarden", "Allowed under conditions"},
    {Verdict::NotAllowed, "not_allowed", "Delen mag niet", "Sharing is not allowed"},
    {Verdict::Consult, "consult", "Overleg eerst", "Seek advice first"},
}};

const VerdictInfo &info(Verdict verdict)
{
    return verdicts.at(static_cast<std::size_t>(verdict));
}
} // namespace

QString verdictId(Verdict verdict)
{
    return QString::fromLatin1(info(verdict).id);
}

std::optional<Verdict> verdictFromId(const QString &id)
{
    for (const VerdictInfo &v : verdicts) {
        if (id == QLatin1String(v.id))
            return v.verdict;
    }
    return std::nullopt;
}

QStringList allVerdictIds()
{
    QStringList ids;
    for (const VerdictInfo &v : verdicts)
        ids << QString::fromLatin1(v.id);
    return ids;
}

QString verdictLabel(Verdict verdict, const QString &language)
{
    return language == QLatin1String("nl") ? QString::fromUtf8(info(verdict).dutch)
                                           : QString::fromUtf8(info(verdict).english);
}

bool verdictNeedsGround(Verdict verdict)
{
    return verdict == Verdict::Required || verdict == Verdict::Allowed || verdict == Verdict::AllowedIf;
}

} // namespace deelwijzer
