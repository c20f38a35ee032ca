// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// The desktop app as a user drives it (offscreen): keyboard only, back-and-change, save and
/// reopen, crash recovery, language switch, broken rules, privacy warning, accessibility.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startPageShowsRules();
    void fullAdviceByKeyboardOnly();
    void backAndChangeKeepsLaterAnswers();
    void changingAnEarlierAnswerSaysWhatHappened();
    void reopeningWithAStaleAnswerAsksAgain();
    void backButtonAndShortcuts();
    void multipleChoiceExclusive();
    void saveAndReopen();
    void reopenFinishedAdvice();
    void reopenUnderChangedRulesSaysSo();
    void autosaveRecoveryAfterCrash();
    void languageSwitchAtRunTime();
    void invalidRuleSetKeepsRules();
    void privacyWarningOnReference();
    void roleIsPrefilled();
    void glossaryAndGroundViewer();
    void everyControlHasAnAccessibleName();
    void noClippingAt200Percent();
    void highContrastPalette();
    void glossaryLinksAreLinksForScreenReaders();
    void routePanelBreaksOnlyBetweenWords();
    void everyPageFitsA1280x800ScreenAt200Percent_data();
    void everyPageFitsA1280x800ScreenAt200Percent();
};
