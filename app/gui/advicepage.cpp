// SPDX-License-Identifier: EUPL-1.2
#include "advicepage.h"

#include "glossarylabel.h"
#include "groundviewer.h"
#include "markuprenderer.h"
#include "optionbuttons.h"
#include "pagestyle.h"
#include "referencefield.h"
#include "ruleset.h"
#include "reviewstatement.h"
#include "rulesetstatus.h"
#include "ruletextcontext.h"
#include "verdictbanner.h"
#include "verdictstyle.h"

#include <QDate>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace deelwijzer {

AdvicePage::AdvicePage(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("advicePage"));
    auto *content = new PageContent;
    content->setObjectName(QStringLiteral("adviceContent"));
    m_banner = new VerdictBanner(content);
    m_title = new GlossaryLabel(context, content);
    m_title->setObjectName(QStringLiteral("outcomeTitle"));
    m_body = new QWidget(content);
    m_body->setObjectName(QStringLiteral("adviceBody"));
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(PageStyle::spacing(this));
    m_reference = new ReferenceField(content);

    auto *column = new QVBoxLayout(content);
    column->setSpacing(PageStyle::spacing(this));
    column->addWidget(m_banner);
    column->addWidget(m_title);
    column->addWidget(m_body);
    column->addSpacing(PageStyle::spacing(this));
    column->addWidget(m_reference);
    column->addStretch(1);

    QScrollArea *scroll = PageStyle::scrollArea(this, content, QStringLiteral("adviceScroll"));
    scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll = scroll;

    auto makeButton = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(true);
        return b;
    };
    m_reviewButton = makeButton("adviceReviewButton");
    m_saveButton = makeButton("adviceSaveButton");
    m_exportButton = makeButton("adviceExportButton");
    m_previewButton = makeButton("advicePreviewButton");
    m_printButton = makeButton("advicePrintButton");
    m_newButton = makeButton("adviceNewButton");
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reviewButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_newButton);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &AdvicePage::saveRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &AdvicePage::exportRequested);
    connect(m_printButton, &QPushButton::clicked, this, &AdvicePage::printRequested);
    connect(m_previewButton, &QPushButton::clicked, this, &AdvicePage::printPreviewRequested);
    connect(m_newButton, &QPushButton::clicked, this, &AdvicePage::newAdviceRequested);
    connect(m_reviewButton, &QPushButton::clicked, this, &AdvicePage::reviewRequested);
    connect(m_context, &RuleTextContext::changed, this, &AdvicePage::rebuild);
    retranslateUi();
}

void AdvicePage::setAdvice(const Advice &advice, const QStringList &checked)
{
    const bool same = m_advice && m_advice->outcome == advice.outcome && m_advice->code == advice.code;
    if (!same)
        m_traceOpen = false;
    m_checked = QSet<QString>(checked.cbegin(), checked.cend());
    m_advice = advice;
    rebuild();
}

void AdvicePage::clear()
{
    m_advice.reset();
    m_checked.clear();
    rebuild();
}

void AdvicePage::focusContent()
{
    // Each advice opens at its top, with the verdict first (for a screen reader as well).
    auto *scroll = static_cast<QScrollArea *>(m_scroll);
    QCoreApplication::sendPostedEvents(scroll->widget(), QEvent::LayoutRequest);
    scroll->verticalScrollBar()->setValue(0);
    if (m_banner->isVisible())
        m_banner->setFocus(Qt::OtherFocusReason);
    else
        m_scroll->setFocus(Qt::OtherFocusReason);
}

QString AdvicePage::outcomeTitle() const
{
    return m_title->accessibleName();
}

QLabel *AdvicePage::sectionHeading(const QString &objectName, const QString &text)
{
    QLabel *label = PageStyle::headingLabel(m_body, objectName);
    label->setText(PageStyle::heading(text.toHtmlEscaped(), 2));
    label->setAccessibleName(text);
    m_bodyLayout->addSpacing(PageStyle::spacing(this) / 2);
    m_bodyLayout->addWidget(label);
    return label;
}

void AdvicePage::rebuild()
{
    // Rebuilt from scratch: the page is shown once per advice and on language changes.
    while (QLayoutItem *item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const RuleSet *rules = m_context->rules();
    const Outcome *outcome = rules && m_advice ? rules->outcome(m_advice->outcome) : nullptr;
    if (!outcome) {
        m_banner->hide();
        m_title->clear();
        return;
    }
    m_banner->show();
    const QString lang = m_context->language();
    const MarkupRenderer renderer(rules, lang);
    const Advice &advice = *m_advice;

    m_banner->setVerdict(advice.verdict, VerdictStyle::label(advice.verdict, lang), renderer.plain(outcome->verdictNote));
    m_title->setHtml(PageStyle::heading(renderer.inlineHtml(outcome->title), 2));
    m_title->setAccessibleName(renderer.plain(outcome->title));

    auto addText = [&](const LocalizedText &text, const QString &objectName) {
        auto *label = new GlossaryLabel(m_context, m_body);
        label->setObjectName(objectName);
        label->setRuleText(text);
        m_bodyLayout->addWidget(label);
        return label;
    };
    if (!outcome->explanation.isEmpty())
        addText(outcome->explanation, QStringLiteral("outcomeExplanation"));

    // Legal grounds: what the advice rests on, then what it must respect (citedGrounds is in
    // that order).
    bool restsOnShown = false, respectShown = false;
    for (const CitedGround &cited : advice.citedGrounds) {
        const QString id = cited.id;
        const LegalGround *g = rules->ground(id);
        if (!g)
            continue;
        if (cited.restsOn() && !restsOnShown) {
            sectionHeading(QStringLiteral("groundsTitle"), tr("The advice rests on"));
            restsOnShown = true;
        } else if (!cited.restsOn() && !respectShown) {
            sectionHeading(QStringLiteral("groundsRespectTitle"), tr("What the advice must respect"));
            respectShown = true;
        }
        auto *box = new QFrame(m_body);
        box->setObjectName(QStringLiteral("ground_") + id);
        box->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(box);
        auto *cite = new QPushButton(rules->citation(*g, lang), box);
        cite->setObjectName(QStringLiteral("groundButton_") + id);
        cite->setAutoDefault(true);
        cite->setToolTip(tr("Show the legal ground: text, meaning and official source"));
        cite->setAccessibleName(tr("Legal ground %1: show details").arg(rules->citation(*g, lang)));
        connect(cite, &QPushButton::clicked, this, [this, id] { m_context->requestGround(id); });
        auto *title = PageStyle::textLabel(box);
        const QString role = GroundViewer::roleLabel(cited.role);
        title->setText(role.isEmpty() ? g->title.text(lang) : tr("%1 — %2").arg(role, g->title.text(lang)));
        title->setFont(PageStyle::boldFont());
        auto *meaning = new GlossaryLabel(m_context, box);
        meaning->setRuleText(g->meaning);
        grid->addWidget(cite, 0, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(title, 0, 1);
        grid->addWidget(meaning, 1, 0, 1, 2);
        int row = 2;
        if (!g->words.isEmpty()) {
            auto *words = PageStyle::textLabel(box, QStringLiteral("groundWords_") + id);
            const QString caption = GroundViewer::wordsCaption(*g);
            words->setTextFormat(Qt::RichText);
            words->setText(QStringLiteral("<small>%1</small><br><i>“%2”</i>").arg(caption.toHtmlEscaped(), g->words.toHtmlEscaped()));
            words->setAccessibleName(QStringLiteral("%1 “%2”").arg(caption, g->words));
            grid->addWidget(words, row++, 0, 1, 2);
        }
        if (const QString url = rules->groundUrl(*g); !url.isEmpty()) {
            auto *link = PageStyle::textLabel(box, QStringLiteral("groundLink_") + id);
            link->setTextFormat(Qt::RichText);
            link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("Official text")));
            link->setToolTip(url);
            link->setAccessibleName(tr("Official text of %1, opens in your web browser").arg(rules->citation(*g, lang)));
            link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            link->setOpenExternalLinks(true);
            grid->addWidget(link, row++, 0, 1, 2);
        }
        if (g->unsure) {
            auto *warn = new QLabel(box);
            warn->setTextFormat(Qt::PlainText);
            warn->setWordWrap(true);
            warn->setText(QStringLiteral("⚠ ") + tr("This ground is uncertain: check it with your privacy officer or lawyer."));
            grid->addWidget(warn, row++, 0, 1, 2);
        }
        grid->setColumnStretch(1, 1);
        m_bodyLayout->addWidget(box);
    }

    // Conditions as a checklist (the ticks are saved with the advice and printed).
    if (!advice.conditions.isEmpty()) {
        sectionHeading(QStringLiteral("conditionsTitle"), tr("Conditions: check each one before you share"));
        for (const QString &id : advice.conditions) {
            const ChecklistItem *item = rules->condition(id);
            if (!item)
                continue;
            auto *box = new OptionCheckBox(m_body);
            box->setObjectName(QStringLiteral("condition_") + id);
            box->setContent(renderer.plain(item->text), renderer.plain(item->help));
            box->setChecked(m_checked.contains(id));
            connect(box, &QCheckBox::toggled, this, [this, id](bool on) {
                if (on)
                    m_checked.insert(id);
                else
                    m_checked.remove(id);
                Q_EMIT conditionToggled(id, on);
            });
            m_bodyLayout->addWidget(box);
        }
    }

    // Next steps.
    if (!advice.nextSteps.isEmpty()) {
        sectionHeading(QStringLiteral("nextStepsTitle"), tr("What to do next"));
        QString html = QStringLiteral("<ol>");
        QStringList plain;
        for (const QString &id : advice.nextSteps) {
            if (const Action *action = rules->action(id)) {
                html += QStringLiteral("<li>") + renderer.inlineHtml(action->text) + QStringLiteral("</li>");
                plain << renderer.plain(action->text);
            }
        }
        html += QStringLiteral("</ol>");
        auto *steps = new GlossaryLabel(m_context, m_body);
        steps->setObjectName(QStringLiteral("nextSteps"));
        steps->setHtml(html);
        steps->setAccessibleName(plain.join(QLatin1Char(' ')));
        m_bodyLayout->addWidget(steps);
    }

    // What the rules cannot decide.
    if (!outcome->uncertain.isEmpty()) {
        sectionHeading(QStringLiteral("uncertainTitle"), tr("What Deelwijzer cannot decide for you"));
        addText(outcome->uncertain, QStringLiteral("uncertainText"));
    }

    // "Not sure" answers.
    if (!advice.unsureQuestions.isEmpty()) {
        sectionHeading(QStringLiteral("unsureAnswersTitle"), tr("You answered \"not sure\""));
        auto *intro = PageStyle::textLabel(m_body, QStringLiteral("unsureAnswersIntro"));
        intro->setText(tr("This advice rests partly on facts you did not know. Find them out if you can, and change "
                          "the answer: the advice may then be different."));
        m_bodyLayout->addWidget(intro);
        for (const QString &qid : advice.unsureQuestions) {
            const Question *q = rules->question(qid);
            if (!q)
                continue;
            auto *row = new QWidget(m_body);
            auto *layout = new QHBoxLayout(row);
            layout->setContentsMargins(0, 0, 0, 0);
            auto *icon = new QLabel(row);
            icon->setPixmap(VerdictStyle::warningPixmap(fontMetrics().height(), devicePixelRatioF()));
            icon->setAccessibleName(tr("Not sure"));
            auto *text = PageStyle::textLabel(row);
            text->setText(renderer.plain(q->text));
            auto *change = new QPushButton(tr("Change"), row);
            change->setObjectName(QStringLiteral("unsureChange_") + qid);
            change->setAutoDefault(true);
            change->setAccessibleName(tr("Change the answer to: %1").arg(text->text()));
            connect(change, &QPushButton::clicked, this, [this, qid] { Q_EMIT changeRequested(qid); });
            layout->addWidget(icon, 0, Qt::AlignTop);
            layout->addWidget(text, 1);
            layout->addWidget(change, 0, Qt::AlignTop);
            m_bodyLayout->addWidget(row);
        }
    }

    // Why this advice: the engine's trace, folded by default.
    auto *traceToggle = new QToolButton(m_body);
    traceToggle->setObjectName(QStringLiteral("traceToggle"));
    traceToggle->setCheckable(true);
    traceToggle->setChecked(m_traceOpen);
    traceToggle->setAutoRaise(true);
    traceToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    traceToggle->setArrowType(m_traceOpen ? Qt::DownArrow : Qt::RightArrow);
    // Routine steps ("none of the special cases applied") are left out, as on the printed advice.
    const auto shownSteps = std::count_if(advice.trace.cbegin(), advice.trace.cend(), [&](const TraceStep &step) {
        return !step.routine && !step.explanation.text(lang).isEmpty();
    });
    traceToggle->setText(tr("Why this advice (%n step(s))", nullptr, int(shownSteps)));
    traceToggle->setAccessibleName(tr("Why this advice"));
    traceToggle->setFont(PageStyle::boldFont());
    m_bodyLayout->addSpacing(PageStyle::spacing(this) / 2);
    m_bodyLayout->addWidget(traceToggle, 0, Qt::AlignLeft);
    QString traceHtml = QStringLiteral("<ol>");
    QStringList tracePlain;
    for (const TraceStep &step : advice.trace) {
        const QString text = step.explanation.text(lang);
        if (step.routine || text.isEmpty())
            continue;
        traceHtml += QStringLiteral("<li>") + renderer.toInlineHtml(text) + QStringLiteral("</li>");
        tracePlain << renderer.toPlain(text);
    }
    traceHtml += QStringLiteral("</ol>");
    auto *trace = new GlossaryLabel(m_context, m_body);
    trace->setObjectName(QStringLiteral("traceText"));
    trace->setHtml(traceHtml);
    trace->setAccessibleName(tracePlain.join(QLatin1Char(' ')));
    trace->setVisible(m_traceOpen);
    m_bodyLayout->addWidget(trace);
    connect(traceToggle, &QToolButton::toggled, this, [this, traceToggle, trace](bool on) {
        m_traceOpen = on;
        trace->setVisible(on);
        traceToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    // The rule set and the verification code.
    auto *footer = PageStyle::textLabel(m_body, QStringLiteral("adviceFooter"));
    footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const RuleSetInfo &info = rules->info();
    footer->setText(tr("Rules: %1, version %2 (%3). Fingerprint %4. Verification code %5. %6")
                        .arg(rules->displayName(lang), info.version, RuleSetStatus::label(info.status), advice.rulesetSha256.left(12),
                             advice.code, renderer.plain(info.statusNote))
                    + QLatin1Char('\n') + ReviewStatement::text(*rules, lang));
    m_bodyLayout->addSpacing(PageStyle::spacing(this));
    m_bodyLayout->addWidget(footer);
    auto *disclaimer = PageStyle::textLabel(m_body, QStringLiteral("adviceDisclaimer"));
    disclaimer->setText(tr("This advice supports your professional judgement; it does not replace it. Record what you "
                           "decided and why."));
    m_bodyLayout->addWidget(disclaimer);
}

void AdvicePage::retranslateUi()
{
    m_reviewButton->setText(tr("&Your answers"));
    m_reviewButton->setAccessibleName(tr("Back to your answers"));
    m_saveButton->setText(tr("&Save…"));
    m_saveButton->setAccessibleName(tr("Save the advice"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setAccessibleName(tr("Export the advice as PDF, ODT or HTML"));
    m_previewButton->setText(tr("Print pre&view…"));
    m_previewButton->setAccessibleName(tr("Print preview"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setAccessibleName(tr("Print the advice"));
    m_newButton->setText(tr("&New advice"));
    m_newButton->setAccessibleName(tr("Start a new advice"));
    rebuild();
}

void AdvicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
