// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>

class QWidget;

namespace deelwijzer {

class RuleSet;

/// Help > About the rules in use, and Help > About Deelwijzer.
class AboutBoxes
{
    Q_DECLARE_TR_FUNCTIONS(AboutBoxes)

public:
    /// The rule set's name, id, version, status and fingerprint, in `language`.
    static void showRules(QWidget *parent, const RuleSet &rules, const QString &language);
    static void showApp(QWidget *parent);
};

} // namespace deelwijzer
