// SPDX-License-Identifier: EUPL-1.2
#include "tst_personaldatadetector.h"

#include "personaldatadetector.h"

#include <QTest>

using deelwijzer::PersonalDataDetector;
using Kind = PersonalDataDetector::Kind;

void TestPersonalDataDetector::bsnElfproef_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    // 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66 = 6*11
    QTest::newRow("valid") << QStringLiteral("111222333") << true;
    QTest::newRow("valid with dots") << QStringLiteral("1112.22.333") << true;
    QTest::newRow("valid with spaces") << QStringLiteral("111 222 333") << true;
    QTest::newRow("valid 123456782") << QStringLiteral("123456782") << true;
    QTest::newRow("one digit off") << QStringLiteral("111222334") << false;
    QTest::newRow("all zeros") << QStringLiteral("000000000") << false;
    QTest::newRow("eight digits") << QStringLiteral("11122233") << false;
    QTest::newRow("ten digits") << QStringLiteral("1112223330") << false;
    QTest::newRow("letters") << QStringLiteral("11122233a") << false;
}

void TestPersonalDataDetector::bsnElfproef()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(PersonalDataDetector::isValidBsn(number), valid);
}

void TestPersonalDataDetector::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("kinds"); // expected kinds in order of position

    auto k = [](std::initializer_list<Kind> list) {
        QList<int> out;
        for (Kind kind : list)
            out << int(kind);
        return out;
    };
    // Harmless references: no warning.
    QTest::newRow("empty") << QString() << k({});
    QTest::newRow("file number") << QStringLiteral("VT-2026-0143") << k({});
    QTest::newRow("dossier") << QStringLiteral("Dossier 2026-114") << k({});
    QTest::newRow("team and place") << QStringLiteral("Team Noord, zaak 14") << k({});
    QTest::newRow("organisation") << QStringLiteral("Veilig Thuis Utrecht melding 88") << k({});
    QTest::newRow("municipality") << QStringLiteral("Gemeente Rotterdam casus 7") << k({});
    QTest::newRow("nine digits failing elfproef") << QStringLiteral("zaak 111222334") << k({});
    QTest::newRow("year range") << QStringLiteral("2025-2026") << k({});
    QTest::newRow("lower case words") << QStringLiteral("overleg over signalen") << k({});

    // Names.
    QTest::newRow("first and last name") << QStringLiteral("Jan Jansen") << k({Kind::Name});
    QTest::newRow("with particle") << QStringLiteral("casus Anna de Vries") << k({Kind::Name});
    QTest::newRow("initials") << QStringLiteral("J.P. Bakker") << k({Kind::Name});
    QTest::newRow("initial and particle") << QStringLiteral("overleg met J. van der Berg") << k({Kind::Name});
    QTest::newRow("salutation") << QStringLiteral("mevr. Yilmaz") << k({Kind::Name});
    QTest::newRow("salutation en") << QStringLiteral("Mr Smith") << k({Kind::Name});
    QTest::newRow("accented") << QStringLiteral("Élodie Dupré") << k({Kind::Name});

    // BSN.
    QTest::newRow("bsn") << QStringLiteral("bsn 111222333") << k({Kind::Bsn});
    QTest::newRow("bsn grouped") << QStringLiteral("1112.22.333") << k({Kind::Bsn});

    // Dates of birth.
    QTest::newRow("date dashes") << QStringLiteral("geb. 03-11-1998") << k({Kind::DateOfBirth});
    QTest::newRow("date slashes short year") << QStringLiteral("3/11/98") << k({Kind::DateOfBirth});
    QTest::newRow("iso date") << QStringLiteral("1998-11-03") << k({Kind::DateOfBirth});
    QTest::newRow("written nl") << QStringLiteral("geboren 3 november 1998") << k({Kind::DateOfBirth});
    QTest::newRow("written en") << QStringLiteral("born 12 March 2001") << k({Kind::DateOfBirth});
    QTest::newRow("impossible date") << QStringLiteral("31-02-1998") << k({});

    // Phone numbers.
    QTest::newRow("mobile") << QStringLiteral("06-12345678") << k({Kind::PhoneNumber});
    QTest::newRow("mobile spaced") << QStringLiteral("tel 06 1234 5678") << k({Kind::PhoneNumber});
    QTest::newRow("landline") << QStringLiteral("020-1234567") << k({Kind::PhoneNumber});
    QTest::newRow("international") << QStringLiteral("+31 6 12345678") << k({Kind::PhoneNumber});
    QTest::newRow("international 00") << QStringLiteral("0031612345678") << k({Kind::PhoneNumber});

    // E-mail.
    QTest::newRow("email") << QStringLiteral("j.jansen@example.nl") << k({Kind::Email});

    // Several at once, in order.
    QTest::newRow("mixed") << QStringLiteral("Piet Bakker 06-12345678 piet@example.org")
                           << k({Kind::Name, Kind::PhoneNumber, Kind::Email});
}

void TestPersonalDataDetector::scan()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, kinds);
    const auto findings = PersonalDataDetector::scan(text);
    QList<int> found;
    QStringList matches;
    for (const auto &f : findings) {
        found << int(f.kind);
        matches << f.match;
    }
    if (found != kinds)
        qWarning() << "matches:" << matches;
    QCOMPARE(found, kinds);
}

void TestPersonalDataDetector::warningNamesEveryKind()
{
    const auto findings = PersonalDataDetector::scan(QStringLiteral("Jan Jansen, 06-12345678"));
    const QString warning = PersonalDataDetector::warning(findings);
    QVERIFY(warning.contains(PersonalDataDetector::describe(Kind::Name)));
    QVERIFY(warning.contains(PersonalDataDetector::describe(Kind::PhoneNumber)));
    QVERIFY(PersonalDataDetector::warning({}).isEmpty());
}
