// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// File → Export review book…: in the menu, in the window's language, and writing the book.
class TestReviewBookAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inTheFileMenuInTheWindowsLanguage();
    void writesTheBookOfTheRulesInUse();
    void marksTheChangesSinceAnEarlierFolder();
    void dialogRemembersTheEarlierFolder();
};
