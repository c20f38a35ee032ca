// SPDX-License-Identifier: EUPL-1.2
#include "termviewer.h"

#include "glossarylabel.h"
#include "markuprenderer.h"
#include "pagestyle.h"
#include "ruleset.h"
#include "ruletextcontext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace deelwijzer {

TermViewer::TermViewer(RuleTextContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("termViewer"));
    m_term = PageStyle::headingLabel(this, QStringLiteral("termName"));
    m_definition = new GlossaryLabel(context, this);
    m_definition->setObjectName(QStringLiteral("termDefinition"));
    m_seeAlso = new GlossaryLabel(context, this);
    m_seeAlso->setObjectName(QStringLiteral("termSeeAlso"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(PageStyle::spacing(this));
    layout->addWidget(m_term);
    layout->addWidget(m_definition);
    layout->addWidget(m_seeAlso);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_context, &RuleTextContext::changed, this, &TermViewer::render);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 14);
}

void TermViewer::showTerm(const QString &termId)
{
    m_termId = termId;
    render();
    show();
    raise();
    activateWindow();
}

QString TermViewer::termText() const
{
    return m_term->accessibleName();
}

void TermViewer::render()
{
    const RuleSet *rules = m_context->rules();
    const GlossaryTerm *t = rules ? rules->term(m_termId) : nullptr;
    if (!t)
        return;
    const QString lang = m_context->language();
    const QString name = t->term.text(lang);
    m_term->setText(PageStyle::heading(name.toHtmlEscaped(), 1));
    m_term->setAccessibleName(name);
    m_definition->setRuleText(t->definition);
    QStringList links;
    const MarkupRenderer renderer(rules, lang);
    for (const QString &other : t->see) {
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(MarkupRenderer::termHref(other).toHtmlEscaped(), renderer.termName(other).toHtmlEscaped());
    }
    m_seeAlso->setHtml(links.isEmpty() ? QString()
                                       : QStringLiteral("<p>%1 %2</p>").arg(tr("See also:").toHtmlEscaped(),
                                                                            links.join(QStringLiteral(", "))));
    m_seeAlso->setVisible(!links.isEmpty());
    setWindowTitle(tr("Glossary: %1").arg(name));
}

void TermViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QDialog::changeEvent(event);
}

} // namespace deelwijzer
