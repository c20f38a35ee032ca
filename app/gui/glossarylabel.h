// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "localizedtext.h"

#include "wraplabel.h"

#include <QList>
#include <QPointer>
#include <QRect>

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

    /// A link in the text as shown: its target, its words and where they are (label coordinates).
    struct Link
    {
        QString href;
        QString text;
        QRect rect;
        int start = 0; ///< position in the text (as QLabel::selectionStart() counts)
        int length = 0;
    };
    /// The links in the order Tab reaches them.
    QList<Link> links() const;
    /// The link that has keyboard focus inside the label, -1 if none.
    int focusedLink() const;
    /// What the link explains, in plain words (for screen readers): the term and its meaning,
    /// or the legal ground.
    QString linkDescription(const QString &href) const;
    /// Opens the link at `index` as a click would.
    void activateLink(int index);

protected:
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void render();
    void showLinkTooltip(const QString &href);
    void openLink(const QString &href);

    QPointer<RuleTextContext> m_context;
    LocalizedText m_text;
    Style m_style = Style::Paragraphs;
    bool m_fixedHtml = false;
    mutable QList<Link> m_links;
    mutable QString m_linksKey; ///< the text and width m_links belong to
};

} // namespace deelwijzer
