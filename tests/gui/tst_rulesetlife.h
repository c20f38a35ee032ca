// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// The rule set's life in the app: whether the rules were reviewed (start page, advice page), and
/// opening an advice saved under other rules shows what the current rules advise for the same
/// answers and how it differs from the advice saved in the file.
class TestRuleSetLife : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startAndAdvicePagesSayTheRulesAreNotReviewed();
    void savingRecordsTheAdvice();
    void changedVerdictAndGroundsAreShown();
    void unchangedAdviceSaysSo();
    void questionTheCurrentRulesAddIsNamed();
    void olderFileWithoutAdviceSaysItCannotCompare();
    void sameRulesShowNoComparison();
};
