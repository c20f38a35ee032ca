// SPDX-License-Identifier: EUPL-1.2
#include "markuprenderer.h"

#include "ruleset.h"
#include "textmarkup.h"

namespace deelwijzer {

MarkupRenderer::MarkupRenderer(const RuleSet *rules, const QString &language)
    : m_rules(rules)
    , m_language(language)
{
}

QString MarkupRenderer::termHref(const QString &termId)
{
    return QStringLiteral("term:") + termId;
}

QString MarkupRenderer::groundHref(const QString &groundId)
{
    return QStringLiteral("ground:") + groundId;
}

bool MarkupRenderer::parseHref(const QString &href, QString *kind, QString *id)
{
    const qsizetype colon = href.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString k = href.left(colon);
    if (k != QLatin1String("term") && k != QLatin1String("ground"))
        return false;
    if (kind)
        *kind = k;
    if (id)
        *id = href.mid(colon + 1);
    return true;
}

QString MarkupRenderer::termName(const QString &termId) const
{
    if (m_rules) {
        if (const GlossaryTerm *t = m_rules->term(termId))
            return t->term.text(m_language);
    }
    return termId;
}

QString MarkupRenderer::groundCitation(const QString &groundId) const
{
    if (m_rules) {
        if (const LegalGround *g = m_rules->ground(groundId))
            return m_rules->citation(*g, m_language);
    }
    return groundId;
}

QString MarkupRenderer::inlineSpans(const QString &text) const
{
    std::vector<TextSpan> spans;
    parseMarkup(text, spans);
    QString out;
    for (const TextSpan &span : spans) {
        switch (span.kind) {
        case TextSpan::Kind::Text:
            out += span.text.toHtmlEscaped();
            break;
        case TextSpan::Kind::Term: {
            const QString words = span.text.isEmpty() ? termName(span.target) : span.text;
            out += QStringLiteral("<a href=\"%1\">%2</a>").arg(termHref(span.target).toHtmlEscaped(),
                                                              words.toHtmlEscaped());
            break;
        }
        case TextSpan::Kind::Ground: {
            const QString words = span.text.isEmpty() ? groundCitation(span.target) : span.text;
            out += QStringLiteral("<a href=\"%1\">%2</a>").arg(groundHref(span.target).toHtmlEscaped(),
                                                              words.toHtmlEscaped());
            break;
        }
        }
    }
    return out;
}

QString MarkupRenderer::toInlineHtml(const QString &text) const
{
    QString simplified = text;
    simplified.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return inlineSpans(simplified.trimmed());
}

QString MarkupRenderer::toHtml(const QString &text) const
{
    // Paragraphs are separated by blank lines; within one, a line starting with "- " is a
    // list item and other line breaks are spaces (YAML folded text).
    QString out;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QStringList lines = paragraph.split(QLatin1Char('\n'));
        QString current;
        QStringList items;
        auto flushText = [&] {
            if (!current.trimmed().isEmpty())
                out += QStringLiteral("<p>") + inlineSpans(current.trimmed()) + QStringLiteral("</p>");
            current.clear();
        };
        auto flushItems = [&] {
            if (items.isEmpty())
                return;
            out += QStringLiteral("<ul>");
            for (const QString &item : std::as_const(items))
                out += QStringLiteral("<li>") + inlineSpans(item) + QStringLiteral("</li>");
            out += QStringLiteral("</ul>");
            items.clear();
        };
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("- ")) || trimmed.startsWith(QLatin1String("* "))) {
                flushText();
                items.append(trimmed.mid(2).trimmed());
            } else if (!items.isEmpty() && !trimmed.isEmpty() && line.startsWith(QLatin1Char(' '))) {
                items.last() += QLatin1Char(' ') + trimmed; // continuation of a list item
            } else {
                flushItems();
                current += QLatin1Char(' ') + trimmed;
            }
        }
        flushText();
        flushItems();
    }
    return out;
}

QString MarkupRenderer::toPlain(const QString &text) const
{
    return plainText(text, [this](TextSpan::Kind kind, const QString &target) {
        return kind == TextSpan::Kind::Ground ? groundCitation(target) : termName(target);
    });
}

QString MarkupRenderer::html(const LocalizedText &text) const
{
    return toHtml(text.text(m_language));
}

QString MarkupRenderer::inlineHtml(const LocalizedText &text) const
{
    return toInlineHtml(text.text(m_language));
}

QString MarkupRenderer::plain(const LocalizedText &text) const
{
    return toPlain(text.text(m_language)).simplified();
}

QStringList MarkupRenderer::termsIn(const QString &text) const
{
    std::vector<TextSpan> spans;
    parseMarkup(text, spans);
    QStringList ids;
    for (const TextSpan &span : spans) {
        if (span.kind == TextSpan::Kind::Term && !ids.contains(span.target))
            ids.append(span.target);
    }
    return ids;
}

QString MarkupRenderer::termTooltip(const QString &termId) const
{
    const GlossaryTerm *t = m_rules ? m_rules->term(termId) : nullptr;
    if (!t)
        return termId.toHtmlEscaped();
    return QStringLiteral("<p><b>%1</b></p>%2")
        .arg(t->term.text(m_language).toHtmlEscaped(), toHtml(t->definition.text(m_language)));
}

QString MarkupRenderer::groundTooltip(const QString &groundId) const
{
    const LegalGround *g = m_rules ? m_rules->ground(groundId) : nullptr;
    if (!g)
        return groundId.toHtmlEscaped();
    return QStringLiteral("<p><b>%1</b><br>%2</p>%3")
        .arg(m_rules->citation(*g, m_language).toHtmlEscaped(), g->title.text(m_language).toHtmlEscaped(),
             toHtml(g->meaning.text(m_language)));
}

} // namespace deelwijzer
