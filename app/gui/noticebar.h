// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace deelwijzer {

/// The bar above the pages for what the user must know but need not answer (changed rules,
/// what an answer change did, autosave trouble). Its text is asked again after a language change.
class NoticeBar : public QWidget
{
    Q_OBJECT

public:
    /// What the notice is about: a notice on what an answer change did goes with the next answer.
    enum class Kind { General, AnswerChange };

    explicit NoticeBar(QWidget *parent = nullptr);

    /// Shows the bar with `text()`; a detail set with setDetail() is hidden until shown again.
    void showNotice(std::function<QString()> text, Kind kind = Kind::General);
    /// A widget shown below the text for one kind of notice (the comparison of a reopened
    /// advice with the current rules); the bar takes it over.
    void setDetail(QWidget *detail);
    Kind kind() const { return m_kind; }
    /// The text on screen (empty when hidden).
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QVBoxLayout *m_textLayout;
    QWidget *m_detail = nullptr;
    std::function<QString()> m_text;
    Kind m_kind = Kind::General;
};

} // namespace deelwijzer
