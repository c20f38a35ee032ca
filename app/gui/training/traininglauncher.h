// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>

#include "trainingwindow.h"

class QAction;
class QMenu;
class QPushButton;

namespace deelwijzer {

class MainWindow;

/// Makes training mode reachable from the main window: a "Training" entry on the start page
/// and a Training menu (Ctrl+T). Lives in the training library because that library depends on
/// the main window's, not the other way round; the executable installs it.
class TrainingLauncher : public QObject
{
    Q_OBJECT

public:
    /// Adds the entries to `window`; the launcher is a child of `window`.
    static TrainingLauncher *install(MainWindow *window);

    /// Opens (or raises) the training window.
    void openTraining();
    TrainingWindow *trainingWindow() const { return m_training; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TrainingLauncher(MainWindow *window);
    void retranslate();

    MainWindow *m_window;
    QPushButton *m_startEntry;
    QMenu *m_menu;
    QAction *m_openAction;
    QPointer<TrainingWindow> m_training;
};

} // namespace deelwijzer
