// SPDX-License-Identifier: EUPL-1.2
#include "reviewpage.h"

#include "focusring.h"
#include "markuprenderer.h"
#include "pagestyle.h"
#include "referencefield.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "verdictstyle.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace deelwijzer {

ReviewPage::ReviewPage(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    new FocusRing(this); // texts and the scrolling page show where the focus is
    setObjectName(QStringLiteral("reviewPage"));
    auto *content = new PageContent;
    m_title = PageStyle::headingLabel(content, QStringLiteral("reviewTitle"));
    m_intro = PageStyle::textLabel(content, QStringLiteral("reviewIntro"));
    m_table = new QWidget(content);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_grid = new QGridLayout(m_table);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_reference = new ReferenceField(content);

    auto *column = new QVBoxLayout(content);
    column->setSpacing(PageStyle::spacing(this));
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addWidget(m_table);
    column->addSpacing(PageStyle::spacing(this));
    column->addWidget(m_reference);
    column->addStretch(1);

    QScrollArea *scroll = PageStyle::scrollArea(this, content, QStringLiteral("reviewScroll"));

    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("reviewBackButton"));
    m_back->setAutoDefault(true);
    m_showAdvice = new QPushButton(this);
    m_showAdvice->setObjectName(QStringLiteral("showAdviceButton"));
    m_showAdvice->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_showAdvice);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ReviewPage::backRequested);
    connect(m_showAdvice, &QPushButton::clicked, this, &ReviewPage::adviceRequested);
    connect(m_context, &RuleTextContext::changed, this, &ReviewPage::rebuild);
    retranslateUi();
}

void ReviewPage::setRoute(const std::vector<RouteStep> &route)
{
    m_route = route;
    rebuild();
}

void ReviewPage::rebuild()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_changeButtons.clear();
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    const MarkupRenderer renderer(rules, m_context->language());
    QWidget *previous = nullptr;
    int row = 0;
    for (const RouteStep &step : m_route) {
        const Question *q = rules->question(step.question);
        if (!q)
            continue;
        QStringList labels;
        bool unsure = false;
        for (const QString &id : step.answer) {
            const Answer *a = q->answer(id);
            labels << (a ? renderer.plain(a->label) : id);
            unsure = unsure || (a && a->unsure);
        }
        auto *number = new QLabel(QString::number(row + 1) + QLatin1Char('.'), m_table);
        auto *question = PageStyle::textLabel(m_table);
        question->setText(renderer.plain(q->text));
        auto *answer = PageStyle::textLabel(m_table);
        answer->setFont(PageStyle::boldFont());
        QString answerText = labels.join(QStringLiteral(", "));
        // The "not sure" answer says so itself ("Weet ik niet"): the sign marks it, once.
        if (unsure)
            answerText = QStringLiteral("⚠ ") + answerText;
        answer->setText(answerText);
        auto *change = new QPushButton(tr("Change"), m_table);
        change->setObjectName(QStringLiteral("change_") + step.question);
        change->setAutoDefault(true);
        change->setAccessibleName(tr("Change the answer to: %1").arg(question->text()));
        const QString id = step.question;
        connect(change, &QPushButton::clicked, this, [this, id] { Q_EMIT changeRequested(id); });

        auto *line = new QFrame(m_table);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);

        // Three grid rows per answer: question, answer, separator line.
        m_grid->addWidget(number, 3 * row, 0, 2, 1, Qt::AlignTop);
        m_grid->addWidget(question, 3 * row, 1);
        m_grid->addWidget(change, 3 * row, 2, 2, 1, Qt::AlignTop);
        m_grid->addWidget(answer, 3 * row + 1, 1);
        m_grid->addWidget(line, 3 * row + 2, 0, 1, 3);
        m_rowWidgets << number << question << answer << change << line;
        m_changeButtons << change;
        if (previous)
            setTabOrder(previous, change);
        previous = change;
        ++row;
    }
    if (previous) {
        setTabOrder(previous, m_reference->lineEdit());
        setTabOrder(m_reference->lineEdit(), m_showAdvice);
        setTabOrder(m_showAdvice, m_back);
    }
}

void ReviewPage::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & ~Qt::KeypadModifier)) {
        Q_EMIT adviceRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReviewPage::retranslateUi()
{
    m_title->setText(PageStyle::heading(tr("Check your answers").toHtmlEscaped(), 1));
    m_intro->setText(tr("These answers lead to the advice. Change any of them if needed; answers that still apply "
                        "are kept."));
    m_table->setAccessibleName(tr("Your answers"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back to the last question"));
    m_showAdvice->setText(tr("Show the &advice"));
    m_showAdvice->setAccessibleName(tr("Show the advice"));
    rebuild();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
