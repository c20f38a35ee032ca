// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "verdict.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace deelwijzer {

/// How a verdict looks: words first, then a shape and a colour. Each verdict has its own
/// shape (square, circle, triangle, octagon, speech bubble) and glyph, so it is never told by
/// colour alone and survives black-and-white printing and high-contrast palettes.
class VerdictStyle
{
public:
    /// The verdict in the UI language, from design §2 ("Delen mag" / "Sharing is allowed").
    static QString label(Verdict verdict, const QString &language);
    static QColor colour(Verdict verdict);
    static QPixmap pixmap(Verdict verdict, int size, qreal devicePixelRatio = 1.0);
    static QIcon icon(Verdict verdict);
    /// A small warning sign for "not sure" answers and uncertain grounds.
    static QPixmap warningPixmap(int size, qreal devicePixelRatio = 1.0);
    /// The application icon (the same drawing as resources/nl.deelwijzer.deelwijzer.svg).
    static QIcon appIcon();
};

} // namespace deelwijzer
