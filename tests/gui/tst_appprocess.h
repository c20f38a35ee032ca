// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// The `deelwijzer` executable started as a user starts it (a process of its own, offscreen),
/// and the files it leaves behind.
class TestAppProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crashRecoveryIsOfferedAtStartUp();
    void userFilesAreForTheUserAlone();
    void windowFitsTheScreen();
};
