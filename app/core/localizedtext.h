// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <vector>

namespace deelwijzer {

/// A text in several languages, e.g. {nl: "Delen mag", en: "Sharing is allowed"}.
/// A text without language (a plain string in a case file) is stored under the empty key.
class LocalizedText
{
public:
    struct Translation
    {
        QString language;
        QString text;
        bool operator==(const Translation &other) const = default;
    };

    LocalizedText() = default;
    static LocalizedText neutral(const QString &text);

    /// The text in `language`; falls back to the neutral text, then Dutch, then any language.
    QString text(const QString &language) const;
    /// Sets the text in `language`, replacing an earlier one.
    void set(const QString &language, const QString &text);
    /// Makes room for `count` languages.
    void reserve(std::size_t count) { m_translations.reserve(count); }
    bool has(const QString &language) const { return find(language) != nullptr; }
    bool isEmpty() const { return m_translations.empty(); }
    bool isNeutral() const { return m_translations.size() == 1 && m_translations.front().language.isEmpty(); }
    /// Every translation, sorted by language code.
    const std::vector<Translation> &translations() const { return m_translations; }

    bool operator==(const LocalizedText &other) const = default;

private:
    const QString *find(const QString &language) const;

    // A sorted vector rather than a map: texts have two or three languages, and a large rule
    // set holds hundreds of thousands of texts (a map allocated three times as often).
    std::vector<Translation> m_translations;
};

} // namespace deelwijzer
