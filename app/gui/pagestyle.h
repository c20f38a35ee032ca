// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFont>
#include <QString>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace deelwijzer {

/// The content of a page's scroll area. Its height follows its width (wrapped text), so it
/// asks for no minimum height of its own: the scroll area then shows a scroll bar only when
/// the text really does not fit, instead of one sized for the narrowest possible wrap.
class PageContent : public QWidget
{
public:
    explicit PageContent(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
};

/// Shared look of the pages. Headings are sized in rich text relative to the widget's font,
/// so they follow the app's font size (up to 200%) without explicit point sizes.
class PageStyle
{
public:
    /// `html` (already escaped) as a heading: level 1 (page title), 2 (section), 3 (item).
    static QString heading(const QString &html, int level);
    /// A word-wrapped label for a heading; set its text with heading().
    static QLabel *headingLabel(QWidget *parent, const QString &objectName);
    /// A word-wrapped plain-text label.
    static QLabel *textLabel(QWidget *parent, const QString &objectName = QString());
    /// A frameless scroll area holding `content` (a PageContent) that resizes it to its width.
    static QScrollArea *scrollArea(QWidget *parent, QWidget *content, const QString &objectName);
    /// A bold font that still follows the app's font size (only the weight is set).
    static QFont boldFont();
    /// Comfortable margins and spacing in font units, so layouts grow with the font.
    static int spacing(const QWidget *widget);
};

} // namespace deelwijzer
