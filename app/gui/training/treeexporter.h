// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace deelwijzer {

class TreeScene;

/// Writes the rule-tree overview as a poster: a one-page vector PDF (QPdfWriter, the page
/// sized to the tree, no print service involved) or a PNG image.
class TreeExporter
{
    Q_DECLARE_TR_FUNCTIONS(TreeExporter)

public:
    /// One PDF page at the tree's own size (points), at least A3, with a margin.
    static bool writePdf(TreeScene &scene, const QString &path, QString *error);
    /// A PNG at `scale` × the scene's size in points (2 gives about 144 dpi), white background.
    static bool writePng(TreeScene &scene, const QString &path, qreal scale, QString *error);
};

} // namespace deelwijzer
