// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace deelwijzer {

class RuleTextContext;
class TreeScene;
class TreeView;

/// The whole rule tree on one page: the graph (TreeView on a TreeScene laid out by Graphviz),
/// zoom buttons, the text of the clicked node beside it, and export as PDF poster or PNG.
class TreeOverview : public QWidget
{
    Q_OBJECT

public:
    explicit TreeOverview(RuleTextContext *context, QWidget *parent = nullptr);

    /// Highlights an advice's route (TraceStep::node ids in order); empty clears it.
    void setRoute(const QStringList &traceNodes);
    TreeScene *scene() const { return m_scene; }
    TreeView *view() const { return m_view; }
    /// The node whose text is shown (empty: none).
    const QString &shownNode() const { return m_shownNode; }
    QString detailsText() const;

public Q_SLOTS:
    void rebuild();
    void showNode(const QString &id);
    void exportPdf();
    void exportPng();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    RuleTextContext *m_context;
    TreeScene *m_scene;
    TreeView *m_view;
    QTextBrowser *m_details;
    QLabel *m_hint;
    QPushButton *m_zoomIn;
    QPushButton *m_zoomOut;
    QPushButton *m_fit;
    QPushButton *m_pdf;
    QPushButton *m_png;
    QString m_shownNode;
    bool m_openedOnTree = false; ///< the first showing scrolled to the start of the tree
    QStringList m_route;
};

} // namespace deelwijzer
