// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace deelwijzer {

class RuleSet;
struct TrainingCase;

/// The presenter view for a workshop: full screen, large type (175%), high contrast (white
/// and yellow on black), the case's narrative on screen, the model answer revealed one step per
/// key press. Keyboard only:
///   Space, Right, Page Down, Enter  reveal the next step (question and model answer, then verdict)
///   Left, Page Up, Backspace        hide the last revealed step
///   Home / End                      hide all / reveal all
///   F11                             leave or enter full screen;  Escape  close
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    /// `rules` and `trainingCase` must outlive the view.
    PresenterView(const RuleSet &rules, const TrainingCase &trainingCase, const QString &language,
                  QWidget *parent = nullptr);

    /// Steps: one per question on the model route, then the verdict with its grounds.
    int stepCount() const;
    int revealed() const { return m_revealed; }
    void setRevealed(int steps);
    /// What is on screen, as plain text (for tests).
    QString visibleText() const;

    static constexpr int ScalePercent = 175;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();

    const RuleSet &m_rules;
    const TrainingCase &m_case;
    QString m_language;
    int m_revealed = 0;
    QScrollArea *m_scroll;
    QLabel *m_text;
    QLabel *m_keys;
};

} // namespace deelwijzer
