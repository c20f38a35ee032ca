// SPDX-License-Identifier: EUPL-1.2
#include "sessionnotices.h"

#include "advicedocument.h"
#include "advicesession.h"
#include "answerchangenotice.h"
#include "autosave.h"
#include "noticebar.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "savedadvicecomparison.h"

namespace deelwijzer {

SessionNotices::SessionNotices(NoticeBar *bar, AdviceDocument *document, RuleTextContext *context)
    : QObject(bar)
    , m_bar(bar)
    , m_session(document->session())
    , m_context(context)
    , m_comparison(new SavedAdviceComparison(context, document->session(), bar))
{
    m_bar->setDetail(m_comparison);
    connect(m_session, &AdviceSession::answerChanged, this, &SessionNotices::showAnswerChange);
    connect(document, &AdviceDocument::aboutToRestore, m_bar, &QWidget::hide);
    connect(document, &AdviceDocument::restored, this, [this] { showRestoreNotice(*m_context->rules()); });
    connect(document->autosave(), &Autosave::failed, this, &SessionNotices::showAutosaveFailure);
}

void SessionNotices::showAnswerChange(const AnswerChange &change)
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    const bool complete = m_session->isComplete();
    const QString text = AnswerChangeNotice::forChange(*rules, m_context->language(), change, complete);
    // Said again in the new language after a switch, while the same rules are in use.
    m_bar->showNotice(
        [this, rules, change, complete, text] {
            return m_context->rules() == rules ? AnswerChangeNotice::forChange(*rules, m_context->language(), change, complete)
                                               : text;
        },
        NoticeBar::Kind::AnswerChange);
}

void SessionNotices::showRestoreNotice(const RuleSet &rules)
{
    const bool otherRules = m_session->savedUnderOtherRules();
    const std::vector<StaleAnswer> dropped = m_session->droppedOnRestore();
    if (!otherRules && dropped.empty())
        return;
    const QStringList ids = {m_session->savedRulesId(), m_session->savedRulesVersion(), rules.info().id,
                             rules.info().version};
    const RuleSet *shownUnder = &rules;
    m_bar->showNotice([this, otherRules, dropped, ids, shownUnder] {
        QStringList notices;
        if (otherRules) {
            notices << tr("This advice was saved under the rules %1 version %2. The rules in use now (%3 version %4) "
                          "differ, so the advice shown follows the current rules and may differ from the saved one.")
                           .arg(ids[0], ids[1], ids[2], ids[3]);
        }
        // The dropped answers are named by the rules' texts: only while those rules are in use.
        if (!dropped.empty() && m_context->rules() == shownUnder)
            notices << AnswerChangeNotice::forRestore(*shownUnder, m_context->language(), dropped);
        return notices.join(QLatin1Char(' '));
    });
    if (otherRules)
        m_comparison->showComparison();
}

void SessionNotices::showAutosaveFailure(const QString &error)
{
    // Not only in the status bar: the user must know the answers are not safe.
    m_bar->showNotice([error] {
        return tr("Deelwijzer could not keep your answers safe automatically (%1). If Deelwijzer or the computer "
                  "stops now, they are lost. Save the advice yourself (Ctrl+S), if need be in another folder.")
            .arg(error);
    });
}

} // namespace deelwijzer
