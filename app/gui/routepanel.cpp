// SPDX-License-Identifier: EUPL-1.2
#include "routepanel.h"

#include "pagestyle.h"
#include "routedelegate.h"
#include "routemodel.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QVBoxLayout>

namespace deelwijzer {

RoutePanel::RoutePanel(RouteModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("routePanel"));
    m_title = PageStyle::headingLabel(this, QStringLiteral("routeTitle"));
    m_help = PageStyle::textLabel(this, QStringLiteral("routeHelp"));
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("routeView"));
    m_view->setModel(model);
    m_delegate = new RouteDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(2);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_help);
    layout->addWidget(m_view, 1);

    m_view->installEventFilter(this);
    connect(m_view, &QListView::clicked, this, &RoutePanel::activate);
    connect(m_view, &QListView::activated, this, &RoutePanel::activate);
    connect(m_model, &RouteModel::routeChanged, this, &RoutePanel::syncCurrent);
    connect(m_model, &RouteModel::routeChanged, this, &RoutePanel::fitWidestWord);
    retranslateUi();
}

void RoutePanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString question = index.data(RouteModel::QuestionIdRole).toString();
    if (question.isEmpty())
        Q_EMIT adviceActivated();
    else
        Q_EMIT questionActivated(question);
}

void RoutePanel::syncCurrent()
{
    const int row = m_model->currentRow();
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        // Qt 6.4 reports a new current item to screen readers as focus even when the list does
        // not have it: on every page change Orca believed it was in the list. Away from the
        // list only the selection follows; the current item follows when the list gets focus.
        if (m_view->hasFocus())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        else
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    }
}

bool RoutePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn) {
        const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
        if (!selected.isEmpty() && m_view->currentIndex() != selected.first())
            m_view->selectionModel()->setCurrentIndex(selected.first(), QItemSelectionModel::NoUpdate);
    }
    return QWidget::eventFilter(watched, event);
}

void RoutePanel::fitWidestWord()
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    const int chrome = 2 * m_view->frameWidth() + 2 * m_view->spacing()
                       + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    m_view->setMinimumWidth(m_delegate->minimumWidth(option) + chrome);
}

void RoutePanel::retranslateUi()
{
    m_title->setText(PageStyle::heading(tr("Your route").toHtmlEscaped(), 2));
    m_help->setText(tr("Click an answer to change it."));
    m_view->setAccessibleName(tr("Your answers so far"));
    m_view->setAccessibleDescription(tr("Activate an answer to go back and change it."));
}

void RoutePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange)
        fitWidestWord();
    QWidget::changeEvent(event);
}

} // namespace deelwijzer
