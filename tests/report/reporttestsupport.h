// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"
#include "casefile.h"
#include "reportwriter.h"
#include "ruleset.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace reporttest {

/// A case file evaluated to an advice, ready to print.
struct EvaluatedCase
{
    QString name;   ///< "demo/unsure", for messages and golden file names
    std::shared_ptr<const deelwijzer::RuleSet> rules;
    deelwijzer::CaseFile file;
    deelwijzer::Advice advice;

    deelwijzer::ReportRequest request(deelwijzer::ReportLanguage language) const;
};

/// The date printed on every test report, so that goldens do not change with the calendar.
QDateTime fixedDate();

/// Every case of every rule set the report is tested on: the built-in rules (rules/ and
/// rules/cases/), the demo rules (rules/demo/) and the frozen fixture (tests/report/data/rules/),
/// each with its cases/ folder. A rule set or case that does not load or reach an advice fails
/// the calling test.
const std::vector<EvaluatedCase> &allCases();
/// Only the fixture's cases (stable content, for golden files).
std::vector<const EvaluatedCase *> fixtureCases();

/// Runs a program and returns its standard output; nullopt when it cannot start or fails.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments);
/// Collapses all white space to single spaces (pdftotext breaks lines where the PDF does).
QString squeeze(const QString &text);

QString languageId(deelwijzer::ReportLanguage language);

} // namespace reporttest
