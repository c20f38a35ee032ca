// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QPoint>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace deelwijzer {

class RuleSetController;
class RuleTextContext;

/// The first page: start a new advice, open a saved one or a recent file, restore unsaved
/// work after a crash, choose one's role, and see which rules are in use.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(RuleTextContext *context, RuleSetController *rules, QWidget *parent = nullptr);

    /// Extension point: further ways in (such as a future "Training" mode) add their button
    /// here, next to "New advice" and "Open". The page takes ownership.
    void addEntry(QAbstractButton *button);

    void setRecentFiles(const QStringList &paths);
    /// The `sharer` answers to choose a role from, as (answer id, label), and the current one.
    void setRoles(const QList<QPair<QString, QString>> &roles, const QString &current);
    QString role() const;
    /// Offers to restore autosaved work from `when`; a null time hides the offer.
    void setRestoreOffer(const QDateTime &when);
    bool isRestoreOffered() const;
    /// Offers to go back to the advice in progress (shown while one is open).
    void setContinueOffer(bool on);
    /// The button a keyboard user most likely wants: restore, continue, or new advice.
    QAbstractButton *preferredButton() const;

    QPushButton *newAdviceButton() const { return m_newButton; }

Q_SIGNALS:
    void newAdviceRequested();
    void continueRequested();
    void openRequested();
    void openRecentRequested(const QString &path);
    void restoreRequested();
    void discardRestoreRequested();
    void roleChanged(const QString &answerId);
    void chooseRulesRequested();
    void builtinRulesRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateRulesInfo();
    void updateRecent();
    void updateReadableWidth();
    void layoutEntries();

    RuleTextContext *m_context;
    RuleSetController *m_rules;
    QWidget *m_content = nullptr;
    QLabel *m_title;
    QLabel *m_intro;
    QFrame *m_restoreBox;
    QLabel *m_restoreText;
    QPushButton *m_restoreButton;
    QPushButton *m_discardButton;
    QGridLayout *m_entries;
    QList<QAbstractButton *> m_entryButtons;
    QList<QPoint> m_entryPlaces;
    QPushButton *m_newButton;
    QPushButton *m_continueButton;
    QPushButton *m_openButton;
    QLabel *m_roleLabel;
    QComboBox *m_roleCombo;
    QLabel *m_roleHelp;
    QLabel *m_recentTitle;
    QListWidget *m_recentList;
    QLabel *m_recentEmpty;
    QLabel *m_rulesTitle;
    QLabel *m_rulesInfo;
    QLabel *m_rulesStatus;
    QPushButton *m_chooseRulesButton;
    QPushButton *m_builtinRulesButton;
    QLabel *m_disclaimer;
    QList<QWidget *> m_readable;
    QStringList m_recentPaths;
    QDateTime m_restoreTime;
};

} // namespace deelwijzer
