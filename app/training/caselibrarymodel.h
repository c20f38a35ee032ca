// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "trainingcase.h"

#include <QAbstractTableModel>
#include <QList>

namespace deelwijzer {

/// The training cases as a table: title, who shares, with whom, the model verdict.
/// The display texts come from the rule set (answer labels, verdict labels) in the chosen
/// language; the raw ids are available through the roles for filtering.
class CaseLibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SharerColumn, RecipientColumn, VerdictColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the case id
        SharerRole,                ///< `sharer` answer id
        RecipientRole,             ///< `recipient` answer id
        VerdictRole,               ///< the model advice's verdict id
        SearchTextRole             ///< title and narrative in every language, for the text filter
    };

    explicit CaseLibraryModel(QObject *parent = nullptr);

    /// `rules` must outlive the model (or the next setCases()).
    void setCases(const QList<TrainingCase> &cases, const RuleSet *rules);
    /// Adds a case (e.g. a trainer's own file); returns its row.
    int addCase(const TrainingCase &trainingCase);
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    const QList<TrainingCase> &cases() const { return m_cases; }
    const TrainingCase *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The label of `answerId` of `questionId` in the model's language (the id if unknown).
    QString answerLabel(const QString &questionId, const QString &answerId) const;

private:
    QList<TrainingCase> m_cases;
    const RuleSet *m_rules = nullptr;
    QString m_language = QStringLiteral("nl");
};

} // namespace deelwijzer
