// SPDX-License-Identifier: EUPL-1.2
#include "glossarylabel.h"

#include "markuprenderer.h"
#include "ruletextcontext.h"

#include <QCursor>
#include <QEvent>
#include <QToolTip>

namespace deelwijzer {

GlossaryLabel::GlossaryLabel(RuleTextContext *context, QWidget *parent)
    : WrapLabel(parent)
    , m_context(context)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    connect(this, &QLabel::linkHovered, this, &GlossaryLabel::showLinkTooltip);
    connect(this, &QLabel::linkActivated, this, &GlossaryLabel::openLink);
    if (m_context)
        connect(m_context, &RuleTextContext::changed, this, &GlossaryLabel::render);
}

void GlossaryLabel::setRuleText(const LocalizedText &text, Style style)
{
    m_text = text;
    m_style = style;
    m_fixedHtml = false;
    render();
}

void GlossaryLabel::setMarkup(const QString &markup, Style style)
{
    setRuleText(LocalizedText::neutral(markup), style);
}

void GlossaryLabel::setHtml(const QString &html)
{
    m_fixedHtml = true;
    m_text = LocalizedText();
    setText(html);
}

void GlossaryLabel::render()
{
    if (m_fixedHtml || !m_context)
        return;
    const MarkupRenderer renderer(m_context->rules(), m_context->language());
    const QString source = m_text.text(m_context->language());
    setText(m_style == Style::Inline ? renderer.toInlineHtml(source) : renderer.toHtml(source));
    // Screen readers get the words without markup.
    if (accessibleName().isEmpty() || property("autoAccessibleName").toBool()) {
        // The whole text: Qt's labels offer a screen reader their name and nothing else.
        setAccessibleName(renderer.toPlain(source).simplified());
        setProperty("autoAccessibleName", true);
    }
}

void GlossaryLabel::changeEvent(QEvent *event)
{
    WrapLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // Qt colours links when it reads the HTML, from the palette of that moment: read it
        // again, or links stay dark blue on the black of the high-contrast palette (2.4:1).
        const QString html = text();
        setText(QString());
        setText(html);
    }
}

void GlossaryLabel::showLinkTooltip(const QString &href)
{
    if (href.isEmpty() || !m_context) {
        QToolTip::hideText();
        return;
    }
    QString kind, id;
    if (!MarkupRenderer::parseHref(href, &kind, &id))
        return;
    const MarkupRenderer renderer(m_context->rules(), m_context->language());
    const QString tip = kind == QLatin1String("term") ? renderer.termTooltip(id) : renderer.groundTooltip(id);
    QToolTip::showText(QCursor::pos(), tip, this);
}

void GlossaryLabel::openLink(const QString &href)
{
    QString kind, id;
    if (!m_context || !MarkupRenderer::parseHref(href, &kind, &id))
        return;
    QToolTip::hideText();
    if (kind == QLatin1String("term"))
        m_context->requestTerm(id);
    else
        m_context->requestGround(id);
}

} // namespace deelwijzer
