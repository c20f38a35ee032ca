// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLabel;

namespace deelwijzer {

class GlossaryLabel;
class RuleTextContext;

/// Explains a glossary term (opened by clicking a marked word); related terms are links.
class TermViewer : public QDialog
{
    Q_OBJECT

public:
    explicit TermViewer(RuleTextContext *context, QWidget *parent = nullptr);

    void showTerm(const QString &termId);
    const QString &termId() const { return m_termId; }
    QString termText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    RuleTextContext *m_context;
    QString m_termId;
    QLabel *m_term;
    GlossaryLabel *m_definition;
    GlossaryLabel *m_seeAlso;
};

} // namespace deelwijzer
