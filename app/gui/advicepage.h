// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "advice.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace deelwijzer {

struct AdviceItem;
class AdviceView;
class GlossaryLabel;
class MarkupRenderer;
class ReferenceField;
class RuleTextContext;
class VerdictBanner;

/// The advice on screen: the sections of its AdviceView, in the order and with the headings
/// every face uses (verdict in words, shape and colour; explanation; what the rules cannot
/// decide; the "not sure" answers with a button to change each; the situation; the legal
/// grounds; the conditions as a checklist; next steps; "why this advice", folded; sources;
/// the rule set and the code). Shows only what the engine decided; nothing here decides law.
class AdvicePage : public QWidget
{
    Q_OBJECT

public:
    explicit AdvicePage(RuleTextContext *context, QWidget *parent = nullptr);

    /// Shows `advice` with the conditions in `checked` ticked.
    void setAdvice(const Advice &advice, const QStringList &checked = {});
    void clear();
    const std::optional<Advice> &advice() const { return m_advice; }
    ReferenceField *referenceField() const { return m_reference; }
    VerdictBanner *banner() const { return m_banner; }
    /// Shows the advice from its top and gives the verdict banner the keyboard focus (arrows and
    /// Page Up/Down scroll the page).
    void focusContent();
    /// The outcome's title as shown.
    QString outcomeTitle() const;

Q_SIGNALS:
    void saveRequested();
    void exportRequested();
    void printRequested();
    void printPreviewRequested();
    void newAdviceRequested();
    void reviewRequested();
    void changeRequested(const QString &questionId);
    /// The user ticked or unticked a condition of the checklist.
    void conditionToggled(const QString &conditionId, bool checked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QLabel *sectionHeading(const QString &objectName, const QString &text);
    void addGround(const AdviceItem &item, const AdviceView &view, const MarkupRenderer &renderer);

    RuleTextContext *m_context;
    std::optional<Advice> m_advice;
    QSet<QString> m_checked;
    bool m_traceOpen = false;

    QWidget *m_scroll;
    VerdictBanner *m_banner;
    GlossaryLabel *m_title;
    QWidget *m_body;
    QVBoxLayout *m_bodyLayout;
    ReferenceField *m_reference;
    QPushButton *m_saveButton;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QPushButton *m_previewButton;
    QPushButton *m_reviewButton;
    QPushButton *m_newButton;
};

} // namespace deelwijzer
