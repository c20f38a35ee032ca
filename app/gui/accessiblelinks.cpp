// SPDX-License-Identifier: EUPL-1.2
#include "accessiblelinks.h"

#include "glossarylabel.h"

#include <QAccessibleWidget>
#include <QPointer>
#include <QTextDocumentFragment>

namespace deelwijzer {

namespace {

/// One link of a label: a child interface without a QObject of its own.
class LinkInterface : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    LinkInterface(GlossaryLabel *label, int index)
        : m_label(label)
        , m_index(index)
    {
    }

    bool isValid() const override { return m_label && m_index < m_label->links().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_label ? m_label->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_label.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::Link; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const GlossaryLabel::Link link = m_label->links().at(m_index);
        switch (t) {
        case QAccessible::Name:
            return link.text;
        case QAccessible::Description:
            return m_label->linkDescription(link.href);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_label->links().at(m_index).rect;
        return QRect(m_label->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.linked = true;
        if (!isValid() || !m_label->isVisible())
            s.invisible = true;
        else
            s.focused = m_label->hasFocus() && m_label->focusedLink() == m_index;
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && isValid())
            m_label->activateLink(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<GlossaryLabel> m_label;
    int m_index;
};

/// The label: its whole text as its name, its links as children.
class GlossaryLabelInterface : public QAccessibleWidget
{
public:
    explicit GlossaryLabelInterface(GlossaryLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    {
    }

    ~GlossaryLabelInterface() override
    {
        for (QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    QString text(QAccessible::Text t) const override
    {
        QString value = QAccessibleWidget::text(t);
        // As QLabel's own interface: without a name of its own, the label is named by its words.
        if (t == QAccessible::Name && value.isEmpty())
            value = QTextDocumentFragment::fromHtml(label()->text()).toPlainText().simplified();
        return value;
    }

    int childCount() const override { return int(label()->links().size()); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        // One interface per link, kept while the label lives (their ids must stay stable for
        // the screen reader); a label with more links than before gets more.
        while (m_children.size() <= index)
            m_children.append(QAccessible::registerAccessibleInterface(
                new LinkInterface(label(), int(m_children.size()))));
        return QAccessible::accessibleInterface(m_children.at(index));
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int i = 0; i < m_children.size(); ++i) {
            if (QAccessible::accessibleInterface(m_children.at(i)) == child)
                return i < childCount() ? i : -1;
        }
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = label()->mapFromGlobal(QPoint(x, y));
        const QList<GlossaryLabel::Link> links = label()->links();
        for (int i = 0; i < links.size(); ++i) {
            if (links.at(i).rect.contains(local))
                return child(i);
        }
        return nullptr;
    }

    QAccessibleInterface *focusChild() const override
    {
        const int index = label()->hasFocus() ? label()->focusedLink() : -1;
        return index >= 0 ? child(index) : nullptr;
    }

private:
    GlossaryLabel *label() const { return static_cast<GlossaryLabel *>(widget()); }

    mutable QList<QAccessible::Id> m_children;
};

QAccessibleInterface *linkFactory(const QString &, QObject *object)
{
    if (auto *label = qobject_cast<GlossaryLabel *>(object))
        return new GlossaryLabelInterface(label);
    return nullptr;
}

} // namespace

void AccessibleLinks::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(linkFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void AccessibleLinks::notifyFocus(GlossaryLabel *label, int index)
{
    if (index < 0)
        return;
    QAccessibleEvent event(label, QAccessible::Focus);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

} // namespace deelwijzer
