// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// The app at a real desk (issue 14): pages open at their top, the keyboard reaches every
/// answer of a long list, Enter never answers by accident, nothing is lost quietly, one
/// language at a time, screen-reader names, the keyboard-shortcut list and the crash copy.
class TestNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyPageOpensAtItsTop();
    void typeToFindReachesEveryAnswer();
    void enterNeedsADeliberateChoice();
    void crashCopyIsNeverThrownAwayUnasked();
    void conditionTicksAreSavedAndPrinted();
    void statusFollowsTheLanguage();
    void yamlErrorsSpeakTheLanguage();
    void failedAutosaveIsShownInTheWindow();
    void ruleFolderIsCheckedBeforeAsking();
    void continueTheCurrentAdvice();
    void personalDataWarningOffersRemoval();
    void screenReaderHearsQuestionAndVerdictFirst();
    void fullTextsForScreenReaders();
    void everyTabStopShowsItsFocus();
    void shortcutListWrapsLongDescriptions();
    void shortcutListNamesEveryKey();
    void highContrastLinksAreReadable();
    void settingsFileIsPrivate();
    void exportFolderIsRememberedApart();
};
