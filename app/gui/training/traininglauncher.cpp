// SPDX-License-Identifier: EUPL-1.2
#include "traininglauncher.h"

#include "mainwindow.h"
#include "startpage.h"
#include "trainingwindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

namespace deelwijzer {

TrainingLauncher *TrainingLauncher::install(MainWindow *window)
{
    return new TrainingLauncher(window);
}

TrainingLauncher::TrainingLauncher(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_startEntry(new QPushButton(window))
    , m_menu(new QMenu(window))
    , m_openAction(new QAction(window))
{
    m_startEntry->setObjectName(QStringLiteral("trainingEntry"));
    connect(m_startEntry, &QPushButton::clicked, this, &TrainingLauncher::openTraining);
    window->startPage()->addEntry(m_startEntry);

    m_menu->setObjectName(QStringLiteral("trainingMenu"));
    m_openAction->setObjectName(QStringLiteral("openTrainingAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_openAction, &QAction::triggered, this, &TrainingLauncher::openTraining);
    m_menu->addAction(m_openAction);
    // Before Help, which stays last as on every desktop.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);

    window->installEventFilter(this);
    retranslate();
}

void TrainingLauncher::openTraining()
{
    if (!m_training) {
        m_training = new TrainingWindow(m_window->textContext(), m_window);
        m_training->setWindowFlag(Qt::Window);
        m_training->setAttribute(Qt::WA_DeleteOnClose);
        m_training->resize(m_window->size());
    }
    m_training->show();
    m_training->raise();
    m_training->activateWindow();
}

bool TrainingLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrainingLauncher::retranslate()
{
    m_startEntry->setText(tr("Training: cases, quiz and the rule tree"));
    m_startEntry->setToolTip(tr("Practise with worked cases, run a quiz for a group, present on a projector, "
                                "or see the whole decision tree."));
    m_startEntry->setAccessibleName(tr("Open training mode"));
    m_menu->setTitle(tr("&Training"));
    m_openAction->setText(tr("Open &training mode…"));
}

} // namespace deelwijzer
