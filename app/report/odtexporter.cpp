// SPDX-License-Identifier: EUPL-1.2
#include "odtexporter.h"

#include <QFont>
#include <QIODevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

#include <memory>

namespace deelwijzer {

namespace {
QTextLength fixed(const QTextLength &length, double total)
{
    if (length.type() == QTextLength::PercentageLength)
        return QTextLength(QTextLength::FixedLength, total * length.rawValue() / 100.0);
    return length;
}

void fixTableWidths(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            const QTextLength width = fixed(format.width(), OdtExporter::TextWidthPoints);
            const double total = width.type() == QTextLength::FixedLength ? width.rawValue()
                                                                          : OdtExporter::TextWidthPoints;
            format.setWidth(width);
            QList<QTextLength> columns = format.columnWidthConstraints();
            for (QTextLength &column : columns)
                column = fixed(column, total);
            format.setColumnWidthConstraints(columns);
            table->setFormat(format);
        }
        fixTableWidths(child);
    }
}

void setFontFamilies(QTextDocument &document)
{
    const QStringList family{document.defaultFont().family()};
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor blockCursor(block);
        QTextCharFormat blockChar = block.charFormat();
        if (blockChar.fontFamilies().toStringList().isEmpty()) {
            blockChar.setFontFamilies(family);
            blockCursor.setBlockCharFormat(blockChar);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().fontFamilies().toStringList().isEmpty())
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setFontFamilies(family);
            cursor.mergeCharFormat(format);
        }
    }
}
} // namespace

bool OdtExporter::write(const QTextDocument &document, const PageDecoration &decoration, QIODevice *device,
                        QString *error)
{
    Q_UNUSED(decoration);
    std::unique_ptr<QTextDocument> copy(document.clone());
    fixTableWidths(copy->rootFrame());
    setFontFamilies(*copy);
    QTextDocumentWriter writer(device, "odf");
    if (!writer.write(copy.get())) {
        if (error)
            *error = device->errorString().isEmpty() ? QStringLiteral("the OpenDocument writer failed")
                                                     : device->errorString();
        return false;
    }
    return true;
}

} // namespace deelwijzer
