// SPDX-License-Identifier: EUPL-1.2
#include "treeview.h"

#include "rulenodeitem.h"
#include "treescene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace deelwijzer {

TreeView::TreeView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Qt::white);
}

void TreeView::setZoom(qreal factor)
{
    factor = qBound(0.05, factor, 4.0);
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void TreeView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void TreeView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void TreeView::fitAll()
{
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    Q_EMIT zoomChanged(zoom());
}

void TreeView::showNode(const QString &id)
{
    auto *tree = qobject_cast<TreeScene *>(scene());
    RuleNodeItem *item = tree ? tree->nodeItem(id) : nullptr;
    if (!item)
        return;
    if (zoom() < 0.6)
        setZoom(0.8);
    tree->clearSelection();
    item->setSelected(true);
    centerOn(item);
}

void TreeView::showTopAt(const QString &id)
{
    auto *tree = qobject_cast<TreeScene *>(scene());
    RuleNodeItem *item = tree ? tree->nodeItem(id) : nullptr;
    if (!item)
        return;
    const QRectF node = item->sceneBoundingRect();
    // Half a viewport below the node's top (less a margin) is the centre that puts the node on top.
    const qreal halfHeight = mapToScene(viewport()->rect()).boundingRect().height() / 2;
    const qreal margin = node.height() / 2;
    centerOn(QPointF(node.center().x(), node.top() - margin + halfHeight));
}

void TreeView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TreeView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        zoomIn();
    } else if (event->key() == Qt::Key_Minus) {
        zoomOut();
    } else if (event->key() == Qt::Key_0 && (event->modifiers() & Qt::ControlModifier)) {
        fitAll();
    } else {
        QGraphicsView::keyPressEvent(event);
    }
}

void TreeView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TreeView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a drag: tell which node was clicked.
    if ((event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *node = dynamic_cast<RuleNodeItem *>(item)) {
            Q_EMIT nodeClicked(node->id());
            return;
        }
    }
}

} // namespace deelwijzer
