// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace deelwijzer {

class GlossaryLabel;
class RuleTextContext;

/// Shows one legal ground: citation, title, its usual role, plain meaning, the statute's own
/// words with the date of the text, note, whether it is uncertain, and the official link as text. The app opens no network connection; "Open in browser" hands
/// the link to the user's browser only when clicked.
class GroundViewer : public QDialog
{
    Q_OBJECT

public:
    explicit GroundViewer(RuleTextContext *context, QWidget *parent = nullptr);

    void showGround(const QString &groundId);
    const QString &groundId() const { return m_groundId; }
    QString citationText() const;
    QString urlText() const;
    /// The statute's words as shown ("" when the ground has none).
    QString wordsText() const;


protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    RuleTextContext *m_context;
    QString m_groundId;
    QLabel *m_citation;
    QLabel *m_title;
    QLabel *m_law;
    QLabel *m_role;
    QLabel *m_wordsCaption;
    QLabel *m_words;
    GlossaryLabel *m_meaning;
    GlossaryLabel *m_note;
    QLabel *m_unsure;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QPushButton *m_openButton;
    QPushButton *m_closeButton;
};

} // namespace deelwijzer
