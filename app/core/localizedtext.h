// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMap>
#include <QString>

namespace deelwijzer {

/// A text in several languages, e.g. {nl: "Delen mag", en: "Sharing is allowed"}.
/// A text without language (a plain string in a case file) is stored under the empty key.
class LocalizedText
{
public:
    LocalizedText() = default;
    static LocalizedText neutral(const QString &text);

    /// The text in `language`; falls back to the neutral text, then Dutch, then any language.
    QString text(const QString &language) const;
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool isNeutral() const { return m_texts.size() == 1 && m_texts.contains(QString()); }
    const QMap<QString, QString> &translations() const { return m_texts; }

    bool operator==(const LocalizedText &other) const = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace deelwijzer
