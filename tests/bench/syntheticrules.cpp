// SPDX-License-Identifier: EUPL-1.2
#include "syntheticrules.h"

namespace deelwijzer::bench {

namespace {
constexpr int nodesPerBlock = 4;
constexpr int blocksPerFile = 500;

QByteArray block(int k, int blocks)
{
    const QByteArray n = QByteArray::number(k);
    const QByteArray next = k + 1 < blocks ? "q" + QByteArray::number(k + 1) : "o" + n + "b";
    QByteArray out;
    out += "  - id: q" + n + "\n"
           "    text: {nl: \"Is voorwaarde " + n + " van toepassing op deze situatie?\", en: \"Does condition " + n + " apply to this situation?\"}\n"
           "    why: {nl: \"Deze vraag bepaalt welke grondslag geldt voor stap " + n + ".\", en: \"This question decides which ground applies at step " + n + ".\"}\n"
           "    answers:\n"
           "      - {id: x, label: {nl: Ja, en: \"Yes\"}, next: d" + n + "}\n"
           "      - {id: y, label: {nl: Nee, en: \"No\"}, next: d" + n + "}\n"
           "      - {id: z, label: {nl: Verder, en: Continue}, next: " + next + "}\n";
    return out;
}

QByteArray routing(int k, int blocks)
{
    const QByteArray n = QByteArray::number(k);
    const QByteArray next = k + 1 < blocks ? "q" + QByteArray::number(k + 1) : "o" + n + "b";
    QByteArray out;
    out += "  - id: d" + n + "\n"
           "    branches:\n"
           "      - when: {q" + n + ": x" + (k > 0 ? QByteArray(", q0: [x, z]") : QByteArray()) + "}\n"
           "        next: o" + n + "a\n"
           "      - when: {q" + n + ": y}\n"
           "        next: " + next + "\n"
           "    otherwise: o" + n + "b\n";
    return out;
}

QByteArray outcomes(int k)
{
    const QByteArray n = QByteArray::number(k);
    QByteArray out;
    for (const char *suffix : {"a", "b"}) {
        out += "  - id: o" + n + suffix + "\n"
               "    verdict: allowed\n"
               "    title: {nl: \"Delen mag in situatie " + n + ".\", en: \"Sharing is allowed in situation " + n + ".\"}\n"
               "    explanation: {nl: \"Er is een duidelijke wettelijke grondslag voor deze stap.\", en: \"There is a clear legal ground for this step.\"}\n"
               "    grounds: [g1]\n"
               "    conditions: [c1]\n";
    }
    return out;
}
} // namespace

QList<QPair<QString, QByteArray>> syntheticRuleSet(int nodes)
{
    const int blocks = std::max(1, nodes / nodesPerBlock);
    QList<QPair<QString, QByteArray>> files;
    files.append({QStringLiteral("ruleset.yaml"),
                  "ruleset:\n  id: synthetic\n  version: 1.0.0\n  valid_from: 2026-01-01\n  status: draft\n"
                  "  status_note: {nl: Synthetisch, en: Synthetic}\n  title: {nl: Synthetisch, en: Synthetic}\n"
                  "  languages: [nl, en]\n  start: q0\n  files: [\"tree/*.yaml\"]\n"
                  "laws:\n  - {id: avg, name: {nl: AVG, en: GDPR}, abbreviation: {nl: AVG, en: GDPR}, celex: 32016R0679}\n"
                  "grounds:\n  - {id: g1, law: avg, article: \"6\", title: {nl: Grond, en: Ground}, meaning: {nl: Betekenis, en: Meaning}}\n"
                  "conditions:\n  - {id: c1, text: {nl: Niet meer dan nodig., en: No more than needed.}}\n"});
    for (int first = 0; first < blocks; first += blocksPerFile) {
        QByteArray questions = "questions:\n";
        QByteArray decisions = "decisions:\n";
        QByteArray ends = "outcomes:\n";
        for (int k = first; k < std::min(blocks, first + blocksPerFile); ++k) {
            questions += block(k, blocks);
            decisions += routing(k, blocks);
            ends += outcomes(k);
        }
        const QByteArray rest = decisions + ends;
        files.append({QStringLiteral("tree/part%1.yaml").arg(first / blocksPerFile, 4, 10, QLatin1Char('0')), questions});
        files.append({QStringLiteral("tree/part%1-routing.yaml").arg(first / blocksPerFile, 4, 10, QLatin1Char('0')), rest});
    }
    return files;
}

Answers syntheticRoute(int questions)
{
    // Answer "z" (continue) to the first questions and "x" to the last: the route passes
    // `questions` questions and one decision, then reaches an outcome.
    Answers answers;
    for (int k = 0; k + 1 < questions; ++k)
        answers.insert(QStringLiteral("q%1").arg(k), {QStringLiteral("z")});
    answers.insert(QStringLiteral("q%1").arg(questions - 1), {QStringLiteral("x")});
    return answers;
}

} // namespace deelwijzer::bench
