// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"
#include "diagnostics.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace deelwijzer {

class RuleSet;

/// What a case expects of its advice (for tests and training model answers).
struct CaseExpectation
{
    QStringList verdicts;   ///< any of these verdict ids is accepted
    QString outcome;        ///< optional outcome id
    QStringList grounds;    ///< must all be among the advice's grounds
    QStringList conditions; ///< must all be among the advice's conditions
    QStringList route;      ///< optional: the exact question ids asked, in order
    SourceLocation location;
};

/// The advice a saved session had when it was saved (`advice`, design §4), so that reopening it
/// under other rules can show what changed. Written by the app; optional.
struct SavedAdvice
{
    QString outcome;
    QString verdict;     ///< verdict id
    QStringList grounds; ///< ground ids in printed order
    SourceLocation location;
};

/// A case file, saved session or training case (design §4).
struct CaseFile
{
    static constexpr int FormatVersion = 1;

    QString path;                ///< where it was read from or saved to
    LocalizedText title;
    LocalizedText narrative;
    QString reference;           ///< the user's own case reference (optional)
    QString rulesetId;
    QString rulesetVersion;
    QString rulesetSha256;
    Answers answers;
    QHash<QString, SourceLocation> answerLocations;
    /// What each bound answer was given for (`given_for`, rules/README.md §6); optional.
    GivenFor givenFor;
    QHash<QString, SourceLocation> givenForLocations;
    QString current;             ///< saved sessions: the question on screen when saved
    QStringList checkedConditions; ///< saved sessions: the advice's conditions the user ticked
    QDateTime saved;
    std::optional<SavedAdvice> advice;
    std::optional<CaseExpectation> expect;

    /// Reads a case file; on problems adds diagnostics with line numbers and returns nullopt.
    static std::optional<CaseFile> read(const QString &path, Diagnostics &diagnostics);
    static std::optional<CaseFile> parse(const QByteArray &content, const QString &fileName,
                                         Diagnostics &diagnostics);

    /// Checks the answers and expectations against a rule set: unknown question or answer ids
    /// and invalid answers are errors, answers that are valid but not on the route warnings, as
    /// are bound answers whose `given_for` no longer matches (they will be asked again).
    /// Also warns when the case was saved under another version of the rules.
    void checkAgainst(const RuleSet &rules, Diagnostics &diagnostics) const;

    /// The case as YAML (stable key order, quoted where YAML would misread a value).
    QByteArray toYaml() const;
    /// Writes with SafeFile: atomically, never through a symbolic link, every write checked,
    /// readable by the user alone. On failure returns false and sets `error` (a sentence for the
    /// user); the old file is then untouched.
    bool save(const QString &filePath, QString *error) const;
};

} // namespace deelwijzer
