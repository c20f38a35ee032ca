// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace deelwijzer {

/// Lists the problems found in a rule set or case file, one per line as
/// FILE:LINE:COL: error|warning: message, so the author can jump to each one.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(QWidget *parent = nullptr);

    /// `summary` is one sentence for the user ("The rules in … were not loaded; the rules
    /// in use stay the same.").
    void setDiagnostics(const QString &summary, const Diagnostics &diagnostics);
    QString summaryText() const;
    QString diagnosticsText() const;

private:
    QLabel *m_summary;
    QPlainTextEdit *m_list;
};

} // namespace deelwijzer
