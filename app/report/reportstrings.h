// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "verdict.h"

#include <QString>

namespace deelwijzer {

/// The fixed wording ("chrome") of the printed advice in Dutch and English: headings, labels,
/// the disclaimer, the decision-record block.
///
/// Why a table and not tr(): tr() answers in the one language whose .qm file the application
/// has loaded, but a report is printed in the language the professional picks for it, which
/// need not be the language of the user interface, and a report in "both" languages needs
/// Dutch and English at the same time. The command line loads no translator at all. So the
/// report's wording lives here, both languages side by side, where a reviewer reads them
/// together; the rule texts themselves come from the rule set. Every entry must have both
/// languages (tests/report checks this).
///
///     ReportStrings::text(ReportStrings::LegalGrounds, "nl") -> "Wettelijke grondslagen"
///     ReportStrings::text(ReportStrings::LegalGrounds, "en") -> "Legal grounds"
class ReportStrings
{
public:
    enum Key {
        DocumentTitle,
        HeaderTitle,
        Date,
        CaseReference,
        RuleSet,
        ShortDisclaimer,
        FullDisclaimer,
        RuleSetStatusLine,
        Explanation,
        Uncertain,
        UnsureAnswersIntro,
        UnsureAdvice,
        Situation,
        Question,
        Answer,
        LegalGrounds,
        LegalGroundsIntro,
        GroundUnsure,
        NoGrounds,
        GroundsRestOn,
        GroundsRespect,
        RoleBasis,
        RoleException,
        RoleLiftsSecrecy,
        RoleRestricts,
        StatuteWords,       ///< %1: the date of the consolidated text
        StatuteWordsUndated,
        Conditions,
        ConditionsIntro,
        NextSteps,
        Why,
        Sources,
        DecisionRecord,
        DecisionRecordIntro,
        RecordDecision,
        RecordShared,
        RecordNotShared,
        RecordAnonymised,
        RecordGround,
        RecordOtherGround,
        RecordWeighing,
        RecordWeighingHint,
        RecordWhat,
        RecordWithWhom,
        RecordWhen,
        RecordDecidedBy,
        RecordConsulted,
        RecordSignature,
        About,
        RuleSetName,
        RuleSetId,
        Version,
        Status,
        StatusNote,
        ValidFrom,
        Fingerprint,
        VerificationCode,
        VerificationCodeHint,
        Glossary,
        PageXOfY,
        StatusDraft,
        StatusReconstructed,
        StatusReviewed,
        StatusApproved,
        StatusWithdrawn,
        KeyCount
    };

    /// The wording of `key` in `language` ("nl"; anything else gives English).
    static QString text(Key key, const QString &language);
    /// The plain-words meaning of a verdict, one sentence for a non-lawyer.
    static QString verdictMeaning(Verdict verdict, const QString &language);
    /// The rule-set status ("draft", "approved", ...) in words; unknown ids come back as they are.
    static QString statusLabel(const QString &status, const QString &language);
};

} // namespace deelwijzer
