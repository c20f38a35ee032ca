// SPDX-License-Identifier: EUPL-1.2
#include "verdict.h"

#include "phrasebook.h"

#include <QtGlobal>

#include <array>

namespace deelwijzer {

namespace {
constexpr std::array<VerdictInfo, 5> verdicts{{
    {Verdict::Required, "required", QT_TRANSLATE_NOOP("Verdict", "Sharing is required"),
     QT_TRANSLATE_NOOP("Verdict", "The law obliges you to provide the data."), "\u279C" /* ➜ act */, 0x1d4e89},
    {Verdict::Allowed, "allowed", QT_TRANSLATE_NOOP("Verdict", "Sharing is allowed"),
     QT_TRANSLATE_NOOP("Verdict", "A clear legal ground exists; ordinary care applies."), "\u2713" /* ✓ */, 0x1e6b34},
    {Verdict::AllowedIf, "allowed_if", QT_TRANSLATE_NOOP("Verdict", "Allowed under conditions"),
     QT_TRANSLATE_NOOP("Verdict", "You may share only if every condition below is met."),
     "\u2611" /* ☑ tick the conditions */, 0x8a5a00},
    {Verdict::NotAllowed, "not_allowed", QT_TRANSLATE_NOOP("Verdict", "Sharing is not allowed"),
     QT_TRANSLATE_NOOP("Verdict", "There is no legal ground to share these data. Sharing anonymised information may "
                                  "still be possible."),
     "\u2717" /* ✗ */, 0xa31f1f},
    {Verdict::Consult, "consult", QT_TRANSLATE_NOOP("Verdict", "Seek advice first"),
     QT_TRANSLATE_NOOP("Verdict", "The law is unsettled here or the facts are uncertain: first consult your data "
                                  "protection officer (DPO) or a lawyer."),
     "?", 0x5b2c83},
}};
} // namespace

const VerdictInfo &verdictInfo(Verdict verdict)
{
    return verdicts.at(static_cast<std::size_t>(verdict));
}

QString verdictId(Verdict verdict)
{
    return QString::fromLatin1(verdictInfo(verdict).id);
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
    return Phrasebook::forLanguage(language).translate("Verdict", verdictInfo(verdict).label);
}

QString verdictMeaning(Verdict verdict, const QString &language)
{
    return Phrasebook::forLanguage(language).translate("Verdict", verdictInfo(verdict).meaning);
}

QString verdictSymbol(Verdict verdict)
{
    return QString::fromUtf8(verdictInfo(verdict).symbol);
}

bool verdictNeedsGround(Verdict verdict)
{
    return verdict == Verdict::Required || verdict == Verdict::Allowed || verdict == Verdict::AllowedIf;
}

} // namespace deelwijzer
