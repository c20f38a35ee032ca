// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "casefile.h"
#include "rulesetloader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

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
    };

    CliApplication();
    int run(const QStringList &arguments);

private:
    int check(const QStringList &arguments);
    int runCase(const QStringList &arguments);
    int report(const QStringList &arguments);
    int verify(const QStringList &arguments);
    int test(const QStringList &arguments);

    /// Parses the options of one command; on error prints it and returns false.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
    int usageError(const QString &message);
    QString usage() const;

    /// Loads the rule set named by --rules (or the built-in one); prints diagnostics to stderr.
    std::shared_ptr<const RuleSet> loadRules(const QCommandLineParser &parser);
    /// Reads a case file and checks it against the rules; prints diagnostics to stderr.
    std::optional<CaseFile> loadCase(const QString &path, const RuleSet &rules);
    void printDiagnostics(const Diagnostics &diagnostics);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace deelwijzer
