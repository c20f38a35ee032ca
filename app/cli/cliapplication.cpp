// SPDX-License-Identifier: EUPL-1.2
#include "cliapplication.h"

#include "advicejson.h"
#include "advicetextwriter.h"
#include "diffwriter.h"
#include "evaluator.h"
#include "fingerprint.h"
#include "personaldatadetector.h"
#include "phrasebook.h"
#include "reportexporter.h"
#include "reportwriter.h"
#include "reviewstatement.h"
#include "reviewbookbuilder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
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

CliApplication::~CliApplication()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void CliApplication::useLanguage(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    m_translator = Phrasebook::install(language);
    m_language = language;
}

std::optional<int> CliApplication::useLanguageOption(const QCommandLineParser &parser, bool onlyWhenGiven)
{
    const QString language = parser.value(QStringLiteral("lang"));
    if (!Phrasebook::languages().contains(language))
        return usageError(tr("--lang must be nl or en, not '%1'").arg(printable(language, MaxQuote)));
    if (!onlyWhenGiven || parser.isSet(QStringLiteral("lang")))
        useLanguage(language);
    return std::nullopt;
}

QString CliApplication::usage() const
{
    return tr("Usage:\n"
              "  deelwijzer-cli check [--rules DIR] [--strict]               validate a rule set and its cases\n"
              "  deelwijzer-cli run CASE.yaml [--json] [--lang nl|en]        evaluate a case; print the advice\n"
              "  deelwijzer-cli report CASE.yaml -o OUT.pdf|.odt|.html [--lang nl|en|both]\n"
              "  deelwijzer-cli verify CASE.yaml CODE [--lang nl|en]        does this case give the advice with CODE?\n"
              "  deelwijzer-cli test [--rules DIR] [--min-coverage PCT] [CASES...]\n"
              "                                                               run the expect blocks of case files\n"
              "  deelwijzer-cli diff OLD_DIR NEW_DIR [--cases DIR]... [--json] [--lang nl|en]\n"
              "                                                               what changed, and which advices it alters\n"
              "  deelwijzer-cli book [--rules DIR] [--since OLD_DIR] -o BOOK.pdf|.html [--lang nl|en|both]\n"
              "                                                               the whole rule set for legal review\n"
              "  deelwijzer-cli --version | --help\n"
              "\n"
              "Every command takes --rules DIR to use another rule set than the built-in one.\n"
              "Every command explains itself with --help (deelwijzer-cli run --help).\n"
              "Exit codes: 0 success, 1 a check or expectation failed, 2 usage error,\n"
              "3 the case does not answer enough questions, 4 unreadable or invalid input,\n"
              "5 the report could not be written. diff exits 0 when no advice changed, 1 when some did.\n");
}

int CliApplication::usageError(const QString &message)
{
    m_err << QStringLiteral("deelwijzer-cli: ") << message << Qt::endl << Qt::endl << usage();
    m_err.flush();
    return UsageError;
}

int CliApplication::run(const QStringList &arguments)
{
    // Messages in the user's language (a language without translations reads English); a
    // command's --lang changes it for that command.
    useLanguage(QLocale().name().section(QLatin1Char('_'), 0, 0));
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
    else if (command == QLatin1String("diff"))
        result = diff(rest);
    else if (command == QLatin1String("book"))
        result = book(rest);
    else
        result = usageError(tr("unknown command '%1'").arg(printable(command, MaxQuote)));
    m_out.flush();
    m_err.flush();
    return result;
}

std::optional<int> CliApplication::parse(QCommandLineParser &parser, const QString &command, const QString &arguments,
                                         const QStringList &given)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("deelwijzer-cli ") + command} + given))
        return usageError(printable(parser.errorText()));
    if (parser.isSet(help)) {
        // QCommandLineParser starts its help with the program's path; name the command instead.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     tr("Usage: deelwijzer-cli %1 [options] %2").arg(command, arguments).trimmed());
        m_out << text;
        return Success;
    }
    return std::nullopt;
}

void CliApplication::printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics.sorted())
        m_err << d.toString() << Qt::endl;
}

std::shared_ptr<const RuleSet> CliApplication::loadRules(const QCommandLineParser &parser)
{
    return loadRules(parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules")) : RuleSetLoader::builtinPath());
}

std::shared_ptr<const RuleSet> CliApplication::loadRules(const QString &folder)
{
    RuleSetLoadResult result = RuleSetLoader::loadFolder(folder);
    printDiagnostics(result.diagnostics);
    if (!result.ok())
        m_err << tr("deelwijzer-cli: the rule set in '%1' is invalid (errors: %2)").arg(printable(folder)).arg(result.diagnostics.errorCount())
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

std::optional<int> CliApplication::evaluateCase(const QCommandLineParser &parser, EvaluatedCase &evaluated)
{
    evaluated.rules = loadRules(parser);
    if (!evaluated.rules)
        return InvalidInput;
    evaluated.file = loadCase(parser.positionalArguments().constFirst(), *evaluated.rules);
    if (!evaluated.file)
        return InvalidInput;
    const CaseFile &file = *evaluated.file;
    evaluated.evaluation = Evaluator(*evaluated.rules).evaluate(file.answers, file.givenFor);
    switch (evaluated.evaluation.status) {
    case Evaluation::Status::Complete:
        return std::nullopt;
    case Evaluation::Status::NeedsAnswer:
        m_err << tr("%1: the case does not answer enough questions; next question: %2")
                     .arg(printable(file.path), evaluated.evaluation.nextQuestion)
              << Qt::endl;
        return NotEnoughAnswers;
    case Evaluation::Status::Invalid:
        break;
    }
    m_err << tr("%1: %2").arg(printable(file.path), evaluated.evaluation.error) << Qt::endl;
    return InvalidInput;
}

int CliApplication::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({QStringLiteral("strict"), tr("Treat warnings as failures.")});
    if (const auto done = parse(parser, QStringLiteral("check"), QString(), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("check takes no file names; use --rules DIR"));
    const QString folder = parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules"))
                                                                 : RuleSetLoader::builtinPath();
    RuleSetLoadResult result = RuleSetLoader::loadFolder(folder);
    Diagnostics all = result.diagnostics;
    int caseCount = 0;
    if (result.ok()) {
        ReviewStatement::check(*result.ruleSet, all);
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
        m_out << tr("%1: invalid; errors: %2, warnings: %3").arg(printable(folder)).arg(all.errorCount()).arg(all.warningCount())
              << Qt::endl;
        return CheckFailed;
    }
    const RuleSet &rules = *result.ruleSet;
    m_out << tr("%1: rule set '%2' version %3 (%4): %5 questions, %6 decisions, %7 outcomes, %8 grounds, %9 glossary terms")
                 .arg(printable(folder), rules.info().id, rules.info().version, rules.info().status)
                 .arg(rules.questions().size())
                 .arg(rules.decisions().size())
                 .arg(rules.outcomes().size())
                 .arg(rules.grounds().size())
                 .arg(rules.glossary().size())
          << Qt::endl;
    m_out << tr("cases checked: %1; errors: %2, warnings: %3").arg(caseCount).arg(all.errorCount()).arg(all.warningCount())
          << Qt::endl;
    m_out << tr("fingerprint: %1").arg(rules.fingerprint()) << Qt::endl;
    m_out << ReviewStatement::text(rules, m_language) << Qt::endl;
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
    if (const auto done = parse(parser, QStringLiteral("run"), QStringLiteral("CASE.yaml"), arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("run takes exactly one case file"));
    if (const auto error = useLanguageOption(parser, true)) // the messages about the case as well
        return *error;
    const QString language = parser.value(QStringLiteral("lang"));
    EvaluatedCase evaluated;
    if (const auto failed = evaluateCase(parser, evaluated))
        return *failed;
    const auto &[rules, file, evaluation] = evaluated;
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
    if (const auto done = parse(parser, QStringLiteral("report"), QStringLiteral("CASE.yaml"), arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("report takes exactly one case file"));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(tr("report needs -o OUT.pdf, OUT.odt or OUT.html"));
    const QString output = parser.value(QStringLiteral("output"));
    ReportExporter::Format format;
    if (!ReportExporter::formatForPath(output, &format))
        return usageError(tr("the output must end in %1, not '%2'").arg(ReportExporter::suffixList(), printable(output, MaxQuote)));
    const auto language = reportLanguageFromId(parser.value(QStringLiteral("lang")));
    if (!language)
        return usageError(tr("--lang must be nl, en or both, not '%1'").arg(printable(parser.value(QStringLiteral("lang")), MaxQuote)));
    EvaluatedCase evaluated;
    if (const auto failed = evaluateCase(parser, evaluated))
        return *failed;
    const auto &[rules, file, evaluation] = evaluated;
    ReportRequest request;
    request.rules = rules.get();
    request.advice = &*evaluation.advice;
    request.language = *language;
    request.caseReference = parser.isSet(QStringLiteral("reference")) ? parser.value(QStringLiteral("reference")) : file->reference;
    request.caseTitle = file->title;
    request.created = QDateTime::currentDateTime();
    // As the app does: a reference that looks like a name or a number of a person is printed
    // on every page, so say so (the user may know better: it is a warning, not a refusal).
    if (const auto findings = PersonalDataDetector::scan(request.caseReference); !findings.isEmpty())
        m_err << tr("deelwijzer-cli: warning: the case reference printed on the report: %1").arg(PersonalDataDetector::warning(findings))
              << Qt::endl;
    QString error;
    if (!writeReport(request, output, &error)) {
        m_err << tr("deelwijzer-cli: the report was not written: %1").arg(printable(error)) << Qt::endl;
        return OutputFailed;
    }
    m_out << tr("wrote %1 (verification code %2)").arg(output, evaluation.advice->code) << Qt::endl;
    return Success;
}

int CliApplication::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({QStringLiteral("lang"), tr("Language of the answer: nl (default) or en."), QStringLiteral("lang"),
                      QStringLiteral("nl")});
    if (const auto done = parse(parser, QStringLiteral("verify"), QStringLiteral("CASE.yaml CODE"), arguments))
        return *done;
    if (const auto error = useLanguageOption(parser))
        return *error;
    const QString language = parser.value(QStringLiteral("lang"));
    if (parser.positionalArguments().size() != 2)
        return usageError(tr("verify takes a case file and a code"));
    const QString code = parser.positionalArguments().at(1);
    if (!isWellFormedVerificationCode(code)) {
        m_out << tr("'%1' is not a valid verification code: check it for a typo (the form is XXXX-XXXX-XXXX)")
                     .arg(printable(code, MaxQuote))
              << Qt::endl;
        return CheckFailed;
    }
    EvaluatedCase evaluated;
    if (const auto failed = evaluateCase(parser, evaluated))
        return *failed;
    const auto &[rules, file, evaluation] = evaluated;
    const Advice &advice = *evaluation.advice;
    const QString given = normalizeVerificationCode(code);
    const QString verdict = verdictLabel(advice.verdict, language);
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
    m_out << whichAnswerDiffers(*rules, *file, advice, given, language) << Qt::endl;
    if (rulesChanged)
        m_out << tr("Note: the rules have changed since this case was saved (version %1 then, %2 now).")
                     .arg(file->rulesetVersion, rules->info().version)
              << Qt::endl;
    return CheckFailed;
}

QString CliApplication::whichAnswerDiffers(const RuleSet &rules, const CaseFile &file, const Advice &advice,
                                           const QString &code, const QString &language) const
{
    // A code is a hash of the route: it cannot be read back, but the advice it was printed on
    // usually differs from this case in one answer. Try every other answer to every question
    // on the route (under the current rules and those the case was saved with).
    QStringList fingerprints{rules.fingerprint()};
    if (!file.rulesetSha256.isEmpty() && file.rulesetSha256 != rules.fingerprint())
        fingerprints << file.rulesetSha256;
    const Evaluator evaluator(rules);
    for (const RouteStep &step : advice.route) {
        const Question *question = rules.question(step.question);
        if (!question)
            continue;
        for (const Answer &alternative : question->answers) {
            QStringList changed{alternative.id};
            if (question->type == QuestionType::Multiple) {
                // Multiple choice: add or drop this one answer.
                changed = step.answer;
                if (changed.contains(alternative.id))
                    changed.removeAll(alternative.id);
                else
                    changed << alternative.id;
                if (changed.isEmpty())
                    continue;
            } else if (step.answer == changed) {
                continue;
            }
            Answers answers = file.answers;
            answers.insert(step.question, changed);
            const Evaluation other = evaluator.evaluate(answers);
            if (other.status != Evaluation::Status::Complete)
                continue;
            for (const QString &fingerprint : fingerprints) {
                if (verificationCode(fingerprint, other.advice->route) != code)
                    continue;
                // Rule texts carry glossary links ([[term]]): the terminal gets their words.
                const auto labels = [&](const QStringList &ids) {
                    QStringList words;
                    for (const QString &id : ids) {
                        const Answer *a = question->answer(id);
                        words << (a ? rules.plainText(a->label.text(language), language) : id);
                    }
                    return words.join(QStringLiteral("; "));
                };
                return tr("The code belongs to the same case with one answer changed: to \"%1\" this case answers "
                          "\"%2\", the code was made with \"%3\" (advice: \"%4\").")
                    .arg(rules.plainText(question->text.text(language), language), labels(step.answer), labels(changed),
                         verdictLabel(other.advice->verdict, language));
            }
        }
    }
    return tr("No single changed answer gives this code: it belongs to another case, or more than one answer differs.");
}

int CliApplication::test(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({QStringLiteral("min-coverage"), tr("Fail unless at least <pct> percent of the outcomes are reached."),
                      QStringLiteral("pct"), QStringLiteral("0")});
    if (const auto done = parse(parser, QStringLiteral("test"), QStringLiteral("[CASES...]"), arguments))
        return *done;
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
            return usageError(tr("no case files given and none in '%1'").arg(printable(cases.path())));
    }
    int passed = 0;
    int failed = 0;
    QSet<QString> reached;
    for (const QString &path : paths) {
        const auto file = loadCase(path, *rules);
        QStringList problems;
        if (!file) {
            m_out << QStringLiteral("FAIL %1: unreadable or invalid (see above)\n").arg(printable(path));
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
            m_out << QStringLiteral("PASS %1\n").arg(printable(caseName(*file)));
            ++passed;
        } else {
            m_out << QStringLiteral("FAIL %1: %2\n").arg(printable(caseName(*file)), problems.join(QStringLiteral("; ")));
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

int CliApplication::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cases"),
                      tr("Also replay the case files and saved advices in folder <dir> (may be given more than once)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("json"), tr("Print the changes and the replayed cases as one JSON object.")});
    parser.addOption({QStringLiteral("lang"), tr("Language of the output: nl (default) or en."), QStringLiteral("lang"),
                      QStringLiteral("nl")});
    if (const auto done = parse(parser, QStringLiteral("diff"), QStringLiteral("OLD_DIR NEW_DIR"), arguments))
        return *done;
    if (const auto error = useLanguageOption(parser))
        return *error;
    const QString language = parser.value(QStringLiteral("lang"));
    if (parser.positionalArguments().size() != 2)
        return usageError(tr("diff takes two rule-set folders: the old one and the new one"));
    const QString oldFolder = parser.positionalArguments().at(0);
    const QString newFolder = parser.positionalArguments().at(1);
    const auto older = loadRules(oldFolder);
    const auto newer = older ? loadRules(newFolder) : nullptr;
    if (!newer)
        return InvalidInput;
    QStringList folders{QDir(oldFolder).filePath(QStringLiteral("cases")), QDir(newFolder).filePath(QStringLiteral("cases"))};
    for (const QString &folder : parser.values(QStringLiteral("cases"))) {
        if (!QFileInfo(folder).isDir()) {
            m_err << tr("deelwijzer-cli: '%1' is not a folder").arg(printable(folder)) << Qt::endl;
            return InvalidInput;
        }
        folders << folder;
    }
    DiffResult result;
    result.older = older.get();
    result.newer = newer.get();
    result.changes = RuleSetDiff::compare(*result.older, *result.newer);
    Diagnostics diagnostics;
    result.cases = AdviceReplay(*result.older, *result.newer).replayFolders(folders, diagnostics);
    printDiagnostics(diagnostics);
    if (diagnostics.hasErrors())
        return InvalidInput;
    if (parser.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(DiffWriter::json(result)).toJson(QJsonDocument::Indented));
    else
        m_out << DiffWriter::text(result, language);
    return result.changedAdvices() > 0 ? CheckFailed : Success;
}

int CliApplication::book(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(rulesOption());
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write the review book to <file> (.pdf or .html)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("lang"), tr("Language of the book: nl (default), en or both."), QStringLiteral("lang"),
                      QStringLiteral("nl")});
    parser.addOption({QStringLiteral("since"), tr("Mark what changed since the earlier rule set in folder <dir>."),
                      QStringLiteral("dir")});
    if (const auto done = parse(parser, QStringLiteral("book"), QString(), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("book takes no file names; use --rules DIR and -o BOOK.pdf"));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(tr("book needs -o BOOK.pdf or BOOK.html"));
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html"))
        return usageError(tr("the book must end in .pdf or .html, not '%1'").arg(printable(output, MaxQuote)));
    const auto language = reportLanguageFromId(parser.value(QStringLiteral("lang")));
    if (!language)
        return usageError(tr("--lang must be nl, en or both, not '%1'").arg(printable(parser.value(QStringLiteral("lang")), MaxQuote)));
    const auto rules = loadRules(parser);
    if (!rules)
        return InvalidInput;
    const QString folder = parser.isSet(QStringLiteral("rules")) ? parser.value(QStringLiteral("rules"))
                                                                 : RuleSetLoader::builtinPath();
    ReviewBookRequest request;
    request.rules = rules.get();
    request.reviews = request.rules->info().reviews;
    request.language = *language;
    request.created = QDateTime::currentDateTime();
    request.cases = casesOf(*rules, folder + QStringLiteral("/cases"));
    std::shared_ptr<const RuleSet> earlier;
    if (parser.isSet(QStringLiteral("since"))) {
        const QString earlierFolder = parser.value(QStringLiteral("since"));
        earlier = loadRules(earlierFolder);
        if (!earlier)
            return InvalidInput;
        Diagnostics diagnostics;
        request.since = changesSince(*earlier, earlierFolder, *rules, folder, diagnostics);
        printDiagnostics(diagnostics);
        if (diagnostics.hasErrors())
            return InvalidInput;
    }
    QString error;
    if (!writeReviewBook(request, output, &error)) {
        m_err << tr("deelwijzer-cli: the review book was not written: %1").arg(printable(error)) << Qt::endl;
        return OutputFailed;
    }
    m_out << tr("wrote %1 (rule set '%2' version %3, fingerprint %4)").arg(output, rules->info().id, rules->info().version, rules->fingerprint())
          << Qt::endl;
    return Success;
}

} // namespace deelwijzer
