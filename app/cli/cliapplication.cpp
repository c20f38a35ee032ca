// SPDX-License-Identifier: EUPL-1.2
#include "cliapplication.h"

#include "advicejson.h"
#include "advicetextwriter.h"
#include "evaluator.h"
#include "fingerprint.h"
#include "reportwriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cstdio>

namespace deelwijzer {

namespace {

QCommandLineOption rulesOption()
{
    return {QStringLiteral("rules"), QCoreApplication::translate("CliApplication", "Use the rule set in folder <dir> instead of the built-in one."),
            QStringLiteral("dir")};
}

QString caseName(const CaseFile &file)
{
    return QFileInfo(file.path).fileName();
}

} // namespace

CliApplication::CliApplication() : m_out(stdout), m_err(stderr) {}

QString CliApplication::usage() const
{
    return tr("Usage:\n"
              "  deelwijzer-cli check [--rules DIR] [--strict]               validate a rule set and its cases\n"
              "  deelwijzer-cli run CASE.yaml [--json] [--lang nl|en]        evaluate a case; print the advice\n"
              "  deelwijzer-cli report CASE.yaml -o OUT.pdf|.odt|.html [--lang nl|en|both]\n"
              "  deelwijzer-cli verify CASE.yaml CODE                        does this case give the advice with CODE?\n"
              "  deelwijzer-cli test [--rules DIR] [--min-coverage PCT] [CASES...]\n"
              "                                                               run the expect blocks of case files\n"
              "  deelwijzer-cli --version | --help\n"
              "\n"
              "Every command takes --rules DIR to use another rule set than the built-in one.\n"
              "Exit codes: 0 success, 1 a check or expectation failed, 2 usage error,\n"
              "3 the case does not answer enough questions, 4 unreadable or invalid input.\n");
}

int CliApplication::usageError(const QString &message)
{
    m_err << QStringLiteral("deelwijzer-cli: ") << message << Qt::endl << Qt::endl << usage();
    m_err.flush();
    return UsageError;
}

int CliApplication::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    int result = UsageError;
    if (command.isEmpty())
        result = usageError(tr("no command given"));
    else if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << usage();
        result = Success;
    } else if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << QStringLiteral("deelwijzer-cli %1\n").arg(QCoreApplication::applicationVersion());
        result = Success;
    } else if (command == QLatin1String("check"))
        result = check(rest);
    else if (command == QLatin1String("run"))
        result = runCase(rest);
    else if (command == QLatin1String("report"))
        result = report(rest);
    else if (command == QLatin1String("verify"))
        result = verify(rest);
    else if (command == QLatin1String("test"))
        result = test(rest);
    else
        result = usageError(tr("unknown command '%1'").arg(command));
    m_out.flush();
    m_err.flush();
    return result;
}

bool CliApplication::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("deelwijzer-cli ") + command} + arguments)) {
        usageError(parser.errorText());
        return false;
    }
    return true;
}

void CliApplication::printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics.sorted())
        m_err << d.toString() << Qt::endl;
}

std::shared_ptr<const RuleSet> CliApplication::loadRules(const QCommandLineParser &parser)
{
    const QString folder = parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules"))
                                                                 : RuleSetLoader::builtinPath();
    RuleSetLoadResult result = RuleSetLoader::loadFolder(folder);
    printDiagnostics(result.diagnostics);
    if (!result.ok())
        m_err << tr("deelwijzer-cli: the rule set in '%1' is invalid (errors: %2)").arg(folder).arg(result.diagnostics.errorCount())
              << Qt::endl;
    return result.ruleSet;
}

std::optional<CaseFile> CliApplication::loadCase(const QString &path, const RuleSet &rules)
{
    Diagnostics diagnostics;
    std::optional<CaseFile> file = CaseFile::read(path, diagnostics);
    if (file)
        file->checkAgainst(rules, diagnostics);
    printDiagnostics(diagnostics);
    if (diagnostics.hasErrors())
        return std::nullopt;
    return file;
}

int CliApplication::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({QStringLiteral("strict"), tr("Treat warnings as failures.")});
    if (!parse(parser, QStringLiteral("check"), arguments))
        return UsageError;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("check takes no file names; use --rules DIR"));
    const QString folder = parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules"))
                                                                 : RuleSetLoader::builtinPath();
    RuleSetLoadResult result = RuleSetLoader::loadFolder(folder);
    Diagnostics all = result.diagnostics;
    int caseCount = 0;
    if (result.ok()) {
        const QDir cases(folder + QStringLiteral("/cases"));
        for (const QString &name : cases.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            ++caseCount;
            if (auto file = CaseFile::read(cases.filePath(name), all))
                file->checkAgainst(*result.ruleSet, all);
        }
    }
    for (const Diagnostic &d : all.sorted())
        m_out << d.toString() << Qt::endl;
    if (!result.ok()) {
        m_out << tr("%1: invalid; errors: %2, warnings: %3").arg(folder).arg(all.errorCount()).arg(all.warningCount())
              << Qt::endl;
        return CheckFailed;
    }
    const RuleSet &rules = *result.ruleSet;
    m_out << tr("%1: rule set '%2' version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms")
                 .arg(folder, rules.info().id, rules.info().version, rules.info().status)
                 .arg(rules.questions().size())
                 .arg(rules.decisions().size())
                 .arg(rules.outcomes().size())
                 .arg(rules.grounds().size())
                 .arg(rules.glossary().size())
          << Qt::endl;
    m_out << tr("cases checked: %1; errors: %2, warnings: %3").arg(caseCount).arg(all.errorCount()).arg(all.warningCount())
          << Qt::endl;
    m_out << tr("fingerprint: %1").arg(rules.fingerprint()) << Qt::endl;
    if (all.hasErrors() || (parser.isSet(QStringLiteral("strict")) && all.warningCount() > 0))
        return CheckFailed;
    return Success;
}

int CliApplication::runCase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({QStringLiteral("json"), tr("Print the advice as one JSON object.")});
    parser.addOption({QStringLiteral("lang"), tr("Language of the advice: nl (default) or en."), QStringLiteral("lang"),
                      QStringLiteral("nl")});
    if (!parse(parser, QStringLiteral("run"), arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("run takes exactly one case file"));
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return usageError(tr("--lang must be nl or en, not '%1'").arg(language));
    const auto rules = loadRules(parser);
    if (!rules)
        return InvalidInput;
    const auto file = loadCase(parser.positionalArguments().constFirst(), *rules);
    if (!file)
        return InvalidInput;
    const Evaluation evaluation = Evaluator(*rules).evaluate(file->answers, file->givenFor);
    if (evaluation.status == Evaluation::Status::NeedsAnswer) {
        m_err << tr("%1: the case does not answer enough questions; next question: %2")
                     .arg(file->path, evaluation.nextQuestion)
              << Qt::endl;
        return NotEnoughAnswers;
    }
    if (evaluation.status == Evaluation::Status::Invalid) {
        m_err << tr("%1: %2").arg(file->path, evaluation.error) << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(adviceToJson(*rules, *evaluation.advice, language)).toJson(QJsonDocument::Indented));
    else
        m_out << adviceToText(*rules, *evaluation.advice, language);
    return Success;
}

int CliApplication::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the report to <file> (.pdf, .odt or .html)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("lang"), tr("Language of the report: nl (default), en or both."), QStringLiteral("lang"),
                      QStringLiteral("nl")});
    parser.addOption({QStringLiteral("reference"), tr("A case reference to print (no personal data)."), QStringLiteral("text")});
    if (!parse(parser, QStringLiteral("report"), arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("report takes exactly one case file"));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(tr("report needs -o OUT.pdf, OUT.odt or OUT.html"));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt") && suffix != QLatin1String("html"))
        return usageError(tr("the output must end in .pdf, .odt or .html, not '%1'").arg(output));
    const auto language = reportLanguageFromId(parser.value(QStringLiteral("lang")));
    if (!language)
        return usageError(tr("--lang must be nl, en or both, not '%1'").arg(parser.value(QStringLiteral("lang"))));
    const auto rules = loadRules(parser);
    if (!rules)
        return InvalidInput;
    const auto file = loadCase(parser.positionalArguments().constFirst(), *rules);
    if (!file)
        return InvalidInput;
    const Evaluation evaluation = Evaluator(*rules).evaluate(file->answers, file->givenFor);
    if (evaluation.status != Evaluation::Status::Complete) {
        m_err << tr("%1: the case does not answer enough questions; next question: %2")
                     .arg(file->path, evaluation.nextQuestion)
              << Qt::endl;
        return NotEnoughAnswers;
    }
    ReportRequest request;
    request.rules = rules.get();
    request.advice = &*evaluation.advice;
    request.language = *language;
    request.caseReference = parser.isSet(QStringLiteral("reference")) ? parser.value(QStringLiteral("reference")) : file->reference;
    request.caseTitle = file->title;
    request.created = QDateTime::currentDateTime();
    QString error;
    if (!writeReport(request, output, &error)) {
        m_err << tr("%1: cannot write the report: %2").arg(output, error) << Qt::endl;
        return InvalidInput;
    }
    m_out << tr("wrote %1 (verification code %2)").arg(output, evaluation.advice->code) << Qt::endl;
    return Success;
}

int CliApplication::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    if (!parse(parser, QStringLiteral("verify"), arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 2)
        return usageError(tr("verify takes a case file and a code"));
    const QString code = parser.positionalArguments().at(1);
    if (!isWellFormedVerificationCode(code)) {
        m_out << tr("'%1' is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)").arg(code)
              << Qt::endl;
        return CheckFailed;
    }
    const auto rules = loadRules(parser);
    if (!rules)
        return InvalidInput;
    const auto file = loadCase(parser.positionalArguments().constFirst(), *rules);
    if (!file)
        return InvalidInput;
    const Evaluation evaluation = Evaluator(*rules).evaluate(file->answers, file->givenFor);
    if (evaluation.status != Evaluation::Status::Complete) {
        m_err << tr("%1: the case does not answer enough questions; next question: %2")
                     .arg(file->path, evaluation.nextQuestion)
              << Qt::endl;
        return NotEnoughAnswers;
    }
    const Advice &advice = *evaluation.advice;
    const QString given = normalizeVerificationCode(code);
    const QString verdict = verdictLabel(advice.verdict, QStringLiteral("en"));
    if (given == advice.code) {
        m_out << tr("OK: code %1 belongs to this case under rule set '%2' version %3: \"%4\" (outcome %5).")
                     .arg(advice.code, rules->info().id, rules->info().version, verdict, advice.outcome)
              << Qt::endl;
        return Success;
    }
    const bool rulesChanged = !file->rulesetSha256.isEmpty() && file->rulesetSha256 != rules->fingerprint();
    if (rulesChanged && verificationCode(file->rulesetSha256, advice.route) == given) {
        m_out << tr("The code %1 belongs to this case under the rules it was saved with (version %2, fingerprint %3…), "
                    "but the rules have changed since. Under the current rules (version %4) the advice is \"%5\" with "
                    "code %6.")
                     .arg(given, file->rulesetVersion, file->rulesetSha256.left(12), rules->info().version, verdict, advice.code)
              << Qt::endl;
        return CheckFailed;
    }
    m_out << tr("MISMATCH: code %1 does not belong to this case under rule set '%2' version %3 (its code is %4).")
                 .arg(given, rules->info().id, rules->info().version, advice.code)
          << Qt::endl;
    if (rulesChanged)
        m_out << tr("Note: the rules have changed since this case was saved (version %1 then, %2 now).")
                     .arg(file->rulesetVersion, rules->info().version)
              << Qt::endl;
    return CheckFailed;
}

int CliApplication::test(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({QStringLiteral("min-coverage"), tr("Fail unless at least <pct> percent of the outcomes are reached."),
                      QStringLiteral("pct"), QStringLiteral("0")});
    if (!parse(parser, QStringLiteral("test"), arguments))
        return UsageError;
    bool numberOk = false;
    const double minimumCoverage = parser.value(QStringLiteral("min-coverage")).toDouble(&numberOk);
    if (!numberOk || minimumCoverage < 0 || minimumCoverage > 100)
        return usageError(tr("--min-coverage takes a percentage from 0 to 100"));
    const auto rules = loadRules(parser);
    if (!rules)
        return InvalidInput;
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        const QString folder = parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules"))
                                                                     : RuleSetLoader::builtinPath();
        const QDir cases(folder + QStringLiteral("/cases"));
        for (const QString &name : cases.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            paths << cases.filePath(name);
        if (paths.isEmpty())
            return usageError(tr("no case files given and none in '%1'").arg(cases.path()));
    }
    int passed = 0;
    int failed = 0;
    QSet<QString> reached;
    for (const QString &path : paths) {
        const auto file = loadCase(path, *rules);
        QStringList problems;
        if (!file) {
            m_out << QStringLiteral("FAIL %1: unreadable or invalid (see above)\n").arg(path);
            ++failed;
            continue;
        }
        const Evaluation evaluation = Evaluator(*rules).evaluate(file->answers, file->givenFor);
        if (evaluation.status == Evaluation::Status::NeedsAnswer)
            problems << tr("does not answer enough questions; next question: %1").arg(evaluation.nextQuestion);
        else if (evaluation.status == Evaluation::Status::Invalid)
            problems << evaluation.error;
        else {
            const Advice &advice = *evaluation.advice;
            reached.insert(advice.outcome);
            if (const auto &expect = file->expect) {
                if (!expect->verdicts.isEmpty() && !expect->verdicts.contains(verdictId(advice.verdict)))
                    problems << tr("verdict is %1, expected %2")
                                    .arg(verdictId(advice.verdict), expect->verdicts.join(QStringLiteral(" or ")));
                if (!expect->outcome.isEmpty() && expect->outcome != advice.outcome)
                    problems << tr("outcome is %1, expected %2").arg(advice.outcome, expect->outcome);
                for (const QString &g : expect->grounds) {
                    if (!advice.grounds.contains(g))
                        problems << tr("ground %1 missing (advice cites: %2)").arg(g, advice.grounds.join(QStringLiteral(", ")));
                }
                for (const QString &c : expect->conditions) {
                    if (!advice.conditions.contains(c))
                        problems << tr("condition %1 missing").arg(c);
                }
                if (!expect->route.isEmpty()) {
                    QStringList asked;
                    for (const RouteStep &step : advice.route)
                        asked << step.question;
                    if (asked != expect->route)
                        problems << tr("route is [%1], expected [%2]")
                                        .arg(asked.join(QStringLiteral(", ")), expect->route.join(QStringLiteral(", ")));
                }
            } else {
                problems << tr("has no 'expect' block");
            }
        }
        if (problems.isEmpty()) {
            m_out << QStringLiteral("PASS %1\n").arg(caseName(*file));
            ++passed;
        } else {
            m_out << QStringLiteral("FAIL %1: %2\n").arg(caseName(*file), problems.join(QStringLiteral("; ")));
            ++failed;
        }
    }
    const qsizetype outcomes = qsizetype(rules->outcomes().size());
    const double coverage = outcomes ? 100.0 * double(reached.size()) / double(outcomes) : 100.0;
    m_out << tr("outcome coverage: %1 of %2 outcomes reached (%3%)").arg(reached.size()).arg(outcomes).arg(coverage, 0, 'f', 1)
          << Qt::endl;
    QStringList unreached;
    for (const Outcome &o : rules->outcomes()) {
        if (!reached.contains(o.id))
            unreached << o.id;
    }
    if (!unreached.isEmpty())
        m_out << tr("not reached by any case: %1").arg(unreached.join(QStringLiteral(", "))) << Qt::endl;
    m_out << tr("cases: %1 passed, %2 failed").arg(passed).arg(failed) << Qt::endl;
    if (failed > 0)
        return CheckFailed;
    if (coverage + 1e-9 < minimumCoverage) {
        m_out << tr("outcome coverage %1% is below the required %2%").arg(coverage, 0, 'f', 1).arg(minimumCoverage) << Qt::endl;
        return CheckFailed;
    }
    return Success;
}

} // namespace deelwijzer
