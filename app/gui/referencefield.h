// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace deelwijzer {

/// The optional case-reference field. It warns, as the user types, when the text looks like a
/// name, BSN, date of birth, phone number or e-mail address (PersonalDataDetector): the
/// reference is printed on the advice, which must hold no personal data.
class ReferenceField : public QWidget
{
    Q_OBJECT

public:
    explicit ReferenceField(QWidget *parent = nullptr);

    QString reference() const;
    /// Sets the text without emitting referenceEdited.
    void setReference(const QString &reference);
    bool isWarningVisible() const;
    QString warningText() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void referenceEdited(const QString &reference);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();

    QLabel *m_label;
    QLineEdit *m_edit;
    QLabel *m_help;
    QWidget *m_warning;
    QLabel *m_warningIcon;
    QLabel *m_warningText;
    QPushButton *m_removeButton;
};

} // namespace deelwijzer
