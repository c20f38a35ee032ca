// SPDX-License-Identifier: EUPL-1.2
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace deelwijzer {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&"));
}

} // namespace

namespace {
/// Measures a cell at its column's width, so a long description wraps onto more lines (Qt's
/// own delegate measures a tree's cells as one endless line and then cuts them with "…").
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, m_view->header()->sectionSize(index.column()), 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

private:
    QTreeView *m_view;
};
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    // Long descriptions wrap instead of ending in "…": the rows' heights are measured again
    // whenever the column's width changes (the view measures them once otherwise).
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, &QTreeView::doItemsLayout);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 95, fontMetrics().height() * 34);
    fill();
}

QTreeWidgetItem *ShortcutsDialog::addSection(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_list, {title});
    QFont bold = font();
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    return item;
}

void ShortcutsDialog::addKey(QTreeWidgetItem *section, const QString &keys, const QString &what)
{
    auto *item = new QTreeWidgetItem(section, {keys, what});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(0, Qt::AccessibleTextRole, keys);
    item->setData(1, Qt::AccessibleTextRole, what);
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->clear();

    // Every menu command with a key, menu by menu, as the menus show them.
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        for (QAction *menuAction : main->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QTreeWidgetItem *section = nullptr;
            QList<QMenu *> menus{menu};
            while (!menus.isEmpty()) {
                for (QAction *action : menus.takeFirst()->actions()) {
                    if (action->menu())
                        menus << action->menu();
                    if (action->shortcuts().isEmpty())
                        continue;
                    if (!section)
                        section = addSection(tr("Menu %1").arg(plainText(menuAction)));
                    addKey(section, keysOf(action), plainText(action));
                }
            }
        }
        QTreeWidgetItem *menus = addSection(tr("Menus"));
        addKey(menus, tr("Alt + underlined letter"), tr("Open a menu, or press the button whose letter is underlined"));
        addKey(menus, QStringLiteral("F10"), tr("Go to the menu bar"));
    }

    QTreeWidgetItem *everywhere = addSection(tr("Everywhere"));
    addKey(everywhere, tr("Tab, Shift+Tab"), tr("Next or previous control; every control shows a focus frame"));
    addKey(everywhere, tr("Space"), tr("Press the button, tick the box or choose the answer with the focus"));
    addKey(everywhere, tr("Enter"), tr("Press the button with the focus, or open the link with the focus"));
    addKey(everywhere, tr("Esc"), tr("Close a dialog or viewer"));

    QTreeWidgetItem *question = addSection(tr("On a question"));
    addKey(question, tr("Up, Down"), tr("Previous or next answer (once an answer is chosen, they choose as well)"));
    addKey(question, tr("First letters of an answer"), tr("Go to that answer; the same letter again goes to the next one"));
    addKey(question, tr("Home, End"), tr("First or last answer"));
    addKey(question, tr("1 – 9"), tr("Choose the first to ninth answer"));
    addKey(question, tr("Space"), tr("Choose the answer with the focus (tick or untick on a question with several answers)"));
    addKey(question, tr("Enter"), tr("Go on to the next question once an answer is chosen; never chooses one"));

    QTreeWidgetItem *advice = addSection(tr("On the advice and the review"));
    addKey(advice, tr("Up, Down, Page Up, Page Down"), tr("Scroll the advice"));
    addKey(advice, tr("Enter"), tr("On the review: show the advice"));

    QTreeWidgetItem *training = addSection(tr("Training window"));
    addKey(training, QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText), tr("Open a case file"));
    addKey(training, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q).toString(QKeySequence::NativeText),
           tr("Start the quiz on the chosen case"));
    addKey(training, QStringLiteral("F5"), tr("Presenter view of the chosen case"));
    addKey(training, QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText), tr("Export the handout as PDF"));
    addKey(training, QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText), tr("Print the handout"));
    addKey(training, tr("Alt+1, Alt+2, Alt+3"), tr("Cases, quiz or rule tree"));
    addKey(training, tr("+, −, Ctrl+0"), tr("Rule tree: zoom in, zoom out, fit"));
    addKey(training, QKeySequence(QKeySequence::Close).toString(QKeySequence::NativeText), tr("Close the training window"));

    QTreeWidgetItem *presenter = addSection(tr("Presenter view"));
    addKey(presenter, tr("Space, Enter, Right, Down, Page Down"), tr("Show the next step"));
    addKey(presenter, tr("Backspace, Left, Up, Page Up"), tr("Hide the last step"));
    addKey(presenter, tr("Home, End"), tr("No steps, all steps"));
    addKey(presenter, QStringLiteral("F11"), tr("Full screen on or off"));
    addKey(presenter, tr("Esc"), tr("Close the presenter view"));

    m_list->expandAll();
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    fill(); // the menus may have changed (language, recent files)
    QDialog::showEvent(event);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

} // namespace deelwijzer
