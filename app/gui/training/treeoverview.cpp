// SPDX-License-Identifier: EUPL-1.2
#include "treeoverview.h"

#include "markuprenderer.h"
#include "ruleset.h"
#include "ruletextcontext.h"
#include "treeexporter.h"
#include "treescene.h"
#include "treeview.h"
#include "verdictstyle.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace deelwijzer {

TreeOverview::TreeOverview(RuleTextContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_scene(new TreeScene(this))
    , m_view(new TreeView(this))
    , m_details(new QTextBrowser(this))
    , m_hint(new QLabel(this))
    , m_zoomIn(new QPushButton(this))
    , m_zoomOut(new QPushButton(this))
    , m_fit(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_png(new QPushButton(this))
{
    setObjectName(QStringLiteral("treeOverview"));
    m_view->setObjectName(QStringLiteral("treeView"));
    m_details->setObjectName(QStringLiteral("treeNodeDetails"));
    m_pdf->setObjectName(QStringLiteral("treeExportPdf"));
    m_png->setObjectName(QStringLiteral("treeExportPng"));
    m_view->setScene(m_scene);
    m_details->setOpenLinks(false);
    m_hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_zoomIn, m_zoomOut, m_fit})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_png);

    // The node's text needs a readable column (about 32 characters), the tree the rest.
    m_details->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("treeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);

    connect(m_zoomIn, &QPushButton::clicked, m_view, &TreeView::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, m_view, &TreeView::zoomOut);
    connect(m_fit, &QPushButton::clicked, m_view, &TreeView::fitAll);
    connect(m_pdf, &QPushButton::clicked, this, &TreeOverview::exportPdf);
    connect(m_png, &QPushButton::clicked, this, &TreeOverview::exportPng);
    connect(m_view, &TreeView::nodeClicked, this, &TreeOverview::showNode);
    connect(m_context, &RuleTextContext::changed, this, &TreeOverview::rebuild);
    retranslateUi();
    rebuild();
}

void TreeOverview::rebuild()
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    if (!m_scene->build(*rules, m_context->language())) {
        m_details->setPlainText(tr("The rule tree could not be drawn: %1").arg(m_scene->error()));
        return;
    }
    m_scene->setRoute(m_route);
    if (!m_shownNode.isEmpty())
        showNode(m_shownNode);
}

void TreeOverview::setRoute(const QStringList &traceNodes)
{
    m_route = traceNodes;
    m_scene->setRoute(traceNodes);
}

QString TreeOverview::detailsText() const
{
    return m_details->toPlainText();
}

void TreeOverview::showNode(const QString &id)
{
    const RuleSet *rules = m_context->rules();
    if (!rules)
        return;
    m_shownNode = id;
    const QString language = m_context->language();
    const MarkupRenderer markup(rules, language);
    QString html;
    const auto section = [&](const QString &title, const QString &body) {
        if (!body.isEmpty())
            html += QStringLiteral("<h3>%1</h3>%2").arg(title.toHtmlEscaped(), body);
    };
    // Where an answer or branch leads, in words rather than internal ids.
    const auto nodeName = [&](const QString &next) {
        if (const Question *nq = rules->question(next))
            return markup.inlineHtml(nq->text);
        if (const Outcome *no = rules->outcome(next))
            return markup.inlineHtml(no->title);
        return tr("a decision on earlier answers").toHtmlEscaped();
    };
    if (const Question *q = rules->question(id)) {
        html += QStringLiteral("<p><small>%1</small></p><h2>%2</h2>")
                    .arg(tr("Question").toHtmlEscaped(), markup.inlineHtml(q->text));
        section(tr("Why this is asked"), markup.html(q->why));
        section(tr("More help"), markup.html(q->help));
        QString answers;
        for (const Answer &a : q->answers)
            answers += QStringLiteral("<li>%1 → <i>%2</i></li>")
                           .arg(markup.inlineHtml(a.label), nodeName(q->nextFor(a.id)));
        section(tr("Answers"), QStringLiteral("<ul>%1</ul>").arg(answers));
    } else if (const Decision *d = rules->decision(id)) {
        html += QStringLiteral("<p><small>%1</small></p><h2>%2</h2>")
                    .arg(tr("Decision").toHtmlEscaped(), tr("Depends on earlier answers").toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("Branches on answers already given, in order; the first that holds is taken.").toHtmlEscaped());
        QString branches;
        for (size_t i = 0; i < d->branches.size(); ++i)
            branches += QStringLiteral("<li>%1 → <i>%2</i></li>")
                            .arg(d->branches[i].because.isEmpty() ? QString::number(i + 1)
                                                                  : markup.inlineHtml(d->branches[i].because),
                                 nodeName(d->branches[i].next));
        branches += QStringLiteral("<li>%1 → <i>%2</i></li>")
                        .arg(d->otherwiseBecause.isEmpty() ? tr("otherwise").toHtmlEscaped()
                                                           : markup.inlineHtml(d->otherwiseBecause),
                             nodeName(d->otherwise));
        section(tr("Branches"), QStringLiteral("<ol>%1</ol>").arg(branches));
    } else if (const Outcome *o = rules->outcome(id)) {
        html += QStringLiteral("<p><b>%1</b></p><h2>%2</h2>")
                    .arg(VerdictStyle::label(o->verdict, language).toHtmlEscaped(), markup.inlineHtml(o->title));
        section(tr("Why"), markup.html(o->explanation));
        QString grounds;
        for (const Citation &c : o->grounds)
            if (const LegalGround *g = rules->ground(c.id))
                grounds += QStringLiteral("<li><b>%1</b>: %2</li>")
                               .arg(rules->citation(*g, language).toHtmlEscaped(), markup.inlineHtml(g->title));
        if (!grounds.isEmpty())
            section(tr("Legal grounds"), QStringLiteral("<ul>%1</ul>").arg(grounds));
        section(tr("What the rules cannot decide"), markup.html(o->uncertain));
    }
    m_details->setHtml(html);
    m_view->showNode(id);
}

void TreeOverview::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rule tree as PDF poster"),
                                                      folder + QStringLiteral("/deelwijzer-rule-tree.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TreeExporter::writePdf(*m_scene, path, &error))
        QMessageBox::warning(this, tr("Export rule tree"), error);
}

void TreeOverview::exportPng()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export rule tree as PNG image"),
                                                      folder + QStringLiteral("/deelwijzer-rule-tree.png"),
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TreeExporter::writePng(*m_scene, path, 2.0, &error))
        QMessageBox::warning(this, tr("Export rule tree"), error);
}

void TreeOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TreeOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The scene starts with the legend in its top-left corner, where a view opens by default.
    // The first time the tab is shown it opens on the first question instead.
    if (!m_openedOnTree && m_shownNode.isEmpty() && m_context->rules()) {
        m_view->showTopAt(m_context->rules()->info().start);
        m_openedOnTree = true;
    }
}

void TreeOverview::retranslateUi()
{
    m_zoomIn->setText(tr("Zoom in"));
    m_zoomOut->setText(tr("Zoom out"));
    m_fit->setText(tr("Whole tree"));
    m_pdf->setText(tr("Export PDF poster…"));
    m_png->setText(tr("Export PNG…"));
    m_hint->setText(tr("Drag to pan, Ctrl+wheel or +/− to zoom; click a node to read its text."));
    if (!m_shownNode.isEmpty())
        showNode(m_shownNode);
    else
        m_details->setPlainText(tr("Click a question, decision or outcome to read its text here."));
}

} // namespace deelwijzer
