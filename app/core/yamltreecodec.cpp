// SPDX-License-Identifier: EUPL-1.2
#include "yamltreecodec.h"

#include <cstdint>
#include <vector>

namespace deelwijzer {

namespace {

constexpr char formatTag = 'T'; // bump when the layout below changes
constexpr quint8 quotedFlag = 0x4;

// Node layout, depth first: one byte (kind in bits 0-1, quoted in bit 2), line and column as
// LEB128 numbers, then for a scalar or null its UTF-8 text (length, bytes), for a sequence
// the item count and the items, for a mapping the entry count and key, value pairs.
void writeNumber(QByteArray &out, quint64 value)
{
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        out.append(char(value ? byte | 0x80 : byte));
    } while (value);
}

void writeNode(QByteArray &out, const YamlNode &node)
{
    out.append(char(quint8(node.kind()) | (node.isQuoted() ? quotedFlag : 0)));
    const SourceLocation where = node.location();
    writeNumber(out, quint64(where.line));
    writeNumber(out, quint64(where.column));
    switch (node.kind()) {
    case YamlNode::Kind::Null:
    case YamlNode::Kind::Scalar: {
        const QByteArray text = node.scalar().toUtf8();
        writeNumber(out, quint64(text.size()));
        out.append(text);
        break;
    }
    case YamlNode::Kind::Sequence:
        writeNumber(out, node.items().size());
        for (const YamlNode *item : node.items())
            writeNode(out, *item);
        break;
    case YamlNode::Kind::Mapping:
        writeNumber(out, node.entries().size());
        for (const YamlEntry &entry : node.entries()) {
            writeNode(out, *entry.first);
            writeNode(out, *entry.second);
        }
        break;
    }
}

class Decoder
{
public:
    Decoder(QByteArrayView data, YamlArena &arena) : m_data(data), m_arena(arena) {}

    const YamlNode *node(int depth)
    {
        if (depth > YamlDocument::MaxDepth || atEnd())
            return nullptr;
        const quint8 head = quint8(m_data[m_at++]);
        const quint8 kindBits = head & 0x3;
        if ((head & ~(quotedFlag | 0x3)) != 0)
            return nullptr;
        quint64 line = 0;
        quint64 column = 0;
        if (!number(line) || !number(column) || line > INT32_MAX || column > INT32_MAX)
            return nullptr;
        const auto kind = YamlNode::Kind(kindBits);
        YamlNode *result = m_arena.create(kind, int(line), int(column));
        switch (kind) {
        case YamlNode::Kind::Null:
        case YamlNode::Kind::Scalar: {
            quint64 length = 0;
            if (!number(length) || length > quint64(m_data.size() - m_at))
                return nullptr;
            YamlArena::setScalar(*result, QString::fromUtf8(m_data.sliced(m_at, qsizetype(length))),
                                 head & quotedFlag);
            m_at += qsizetype(length);
            return result;
        }
        case YamlNode::Kind::Sequence: {
            quint64 count = 0;
            // Every node takes at least three bytes: a count beyond that is corrupt.
            if (!number(count) || count > quint64(m_data.size() - m_at) / 3)
                return nullptr;
            std::vector<const YamlNode *> items;
            items.reserve(count);
            for (quint64 i = 0; i < count; ++i) {
                const YamlNode *item = node(depth + 1);
                if (!item)
                    return nullptr;
                items.push_back(item);
            }
            m_arena.setItems(*result, items);
            return result;
        }
        case YamlNode::Kind::Mapping: {
            quint64 count = 0;
            if (!number(count) || count > quint64(m_data.size() - m_at) / 6)
                return nullptr;
            std::vector<YamlEntry> entries;
            entries.reserve(count);
            for (quint64 i = 0; i < count; ++i) {
                const YamlNode *key = node(depth + 1);
                const YamlNode *value = key ? node(depth + 1) : nullptr;
                if (!value)
                    return nullptr;
                entries.emplace_back(key, value);
            }
            m_arena.setEntries(*result, entries);
            return result;
        }
        }
        return nullptr;
    }

    bool atEnd() const { return m_at >= m_data.size(); }

private:
    bool number(quint64 &value)
    {
        value = 0;
        for (int shift = 0; shift < 64 && !atEnd(); shift += 7) {
            const quint8 byte = quint8(m_data[m_at++]);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }

    QByteArrayView m_data;
    qsizetype m_at = 0;
    YamlArena &m_arena;
};

} // namespace

QByteArray YamlTreeCodec::encode(const YamlNode &root)
{
    QByteArray out;
    out.append(formatTag);
    writeNode(out, root);
    return out;
}

YamlTree YamlTreeCodec::decode(QByteArrayView data, const QString &fileName)
{
    if (data.isEmpty() || data.front() != formatTag)
        return nullptr;
    auto arena = std::make_shared<YamlArena>(fileName);
    Decoder decoder(data.sliced(1), *arena);
    const YamlNode *root = decoder.node(0);
    if (!root || !decoder.atEnd())
        return nullptr;
    return YamlArena::tree(arena, root);
}

} // namespace deelwijzer
