// SPDX-License-Identifier: EUPL-1.2
#include "fastyamlreader.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace deelwijzer {

namespace {

/// Thrown when the input leaves the subset; the caller falls back to yaml-cpp.
struct OutsideSubset
{
};

[[noreturn]] void giveUp()
{
    throw OutsideSubset{};
}

struct Line
{
    const char *text;
    int length;
    int indent; ///< leading spaces
    bool blank; ///< only spaces and/or a comment
};

bool isSpace(char c)
{
    return c == ' ';
}

bool isNullWord(const QByteArray &word)
{
    return word.isEmpty() || word == "~" || word == "null" || word == "Null" || word == "NULL";
}

} // namespace

class FastYamlReaderImpl
{
public:
    FastYamlReaderImpl(const QByteArray &content, const QString &file) : m_arena(std::make_shared<YamlArena>(file))
    {
        // yaml-cpp treats the end of a file without a final newline in ways of its own (a
        // trailing blank line in a block scalar becomes a space, say): leave such files to it.
        if (!content.endsWith('\n'))
            giveUp();
        const char *data = content.constData();
        const char *const end = data + content.size();
        for (const char *start = data; start < end;) {
            const auto *newline = static_cast<const char *>(std::memchr(start, '\n', std::size_t(end - start)));
            m_lines.push_back(makeLine(start, int(newline - start))); // the content ends with '\n'
            start = newline + 1;
        }
    }

    YamlNode *read()
    {
        const int first = nextContentLine(0);
        if (first < 0)
            giveUp();
        const Line &line = m_lines[std::size_t(first)];
        YamlNode *root;
        int end = first;
        if (line.indent != 0)
            giveUp();
        if (startsSequenceEntry(line, line.indent))
            root = blockSequence(first, line.indent, 1, end);
        else if (line.text[line.indent] == '{' || line.text[line.indent] == '[') {
            int column = line.indent;
            root = flowNode(first, column, 1);
            expectLineEnd(first, column);
            end = first + 1;
        } else
            root = blockMapping(first, line.indent, line.indent, 1, end);
        if (nextContentLine(end) >= 0)
            giveUp(); // content after the root: let yaml-cpp say what is wrong
        return root;
    }

private:
    Line makeLine(const char *text, int length)
    {
        int indent = 0;
        while (indent < length && text[indent] == ' ')
            ++indent;
        // Outside the subset: tabs, carriage returns and other control characters, byte-order
        // marks. (A minimum over the line, which the compiler turns into vector code.)
        unsigned char lowest = 0xFF;
        for (int i = indent; i < length; ++i)
            lowest = std::min(lowest, static_cast<unsigned char>(text[i]));
        if (lowest < 0x20 || (length > 0 && static_cast<unsigned char>(text[0]) == 0xEF))
            giveUp();
        const bool blank = indent == length || text[indent] == '#';
        return {text, length, indent, blank};
    }

    /// The first non-blank line at or after `from`, or -1.
    int nextContentLine(int from) const
    {
        for (int i = from; i < int(m_lines.size()); ++i) {
            if (!m_lines[std::size_t(i)].blank)
                return i;
        }
        return -1;
    }

    YamlNode *node(YamlNode::Kind kind, int line, int column) { return m_arena->create(kind, line + 1, column + 1); }

    /// A null node takes the position of the next token, as yaml-cpp reports it.
    YamlNode *nullAtNextToken(int afterLine)
    {
        const int next = nextContentLine(afterLine);
        if (next < 0)
            giveUp(); // yaml-cpp's position for a null at the end of the stream differs
        return node(YamlNode::Kind::Null, next, m_lines[std::size_t(next)].indent);
    }

    /// The children of a collection being read. They wait on a stack shared by all open
    /// collections and move into the arena in one piece when the collection is complete.
    template<typename Child>
    class Children
    {
    public:
        using Store = void (YamlArena::*)(YamlNode &, std::span<const Child>);
        Children(std::vector<Child> &stack, YamlArena &arena, YamlNode &node, Store store)
            : m_stack(stack), m_arena(arena), m_node(node), m_store(store), m_base(stack.size())
        {
        }
        ~Children()
        {
            (m_arena.*m_store)(m_node, std::span<const Child>(m_stack).subspan(m_base));
            m_stack.resize(m_base);
        }
        Children(const Children &) = delete;
        Children &operator=(const Children &) = delete;

        void add(const Child &child) { m_stack.push_back(child); }
        /// Mappings in rule files are small: a linear look is cheaper than a hash set each.
        bool hasKey(const QString &key) const
        {
            return std::any_of(m_stack.begin() + std::ptrdiff_t(m_base), m_stack.end(),
                               [&](const YamlEntry &entry) { return entry.first->m_scalar == key; });
        }

    private:
        std::vector<Child> &m_stack;
        YamlArena &m_arena;
        YamlNode &m_node;
        Store m_store;
        std::size_t m_base;
    };

    Children<YamlEntry> entriesOf(YamlNode &mapping)
    {
        return Children<YamlEntry>(m_pendingEntries, *m_arena, mapping, &YamlArena::setEntries);
    }
    Children<const YamlNode *> itemsOf(YamlNode &sequence)
    {
        return Children<const YamlNode *>(m_pendingItems, *m_arena, sequence, &YamlArena::setItems);
    }

    static bool startsSequenceEntry(const Line &line, int column)
    {
        return column < line.length && line.text[column] == '-'
               && (column + 1 == line.length || line.text[column + 1] == ' ');
    }

    /// Column after skipping spaces; the line's length if only a comment follows.
    static int skipSpaces(const Line &line, int column)
    {
        while (column < line.length && isSpace(line.text[column]))
            ++column;
        if (column < line.length && line.text[column] == '#' && (column == 0 || isSpace(line.text[column - 1])))
            return line.length;
        return column;
    }

    void expectLineEnd(int lineIndex, int column) const
    {
        const Line &line = m_lines[std::size_t(lineIndex)];
        if (skipSpaces(line, column) != line.length)
            giveUp();
    }

    static void checkDepth(int depth)
    {
        if (depth > YamlDocument::MaxDepth)
            giveUp();
    }

    /// A block mapping whose keys stand at `indent`; the first key is at (`lineIndex`, `column`),
    /// which may lie after a "- " on the same line. `end` receives the first line after it.
    YamlNode *blockMapping(int lineIndex, int indent, int column, int depth, int &end)
    {
        checkDepth(depth);
        auto map = node(YamlNode::Kind::Mapping, lineIndex, column);
        auto entries = entriesOf(*map);
        int current = lineIndex;
        int keyColumn = column;
        while (true) {
            const Line &line = m_lines[std::size_t(current)];
            // The key: a plain word up to ": " or ":" at the end of the line.
            int colon = keyColumn;
            while (colon < line.length && line.text[colon] != ':') {
                const char c = line.text[colon];
                if (c == '#' || c == '\'' || c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || c == ','
                    || c == '&' || c == '*' || c == '!' || c == '|' || c == '>' || c == '?' || c == '%' || c == '@'
                    || c == '`')
                    giveUp();
                ++colon;
            }
            if (colon == keyColumn || colon >= line.length || (colon + 1 < line.length && line.text[colon + 1] != ' '))
                giveUp();
            if (line.text[keyColumn] == '-' || isSpace(line.text[colon - 1]))
                giveUp();
            auto key = node(YamlNode::Kind::Scalar, current, keyColumn);
            key->m_scalar = text(line.text + keyColumn, colon - keyColumn);
            if (isNullWord(QByteArray::fromRawData(line.text + keyColumn, colon - keyColumn)) || entries.hasKey(key->m_scalar))
                giveUp(); // null keys and duplicate keys: yaml-cpp's path reports them
            int next = current + 1;
            auto value = valueAfterIndicator(current, colon + 1, indent, depth + 1, next);
            entries.add({key, value});
            const int following = nextContentLine(next);
            if (following < 0) {
                end = int(m_lines.size());
                return map;
            }
            const Line &nextLine = m_lines[std::size_t(following)];
            if (nextLine.indent < indent) {
                end = following;
                return map;
            }
            if (nextLine.indent > indent)
                giveUp(); // a continuation line or bad indentation
            if (startsSequenceEntry(nextLine, indent)) {
                end = following; // a sequence entry at our indentation belongs to the parent
                return map;
            }
            current = following;
            keyColumn = indent;
        }
    }

    /// A block sequence whose "-" stand at `indent`. `end` receives the first line after it.
    YamlNode *blockSequence(int lineIndex, int indent, int depth, int &end)
    {
        checkDepth(depth);
        auto sequence = node(YamlNode::Kind::Sequence, lineIndex, indent);
        auto items = itemsOf(*sequence);
        int current = lineIndex;
        while (true) {
            int next = current + 1;
            items.add(valueAfterIndicator(current, indent + 1, indent, depth + 1, next, true));
            const int following = nextContentLine(next);
            if (following < 0) {
                end = int(m_lines.size());
                return sequence;
            }
            const Line &nextLine = m_lines[std::size_t(following)];
            if (nextLine.indent < indent || (nextLine.indent == indent && !startsSequenceEntry(nextLine, indent))) {
                end = following;
                return sequence;
            }
            if (nextLine.indent > indent)
                giveUp();
            current = following;
        }
    }

    /// The value after "key:" or "-" at (`lineIndex`, `column`); `parentIndent` is the
    /// indentation of that key or dash. `next` receives the first line after the value.
    YamlNode *valueAfterIndicator(int lineIndex, int column, int parentIndent, int depth, int &next,
                                                  bool inSequence = false)
    {
        checkDepth(depth);
        const Line &line = m_lines[std::size_t(lineIndex)];
        const int start = skipSpaces(line, column);
        next = lineIndex + 1;
        if (start == line.length) {
            // Nothing on this line: a nested block, or null.
            const int following = nextContentLine(lineIndex + 1);
            if (following < 0)
                giveUp();
            const Line &nextLine = m_lines[std::size_t(following)];
            if (nextLine.indent > parentIndent) {
                if (startsSequenceEntry(nextLine, nextLine.indent))
                    return blockSequence(following, nextLine.indent, depth, next);
                if (nextLine.text[nextLine.indent] == '{' || nextLine.text[nextLine.indent] == '[')
                    giveUp(); // a flow collection on its own line: rare, leave it to yaml-cpp
                return blockMapping(following, nextLine.indent, nextLine.indent, depth, next);
            }
            if (!inSequence && nextLine.indent == parentIndent && startsSequenceEntry(nextLine, parentIndent))
                return blockSequence(following, parentIndent, depth, next);
            return nullAtNextToken(lineIndex + 1);
        }
        if (start == column && !inSequence)
            giveUp(); // "key:value" without a space is not a mapping entry
        const char c = line.text[start];
        if (inSequence && startsSequenceEntry(line, start))
            return blockSequence(lineIndex, start, depth, next);
        if (c == '{' || c == '[') {
            int position = start;
            auto flow = flowNode(lineIndex, position, depth);
            expectLineEnd(lineIndex, position);
            return flow;
        }
        if (c == '"' || c == '\'') {
            int position = start;
            auto scalar = quotedScalar(lineIndex, position);
            expectLineEnd(lineIndex, position);
            return scalar;
        }
        if (c == '|' || c == '>')
            return blockScalar(lineIndex, start, parentIndent, next);
        if (inSequence && looksLikeMappingKey(line, start)) {
            int end = lineIndex + 1;
            auto map = blockMapping(lineIndex, start, start, depth, end);
            next = end;
            return map;
        }
        return plainScalar(lineIndex, start);
    }

    static bool looksLikeMappingKey(const Line &line, int start)
    {
        for (int i = start; i < line.length; ++i) {
            const char c = line.text[i];
            if (c == ':' && (i + 1 == line.length || line.text[i + 1] == ' '))
                return true;
            if (c == '#' && isSpace(line.text[i - 1]))
                return false;
            if (c == '"' || c == '\'' || c == '{' || c == '[')
                return false;
        }
        return false;
    }

    YamlNode *plainScalar(int lineIndex, int start)
    {
        const Line &line = m_lines[std::size_t(lineIndex)];
        const char c = line.text[start];
        if (c == '&' || c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || c == ',' || c == ']' || c == '}'
            || c == '#' || ((c == '?' || c == ':' || c == '-') && (start + 1 == line.length || line.text[start + 1] == ' ')))
            giveUp();
        int end = start;
        while (end < line.length) {
            const char d = line.text[end];
            if (d == '#' && isSpace(line.text[end - 1]))
                break;
            if (d == ':' && (end + 1 == line.length || line.text[end + 1] == ' '))
                giveUp(); // a second mapping on one line: an error yaml-cpp should report
            ++end;
        }
        while (end > start && isSpace(line.text[end - 1]))
            --end;
        // A deeper-indented next line (a continuation) is caught by the enclosing block.
        const QByteArray word = QByteArray::fromRawData(line.text + start, end - start);
        if (isNullWord(word))
            return node(YamlNode::Kind::Null, lineIndex, start);
        auto scalar = node(YamlNode::Kind::Scalar, lineIndex, start);
        scalar->m_scalar = text(word.constData(), int(word.size()));
        return scalar;
    }

    /// A quoted scalar on one line starting at `position`; leaves `position` after the quote.
    YamlNode *quotedScalar(int lineIndex, int &position)
    {
        const Line &line = m_lines[std::size_t(lineIndex)];
        const char quote = line.text[position];
        auto scalar = node(YamlNode::Kind::Scalar, lineIndex, position);
        scalar->m_quoted = true;
        // Most quoted texts have no escapes: take them as they stand.
        int close = position + 1;
        while (close < line.length && line.text[close] != quote && line.text[close] != '\\')
            ++close;
        if (close < line.length && line.text[close] == quote
            && !(quote == '\'' && close + 1 < line.length && line.text[close + 1] == '\'')) {
            scalar->m_scalar = text(line.text + position + 1, close - position - 1);
            position = close + 1;
            return scalar;
        }
        QByteArray value;
        int i = position + 1;
        while (true) {
            if (i >= line.length)
                giveUp(); // continues on the next line
            const char c = line.text[i];
            if (c == quote) {
                if (quote == '\'' && i + 1 < line.length && line.text[i + 1] == '\'') {
                    value += '\'';
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && quote == '"') {
                if (i + 1 >= line.length)
                    giveUp();
                const char e = line.text[i + 1];
                switch (e) {
                case '"': value += '"'; break;
                case '\\': value += '\\'; break;
                case '/': value += '/'; break;
                case 'n': value += '\n'; break;
                case 't': value += '\t'; break;
                default: giveUp(); // rarer escapes: leave them to yaml-cpp
                }
                i += 2;
                continue;
            }
            // A run of ordinary characters at once.
            int run = i + 1;
            while (run < line.length && line.text[run] != quote && line.text[run] != '\\')
                ++run;
            value.append(line.text + i, run - i);
            i = run;
        }
        position = i + 1;
        scalar->m_scalar = QString::fromUtf8(value);
        return scalar;
    }

    /// A flow collection starting at `position` on one line; leaves `position` after it.
    YamlNode *flowNode(int lineIndex, int &position, int depth)
    {
        checkDepth(depth);
        const Line &line = m_lines[std::size_t(lineIndex)];
        const bool isMap = line.text[position] == '{';
        const char close = isMap ? '}' : ']';
        auto collection = node(isMap ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence, lineIndex, position);
        auto entries = entriesOf(*collection);
        auto items = itemsOf(*collection);
        int i = position + 1;
        auto skip = [&]() {
            while (i < line.length && isSpace(line.text[i]))
                ++i;
            if (i >= line.length || line.text[i] == '#')
                giveUp(); // the collection goes on past this line
        };
        skip();
        if (line.text[i] == close) {
            position = i + 1;
            return collection;
        }
        while (true) {
            skip();
            if (isMap) {
                auto key = flowScalar(lineIndex, i, true);
                if (key->kind() != YamlNode::Kind::Scalar || key->isQuoted() || entries.hasKey(key->m_scalar))
                    giveUp();
                if (i >= line.length || line.text[i] != ':')
                    giveUp();
                ++i;
                while (i < line.length && isSpace(line.text[i]))
                    ++i;
                YamlNode *value;
                if (i < line.length && (line.text[i] == ',' || line.text[i] == close))
                    value = node(YamlNode::Kind::Null, lineIndex, i);
                else {
                    skip();
                    value = flowValue(lineIndex, i, depth + 1);
                }
                entries.add({key, value});
            } else {
                items.add(flowValue(lineIndex, i, depth + 1));
            }
            while (i < line.length && isSpace(line.text[i]))
                ++i;
            if (i >= line.length)
                giveUp();
            if (line.text[i] == close) {
                position = i + 1;
                return collection;
            }
            if (line.text[i] != ',')
                giveUp();
            ++i;
            skip();
            if (line.text[i] == close || line.text[i] == ',')
                giveUp(); // an empty entry or a trailing comma
        }
    }

    YamlNode *flowValue(int lineIndex, int &i, int depth)
    {
        const Line &line = m_lines[std::size_t(lineIndex)];
        const char c = line.text[i];
        if (c == '{' || c == '[')
            return flowNode(lineIndex, i, depth);
        if (c == '"' || c == '\'')
            return quotedScalar(lineIndex, i);
        return flowScalar(lineIndex, i, false);
    }

    /// A plain scalar inside a flow collection; stops at , ] } or ": ".
    YamlNode *flowScalar(int lineIndex, int &i, bool isKey)
    {
        const Line &line = m_lines[std::size_t(lineIndex)];
        const int start = i;
        const char c = line.text[start];
        if (c == '"' || c == '\'') {
            if (isKey)
                giveUp();
            return quotedScalar(lineIndex, i);
        }
        if (c == '&' || c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || c == '#' || c == '|' || c == '>'
            || c == '{' || c == '[' || c == '?' || c == ':' || c == '-' || c == ',')
            giveUp();
        while (i < line.length) {
            const char d = line.text[i];
            if (d == ',' || d == ']' || d == '}' || d == '[' || d == '{')
                break;
            if (d == ':') {
                if (i + 1 < line.length && (line.text[i + 1] == ' ' || line.text[i + 1] == ',' || line.text[i + 1] == '}'
                                            || line.text[i + 1] == ']'))
                    break;
                giveUp(); // "a:b" in flow context: yaml-cpp's reading differs between versions
            }
            if (d == '#' && isSpace(line.text[i - 1]))
                giveUp();
            if (d == '"' || d == '\'' || d == '?')
                giveUp(); // yaml-cpp ends a flow scalar at '?' and then rejects it
            ++i;
        }
        if (i < line.length && (line.text[i] == '[' || line.text[i] == '{'))
            giveUp();
        int end = i;
        while (end > start && isSpace(line.text[end - 1]))
            --end;
        const QByteArray word = QByteArray::fromRawData(line.text + start, end - start);
        if (word.isEmpty())
            giveUp();
        if (isNullWord(word)) {
            if (isKey)
                giveUp(); // a null key: yaml-cpp's path reports it
            return node(YamlNode::Kind::Null, lineIndex, start);
        }
        auto scalar = node(YamlNode::Kind::Scalar, lineIndex, start);
        scalar->m_scalar = text(word.constData(), int(word.size()));
        return scalar;
    }

    /// A literal (|) or folded (>) block scalar whose indicator stands at (`lineIndex`, `column`).
    YamlNode *blockScalar(int lineIndex, int column, int parentIndent, int &next)
    {
        const Line &line = m_lines[std::size_t(lineIndex)];
        const bool literal = line.text[column] == '|';
        bool strip = false;
        int after = column + 1;
        if (after < line.length && line.text[after] == '-') {
            strip = true;
            ++after;
        }
        expectLineEnd(lineIndex, after); // keep (+) and indentation indicators are left to yaml-cpp
        auto scalar = node(YamlNode::Kind::Scalar, lineIndex, column);
        scalar->m_quoted = true;
        // The first line with text sets the indentation (a '#' there is text, not a comment).
        int first = lineIndex + 1;
        while (first < int(m_lines.size()) && m_lines[std::size_t(first)].indent == m_lines[std::size_t(first)].length)
            ++first;
        if (first >= int(m_lines.size()) || m_lines[std::size_t(first)].indent <= parentIndent)
            giveUp(); // an empty block scalar
        const int blockIndent = m_lines[std::size_t(first)].indent;
        // Lines of the scalar: up to the first non-empty line indented less than the block.
        std::vector<QByteArray> parts;
        int i = lineIndex + 1;
        int last = i;
        for (; i < int(m_lines.size()); ++i) {
            const Line &l = m_lines[std::size_t(i)];
            const bool empty = l.indent == l.length;
            if (empty) {
                if (l.length > blockIndent)
                    giveUp(); // spaces beyond the indentation are content: left to yaml-cpp
                parts.emplace_back();
                continue;
            }
            if (l.indent < blockIndent) {
                if (l.indent > parentIndent)
                    giveUp(); // less indented but still inside: an error for yaml-cpp to report
                break;
            }
            if (!literal && l.indent > blockIndent)
                giveUp(); // folded text with more-indented lines keeps its breaks: left to yaml-cpp
            parts.emplace_back(l.text + blockIndent, l.length - blockIndent);
            last = i + 1;
        }
        // Trailing empty lines belong to no one; chomping decides the final break.
        parts.resize(std::size_t(last - (lineIndex + 1)));
        next = last;
        QByteArray value;
        if (literal) {
            for (std::size_t k = 0; k < parts.size(); ++k) {
                if (k > 0)
                    value += '\n';
                value += parts[k];
            }
        } else {
            bool previousEmpty = false;
            for (std::size_t k = 0; k < parts.size(); ++k) {
                const bool empty = parts[k].isEmpty();
                if (k > 0 && !empty && !previousEmpty)
                    value += ' ';
                if (empty)
                    value += '\n';
                else
                    value += parts[k];
                previousEmpty = empty;
            }
        }
        if (!strip)
            value += '\n';
        scalar->m_scalar = QString::fromUtf8(value);
        return scalar;
    }

    /// A scalar's text. Short texts repeat (keys, ids, language codes), so each is made once
    /// per document and shared: that saves an allocation for most nodes.
    QString text(const char *data, int length)
    {
        if (length > MaxSharedLength)
            return QString::fromUtf8(data, length);
        auto [it, inserted] = m_shared.try_emplace(std::string_view(data, std::size_t(length)));
        if (inserted)
            it->second = QString::fromUtf8(data, length);
        return it->second;
    }

    static constexpr int MaxSharedLength = 32;
    std::vector<Line> m_lines;
    std::unordered_map<std::string_view, QString> m_shared; ///< views into the content being read
    std::vector<YamlEntry> m_pendingEntries;
    std::vector<const YamlNode *> m_pendingItems;

public:
    std::shared_ptr<YamlArena> m_arena;
};

YamlTree FastYamlReader::read(const QByteArray &content, const QString &fileName)
{
    try {
        FastYamlReaderImpl reader(content, fileName);
        const YamlNode *root = reader.read();
        return YamlArena::tree(reader.m_arena, root);
    } catch (const OutsideSubset &) {
        return nullptr;
    }
}

} // namespace deelwijzer
