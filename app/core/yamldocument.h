// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "diagnostics.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace deelwijzer {

class YamlNode;
/// A parsed document: the root node, which keeps every node of the document alive.
using YamlTree = std::shared_ptr<const YamlNode>;
/// A mapping entry: key and value.
using YamlEntry = std::pair<const YamlNode *, const YamlNode *>;

/// A node of a parsed YAML document that remembers where it stood in the file.
///
/// We build our own tree from yaml-cpp's parser events rather than use YAML::Node, because
/// YAML::Node silently keeps only one of two duplicate keys and loses the positions we need
/// for `FILE:LINE:COL` messages.
class YamlNode
{
public:
    enum class Kind { Null, Scalar, Sequence, Mapping };

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    /// True for a scalar written in quotes: `"yes"` is text, `yes` might have been meant as a boolean.
    bool isQuoted() const { return m_quoted; }

    const QString &scalar() const { return m_scalar; }
    SourceLocation location() const { return {m_file ? *m_file : QString(), m_line, m_column}; }

    /// Sequence items, or mapping entries as (key, value) pairs in file order.
    std::span<const YamlNode *const> items() const { return m_items; }
    std::span<const YamlEntry> entries() const { return m_entries; }
    /// The value for `key` in a mapping, or nullptr.
    const YamlNode *value(QLatin1String key) const;
    const YamlNode *value(const QString &key) const;

    /// A human word for the node's kind, for messages ("a list", "a mapping", ...).
    QString kindName() const;

private:
    friend class YamlArena;
    friend class YamlDocumentBuilder;
    Kind m_kind = Kind::Null;
    bool m_quoted = false;
    QString m_scalar;
    // The file name lives once in the arena: a large rule set has millions of nodes.
    const QString *m_file = nullptr;
    int m_line = 0;
    int m_column = 0;
    std::span<const YamlNode *const> m_items; // stored in the arena
    std::span<const YamlEntry> m_entries;     // stored in the arena
};

/// Copies of small arrays, kept in a few large blocks that are freed together.
template<typename T>
class BlockStore
{
public:
    std::span<const T> copy(std::span<const T> values)
    {
        if (values.empty())
            return {};
        if (m_free < values.size()) {
            // Blocks grow, so a small case file does not pay for a large block.
            m_blockSize = std::clamp<std::size_t>(m_blockSize * 2, 64, 4096);
            m_free = std::max(values.size(), m_blockSize);
            m_blocks.push_back(std::make_unique_for_overwrite<T[]>(m_free));
            m_next = m_blocks.back().get();
        }
        T *out = m_next;
        std::copy(values.begin(), values.end(), out);
        m_next += values.size();
        m_free -= values.size();
        return {out, values.size()};
    }

private:
    std::vector<std::unique_ptr<T[]>> m_blocks;
    T *m_next = nullptr;
    std::size_t m_free = 0;
    std::size_t m_blockSize = 0;
};

/// Owns the nodes of one document, so they are allocated in blocks and freed together
/// (one heap object and one destructor chain per node made large rule sets slow).
class YamlArena
{
public:
    explicit YamlArena(const QString &file) : m_file(file) {}
    YamlArena(const YamlArena &) = delete; // nodes point to m_file
    YamlArena &operator=(const YamlArena &) = delete;

    /// A node at 1-based `line` and `column` (0 when unknown).
    YamlNode *create(YamlNode::Kind kind, int line, int column)
    {
        if (m_used == m_blockSize) {
            // Blocks grow, so a small case file does not pay for a large block.
            m_blockSize = m_blocks.empty() ? 32 : std::min<std::size_t>(m_blockSize * 2, 1024);
            m_blocks.push_back(std::make_unique<YamlNode[]>(m_blockSize));
            m_used = 0;
        }
        YamlNode &node = m_blocks.back()[m_used++];
        node.m_kind = kind;
        node.m_file = &m_file;
        node.m_line = line;
        node.m_column = column;
        return &node;
    }
    /// Gives a scalar (or null) node its text.
    static void setScalar(YamlNode &node, QString text, bool quoted)
    {
        node.m_scalar = std::move(text);
        node.m_quoted = quoted;
    }
    /// Gives a sequence its items, or a mapping its entries (copied into the arena).
    void setItems(YamlNode &sequence, std::span<const YamlNode *const> items) { sequence.m_items = m_items.copy(items); }
    void setEntries(YamlNode &mapping, std::span<const YamlEntry> entries) { mapping.m_entries = m_entries.copy(entries); }

    /// The root as a YamlTree that keeps the arena alive.
    static YamlTree tree(const std::shared_ptr<YamlArena> &arena, const YamlNode *root)
    {
        return YamlTree(arena, root);
    }

private:
    QString m_file;
    // Children live in blocks too: a vector per node cost an allocation per node.
    BlockStore<const YamlNode *> m_items;
    BlockStore<YamlEntry> m_entries;
    std::vector<std::unique_ptr<YamlNode[]>> m_blocks;
    std::size_t m_blockSize = 0;
    std::size_t m_used = 0;
};

/// Reads one YAML document with positions, reporting every problem as a diagnostic.
class YamlDocument
{
    // The builder's messages share this context (lupdate records it from the macro).
    Q_DECLARE_TR_FUNCTIONS(YamlDocument)

public:
    static constexpr qsizetype MaxFileSize = 64 * 1024 * 1024;
    static constexpr int MaxDepth = 64;

    /// Parses `content`; on any problem adds diagnostics naming `fileName` and returns nullptr.
    /// Rejects empty and binary input, invalid UTF-8, several documents, anchors, aliases,
    /// duplicate keys, non-scalar keys and nesting deeper than MaxDepth.
    static YamlTree parse(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics);

private:
    /// Rejects what no YAML parser should see: huge, binary, non-UTF-8 or empty input.
    static bool acceptableInput(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics);
};

} // namespace deelwijzer
