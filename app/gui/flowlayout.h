// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLayout>
#include <QStyle>
#include <QList>

namespace deelwijzer {

/// Lays its widgets out left to right and starts a new row when the next one does not fit,
/// like words in a line of text: a row of buttons that stays whole in a narrow window, at 200%
/// display scaling, and in the language with the longer labels.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the visible items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};

} // namespace deelwijzer
