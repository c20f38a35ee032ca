// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QSortFilterProxyModel>

namespace deelwijzer {

/// Filters a CaseLibraryModel by sharer, recipient, model verdict (ids; empty means any) and
/// free text (title and narrative in every language, case-insensitive, every word must occur).
class CaseLibraryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseLibraryFilter(QObject *parent = nullptr);

    void setSharer(const QString &answerId);
    void setRecipient(const QString &answerId);
    void setVerdict(const QString &verdictId);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_sharer;
    QString m_recipient;
    QString m_verdict;
    QStringList m_words;
};

} // namespace deelwijzer
