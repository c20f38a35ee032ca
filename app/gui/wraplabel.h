// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QLabel>

namespace deelwijzer {

/// A word-wrapped label that remembers its height for each width. Layouts ask a wrapped
/// label for its height at many widths, and QLabel lays the text out anew for every question;
/// with a dozen labels per page that was the largest cost of moving to the next question.
class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    /// A wrapped label can always be narrower and gets its height from heightForWidth(), so
    /// its minimum is a short line (QLabel lays the whole text out at its narrowest for it).
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    void checkText() const;

    mutable QHash<int, int> m_heights;
    mutable QSize m_sizeHint;
    mutable QString m_text; ///< the text the cached heights belong to
};

} // namespace deelwijzer
