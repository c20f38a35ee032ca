// SPDX-License-Identifier: EUPL-1.2
#include "advicepage.h"

#include "adviceview.h"
#include "flowlayout.h"
#include "focusring.h"
#include "glossarylabel.h"
#include "markuprenderer.h"
#include "optionbuttons.h"
#include "pagestyle.h"
#include "referencefield.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "verdictbanner.h"
#include "verdictstyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>


namespace deelwijzer {

AdvicePage::AdvicePage(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    new FocusRing(this); // texts and the scrolling page show where the focus is
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
    // The buttons wrap to a second row when they do not fit (a narrow window, 200% display
    // scaling, the longer Dutch labels).
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_reviewButton);
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
    label->setProperty("adviceSection", true); // a heading of the AdviceView (tests/faces)
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
    const AdviceView view(*rules, *m_advice, lang);

    auto addMarkup = [&](const QString &markup, const QString &objectName) {
        auto *label = new GlossaryLabel(m_context, m_body);
        label->setObjectName(objectName);
        label->setMarkup(markup);
        m_bodyLayout->addWidget(label);
        return label;
    };
    auto addPlain = [&](const QString &text, const QString &objectName) {
        auto *label = PageStyle::textLabel(m_body, objectName);
        label->setText(text);
        m_bodyLayout->addWidget(label);
        return label;
    };
    // A numbered list of rule texts.
    auto addList = [&](const AdviceSection &section, const QString &objectName) {
        QString html = QStringLiteral("<ol>");
        QStringList plain;
        for (const AdviceItem &item : section.items) {
            html += QStringLiteral("<li>") + renderer.toInlineHtml(item.text) + QStringLiteral("</li>");
            plain << renderer.toPlain(item.text);
        }
        html += QStringLiteral("</ol>");
        auto *list = new GlossaryLabel(m_context, m_body);
        list->setObjectName(objectName);
        list->setHtml(html);
        list->setAccessibleName(plain.join(QLatin1Char(' ')));
        m_bodyLayout->addWidget(list);
        return list;
    };

    using Kind = AdviceSection::Kind;
    for (const AdviceSection &section : view.sections()) {
        switch (section.kind) {
        case Kind::Verdict:
            m_banner->setVerdict(view.verdict(), view.verdictLabel(), renderer.toPlain(view.verdictNote()));
            m_title->setHtml(PageStyle::heading(renderer.toInlineHtml(view.title()), 2));
            m_title->setAccessibleName(renderer.toPlain(view.title()));
            addPlain(view.verdictMeaning(), QStringLiteral("verdictMeaning"));
            break;
        case Kind::Explanation:
            sectionHeading(QStringLiteral("explanationTitle"), section.heading);
            addMarkup(section.items.front().text, QStringLiteral("outcomeExplanation"));
            break;
        case Kind::Uncertain:
            sectionHeading(QStringLiteral("uncertainTitle"), section.heading);
            addMarkup(section.items.front().text, QStringLiteral("uncertainText"));
            break;
        case Kind::Unsure:
            sectionHeading(QStringLiteral("unsureAnswersTitle"), section.heading);
            addPlain(section.intro, QStringLiteral("unsureAnswersIntro"));
            for (const AdviceItem &item : section.items) {
                const QString qid = item.id;
                auto *row = new QWidget(m_body);
                auto *layout = new QHBoxLayout(row);
                layout->setContentsMargins(0, 0, 0, 0);
                auto *icon = new QLabel(row);
                icon->setPixmap(VerdictStyle::warningPixmap(fontMetrics().height(), devicePixelRatioF()));
                icon->setAccessibleName(tr("Not sure"));
                auto *text = PageStyle::textLabel(row);
                text->setText(renderer.toPlain(item.text));
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
            addPlain(section.closing, QStringLiteral("unsureAnswersClosing"));
            break;
        case Kind::Situation: {
            sectionHeading(QStringLiteral("situationTitle"), section.heading);
            QString html = QStringLiteral("<ol>");
            QStringList plain;
            for (const AdviceItem &item : section.items) {
                html += QStringLiteral("<li>%1 <b>%2</b></li>")
                            .arg(renderer.toInlineHtml(item.text), renderer.toPlain(item.label).toHtmlEscaped());
                plain << renderer.toPlain(item.text) + QLatin1Char(' ') + renderer.toPlain(item.label);
            }
            html += QStringLiteral("</ol>");
            auto *answers = new GlossaryLabel(m_context, m_body);
            answers->setObjectName(QStringLiteral("situation"));
            answers->setHtml(html);
            answers->setAccessibleName(plain.join(QStringLiteral(". ")));
            m_bodyLayout->addWidget(answers);
            break;
        }
        case Kind::Grounds:
            sectionHeading(QStringLiteral("groundsTitle"), section.heading);
            if (section.items.empty())
                addPlain(section.empty, QStringLiteral("noGrounds"));
            for (const AdviceItem &item : section.items) {
                const LegalGround *g = rules->ground(item.id);
                if (!g)
                    continue;
                if (!item.group.isEmpty()) {
                    QLabel *group = addPlain(item.group, item.restsOn ? QStringLiteral("groundsRestOnTitle")
                                                                      : QStringLiteral("groundsRespectTitle"));
                    group->setFont(PageStyle::boldFont());
                }
                addGround(item, view, renderer);
            }
            break;
        case Kind::Conditions:
            // The ticks are saved with the advice and printed.
            sectionHeading(QStringLiteral("conditionsTitle"), section.heading);
            addPlain(section.intro, QStringLiteral("conditionsIntro"));
            for (const AdviceItem &item : section.items) {
                const QString id = item.id;
                auto *box = new OptionCheckBox(m_body);
                box->setObjectName(QStringLiteral("condition_") + id);
                box->setContent(renderer.toPlain(item.text), renderer.toPlain(item.detail));
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
            break;
        case Kind::NextSteps:
            sectionHeading(QStringLiteral("nextStepsTitle"), section.heading);
            addList(section, QStringLiteral("nextSteps"));
            break;
        case Kind::Why: {
            // The engine's trace, folded by default; its heading is the toggle.
            auto *toggle = new QToolButton(m_body);
            toggle->setObjectName(QStringLiteral("traceToggle"));
            toggle->setCheckable(true);
            toggle->setChecked(m_traceOpen);
            toggle->setAutoRaise(true);
            toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            toggle->setArrowType(m_traceOpen ? Qt::DownArrow : Qt::RightArrow);
            toggle->setText(tr("%1 (%n step(s))", nullptr, int(section.items.size())).arg(section.heading));
            toggle->setAccessibleName(section.heading);
            toggle->setProperty("adviceSection", true);
            toggle->setFont(PageStyle::boldFont());
            m_bodyLayout->addSpacing(PageStyle::spacing(this) / 2);
            m_bodyLayout->addWidget(toggle, 0, Qt::AlignLeft);
            GlossaryLabel *trace = addList(section, QStringLiteral("traceText"));
            trace->setVisible(m_traceOpen);
            connect(toggle, &QToolButton::toggled, this, [this, toggle, trace](bool on) {
                m_traceOpen = on;
                trace->setVisible(on);
                toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            });
            break;
        }
        case Kind::Sources: {
            sectionHeading(QStringLiteral("sourcesTitle"), section.heading);
            QString html = QStringLiteral("<ul>");
            for (const AdviceItem &item : section.items) {
                html += QStringLiteral("<li>") + item.text.toHtmlEscaped();
                if (!item.detail.isEmpty())
                    html += QStringLiteral("<br><small><a href=\"%1\">%1</a></small>").arg(item.detail.toHtmlEscaped());
                html += QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
            auto *sources = PageStyle::textLabel(m_body, QStringLiteral("sources"));
            sources->setTextFormat(Qt::RichText);
            sources->setText(html);
            sources->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            sources->setOpenExternalLinks(true);
            m_bodyLayout->addWidget(sources);
            break;
        }
        case Kind::About: {
            // The rule set and the verification code.
            sectionHeading(QStringLiteral("aboutTitle"), section.heading);
            QStringList rows;
            for (const AdviceItem &item : section.items)
                rows << QStringLiteral("%1: %2").arg(item.label, renderer.toPlain(item.text));
            QLabel *footer = addPlain(rows.join(QLatin1Char('\n')), QStringLiteral("adviceFooter"));
            footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
            addPlain(view.disclaimer(), QStringLiteral("adviceDisclaimer"));
            break;
        }
        }
    }
}

void AdvicePage::addGround(const AdviceItem &item, const AdviceView &view, const MarkupRenderer &renderer)
{
    const QString id = item.id;
    auto *box = new QFrame(m_body);
    box->setObjectName(QStringLiteral("ground_") + id);
    box->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(box);
    auto *cite = new QPushButton(item.label, box);
    cite->setObjectName(QStringLiteral("groundButton_") + id);
    cite->setAutoDefault(true);
    cite->setToolTip(tr("Show the legal ground: text, meaning and official source"));
    cite->setAccessibleName(tr("Legal ground %1: show details").arg(item.label));
    connect(cite, &QPushButton::clicked, this, [this, id] { m_context->requestGround(id); });
    auto *title = PageStyle::textLabel(box);
    const QString text = renderer.toPlain(item.text);
    title->setText(item.role.isEmpty() ? text : tr("%1 — %2").arg(item.role, text));
    title->setFont(PageStyle::boldFont());
    auto *meaning = new GlossaryLabel(m_context, box);
    meaning->setMarkup(item.detail);
    grid->addWidget(cite, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(title, 0, 1);
    grid->addWidget(meaning, 1, 0, 1, 2);
    int row = 2;
    if (!item.words.isEmpty()) {
        auto *words = PageStyle::textLabel(box, QStringLiteral("groundWords_") + id);
        words->setTextFormat(Qt::RichText);
        words->setText(QStringLiteral("<small>%1</small><br><i>“%2”</i>").arg(item.wordsCaption.toHtmlEscaped(), item.words.toHtmlEscaped()));
        words->setAccessibleName(QStringLiteral("%1 “%2”").arg(item.wordsCaption, item.words));
        grid->addWidget(words, row++, 0, 1, 2);
    }
    if (!item.url.isEmpty()) {
        auto *link = PageStyle::textLabel(box, QStringLiteral("groundLink_") + id);
        link->setTextFormat(Qt::RichText);
        link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(item.url.toHtmlEscaped(), tr("Official text")));
        link->setToolTip(item.url);
        link->setAccessibleName(tr("Official text of %1, opens in your web browser").arg(item.label));
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setOpenExternalLinks(true);
        grid->addWidget(link, row++, 0, 1, 2);
    }
    if (item.unsure) {
        auto *warn = PageStyle::textLabel(box, QStringLiteral("groundUnsure_") + id);
        warn->setText(QStringLiteral("⚠ ") + view.groundUnsureWarning());
        grid->addWidget(warn, row++, 0, 1, 2);
    }
    grid->setColumnStretch(1, 1);
    m_bodyLayout->addWidget(box);
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
