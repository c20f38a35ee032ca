// SPDX-License-Identifier: EUPL-1.2
#include "quizcomparison.h"
#include "rulesetloader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace deelwijzer;
using training_test::builtinCase;
using training_test::builtinRules;

namespace {

const QuizQuestionResult *find(const QuizResult &r, const QString &question)
{
    for (const QuizQuestionResult &q : r.questions)
        if (q.question == question)
            return &q;
    return nullptr;
}

} // namespace

TEST_CASE("quiz: the model answer itself scores full marks", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    const QuizResult r = QuizComparison(*rules).compare(c, c.answers, Verdict::Allowed);
    REQUIRE(r.valid);
    CHECK(r.modelAdvice.outcome == QStringLiteral("police-comensha"));
    CHECK(r.guessCorrect);
    CHECK(r.verdictCorrect);
    CHECK(r.sameOutcome);
    CHECK(r.differenceCount() == 0);
    CHECK(r.missedGrounds.isEmpty());
    CHECK(r.extraGrounds.isEmpty());
    // 2 (guess) + 2 (verdict) + one per question on the model route (6, with investigation_data)
    CHECK(r.maxScore == 10);
    CHECK(r.score == 10);
    CHECK(r.percent() == 100);
}

TEST_CASE("quiz: any verdict the case's expect block accepts counts as right", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    const QuizResult r = QuizComparison(*rules).compare(c, c.answers, Verdict::Required);
    CHECK(r.acceptedVerdicts.contains(QStringLiteral("required")));
    CHECK(r.guessCorrect);
}

TEST_CASE("quiz: a wrong guess and no guess lose the guess points only", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    const QuizComparison comparison(*rules);
    const QuizResult wrong = comparison.compare(c, c.answers, Verdict::NotAllowed);
    CHECK_FALSE(wrong.guessCorrect);
    CHECK(wrong.score == wrong.maxScore - QuizResult::GuessPoints);
    const QuizResult none = comparison.compare(c, c.answers, std::nullopt);
    CHECK_FALSE(none.guessCorrect);
    CHECK(none.score == wrong.score);
}

TEST_CASE("quiz: a different answer is reported per question, with the route that followed", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    // The trainee thinks there is acute danger: a different route from the first question on.
    Answers trainee = c.answers;
    trainee[QStringLiteral("acute_danger")] = {QStringLiteral("yes")};
    const QuizResult r = QuizComparison(*rules).compare(c, trainee, Verdict::Allowed);
    REQUIRE(r.valid);
    const QuizQuestionResult *first = find(r, QStringLiteral("acute_danger"));
    REQUIRE(first);
    CHECK(first->status == QuizQuestionResult::Status::Different);
    CHECK(first->modelAnswer == QStringList{QStringLiteral("no")});
    CHECK(first->traineeAnswer == QStringList{QStringLiteral("yes")});
    CHECK(r.differenceCount() >= 1);
    CHECK(r.score < r.maxScore);
    // The model route's questions come first, in order.
    REQUIRE(r.questions.size() >= r.modelAdvice.route.size());
    for (size_t i = 0; i < r.modelAdvice.route.size(); ++i)
        CHECK(r.questions[i].question == r.modelAdvice.route[i].question);
}

TEST_CASE("quiz: a question the trainee's route skipped is 'missed', one only they saw is 'extra'", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    Answers trainee = c.answers;
    trainee[QStringLiteral("recipient")] = {QStringLiteral("mayor")};
    trainee[QStringLiteral("purpose")] = {QStringLiteral("administrative")};
    const QuizResult r = QuizComparison(*rules).compare(c, trainee, std::nullopt);
    REQUIRE(r.valid);
    const QuizQuestionResult *recipient = find(r, QStringLiteral("recipient"));
    REQUIRE(recipient);
    CHECK(recipient->status == QuizQuestionResult::Status::Different);
    // Every question's status is consistent with the answers recorded.
    for (const QuizQuestionResult &q : r.questions) {
        switch (q.status) {
        case QuizQuestionResult::Status::MissedByTrainee:
            CHECK(q.traineeAnswer.isEmpty());
            CHECK_FALSE(q.modelAnswer.isEmpty());
            break;
        case QuizQuestionResult::Status::ExtraForTrainee:
            CHECK(q.modelAnswer.isEmpty());
            CHECK_FALSE(q.traineeAnswer.isEmpty());
            break;
        default:
            CHECK_FALSE(q.modelAnswer.isEmpty());
            CHECK_FALSE(q.traineeAnswer.isEmpty());
        }
    }
}

TEST_CASE("quiz: on the demo rules, the exact questions missed and extra are named", "[quiz]")
{
    // Model: police -> prosecution (acute_danger, sharer, data, recipient). The trainee says
    // "doctor", so their route asks consent instead of recipient.
    const RuleSetLoadResult demo = RuleSetLoader::loadFolder(QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo"));
    REQUIRE(demo.ok());
    Diagnostics diagnostics;
    const auto c = CaseFile::read(QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/demo/cases/police-om-health.yaml"), diagnostics);
    REQUIRE(c);
    Answers trainee = c->answers;
    trainee.remove(QStringLiteral("recipient"));
    trainee[QStringLiteral("sharer")] = {QStringLiteral("doctor")};
    trainee[QStringLiteral("consent")] = {QStringLiteral("given")};
    const QuizResult r = QuizComparison(*demo.ruleSet).compare(*c, trainee, std::nullopt);
    REQUIRE(r.valid);

    QStringList statuses;
    for (const QuizQuestionResult &q : r.questions) {
        const char *status = q.status == QuizQuestionResult::Status::MissedByTrainee ? "missed"
            : q.status == QuizQuestionResult::Status::ExtraForTrainee               ? "extra"
            : q.status == QuizQuestionResult::Status::Different                     ? "different"
                                                                                    : "same";
        statuses.append(q.question + QLatin1Char('=') + QString::fromLatin1(status));
    }
    CHECK(statuses
          == QStringList{QStringLiteral("acute_danger=same"), QStringLiteral("sharer=different"), QStringLiteral("data=same"),
                         QStringLiteral("recipient=missed"), QStringLiteral("consent=extra")});
    const QuizQuestionResult *extra = find(r, QStringLiteral("consent"));
    REQUIRE(extra);
    CHECK(extra->traineeAnswer == QStringList{QStringLiteral("given")});
    CHECK(extra->modelAnswer.isEmpty());
}

TEST_CASE("quiz: multiple-choice answers compare as sets", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    Answers trainee = c.answers;
    QStringList data = trainee.value(QStringLiteral("data"));
    std::reverse(data.begin(), data.end());
    trainee[QStringLiteral("data")] = data;
    const QuizResult r = QuizComparison(*rules).compare(c, trainee, Verdict::Allowed);
    CHECK(r.differenceCount() == 0);
    CHECK(r.score == r.maxScore);
}

TEST_CASE("quiz: an unfinished walk scores no verdict points and lists missed grounds", "[quiz]")
{
    const auto rules = builtinRules();
    const CaseFile c = builtinCase(QStringLiteral("c01-police-comensha"));
    Answers trainee;
    trainee[QStringLiteral("acute_danger")] = {QStringLiteral("no")};
    const QuizResult r = QuizComparison(*rules).compare(c, trainee, Verdict::Allowed);
    REQUIRE(r.valid);
    CHECK_FALSE(r.traineeAdvice.has_value());
    CHECK_FALSE(r.verdictCorrect);
    CHECK(r.score == QuizResult::GuessPoints + 1);
    CHECK(r.missedGrounds == r.modelAdvice.grounds);
}

TEST_CASE("quiz: a case that does not reach an advice is not valid", "[quiz]")
{
    const auto rules = builtinRules();
    CaseFile c;
    c.answers[QStringLiteral("acute_danger")] = {QStringLiteral("no")};
    const QuizResult r = QuizComparison(*rules).compare(c, c.answers, std::nullopt);
    CHECK_FALSE(r.valid);
    CHECK_FALSE(r.error.isEmpty());
    CHECK(r.percent() == 0);
}

TEST_CASE("quiz: every shipped training case compares cleanly with itself", "[quiz]")
{
    const auto rules = builtinRules();
    const QuizComparison comparison(*rules);
    const QStringList names = QDir(QStringLiteral(":/rules/cases")).entryList({QStringLiteral("*.yaml")});
    REQUIRE(names.size() >= 15);
    for (const QString &name : names) {
        const CaseFile c = builtinCase(QFileInfo(name).completeBaseName());
        const QuizResult r = comparison.compare(c, c.answers, std::nullopt);
        INFO(name.toStdString());
        REQUIRE(r.valid);
        CHECK(r.score == r.maxScore - QuizResult::GuessPoints);
    }
}
