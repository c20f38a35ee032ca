// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

namespace deelwijzer {

class RuleSet;
struct LegalGround;
struct GlossaryTerm;
class LocalizedText;

/// Turns rule text with glossary and ground links (textmarkup.h) into what widgets show.
/// Widget-free: the same output serves labels, tooltips and the option buttons.
///
///     toHtml("Met een [[beroepsgeheim]] ...")
///         -> "<p>Met een <a href=\"term:beroepsgeheim\">beroepsgeheim</a> ...</p>"
///     toHtml("zie [[ground:wpg-16-1-a]]")
///         -> "<p>zie <a href=\"ground:wpg-16-1-a\">art. 16 lid 1 onder a Wpg</a></p>"
///     toPlain("[[beroepsgeheim|professional secrecy]]") -> "professional secrecy"
///
/// Blank lines start a new paragraph; lines starting with "- " become list items.
class MarkupRenderer
{
public:
    MarkupRenderer(const RuleSet *rules, const QString &language);

    QString toHtml(const QString &text) const;
    /// One line of HTML without paragraph tags (for headings and option labels).
    QString toInlineHtml(const QString &text) const;
    QString toPlain(const QString &text) const;
    QString html(const LocalizedText &text) const;
    QString inlineHtml(const LocalizedText &text) const;
    QString plain(const LocalizedText &text) const;

    /// The glossary term ids linked from `text`, in order, without duplicates.
    QStringList termsIn(const QString &text) const;

    /// The default words of a link: a term's name or a ground's citation.
    QString termName(const QString &termId) const;
    QString groundCitation(const QString &groundId) const;

    /// Short rich-text explanations for tooltips.
    QString termTooltip(const QString &termId) const;
    QString groundTooltip(const QString &groundId) const;

    /// "term:ID" / "ground:ID" hrefs.
    static QString termHref(const QString &termId);
    static QString groundHref(const QString &groundId);
    /// Splits an href made by termHref/groundHref; returns false for anything else.
    static bool parseHref(const QString &href, QString *kind, QString *id);

private:
    QString inlineSpans(const QString &text) const;

    const RuleSet *m_rules;
    QString m_language;
};

} // namespace deelwijzer
