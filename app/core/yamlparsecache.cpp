// SPDX-License-Identifier: EUPL-1.2
#include "yamlparsecache.h"

#include "yamltreecodec.h"

#include <QCryptographicHash>
#include <QResource>
#include <QtEndian>

namespace deelwijzer {

namespace {

// Layout: magic, entry count (u32), then per entry the BLAKE2b-256 hash of the file's bytes
// (32 bytes; the fastest secure hash Qt offers, about 1.5 ms for the rule set) and the encoded
// tree's offset and length (u32 each, from the start), then the trees.
constexpr QByteArrayView magic("DWYAMLCACHE1");
constexpr qsizetype hashSize = 32;
constexpr qsizetype entrySize = hashSize + 8;
constexpr auto resourcePath = ":/yaml-cache/builtin.yamlcache";

QByteArray contentHash(QByteArrayView content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Blake2b_256);
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

YamlParseCache::YamlParseCache(QByteArrayView data)
{
    const qsizetype headerSize = magic.size() + 4;
    if (data.size() < headerSize || data.first(magic.size()) != magic)
        return;
    const quint32 count = qFromLittleEndian<quint32>(data.data() + magic.size());
    if (count > quint32((data.size() - headerSize) / entrySize))
        return;
    QHash<QByteArray, QByteArrayView> trees;
    trees.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        const char *entry = data.data() + headerSize + qsizetype(i) * entrySize;
        const quint32 offset = qFromLittleEndian<quint32>(entry + hashSize);
        const quint32 length = qFromLittleEndian<quint32>(entry + hashSize + 4);
        if (offset > quint64(data.size()) || length > quint64(data.size()) - offset)
            return;
        trees.insert(QByteArray(entry, hashSize), data.sliced(offset, length));
    }
    m_trees = std::move(trees);
}

QByteArray YamlParseCache::build(const QList<QByteArray> &contents, const QStringList &fileNames,
                                 QStringList *leftOut)
{
    QList<QByteArray> hashes;
    QList<QByteArray> trees;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        Diagnostics diagnostics;
        const YamlTree root = YamlDocument::parse(contents[i], fileNames.value(i), diagnostics);
        if (!root || !diagnostics.items().isEmpty()) {
            if (leftOut)
                leftOut->append(fileNames.value(i));
            continue;
        }
        const QByteArray hash = contentHash(contents[i]);
        if (hashes.contains(hash))
            continue; // the same bytes twice: one tree serves both
        hashes.append(hash);
        trees.append(YamlTreeCodec::encode(*root));
    }
    QByteArray out(magic.data(), magic.size());
    appendU32(out, quint32(hashes.size()));
    quint32 offset = quint32(out.size() + hashes.size() * entrySize);
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        out.append(hashes[i]);
        appendU32(out, offset);
        appendU32(out, quint32(trees[i].size()));
        offset += quint32(trees[i].size());
    }
    for (const QByteArray &tree : trees)
        out.append(tree);
    return out;
}

const YamlParseCache &YamlParseCache::builtin()
{
    // Stored uncompressed, so this points into the program without a copy; the cache's views
    // point into it for the life of the program (empty when the program has no cache).
    static const QByteArray data = QResource(QString::fromLatin1(resourcePath)).uncompressedData();
    static const YamlParseCache cache(data);
    return cache;
}

YamlTree YamlParseCache::find(const QByteArray &content, const QString &fileName) const
{
    if (m_trees.isEmpty())
        return nullptr;
    const auto tree = m_trees.constFind(contentHash(content));
    return tree == m_trees.constEnd() ? nullptr : YamlTreeCodec::decode(*tree, fileName);
}

YamlTree readYaml(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics)
{
    if (YamlTree tree = YamlParseCache::builtin().find(content, fileName))
        return tree;
    return YamlDocument::parse(content, fileName, diagnostics);
}

} // namespace deelwijzer
