// SPDX-License-Identifier: EUPL-1.2
#include "statusline.h"

#include "advicedocument.h"
#include "adviceview.h"
#include "autosave.h"
#include "markuprenderer.h"
#include "ruleset.h"
#include "ruletextcontext.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace deelwijzer {

StatusLine::StatusLine(QStatusBar *bar, RuleTextContext *context, AdviceDocument *document)
    : QObject(bar)
    , m_context(context)
    , m_message(new QLabel(bar))
    , m_rulesStatus(new QLabel(bar))
{
    m_message->setObjectName(QStringLiteral("autosaveStatus"));
    m_rulesStatus->setObjectName(QStringLiteral("rulesStatus"));
    bar->addWidget(m_message, 1);
    bar->addPermanentWidget(m_rulesStatus);
    connect(context, &RuleTextContext::changed, this, &StatusLine::updateRulesStatus);

    connect(document->autosave(), &Autosave::saved, this, [this](const QDateTime &when) {
        setMessage([when] { return tr("Kept safe automatically at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)); });
    });
    connect(document->autosave(), &Autosave::failed, this, [this](const QString &error) {
        setMessage([error] { return tr("Could not keep your answers safe: %1").arg(error); });
    });
    connect(document, &AdviceDocument::restored, this, [this](AdviceDocument::Source source) {
        if (source == AdviceDocument::Source::Autosave)
            setMessage([] { return tr("Your unfinished advice was restored."); });
    });
    connect(document, &AdviceDocument::saved, this, [this](const QString &path) {
        setMessage([path] { return tr("Saved to %1").arg(QDir::toNativeSeparators(path)); });
    });
    retranslate();
}

void StatusLine::setMessage(std::function<QString()> text)
{
    m_text = std::move(text);
    m_message->setText(m_text ? m_text() : QString());
}

void StatusLine::retranslate()
{
    // The status texts are their own accessible names (a fixed name would hide them from a
    // screen reader); what they are is their description.
    m_message->setAccessibleDescription(tr("Autosave status"));
    m_rulesStatus->setAccessibleDescription(tr("Rules in use"));
    if (m_text)
        m_message->setText(m_text());
    updateRulesStatus();
}

void StatusLine::updateRulesStatus()
{
    const RuleSet *rules = m_context->rules();
    if (!rules) {
        m_rulesStatus->setText(tr("No rules loaded"));
        return;
    }
    const RuleSetInfo &info = rules->info();
    m_rulesStatus->setText(tr("Rules: %1 %2 (%3)")
                               .arg(info.id, info.version, AdviceView::statusLabel(info.status, m_context->language())));
    m_rulesStatus->setToolTip(MarkupRenderer(rules, m_context->language()).plain(info.statusNote));
}

} // namespace deelwijzer
