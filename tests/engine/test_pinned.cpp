// SPDX-License-Identifier: EUPL-1.2
// Literal fingerprints and verification codes (tests/data/pinned.txt): a change of the
// canonical form or of the code derivation would silently invalidate every printed code and
// saved case, so it must show up here as a reviewed change of the pinned values.
#include "testsupport.h"

#include "evaluator.h"
#include "fingerprint.h"
#include "ruleset.h"

#include <QFile>
#include <QMap>
#include <QSaveFile>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {

const QString pinsFile = QStringLiteral("tests/data/pinned.txt");

/// Set DEELWIJZER_UPDATE_PINS=1 to rewrite the pinned values (the test then fails, so the
/// new values are always looked at as a diff).
bool updating()
{
    return qEnvironmentVariableIntValue("DEELWIJZER_UPDATE_PINS") == 1;
}

std::shared_ptr<const RuleSet> rulesIn(const QString &folder)
{
    static QMap<QString, std::shared_ptr<const RuleSet>> loaded;
    if (!loaded.contains(folder)) {
        const RuleSetLoadResult result = RuleSetLoader::loadFolder(test::sourcePath(folder));
        INFO(result.diagnostics.toString().toStdString());
        REQUIRE(result.ok());
        loaded.insert(folder, result.ruleSet);
    }
    return loaded.value(folder);
}

/// "q=a,b" words into answers.
Answers answersFrom(const QStringList &words)
{
    Answers answers;
    for (const QString &word : words) {
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        REQUIRE(equals > 0);
        answers.insert(word.left(equals), word.mid(equals + 1).split(QLatin1Char(',')));
    }
    return answers;
}

/// The line with its pinned values replaced by what the code computes now.
QString checkLine(const QString &line, int lineNumber)
{
    QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    INFO(pinsFile.toStdString() << ':' << lineNumber << ": " << line.toStdString());
    if (words.value(0) == QLatin1String("fingerprint")) {
        REQUIRE(words.size() == 3);
        const QString actual = rulesIn(words[1])->fingerprint();
        if (!updating())
            CHECK(actual == words[2]);
        words[2] = actual;
    } else if (words.value(0) == QLatin1String("code")) {
        REQUIRE(words.size() >= 5);
        const bool derivationOnly = words[1] == QLatin1String("-");
        const Answers answers = answersFrom(words.mid(4));
        QString code;
        QString outcome = QStringLiteral("-");
        if (derivationOnly) {
            std::vector<RouteStep> route;
            for (const QString &word : words.mid(4)) {
                const qsizetype equals = word.indexOf(QLatin1Char('='));
                route.push_back({word.left(equals), answers.value(word.left(equals))});
            }
            code = verificationCode(QString(64, QLatin1Char('0')), route);
        } else {
            const auto rules = rulesIn(words[1]);
            const Evaluation evaluation = Evaluator(*rules).evaluate(answers);
            INFO("next question: " << evaluation.nextQuestion.toStdString() << "; error: " << evaluation.error.toStdString());
            REQUIRE(evaluation.status == Evaluation::Status::Complete);
            REQUIRE(evaluation.unusedAnswers.isEmpty());
            code = evaluation.advice->code;
            outcome = evaluation.advice->outcome;
            CHECK(code == verificationCode(rules->fingerprint(), evaluation.advice->route));
        }
        if (!updating()) {
            CHECK(code == words[2]);
            CHECK(outcome == words[3]);
        }
        words[2] = code;
        words[3] = outcome;
    } else {
        FAIL("a pinned line starts with 'fingerprint' or 'code'");
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("fingerprints and verification codes match their pinned values", "[fingerprint][pinned]")
{
    QFile file(test::sourcePath(pinsFile));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    file.close();

    QStringList updated;
    int pins = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) {
            updated.append(line);
            continue;
        }
        updated.append(checkLine(line, i + 1));
        ++pins;
    }
    // The file names rules/demo, the frozen shipped set and the derivation alone.
    CHECK(pins >= 10);

    if (updating()) {
        const QByteArray content = updated.join(QLatin1Char('\n')).toUtf8();
        QSaveFile out(test::sourcePath(pinsFile));
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Text));
        out.write(content);
        REQUIRE(out.commit());
        FAIL("pinned values rewritten in " << pinsFile.toStdString()
                                           << ": review the diff, then run again without DEELWIJZER_UPDATE_PINS");
    }
}
