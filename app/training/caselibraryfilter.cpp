// SPDX-License-Identifier: EUPL-1.2
#include "caselibraryfilter.h"

#include "caselibrarymodel.h"

namespace deelwijzer {

CaseLibraryFilter::CaseLibraryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseLibraryFilter::setSharer(const QString &answerId)
{
    m_sharer = answerId;
    invalidateFilter();
}

void CaseLibraryFilter::setRecipient(const QString &answerId)
{
    m_recipient = answerId;
    invalidateFilter();
}

void CaseLibraryFilter::setVerdict(const QString &verdictId)
{
    m_verdict = verdictId;
    invalidateFilter();
}

void CaseLibraryFilter::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool CaseLibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&](int role, const QString &wanted) {
        return wanted.isEmpty() || index.data(role).toString() == wanted;
    };
    if (!matches(CaseLibraryModel::SharerRole, m_sharer) || !matches(CaseLibraryModel::RecipientRole, m_recipient)
        || !matches(CaseLibraryModel::VerdictRole, m_verdict))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(CaseLibraryModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace deelwijzer
