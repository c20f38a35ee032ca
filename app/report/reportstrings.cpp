// SPDX-License-Identifier: EUPL-1.2
#include "reportstrings.h"

#include <array>

namespace deelwijzer {

namespace {
struct Entry
{
    ReportStrings::Key key;
    const char *dutch;
    const char *english;
};

// Keep in the order of ReportStrings::Key; a static_assert below checks the count and
// ReportStrings::text() checks the order in debug builds.
constexpr std::array<Entry, ReportStrings::KeyCount> entries{{
    {ReportStrings::DocumentTitle, "Advies over het delen van gegevens", "Advice on sharing personal data"},
    {ReportStrings::HeaderTitle, "Deelwijzer – advies", "Deelwijzer – advice"},
    {ReportStrings::Date, "Datum", "Date"},
    {ReportStrings::CaseReference, "Zaakreferentie", "Case reference"},
    {ReportStrings::RuleSet, "Regelset", "Rule set"},
    {ReportStrings::ShortDisclaimer,
     "Dit advies ondersteunt uw professionele afweging en vervangt die niet.",
     "This advice supports your professional judgement; it does not replace it."},
    {ReportStrings::FullDisclaimer,
     "Deelwijzer helpt u de wettelijke grondslag te vinden voor het delen van gegevens. Het advies "
     "ondersteunt uw professionele afweging en vervangt die niet: u blijft zelf verantwoordelijk voor "
     "het besluit. Twijfelt u, of past uw situatie niet goed bij de vragen, overleg dan met uw "
     "functionaris gegevensbescherming (FG) of een jurist.",
     "Deelwijzer helps you find the legal ground for sharing personal data. The advice supports "
     "your professional judgement and does not replace it: the decision remains yours. If you are "
     "in doubt, or your situation does not fit the questions well, consult your data protection "
     "officer (DPO) or a lawyer."},
    {ReportStrings::RuleSetStatusLine, "Status van de regels", "Status of the rules"},
    {ReportStrings::Explanation, "Toelichting", "Explanation"},
    {ReportStrings::Uncertain, "Wat de regels niet kunnen beslissen", "What the rules cannot decide"},
    {ReportStrings::UnsureAnswersIntro, "U antwoordde ‘weet ik niet’ op:", "You answered ‘not sure’ to:"},
    {ReportStrings::UnsureAdvice,
     "Zoek dit zo mogelijk uit voordat u deelt, of overleg met uw functionaris gegevensbescherming (FG) of een jurist.",
     "Find this out before you share if you can, or consult your data protection officer (DPO) or a lawyer."},
    {ReportStrings::Situation, "Uw situatie, zoals u die beantwoordde", "Your situation, as you answered it"},
    {ReportStrings::Question, "Vraag", "Question"},
    {ReportStrings::Answer, "Antwoord", "Answer"},
    {ReportStrings::LegalGrounds, "Wettelijke grondslagen", "Legal grounds"},
    {ReportStrings::LegalGroundsIntro,
     "Per bepaling: wat zij in dit advies doet, wat zij betekent en de woorden van de wet zelf.",
     "For each provision: what it does in this advice, what it means and the words of the law itself."},
    {ReportStrings::GroundUnsure, "Niet zeker: laat deze grondslag toetsen.",
     "Not certain: have this ground checked."},
    {ReportStrings::NoGrounds, "Voor delen is op deze route geen wettelijke grondslag gevonden.",
     "No legal ground for sharing was found on this route."},
    {ReportStrings::GroundsRestOn, "Het advies rust op", "The advice rests on"},
    {ReportStrings::GroundsRespect, "Wat het advies moet respecteren", "What the advice must respect"},
    {ReportStrings::RoleBasis, "Grondslag", "Legal basis"},
    {ReportStrings::RoleException, "Uitzondering voor bijzondere of strafrechtelijke gegevens",
     "Exception for special-category or criminal-offence data"},
    {ReportStrings::RoleLiftsSecrecy, "Doorbreekt de geheimhouding", "Lifts the duty of secrecy"},
    {ReportStrings::RoleRestricts, "Beperkt wat u deelt", "Restricts what you share"},
    {ReportStrings::StatuteWords, "Wettekst, geldend vanaf %1:", "Statutory text (Dutch), in force from %1:"},
    {ReportStrings::StatuteWordsUndated, "Wettekst:", "Statutory text (Dutch):"},
    {ReportStrings::Conditions, "Voorwaarden", "Conditions"},
    {ReportStrings::ConditionsIntro, "Vink elke voorwaarde af voordat u deelt.",
     "Tick every condition before you share."},
    {ReportStrings::NextSteps, "Wat u nu doet", "What to do next"},
    {ReportStrings::Why, "Waarom dit advies", "Why this advice"},
    {ReportStrings::Sources, "Bronnen", "Sources"},
    {ReportStrings::DecisionRecord, "Vastlegging van uw besluit", "Record of your decision"},
    {ReportStrings::DecisionRecordIntro, "In te vullen door de professional; bewaar dit blad in het dossier.",
     "To be filled in by the professional; keep this sheet in the file."},
    {ReportStrings::RecordDecision, "Besluit", "Decision"},
    {ReportStrings::RecordShared, "gedeeld", "shared"},
    {ReportStrings::RecordNotShared, "niet gedeeld", "not shared"},
    {ReportStrings::RecordAnonymised, "geanonimiseerd gedeeld", "shared anonymised"},
    {ReportStrings::RecordGround, "Grondslag waarop u steunt", "Legal ground relied on"},
    {ReportStrings::RecordOtherGround, "andere:", "other:"},
    {ReportStrings::RecordWeighing, "Afweging", "Weighing"},
    {ReportStrings::RecordWeighingHint, "Schrijf bij elke voorwaarde waarom die geldt of hoe u eraan voldoet.",
     "For each condition, write why it holds or how you meet it."},
    {ReportStrings::RecordWhat, "Wat is gedeeld", "What was shared"},
    {ReportStrings::RecordWithWhom, "Met wie", "With whom"},
    {ReportStrings::RecordWhen, "Wanneer (datum)", "When (date)"},
    {ReportStrings::RecordDecidedBy, "Besloten door (naam, functie)", "Decided by (name, role)"},
    {ReportStrings::RecordConsulted, "Overlegd met", "Consulted with"},
    {ReportStrings::RecordSignature, "Handtekening", "Signature"},
    {ReportStrings::About, "Over dit advies", "About this advice"},
    {ReportStrings::RuleSetName, "Regelset", "Rule set"},
    {ReportStrings::RuleSetId, "Kenmerk", "Id"},
    {ReportStrings::Version, "Versie", "Version"},
    {ReportStrings::Status, "Status", "Status"},
    {ReportStrings::StatusNote, "Toelichting status", "Status note"},
    {ReportStrings::ValidFrom, "Geldig vanaf", "Valid from"},
    {ReportStrings::Fingerprint, "Vingerafdruk (SHA-256)", "Fingerprint (SHA-256)"},
    {ReportStrings::VerificationCode, "Verificatiecode", "Verification code"},
    {ReportStrings::VerificationCodeHint,
     "Met deze code is na te gaan dat dit advies hoort bij deze antwoorden en deze regelset "
     "(deelwijzer-cli verify).",
     "This code lets anyone check that this advice belongs to these answers and this rule set "
     "(deelwijzer-cli verify)."},
    {ReportStrings::Glossary, "Begrippen", "Terms used"},
    {ReportStrings::PageXOfY, "Pagina %1 van %2", "Page %1 of %2"},
    {ReportStrings::StatusDraft, "concept", "draft"},
    {ReportStrings::StatusReconstructed, "gereconstrueerd", "reconstructed"},
    {ReportStrings::StatusReviewed, "juridisch getoetst", "legally reviewed"},
    {ReportStrings::StatusApproved, "vastgesteld", "approved"},
    {ReportStrings::StatusWithdrawn, "ingetrokken", "withdrawn"},
}};

bool isDutch(const QString &language)
{
    return language == QLatin1String("nl");
}
} // namespace

QString ReportStrings::text(Key key, const QString &language)
{
    const auto index = static_cast<std::size_t>(key);
    if (index >= entries.size())
        return QString();
    const Entry &entry = entries[index];
    Q_ASSERT(entry.key == key);
    return QString::fromUtf8(isDutch(language) ? entry.dutch : entry.english);
}

QString ReportStrings::verdictMeaning(Verdict verdict, const QString &language)
{
    const bool nl = isDutch(language);
    switch (verdict) {
    case Verdict::Required:
        return nl ? QStringLiteral("De wet verplicht u de gegevens te verstrekken.")
                  : QStringLiteral("The law obliges you to provide the data.");
    case Verdict::Allowed:
        return nl ? QStringLiteral("Er is een duidelijke wettelijke grondslag; de gewone zorgvuldigheid geldt.")
                  : QStringLiteral("A clear legal ground exists; ordinary care applies.");
    case Verdict::AllowedIf:
        return nl ? QStringLiteral("U mag alleen delen als aan alle voorwaarden hieronder is voldaan.")
                  : QStringLiteral("You may share only if every condition below is met.");
    case Verdict::NotAllowed:
        return nl ? QStringLiteral("Er is geen grondslag om deze gegevens te delen. Geanonimiseerd delen kan soms wel.")
                  : QStringLiteral("There is no legal ground to share these data. Sharing anonymised "
                                   "information may still be possible.");
    case Verdict::Consult:
        return nl ? QStringLiteral("Het recht is hier niet eenduidig of de feiten zijn onzeker: overleg eerst met "
                                   "uw functionaris gegevensbescherming (FG) of een jurist.")
                  : QStringLiteral("The law is unsettled here or the facts are uncertain: first consult your "
                                   "data protection officer (DPO) or a lawyer.");
    }
    return QString();
}

QString ReportStrings::statusLabel(const QString &status, const QString &language)
{
    if (status == QLatin1String("draft"))
        return text(StatusDraft, language);
    if (status == QLatin1String("reconstructed"))
        return text(StatusReconstructed, language);
    if (status == QLatin1String("reviewed"))
        return text(StatusReviewed, language);
    if (status == QLatin1String("approved"))
        return text(StatusApproved, language);
    if (status == QLatin1String("withdrawn"))
        return text(StatusWithdrawn, language);
    return status;
}

} // namespace deelwijzer
