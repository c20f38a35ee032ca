// SPDX-License-Identifier: EUPL-1.2
#include "presenterview.h"

#include "markuprenderer.h"
#include "quizreport.h"
#include "ruleset.h"
#include "trainingcase.h"
#include "verdictstyle.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace deelwijzer {

namespace {
const QString Yellow = QStringLiteral("#ffeb3b");
} // namespace

PresenterView::PresenterView(const RuleSet &rules, const TrainingCase &trainingCase, const QString &language,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_rules(rules)
    , m_case(trainingCase)
    , m_language(language)
    , m_scroll(new QScrollArea(this))
    , m_text(new QLabel)
    , m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, Qt::black);
    palette.setColor(QPalette::Text, Qt::white);
    setPalette(palette);
    setAutoFillBackground(true);

    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * ScalePercent / 100.0 * 1.2);
    m_text->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setContentsMargins(48, 32, 48, 32);
    m_text->setPalette(palette);
    m_scroll->setWidget(m_text);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setPalette(palette);
    m_scroll->viewport()->setAutoFillBackground(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 1.3);
    m_keys->setFont(small);
    m_keys->setPalette(palette);
    m_keys->setContentsMargins(48, 8, 48, 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_keys);
    render();
}

int PresenterView::stepCount() const
{
    return m_case.modelAdvice ? int(m_case.modelAdvice->route.size()) + 1 : 0;
}

void PresenterView::setRevealed(int steps)
{
    m_revealed = qBound(0, steps, stepCount());
    render();
}

QString PresenterView::visibleText() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

void PresenterView::render()
{
    const MarkupRenderer markup(&m_rules, m_language);
    const QuizReport words(m_rules, m_language);
    QString html = QStringLiteral("<h1 style='color:%1'>%2</h1>")
                       .arg(Yellow, m_case.file.title.text(m_language).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(m_case.file.narrative.text(m_language).toHtmlEscaped());
    if (m_case.modelAdvice) {
        const auto &route = m_case.modelAdvice->route;
        if (m_revealed > 0)
            html += QStringLiteral("<h2 style='color:%1'>%2</h2>").arg(Yellow, tr("The model answer").toHtmlEscaped());
        for (int i = 0; i < m_revealed && i < int(route.size()); ++i) {
            const RouteStep &step = route[size_t(i)];
            html += QStringLiteral("<p>%1. %2<br/><b style='color:%3'>→ %4</b></p>")
                        .arg(i + 1)
                        .arg(words.questionText(step.question).toHtmlEscaped(), Yellow,
                             words.answerText(step.question, step.answer).toHtmlEscaped());
        }
        if (m_revealed == stepCount()) {
            const Advice &advice = *m_case.modelAdvice;
            html += QStringLiteral("<h1 style='color:%1'>%2</h1>")
                        .arg(Yellow, VerdictStyle::label(advice.verdict, m_language).toHtmlEscaped());
            if (const Outcome *o = m_rules.outcome(advice.outcome))
                html += QStringLiteral("<p><b>%1</b></p>").arg(markup.plain(o->title).toHtmlEscaped());
            QStringList grounds;
            for (const QString &id : advice.grounds)
                if (const LegalGround *g = m_rules.ground(id))
                    grounds.append(m_rules.citation(*g, m_language));
            if (!grounds.isEmpty())
                html += QStringLiteral("<p>%1 %2</p>")
                            .arg(tr("Legal grounds:").toHtmlEscaped(), grounds.join(QStringLiteral("; ")).toHtmlEscaped());
        }
    }
    m_text->setText(html);
    m_keys->setText(tr("Step %1 of %2 · Space or → reveal the next answer · ← hide it · Home/End · F11 full screen · Esc close")
                        .arg(m_revealed)
                        .arg(stepCount()));
    // Keep the newest revealed step in view once the label has its new height.
    QTimer::singleShot(0, this, [this] { m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum()); });
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Down:
        setRevealed(m_revealed + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        setRevealed(m_revealed - 1);
        break;
    case Qt::Key_Home:
        setRevealed(0);
        break;
    case Qt::Key_End:
        setRevealed(stepCount());
        break;
    case Qt::Key_F11:
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
