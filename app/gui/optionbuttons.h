// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCheckBox>
#include <QRadioButton>
#include <QTextDocument>

namespace deelwijzer {

/// The label-and-hint of an answer option, laid out as rich text that wraps to any width, so
/// nothing is clipped at 200% font size or in a narrow window.
class OptionButtonText
{
public:
    void setContent(const QString &labelHtml, const QString &hintHtml);
    bool hasHint() const { return m_hasHint; }
    /// Height of the text at `width`, in the font `font`.
    int heightForWidth(const QFont &font, int width) const;
    int idealWidth(const QFont &font) const;
    int firstLineHeight(const QFont &font) const;
    void paint(QPainter *painter, const QRect &rect, const QFont &font, const QPalette &palette, bool enabled) const;

private:
    void prepare(const QFont &font, int width) const;
    mutable QTextDocument m_document;
    bool m_hasHint = false;
};

/// A radio button or check box for one answer: a bordered card that can be clicked anywhere,
/// with the answer's label and its one-line hint wrapped beneath. The plain label is the
/// button's text (for screen readers and tests); the hint its accessible description.
template <class Base>
class OptionButton : public Base
{
public:
    explicit OptionButton(QWidget *parent = nullptr);

    /// `label` and `hint` as HTML (glossary terms are marked, not clickable: the hover text of
    /// the button explains them).
    void setContent(const QString &plainLabel, const QString &labelHtml, const QString &hintHtml,
                    const QString &plainHint);

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
