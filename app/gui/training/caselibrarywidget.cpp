// SPDX-License-Identifier: EUPL-1.2
#include "caselibrarywidget.h"

#include "caselibraryfilter.h"
#include "caselibrarymodel.h"
#include "diagnosticsdialog.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "trainingcase.h"
#include "verdictstyle.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace deelwijzer {

CaseLibraryWidget::CaseLibraryWidget(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CaseLibraryModel(this))
    , m_filter(new CaseLibraryFilter(this))
    , m_search(new QLineEdit(this))
    , m_sharerLabel(new QLabel(this))
    , m_sharer(new QComboBox(this))
    , m_recipientLabel(new QLabel(this))
    , m_recipient(new QComboBox(this))
    , m_verdictLabel(new QLabel(this))
    , m_verdict(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_preview(new QTextBrowser(this))
    , m_quizButton(new QPushButton(this))
    , m_presentButton(new QPushButton(this))
    , m_handoutButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseLibrary"));
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CaseLibraryModel::TitleColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    // The answer lists are long (who shares, with whom): the combo boxes take the width they
    // are given instead of the widest answer, so the window fits a 1280-pixel screen.
    for (QComboBox *combo : {m_sharer, m_recipient, m_verdict}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_sharerLabel->setBuddy(m_sharer);
    m_recipientLabel->setBuddy(m_recipient);
    m_verdictLabel->setBuddy(m_verdict);

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 6);
    filters->addWidget(m_sharerLabel, 1, 0);
    filters->addWidget(m_sharer, 1, 1);
    filters->addWidget(m_recipientLabel, 1, 2);
    filters->addWidget(m_recipient, 1, 3);
    filters->addWidget(m_verdictLabel, 1, 4);
    filters->addWidget(m_verdict, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_handoutButton);
    buttons->addWidget(m_presentButton);
    buttons->addWidget(m_quizButton);
    m_quizButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    const auto comboId = [](QComboBox *combo) { return combo->currentData().toString(); };
    connect(m_search, &QLineEdit::textChanged, m_filter, &CaseLibraryFilter::setText);
    connect(m_sharer, &QComboBox::currentIndexChanged, this, [=, this] { m_filter->setSharer(comboId(m_sharer)); });
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [=, this] { m_filter->setRecipient(comboId(m_recipient)); });
    connect(m_verdict, &QComboBox::currentIndexChanged, this, [=, this] { m_filter->setVerdict(comboId(m_verdict)); });
    for (auto signal : {&QSortFilterProxyModel::rowsInserted, &QSortFilterProxyModel::rowsRemoved})
        connect(m_filter, signal, this, [this] { updatePreview(); });
    connect(m_filter, &QSortFilterProxyModel::modelReset, this, [this] { updatePreview(); });
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, [this] { updatePreview(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updatePreview();
        Q_EMIT currentCaseChanged();
    });
    connect(m_table, &QTableView::activated, this, &CaseLibraryWidget::quizRequested);
    connect(m_quizButton, &QPushButton::clicked, this, &CaseLibraryWidget::quizRequested);
    connect(m_presentButton, &QPushButton::clicked, this, &CaseLibraryWidget::presentRequested);
    connect(m_handoutButton, &QPushButton::clicked, this, &CaseLibraryWidget::handoutRequested);
    connect(m_openButton, &QPushButton::clicked, this, &CaseLibraryWidget::openCaseFileDialog);
    connect(m_context, &RuleTextContext::changed, this, [this] {
        m_model->setLanguage(m_context->language());
        fillFilters();
        updatePreview();
    });
    retranslateUi();
    reload();
}

void CaseLibraryWidget::reload()
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    Diagnostics diagnostics;
    m_model->setLanguage(m_context->language());
    m_model->setCases(TrainingCase::loadFolder(TrainingCase::casesFolder(*rules), *rules, diagnostics), rules);
    m_problems = diagnostics.toString();
    fillFilters();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CaseLibraryModel::TitleColumn, QHeaderView::Stretch);
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    updatePreview();
}

void CaseLibraryWidget::fillFilters()
{
    const RuleSet *rules = m_context->rules();
    const QString language = m_context->language();
    const auto fill = [&](QComboBox *combo, const QString &question, const QString &anyText) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(anyText, QString());
        QStringList used;
        for (const TrainingCase &c : m_model->cases())
            used.append(c.file.answers.value(question).value(0));
        if (const Question *q = rules ? rules->question(question) : nullptr) {
            for (const Answer &a : q->answers)
                if (used.contains(a.id))
                    combo->addItem(a.label.text(language), a.id);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    fill(m_sharer, rules ? rules->info().roleQuestion : QString(), tr("Anyone"));
    fill(m_recipient, QStringLiteral("recipient"), tr("Anyone"));
    {
        const QString current = m_verdict->currentData().toString();
        const QSignalBlocker blocker(m_verdict);
        m_verdict->clear();
        m_verdict->addItem(tr("Any verdict"), QString());
        for (const QString &id : allVerdictIds())
            m_verdict->addItem(VerdictStyle::icon(*verdictFromId(id)), VerdictStyle::label(*verdictFromId(id), language), id);
        m_verdict->setCurrentIndex(qMax(0, m_verdict->findData(current)));
    }
}

const TrainingCase *CaseLibraryWidget::currentCase() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->caseAt(m_filter->mapToSource(index).row());
}

bool CaseLibraryWidget::selectCase(const QString &id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, 0).data(CaseLibraryModel::IdRole).toString() == id) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_filter->index(row, 0));
            return true;
        }
    }
    return false;
}

bool CaseLibraryWidget::openCaseFile(const QString &path)
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return false;
    Diagnostics diagnostics;
    const std::optional<TrainingCase> c = TrainingCase::load(path, *rules, diagnostics);
    if (!c) {
        auto *dialog = new DiagnosticsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setDiagnostics(tr("The case file %1 cannot be used for training.").arg(path), diagnostics);
        dialog->show();
        return false;
    }
    m_model->addCase(*c);
    fillFilters();
    m_search->clear();
    m_sharer->setCurrentIndex(0);
    m_recipient->setCurrentIndex(0);
    m_verdict->setCurrentIndex(0);
    selectCase(c->id);
    return true;
}

void CaseLibraryWidget::openCaseFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a training case"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Deelwijzer case files (*.yaml *.yml)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

void CaseLibraryWidget::updatePreview()
{
    m_count->setText(tr("%n case(s)", nullptr, m_filter->rowCount()));
    const TrainingCase *c = currentCase();
    for (QPushButton *b : {m_quizButton, m_presentButton, m_handoutButton})
        b->setEnabled(c != nullptr);
    if (!c) {
        m_preview->setPlainText(tr("No case matches the filter."));
        return;
    }
    const QString language = m_context->language();
    const QString narrative = c->file.narrative.text(language);
    m_preview->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                           .arg(c->file.title.text(language).toHtmlEscaped(),
                                (narrative.isEmpty() ? tr("This case has no narrative.") : narrative).toHtmlEscaped()));
}

void CaseLibraryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseLibraryWidget::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search title and narrative…"));
    m_sharerLabel->setText(tr("&Who shares:"));
    m_recipientLabel->setText(tr("With &whom:"));
    m_verdictLabel->setText(tr("&Verdict:"));
    m_quizButton->setText(tr("Start &quiz"));
    m_presentButton->setText(tr("&Present"));
    m_handoutButton->setText(tr("&Handout…"));
    m_openButton->setText(tr("&Open case file…"));
    fillFilters();
    updatePreview();
}

} // namespace deelwijzer
