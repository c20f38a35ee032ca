// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// The app words the status of the rules, a ground's role and the caption of the statute's
/// words as the advice does (AdviceView, which the report and the command line print too).
class TestOneWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groundViewerUsesTheAdvicesWords();
    void rulesStatusUsesTheAdvicesWords();
};
