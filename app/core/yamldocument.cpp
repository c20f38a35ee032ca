// SPDX-License-Identifier: EUPL-1.2
#include "yamldocument.h"

#include "yamlerrortext.h"

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <sstream>

namespace deelwijzer {

const YamlNode *YamlNode::value(const QString &key) const
{
    for (const auto &[k, v] : m_entries) {
        if (k->m_scalar == key)
            return v;
    }
    return nullptr;
}

const YamlNode *YamlNode::value(QLatin1String key) const
{
    for (const auto &[k, v] : m_entries) {
        if (k->m_scalar == key)
            return v;
    }
    return nullptr;
}

QString YamlNode::kindName() const
{
    switch (m_kind) {
    case Kind::Null:
        return QCoreApplication::translate("YamlDocument", "nothing");
    case Kind::Scalar:
        return QCoreApplication::translate("YamlDocument", "a single value");
    case Kind::Sequence:
        return QCoreApplication::translate("YamlDocument", "a list");
    case Kind::Mapping:
        return QCoreApplication::translate("YamlDocument", "a mapping");
    }
    return QString();
}

namespace {

/// Thrown by the builder to stop the parser at the first structural problem.
struct StopParsing
{
};

/// Offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Rule files are mostly ASCII: skip eight such bytes at a time.
        std::uint64_t eight;
        if (i + 8 <= n && (std::memcpy(&eight, p + i, 8), (eight & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            code = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            code = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            code = c & 0x07u;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3Fu);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

SourceLocation locationOfOffset(const QByteArray &bytes, qsizetype offset, const QString &file)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {file, line, column};
}

} // namespace

/// Builds YamlNode trees from yaml-cpp parser events.
class YamlDocumentBuilder : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(YamlDocument)
public:
    YamlDocumentBuilder(const QString &file, Diagnostics &diagnostics)
        : m_file(file), m_diagnostics(diagnostics)
    {
    }

    YamlTree takeRoot() { return m_root ? YamlArena::tree(m_arena, m_root) : YamlTree(); }
    int documents() const { return m_documents; }

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        ++m_documents;
        if (m_documents > 1) {
            m_diagnostics.error(where(mark), tr("a file may hold only one YAML document; a second one starts here"));
            throw StopParsing{};
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        add(create(YamlNode::Kind::Null, mark));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        m_diagnostics.error(where(mark), tr("aliases (*name) are not allowed; write the value out"));
        throw StopParsing{};
    }

    void OnAnchor(const YAML::Mark &mark, const std::string &) override
    {
        m_diagnostics.error(where(mark), tr("anchors (&name) are not allowed; write the value out"));
        throw StopParsing{};
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        checkAnchor(mark, anchor);
        YamlNode *node = create(YamlNode::Kind::Scalar, mark);
        node->m_quoted = tag != "?";
        node->m_scalar = QString::fromStdString(value);
        add(node);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, YamlNode::Kind::Sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, YamlNode::Kind::Mapping);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YamlNode *node = nullptr;
        YamlNode *pendingKey = nullptr; // mappings: key waiting for its value
        QSet<QString> keys;
        std::size_t firstChild = 0; // in m_pendingItems or m_pendingEntries
    };

    SourceLocation where(const YAML::Mark &mark) const
    {
        if (mark.is_null())
            return {m_file, 0, 0};
        return {m_file, mark.line + 1, mark.column + 1};
    }

    YamlNode *create(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        const SourceLocation at = where(mark);
        return m_arena->create(kind, at.line, at.column);
    }

    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor) {
            m_diagnostics.error(where(mark), tr("anchors (&name) are not allowed; write the value out"));
            throw StopParsing{};
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, YamlNode::Kind kind)
    {
        checkAnchor(mark, anchor);
        if (int(m_stack.size()) >= YamlDocument::MaxDepth) {
            m_diagnostics.error(where(mark), tr("nesting too deep (more than %1 levels)").arg(YamlDocument::MaxDepth));
            throw StopParsing{};
        }
        YamlNode *node = create(kind, mark);
        m_stack.push_back(Open{node, nullptr, {}, kind == YamlNode::Kind::Sequence ? m_pendingItems.size() : m_pendingEntries.size()});
    }

    void close()
    {
        Open top = std::move(m_stack.back());
        m_stack.pop_back();
        if (top.pendingKey) {
            // A key without value cannot come from the parser; keep the tree consistent anyway.
            m_pendingEntries.emplace_back(top.pendingKey, m_arena->create(YamlNode::Kind::Null, top.pendingKey->m_line, top.pendingKey->m_column));
        }
        // The children wait on stacks shared by all open collections; they move into the
        // arena in one piece.
        const auto first = std::ptrdiff_t(top.firstChild);
        if (top.node->m_kind == YamlNode::Kind::Sequence) {
            m_arena->setItems(*top.node, std::span<const YamlNode *const>(m_pendingItems).subspan(top.firstChild));
            m_pendingItems.erase(m_pendingItems.begin() + first, m_pendingItems.end());
        } else {
            m_arena->setEntries(*top.node, std::span<const YamlEntry>(m_pendingEntries).subspan(top.firstChild));
            m_pendingEntries.erase(m_pendingEntries.begin() + first, m_pendingEntries.end());
        }
        add(top.node);
    }

    void add(YamlNode *node)
    {
        if (m_stack.empty()) {
            m_root = node;
            return;
        }
        Open &parent = m_stack.back();
        if (parent.node->m_kind == YamlNode::Kind::Sequence) {
            m_pendingItems.push_back(node);
            return;
        }
        if (!parent.pendingKey) {
            if (node->m_kind != YamlNode::Kind::Scalar) {
                m_diagnostics.error(node->location(),
                                    tr("a key must be a single value, not %1").arg(node->kindName()));
                throw StopParsing{};
            }
            if (parent.keys.contains(node->m_scalar)) {
                m_diagnostics.error(node->location(), tr("duplicate key '%1'").arg(node->m_scalar));
                throw StopParsing{};
            }
            parent.keys.insert(node->m_scalar);
            parent.pendingKey = node;
            return;
        }
        m_pendingEntries.emplace_back(parent.pendingKey, node);
        parent.pendingKey = nullptr;
    }

    QString m_file;
    Diagnostics &m_diagnostics;
    std::vector<Open> m_stack;
    std::vector<const YamlNode *> m_pendingItems;
    std::vector<YamlEntry> m_pendingEntries;
    std::shared_ptr<YamlArena> m_arena = std::make_shared<YamlArena>(m_file);
    YamlNode *m_root = nullptr;
    int m_documents = 0;
};

bool YamlDocument::acceptableInput(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics)
{
    const SourceLocation start{fileName, 1, 1};
    if (content.size() > YamlDocument::MaxFileSize) {
        diagnostics.error(start, tr("file is too large (%1 MiB; at most %2 MiB)")
                                     .arg(content.size() / (1024 * 1024))
                                     .arg(YamlDocument::MaxFileSize / (1024 * 1024)));
        return false;
    }
    if (const qsizetype nul = content.indexOf('\0'); nul >= 0) {
        diagnostics.error(locationOfOffset(content, nul, fileName),
                          tr("file is binary, not YAML text (it contains a NUL byte)"));
        return false;
    }
    if (const qsizetype bad = firstInvalidUtf8(content); bad >= 0) {
        diagnostics.error(locationOfOffset(content, bad, fileName),
                          tr("file is not valid UTF-8 text (byte 0x%1)")
                              .arg(static_cast<unsigned char>(content.at(bad)), 2, 16, QLatin1Char('0')));
        return false;
    }
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    if (std::all_of(content.cbegin(), content.cend(), isBlank)) {
        diagnostics.error(start, tr("file is empty"));
        return false;
    }

    return true;
}

YamlTree YamlDocument::parse(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics)
{
    const SourceLocation start{fileName, 1, 1};
    if (!acceptableInput(content, fileName, diagnostics))
        return nullptr;
    std::istringstream stream(content.toStdString());
    YamlDocumentBuilder builder(fileName, diagnostics);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopParsing &) {
        return nullptr;
    } catch (const YAML::DeepRecursion &e) {
        diagnostics.error({fileName, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1},
                          tr("nesting too deep"));
        return nullptr;
    } catch (const YAML::Exception &e) {
        const SourceLocation where = e.mark.is_null() ? SourceLocation{fileName, 0, 0}
                                                      : SourceLocation{fileName, e.mark.line + 1, e.mark.column + 1};
        diagnostics.error(where, tr("YAML syntax error: %1").arg(yamlErrorText(e.msg)));
        return nullptr;
    } catch (const std::exception &e) {
        diagnostics.error(start, tr("could not read YAML: %1").arg(QString::fromLocal8Bit(e.what())));
        return nullptr;
    }
    YamlTree root = builder.takeRoot();
    if (!root || root->isNull()) {
        diagnostics.error(start, tr("file holds no YAML content"));
        return nullptr;
    }
    return root;
}

} // namespace deelwijzer
