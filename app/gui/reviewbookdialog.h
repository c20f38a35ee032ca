// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace deelwijzer {

class Settings;

/// The choices of File → Export review book: the book's language and, optionally, an earlier
/// rule-set folder whose changes the book marks. The folder is remembered in `settings`.
class ReviewBookDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewBookDialog(Settings *settings, QWidget *parent);

    QString languageId() const;   ///< nl, en or both
    /// The earlier rule-set folder to compare with, or empty for a book without marks.
    QString sinceFolder() const;

    void accept() override;

private:
    void chooseFolder();
    void updateState();

    Settings *m_settings;
    QComboBox *m_language;
    QCheckBox *m_compare;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QPushButton *m_ok;
};

} // namespace deelwijzer
