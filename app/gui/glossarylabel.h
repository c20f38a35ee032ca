// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "localizedtext.h"

#include "wraplabel.h"

#include <QPointer>

namespace deelwijzer {

class RuleTextContext;

/// A word-wrapped label for rule text. Glossary terms and legal grounds in the text are
/// links: hovering shows their explanation, clicking (or Tab + Enter) opens the glossary
/// entry or the ground viewer. Re-renders itself when the language or rule set changes.
class GlossaryLabel : public WrapLabel
{
    Q_OBJECT

public:
    enum class Style { Paragraphs, Inline };

    explicit GlossaryLabel(RuleTextContext *context, QWidget *parent = nullptr);

    /// Shows rule text (with [[...]] markup) in the context's language.
    void setRuleText(const LocalizedText &text, Style style = Style::Paragraphs);
    /// Shows rule text given in one language only.
    void setMarkup(const QString &markup, Style style = Style::Paragraphs);
    /// Shows ready-made HTML (may hold term:/ground: links); no re-rendering on language change.
    void setHtml(const QString &html);

    const LocalizedText &ruleText() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showLinkTooltip(const QString &href);
    void openLink(const QString &href);

    QPointer<RuleTextContext> m_context;
    LocalizedText m_text;
    Style m_style = Style::Paragraphs;
    bool m_fixedHtml = false;
};

} // namespace deelwijzer
