// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"
#include "casefile.h"
#include "evaluator.h"
#include "rulesetloader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTranslator;

namespace deelwijzer {

/// `deelwijzer-cli`: the headless face of the engine and the report (design §5).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    /// Exit codes of design §5.
    enum ExitCode {
        Success = 0,
        CheckFailed = 1,
        UsageError = 2,
        NotEnoughAnswers = 3,
        InvalidInput = 4,
        OutputFailed = 5, ///< the report could not be written (full disk, a link, no permission)
    };

    CliApplication();
    ~CliApplication();
    int run(const QStringList &arguments);

private:
    int check(const QStringList &arguments);
    int runCase(const QStringList &arguments);
    int report(const QStringList &arguments);
    int verify(const QStringList &arguments);
    int test(const QStringList &arguments);
    /// What changed between two rule sets, and which advices of their cases it alters.
    int diff(const QStringList &arguments);
    int book(const QStringList &arguments);

    /// Parses the options of one command (`arguments` names its positional arguments for
    /// --help). Returns the exit code when the command is done already: a usage error was
    /// printed, or the command's help; nullopt to carry on.
    [[nodiscard]] std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QString &arguments,
                             const QStringList &given);
    /// Speaks `language` (nl or en) from here on.
    void useLanguage(const QString &language);
    /// Checks the command's --lang (nl or en) and speaks it from here on; with `onlyWhenGiven`
    /// the user's own language stays unless --lang is given. Returns the usage error for
    /// another value, nullopt to carry on.
    [[nodiscard]] std::optional<int> useLanguageOption(const QCommandLineParser &parser, bool onlyWhenGiven = false);
    /// When a code does not match: the one changed answer on the route that gives `code`.
    QString whichAnswerDiffers(const RuleSet &rules, const CaseFile &file, const Advice &advice, const QString &code,
                               const QString &language) const;
    int usageError(const QString &message);
    QString usage() const;

    /// Loads the rule set named by --rules (or the built-in one); prints diagnostics to stderr.
    std::shared_ptr<const RuleSet> loadRules(const QCommandLineParser &parser);
    std::shared_ptr<const RuleSet> loadRules(const QString &folder);
    /// Reads a case file and checks it against the rules; prints diagnostics to stderr.
    std::optional<CaseFile> loadCase(const QString &path, const RuleSet &rules);
    /// The rules of --rules, the case file given and its complete evaluation.
    struct EvaluatedCase
    {
        std::shared_ptr<const RuleSet> rules;
        std::optional<CaseFile> file;
        Evaluation evaluation;
    };
    /// Loads the rules and the case (the first positional argument) and evaluates it into
    /// `evaluated`. Returns the exit code when that failed (the reason is printed), nullopt
    /// when the advice is there.
    [[nodiscard]] std::optional<int> evaluateCase(const QCommandLineParser &parser, EvaluatedCase &evaluated);
    void printDiagnostics(const Diagnostics &diagnostics);

    std::unique_ptr<QTranslator> m_translator;
    QString m_language; ///< the language of the messages (useLanguage)
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace deelwijzer
