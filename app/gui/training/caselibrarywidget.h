// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace deelwijzer {

class CaseLibraryFilter;
class CaseLibraryModel;
class RuleTextContext;
struct TrainingCase;

/// The training case library: the rule set's own cases (and any a trainer opens) in a table,
/// filtered by who shares, with whom, the model verdict and free text, with the chosen case's
/// narrative below. Enter or double-click starts the quiz.
class CaseLibraryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaseLibraryWidget(RuleTextContext *context, QWidget *parent = nullptr);

    CaseLibraryModel *model() const { return m_model; }
    CaseLibraryFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// The selected case, or null.
    const TrainingCase *currentCase() const;
    /// Reads a trainer's own case file; on errors shows them with file:line and returns false.
    bool openCaseFile(const QString &path);
    /// Selects the case with `id` (if it passes the filter).
    bool selectCase(const QString &id);
    /// Problems met while loading (empty when every case loaded).
    QString loadProblems() const { return m_problems; }

public Q_SLOTS:
    void reload();
    void openCaseFileDialog();

Q_SIGNALS:
    void quizRequested();
    void presentRequested();
    void handoutRequested();
    void currentCaseChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void updatePreview();

    RuleTextContext *m_context;
    CaseLibraryModel *m_model;
    CaseLibraryFilter *m_filter;
    QLineEdit *m_search;
    QLabel *m_sharerLabel;
    QComboBox *m_sharer;
    QLabel *m_recipientLabel;
    QComboBox *m_recipient;
    QLabel *m_verdictLabel;
    QComboBox *m_verdict;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_preview;
    QPushButton *m_quizButton;
    QPushButton *m_presentButton;
    QPushButton *m_handoutButton;
    QPushButton *m_openButton;
    QString m_problems;
};

} // namespace deelwijzer
