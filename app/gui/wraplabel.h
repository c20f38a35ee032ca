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

protected:
    bool event(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights;
    mutable QString m_text; ///< the text the cached heights belong to
};

} // namespace deelwijzer
