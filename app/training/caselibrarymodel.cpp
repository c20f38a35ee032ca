// SPDX-License-Identifier: EUPL-1.2
#include "caselibrarymodel.h"

#include "ruleset.h"
#include "verdict.h"

namespace deelwijzer {

CaseLibraryModel::CaseLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaseLibraryModel::setCases(const QList<TrainingCase> &cases, const RuleSet *rules)
{
    beginResetModel();
    m_cases = cases;
    m_rules = rules;
    endResetModel();
}

int CaseLibraryModel::addCase(const TrainingCase &trainingCase)
{
    const int row = int(m_cases.size());
    beginInsertRows(QModelIndex(), row, row);
    m_cases.append(trainingCase);
    endInsertRows();
    return row;
}

void CaseLibraryModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const TrainingCase *CaseLibraryModel::caseAt(int row) const
{
    if (row < 0 || row >= m_cases.size())
        return nullptr;
    return &m_cases.at(row);
}

int CaseLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseLibraryModel::answerLabel(const QString &questionId, const QString &answerId) const
{
    if (m_rules) {
        if (const Question *q = m_rules->question(questionId)) {
            if (const Answer *a = q->answer(answerId))
                return a->label.text(m_language);
        }
    }
    return answerId;
}

QVariant CaseLibraryModel::data(const QModelIndex &index, int role) const
{
    const TrainingCase *c = caseAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const QString verdict = c->modelAdvice ? verdictId(c->modelAdvice->verdict) : QString();
    switch (role) {
    case IdRole:
        return c->id;
    case SharerRole:
        return c->sharer();
    case RecipientRole:
        return c->recipient();
    case VerdictRole:
        return verdict;
    case SearchTextRole: {
        QStringList parts{c->id};
        for (const LocalizedText *text : {&c->file.title, &c->file.narrative}) {
            for (const auto &translation : text->translations())
                parts += translation.text;
        }
        return parts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        return c->file.narrative.text(m_language);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = c->file.title.text(m_language);
            return title.isEmpty() ? c->id : title;
        }
        case SharerColumn:
            return answerLabel(m_rules ? m_rules->info().roleQuestion : QString(), c->sharer());
        case RecipientColumn:
            return answerLabel(QStringLiteral("recipient"), c->recipient());
        case VerdictColumn:
            return c->modelAdvice ? verdictLabel(c->modelAdvice->verdict, m_language) : QString();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CaseLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Case");
    case SharerColumn:
        return tr("Who shares");
    case RecipientColumn:
        return tr("With whom");
    case VerdictColumn:
        return tr("Model verdict");
    }
    return {};
}

} // namespace deelwijzer
