// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAction>

#include <functional>

namespace deelwijzer {

class RuleSet;
class Settings;

/// File → Export review book…: asks for the language, optionally an earlier rule-set folder to
/// mark the changes since (ReviewBookDialog), and a file name (PDF or HTML), and writes the
/// review book of the rule set in use (ReviewBookBuilder), with the cases shipped beside it.
/// Self-contained, so the main window only adds it to its menu; it follows the window's
/// language (LanguageChange) and does nothing while no rule set is loaded.
class ReviewBookAction : public QAction
{
    Q_OBJECT

public:
    /// `rules` returns the rule set in use (or null); `settings` remembers the earlier rules'
    /// folder; `window` parents the dialogs.
    ReviewBookAction(std::function<const RuleSet *()> rules, Settings *settings, QWidget *window);

    /// Writes the book of `rules` to `path` (.pdf or .html) in `languageId` (nl, en, both),
    /// with the changes since the rules in `sinceFolder` marked when that is not empty.
    /// Returns an error sentence, or an empty string when it was written.
    static QString write(const RuleSet &rules, const QString &path, const QString &languageId,
                         const QString &sinceFolder = QString());

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void exportBook();

    std::function<const RuleSet *()> m_rules;
    Settings *m_settings;
    QWidget *m_window;
};

} // namespace deelwijzer
