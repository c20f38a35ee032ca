// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QGraphicsView>

namespace deelwijzer {

/// The graphics view of the rule-tree overview. Zoom: Ctrl+wheel, +/-, Ctrl+0 fits the tree;
/// pan: drag, the scroll bars or the arrow keys. A click on a node emits nodeClicked().
class TreeView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TreeView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal factor);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    /// Scrolls so that the node `id` is in view (and selects it).
    void showNode(const QString &id);
    /// Scrolls so the node `id` (the start of the tree) sits at the top centre of the view, at
    /// the current zoom: the tree, not the legend above it, is what the view opens on.
    void showTopAt(const QString &id);

Q_SIGNALS:
    void nodeClicked(const QString &id);
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPoint m_pressPos;
};

} // namespace deelwijzer
