// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace deelwijzer {

/// Finds text that looks like personal data in a free-text field (design §7), so the app can
/// warn before it is saved or printed. Heuristic and deliberately cautious: a warning too many
/// is better than a name on a printed advice. Widget-free; see tests/gui/tst_personaldatadetector.
///
///     scan("Dossier VT-2026-0143")         -> {}
///     scan("Jan de Vries")                 -> {Name "Jan de Vries"}
///     scan("bsn 111222333")                -> {Bsn "111222333"}   (passes the elfproef)
///     scan("geb. 03-11-1998")              -> {DateOfBirth "03-11-1998"}
///     scan("06-12345678")                  -> {PhoneNumber "06-12345678"}
///     scan("j.jansen@example.nl")          -> {Email "j.jansen@example.nl"}
class PersonalDataDetector
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataDetector)

public:
    enum class Kind { Name, Bsn, DateOfBirth, PhoneNumber, Email };

    struct Finding
    {
        Kind kind = Kind::Name;
        QString match;
        qsizetype position = 0;
    };

    /// Everything in `text` that looks like personal data, in order of position.
    static QList<Finding> scan(const QString &text);

    /// Whether `digits` (9 digits; spaces and dots are ignored) pass the BSN "elfproef":
    /// 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (and not 0).
    static bool isValidBsn(const QString &digits);

    /// A short translated description, e.g. "a name" / "een naam".
    static QString describe(Kind kind);
    /// One translated warning sentence for a list of findings (empty when there are none).
    static QString warning(const QList<Finding> &findings);
};

} // namespace deelwijzer
