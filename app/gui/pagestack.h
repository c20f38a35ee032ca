// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStackedWidget>

namespace deelwijzer {

class AdvicePage;
class QuestionPage;
class ReviewPage;
class RuleSetController;
class RuleTextContext;
class StartPage;

/// The four pages of the guided advice, one on screen at a time, and where the keyboard focus
/// goes when a page opens.
class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Page { Start, Question, Review, Advice };

    PageStack(RuleTextContext *context, RuleSetController *ruleSets, QWidget *parent = nullptr);

    Page page() const { return m_page; }
    /// Puts `page` on screen.
    void setPage(Page page);
    QWidget *pageWidget(Page page) const;
    /// Gives keyboard focus to the main control of the page on screen.
    void focusPage();

    StartPage *startPage() const { return m_startPage; }
    QuestionPage *questionPage() const { return m_questionPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    AdvicePage *advicePage() const { return m_advicePage; }

private:
    StartPage *m_startPage;
    QuestionPage *m_questionPage;
    ReviewPage *m_reviewPage;
    AdvicePage *m_advicePage;
    Page m_page = Page::Start;
};

} // namespace deelwijzer
