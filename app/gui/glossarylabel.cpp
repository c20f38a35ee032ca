// SPDX-License-Identifier: EUPL-1.2
#include "glossarylabel.h"

#include "accessiblelinks.h"
#include "markuprenderer.h"
#include "ruletextcontext.h"

#include <QCursor>
#include <QEvent>
#include <QFocusEvent>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
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
    AccessibleLinks::install();
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

QList<GlossaryLabel::Link> GlossaryLabel::links() const
{
    const QString html = text();
    const int width = contentsRect().width();
    const QString key = QString::number(width) + QLatin1Char('|') + html;
    if (key == m_linksKey)
        return m_links;
    m_linksKey = key;
    m_links.clear();
    // The same HTML in a document like QLabel's own (no margin, the label's font and width):
    // its positions are those of the label's text, so the focused link can be found by them.
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(font());
    document.setHtml(html);
    document.setTextWidth(width > 0 ? width : -1);
    const auto pointAt = [&document](const QTextBlock &block, int position) {
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        const QPointF origin = document.documentLayout()->blockBoundingRect(block).topLeft();
        if (!line.isValid())
            return QRectF(origin, QSizeF(1, 1));
        return QRectF(origin + QPointF(line.cursorToX(position - block.position()), line.y()), QSizeF(1, line.height()));
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const QRectF start = pointAt(block, fragment.position());
            const QRectF end = pointAt(block, fragment.position() + fragment.length());
            QRectF where = start.united(end);
            if (start.top() != end.top()) // wrapped: the lines it spans, full width
                where = QRectF(0, start.top(), std::max(width, 1), end.bottom() - start.top());
            Link link{format.anchorHref(), fragment.text(), where.toAlignedRect().translated(contentsRect().topLeft()),
                      fragment.position(), fragment.length()};
            if (!m_links.isEmpty() && m_links.last().href == link.href
                && m_links.last().start + m_links.last().length == link.start) { // one link in several formats
                m_links.last().text += link.text;
                m_links.last().rect |= link.rect;
                m_links.last().length += link.length;
            } else {
                m_links.append(link);
            }
        }
    }
    return m_links;
}

int GlossaryLabel::focusedLink() const
{
    // Tab selects the link it reaches in the label's text.
    const int selected = hasSelectedText() ? selectionStart() : -1;
    const QList<Link> all = links();
    for (int i = 0; selected >= 0 && i < all.size(); ++i) {
        if (selected >= all.at(i).start && selected < all.at(i).start + all.at(i).length)
            return i;
    }
    return -1;
}

QString GlossaryLabel::linkDescription(const QString &href) const
{
    QString kind, id;
    if (!m_context || !MarkupRenderer::parseHref(href, &kind, &id))
        return {};
    const MarkupRenderer renderer(m_context->rules(), m_context->language());
    const QString tip = kind == QLatin1String("term") ? renderer.termTooltip(id) : renderer.groundTooltip(id);
    const QString what = kind == QLatin1String("term") ? tr("Glossary term") : tr("Legal ground");
    return what + QStringLiteral(": ") + QTextDocumentFragment::fromHtml(tip).toPlainText().simplified();
}

void GlossaryLabel::activateLink(int index)
{
    const QList<Link> all = links();
    if (index >= 0 && index < all.size())
        openLink(all.at(index).href);
}

void GlossaryLabel::focusInEvent(QFocusEvent *event)
{
    WrapLabel::focusInEvent(event);
    // QLabel takes the focus with no link chosen (a silent stop: Enter does nothing); coming
    // in with Tab chooses the first link at once, with Backtab the last.
    const bool tab = event->reason() == Qt::TabFocusReason;
    if ((tab || event->reason() == Qt::BacktabFocusReason) && focusedLink() < 0 && !links().isEmpty())
        WrapLabel::focusNextPrevChild(tab);
    AccessibleLinks::notifyFocus(this, focusedLink());
}

bool GlossaryLabel::focusNextPrevChild(bool next)
{
    const bool stayed = WrapLabel::focusNextPrevChild(next);
    if (stayed && hasFocus())
        AccessibleLinks::notifyFocus(this, focusedLink());
    return stayed;
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
