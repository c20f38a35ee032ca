// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "answers.h"

#include <QAbstractListModel>
#include <QString>

#include <vector>

namespace deelwijzer {

class RuleSet;

/// The route so far as a list: one row per answered question ("Question → answer"), then a
/// row for where the user is now (the next question, or the advice). Read-only; the route
/// panel shows it and turns a click into "go back to this question".
class RouteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1, ///< the question id (empty for the advice row)
        AnswerIdsRole,                     ///< QStringList of answer ids
        UnsureRole,                        ///< bool: answered "not sure"
        CurrentRole                        ///< bool: the row on screen
    };

    explicit RouteModel(QObject *parent = nullptr);

    /// Rebuilds the rows. `next` is the first unanswered question (empty when complete);
    /// `current` the question on screen (empty: review or advice).
    void setRoute(const RuleSet *rules, const QString &language, const std::vector<RouteStep> &route,
                  const QString &next, const QString &current);
    void clear();
    /// The row of `questionId`, or -1.
    int rowOf(const QString &questionId) const;
    int currentRow() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The rows changed (after inserts, removals and data changes are announced).
    void routeChanged();

private:
    struct Row
    {
        QString question;
        QStringList answers;
        QString questionText;
        QString answerText;
        bool unsure = false;
        bool answered = false;
        bool current = false;

        bool operator==(const Row &) const = default;
    };
    void apply(std::vector<Row> rows);

    std::vector<Row> m_rows;
};

} // namespace deelwijzer
