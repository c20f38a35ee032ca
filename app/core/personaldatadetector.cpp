// SPDX-License-Identifier: EUPL-1.2
#include "personaldatadetector.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace deelwijzer {

namespace {

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"));
    return re;
}

// 9 digits, optionally grouped as 1234.56.789 or 123 456 789, not part of a longer number.
const QRegularExpression &bsnPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\d\-+])(\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\d\-]))"));
    return re;
}

// International (+31 6 12345678, 0031 20 1234567) or Dutch (06-12345678, 020 123 4567) numbers.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w])(?:(?:\+|00)\d{2,3}[\s\-]?(?:\(0\)\s?)?\d(?:[\s\-]?\d){7,10}|0\d(?:[\s\-]?\d){8})(?![\w]))"));
    return re;
}

// Numeric dates: 3-11-1998, 03/11/98, 3.11.1998, 1998-11-03.
const QRegularExpression &numericDatePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\d\-])(?:(\d{1,2})[\-/.](\d{1,2})[\-/.](\d{4}|\d{2})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\d\-]))"));
    return re;
}

// Written dates: "3 november 1998", "12 maart '98", "3 Nov. 1998".
const QRegularExpression &writtenDatePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(\d{1,2})\s+(jan(?:uari|uary)?|feb(?:ruari|ruary)?|maa(?:rt)?|mar(?:ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+('?\d{2}|\d{4})\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A capitalised word (letters incl. accents, hyphen for double names, apostrophe for O'Brien).
const QString capWord = QStringLiteral(R"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['\-][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*)");
const QString particles =
    QStringLiteral(R"((?:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|el|al|von|di|da|du|dos|das|bin|ben))");

const QRegularExpression &salutationPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:dhr|mevr|mw|mr|mrs|ms|mej|dr|drs|ir|mevrouw|meneer|heer|mister|miss)\.?\s+(?:%1\s+)*%2)")
            .arg(particles, capWord),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &initialsPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w.])(?:[A-Z]\.\s?){1,4}\s*(?:%1\s+)*%2)").arg(particles, capWord));
    return re;
}

const QRegularExpression &particleNamePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\b%1(?:\s+%2)+\s+%1)").arg(capWord, particles),
                                        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &capitalisedRunPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\b%1(?:\s+%1)+)").arg(capWord),
                                        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Capitalised words that commonly start a case reference or name an organisation or place,
// so that "Veilig Thuis", "Team Noord" or "Gemeente Utrecht" do not count as a name.
const QSet<QString> &nonNameWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *const list[] = {
            "veilig", "thuis", "politie", "gemeente", "team", "zaak", "dossier", "casus", "case", "file",
            "melding", "onderzoek", "overleg", "project", "regio", "district", "eenheid", "afdeling",
            "noord", "zuid", "oost", "west", "midden", "centrum", "nederland", "holland", "brabant",
            "limburg", "zeeland", "utrecht", "amsterdam", "rotterdam", "haag", "den", "eindhoven",
            "groningen", "tilburg", "almere", "breda", "nijmegen", "arnhem", "zwolle", "leiden",
            "maastricht", "dordrecht", "haarlem", "enschede", "report", "meeting", "investigation",
            "comensha", "fier", "emm", "riec", "zorg", "veiligheidshuis", "jeugd", "jeugdzorg",
            "wijkteam", "sociaal", "domein", "kmar", "marechaussee", "koninklijke", "inspectie",
            "arbeidsinspectie", "openbaar", "ministerie", "raad", "kinderbescherming", "huisarts",
            "ziekenhuis", "opvang", "slachtoffer", "slachtofferhulp", "mensenhandel", "uitbuiting",
            "advies", "deelwijzer", "intake", "aanvraag", "verzoek", "januari", "februari", "maart",
            "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
            "december", "january", "february", "march", "may", "june", "july", "august", "october",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "de", "het", "een", "the", "in", "op", "voor", "met", "bij", "naar", "over",
        };
        for (const char *w : list)
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

bool plausibleBirthDate(int day, int month, int year)
{
    if (year < 100)
        year += year > QDate::currentDate().year() % 100 ? 1900 : 2000;
    if (year < 1900 || year > QDate::currentDate().year())
        return false;
    return QDate(year, month, day).isValid();
}

bool overlaps(const QList<PersonalDataDetector::Finding> &found, qsizetype start, qsizetype length)
{
    return std::any_of(found.cbegin(), found.cend(), [&](const PersonalDataDetector::Finding &f) {
        return start < f.position + f.match.size() && f.position < start + length;
    });
}

void add(QList<PersonalDataDetector::Finding> &found, PersonalDataDetector::Kind kind,
         const QRegularExpressionMatch &m, int group = 0)
{
    if (!overlaps(found, m.capturedStart(group), m.capturedLength(group)))
        found.append({kind, m.captured(group), m.capturedStart(group)});
}

} // namespace

bool PersonalDataDetector::isValidBsn(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.'))
            return false;
    }
    if (digits.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * digits.at(i).digitValue();
    sum -= digits.at(8).digitValue();
    return sum != 0 && sum % 11 == 0;
}

QList<PersonalDataDetector::Finding> PersonalDataDetector::scan(const QString &text)
{
    QList<Finding> found;
    if (text.trimmed().isEmpty())
        return found;

    for (auto it = emailPattern().globalMatch(text); it.hasNext();)
        add(found, Kind::Email, it.next());

    for (auto it = numericDatePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool isoOrder = !m.captured(4).isEmpty();
        const int day = (isoOrder ? m.captured(6) : m.captured(1)).toInt();
        const int month = (isoOrder ? m.captured(5) : m.captured(2)).toInt();
        const int year = (isoOrder ? m.captured(4) : m.captured(3)).toInt();
        if (plausibleBirthDate(day, month, year))
            add(found, Kind::DateOfBirth, m);
    }
    for (auto it = writtenDatePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString year = m.captured(3);
        year.remove(QLatin1Char('\''));
        const int y = year.toInt();
        if (m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 31
            && (year.size() == 2 || (y >= 1900 && y <= QDate::currentDate().year())))
            add(found, Kind::DateOfBirth, m);
    }

    for (auto it = phonePattern().globalMatch(text); it.hasNext();)
        add(found, Kind::PhoneNumber, it.next());

    for (auto it = bsnPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isValidBsn(m.captured(1)))
            add(found, Kind::Bsn, m, 1);
    }

    for (const QRegularExpression *re : {&salutationPattern(), &initialsPattern(), &particleNamePattern()}) {
        for (auto it = re->globalMatch(text); it.hasNext();)
            add(found, Kind::Name, it.next());
    }
    for (auto it = capitalisedRunPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringList words = m.captured(0).split(QRegularExpression(QStringLiteral(R"(\s+)")),
                                                      Qt::SkipEmptyParts);
        // A run counts as a name only when at least two of its words are not common
        // organisation, place or reference words.
        const auto nameLike = std::count_if(words.cbegin(), words.cend(), [](const QString &w) {
            return !nonNameWords().contains(w.toLower());
        });
        if (nameLike >= 2)
            add(found, Kind::Name, m);
    }

    std::sort(found.begin(), found.end(),
              [](const Finding &a, const Finding &b) { return a.position < b.position; });
    return found;
}

QString PersonalDataDetector::describe(Kind kind)
{
    switch (kind) {
    case Kind::Name:
        return tr("a name");
    case Kind::Bsn:
        return tr("a citizen service number (BSN)");
    case Kind::DateOfBirth:
        return tr("a date of birth");
    case Kind::PhoneNumber:
        return tr("a phone number");
    case Kind::Email:
        return tr("an e-mail address");
    }
    return QString();
}

QString PersonalDataDetector::warning(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return QString();
    QStringList kinds;
    for (const Finding &f : findings) {
        const QString d = describe(f.kind);
        if (!kinds.contains(d))
            kinds.append(d);
    }
    //: %1 is a list such as "a name, a phone number"
    return tr("This looks like %1. Do not enter personal data here: use your own case number instead.")
        .arg(kinds.join(tr(", ")));
}

} // namespace deelwijzer
