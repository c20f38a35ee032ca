// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace deelwijzer {

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
    /// Comfortable margins and spacing in font units, so layouts grow with the font.
    static int spacing(const QWidget *widget);
};

} // namespace deelwijzer
