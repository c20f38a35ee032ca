// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reportwriter.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QWidget;
QT_END_NAMESPACE

namespace deelwijzer {

class RuleSet;
struct TrainingCase;

/// A training handout: the printed advice of the case's model answer (ReportBuilder, design §6)
/// with the case's narrative before it and the model answer explained question by question
/// after it. PDF through QPdfWriter (ReportExporter); print preview through ReportPageRenderer.
class HandoutWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    HandoutWriter(const RuleSet &rules, const TrainingCase &trainingCase, const QString &language);

    std::unique_ptr<QTextDocument> document() const;
    bool writePdf(const QString &path, QString *error) const;
    /// Shows a print preview (the user can print from there).
    void printPreview(QWidget *parent) const;

private:
    ReportRequest request() const;

    const RuleSet &m_rules;
    const TrainingCase &m_case;
    QString m_language;
};

} // namespace deelwijzer
