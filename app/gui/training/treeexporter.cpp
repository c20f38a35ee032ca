// SPDX-License-Identifier: EUPL-1.2
#include "treeexporter.h"

#include "treescene.h"

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace deelwijzer {

namespace {
constexpr qreal MarginPoints = 36;
constexpr qreal MaxPngPixels = 16000;
// Whole-tree exports grow with the rule set; beyond about 30 million pixels a 32-bit image passes the
// 128 MB that Qt's image reader allocates by default, so Qt programs (ours included) could not open it.
constexpr qreal MaxPngArea = 30e6;
} // namespace

bool TreeExporter::writePdf(TreeScene &scene, const QString &path, QString *error)
{
    const QRectF source = scene.sceneRect();
    const QSizeF a3 = QPageSize(QPageSize::A3).sizePoints();
    QSizeF page(source.width() + 2 * MarginPoints, source.height() + 2 * MarginPoints);
    if (page.width() < a3.width() && page.height() < a3.height())
        page = page.width() > page.height() ? a3.transposed() : a3;
    page = page.boundedTo(QSizeF(14400, 14400)); // the largest page PDF readers accept (200 in)

    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Deelwijzer"));
    writer.setTitle(tr("Deelwijzer rule tree: %1").arg(scene.titleText()));
    writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    const qreal dpp = writer.resolution() / 72.0; // device pixels per point
    const QRectF target(MarginPoints * dpp, MarginPoints * dpp, (page.width() - 2 * MarginPoints) * dpp,
                        (page.height() - 2 * MarginPoints) * dpp);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    painter.end();
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool TreeExporter::writePng(TreeScene &scene, const QString &path, qreal scale, QString *error)
{
    const QRectF source = scene.sceneRect();
    scale = qMin(scale, MaxPngPixels / qMax(source.width(), source.height()));
    scale = qMin(scale, std::sqrt(MaxPngArea / qMax(1.0, source.width() * source.height())));
    QImage image(qMax(1, qRound(source.width() * scale)), qMax(1, qRound(source.height() * scale)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace deelwijzer
