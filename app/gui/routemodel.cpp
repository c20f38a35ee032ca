// SPDX-License-Identifier: EUPL-1.2
#include "routemodel.h"

#include "markuprenderer.h"
#include "ruleset.h"
#include "verdictstyle.h"

#include <QFont>
#include <QIcon>

namespace deelwijzer {

RouteModel::RouteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RouteModel::clear()
{
    apply({});
}

void RouteModel::setRoute(const RuleSet *rules, const QString &language, const std::vector<RouteStep> &route,
                          const QString &next, const QString &current)
{
    std::vector<Row> rows;
    if (rules) {
        const MarkupRenderer renderer(rules, language);
        for (const RouteStep &step : route) {
            Row row;
            row.question = step.question;
            row.answers = step.answer;
            row.answered = true;
            row.current = step.question == current;
            if (const Question *q = rules->question(step.question)) {
                row.questionText = renderer.plain(q->text);
                QStringList labels;
                for (const QString &id : step.answer) {
                    if (const Answer *a = q->answer(id)) {
                        labels << renderer.plain(a->label);
                        row.unsure = row.unsure || a->unsure;
                    } else {
                        labels << id;
                    }
                }
                row.answerText = labels.join(QStringLiteral(", "));
            } else {
                row.questionText = step.question;
                row.answerText = step.answer.join(QStringLiteral(", "));
            }
            rows.push_back(row);
        }
        Row last;
        last.question = next;
        last.current = next.isEmpty() ? current.isEmpty() : next == current;
        if (!next.isEmpty()) {
            if (const Question *q = rules->question(next))
                last.questionText = renderer.plain(q->text);
        }
        rows.push_back(last);
    }
    apply(std::move(rows));
}

void RouteModel::apply(std::vector<Row> rows)
{
    // Only the rows that changed are announced, so the list keeps its layout and selection
    // for the rest (after an answer: the answered row and the new last row).
    const int oldCount = int(m_rows.size());
    const int newCount = int(rows.size());
    int first = 0;
    while (first < oldCount && first < newCount && m_rows[std::size_t(first)] == rows[std::size_t(first)])
        ++first;
    if (first == oldCount && first == newCount)
        return;
    if (newCount < oldCount) {
        beginRemoveRows(QModelIndex(), newCount, oldCount - 1);
        m_rows.resize(std::size_t(newCount));
        endRemoveRows();
        m_rows = std::move(rows);
    } else if (newCount > oldCount) {
        beginInsertRows(QModelIndex(), oldCount, newCount - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }
    const int last = std::min(oldCount, newCount) - 1;
    if (first <= last)
        Q_EMIT dataChanged(index(first), index(last));
    Q_EMIT routeChanged();
}

int RouteModel::rowOf(const QString &questionId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].question == questionId)
            return int(i);
    }
    return -1;
}

int RouteModel::currentRow() const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].current)
            return int(i);
    }
    return -1;
}

int RouteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags RouteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant RouteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int number = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
        if (row.answered)
            return tr("%1. %2\n→ %3").arg(number).arg(row.questionText, row.answerText);
        if (!row.question.isEmpty())
            return tr("%1. %2\n→ (now)").arg(number).arg(row.questionText);
        return tr("Your answers and the advice");
    case Qt::ToolTipRole:
        if (row.answered)
            return tr("Go back to this question to change the answer");
        return {};
    case Qt::AccessibleTextRole:
        if (row.answered)
            return tr("Question %1: %2. Your answer: %3.%4 Press Enter to change it.")
                .arg(number)
                .arg(row.questionText, row.answerText, row.unsure ? tr(" (not sure)") : QString());
        if (!row.question.isEmpty())
            return tr("Question %1, now on screen: %2").arg(number).arg(row.questionText);
        return tr("Your answers and the advice");
    case Qt::DecorationRole:
        if (row.unsure)
            return QIcon(VerdictStyle::warningPixmap(16));
        return {};
    case Qt::FontRole:
        if (row.current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case QuestionIdRole:
        return row.question;
    case AnswerIdsRole:
        return row.answers;
    case UnsureRole:
        return row.unsure;
    case CurrentRole:
        return row.current;
    default:
        return {};
    }
}

} // namespace deelwijzer
