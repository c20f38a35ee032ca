// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCheckBox>
#include <QHash>
#include <QRadioButton>
#include <QTextLayout>

namespace deelwijzer {

/// The label-and-hint of an answer option, laid out with QTextLayout so it wraps to any width
/// (nothing is clipped at 200% font size or in a narrow window) and stays cheap: a question
/// can have two dozen answers, and the next one must be on screen within a frame.
class OptionButtonText
{
public:
    void setContent(const QString &label, const QString &hint);
    bool hasHint() const { return !m_hint.isEmpty(); }
    /// Height of the text at `width`, in the font `font`.
    int heightForWidth(const QFont &font, int width) const;
    int idealWidth(const QFont &font) const;
    int firstLineHeight(const QFont &font) const;
    void paint(QPainter *painter, const QRect &rect, const QFont &font, const QPalette &palette, bool enabled) const;

private:
    /// Lays both texts out at `width` in `label`/`hint`; returns the total height.
    int layout(QTextLayout &label, QTextLayout &hint, const QFont &font, int width) const;
    void checkFont(const QFont &font) const;

    QString m_label;
    QString m_hint;
    mutable QTextLayout m_labelLayout; ///< as painted, at m_paintWidth
    mutable QTextLayout m_hintLayout;
    mutable int m_paintWidth = -1;
    mutable QFont m_font;
    mutable bool m_fontSet = false;
    mutable QHash<int, int> m_heights; ///< width -> height, for this font and content
};

/// A radio button or check box for one answer: a bordered card that can be clicked anywhere,
/// with the answer's label and its one-line hint wrapped beneath. The plain label is the
/// button's text (for screen readers and tests); the hint its accessible description.
template <class Base>
class OptionButton : public Base
{
public:
    explicit OptionButton(QWidget *parent = nullptr);

    /// The answer's label and one-line hint as plain text (glossary terms in them are explained
    /// by the button's hover text).
    void setContent(const QString &label, const QString &hint);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override;
    void changeEvent(QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QSize indicatorSize() const;
    QRect textRect(const QRect &contents) const;
    int padding() const;
    int spacing() const;

    OptionButtonText m_text;
    bool m_hovered = false;
};

class OptionRadioButton : public OptionButton<QRadioButton>
{
public:
    using OptionButton<QRadioButton>::OptionButton;
};

class OptionCheckBox : public OptionButton<QCheckBox>
{
public:
    using OptionButton<QCheckBox>::OptionButton;
};

} // namespace deelwijzer
