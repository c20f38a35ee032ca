// SPDX-License-Identifier: EUPL-1.2
#include "localizedtext.h"

#include <algorithm>

namespace deelwijzer {

LocalizedText LocalizedText::neutral(const QString &text)
{
    LocalizedText result;
    result.set(QString(), text);
    return result;
}

void LocalizedText::set(const QString &language, const QString &text)
{
    const auto it = std::lower_bound(m_translations.begin(), m_translations.end(), language,
                                     [](const Translation &t, const QString &l) { return t.language < l; });
    if (it != m_translations.end() && it->language == language)
        it->text = text;
    else
        m_translations.insert(it, {language, text});
}

const QString *LocalizedText::find(const QString &language) const
{
    for (const Translation &t : m_translations) {
        if (t.language == language)
            return &t.text;
    }
    return nullptr;
}

QString LocalizedText::text(const QString &language) const
{
    if (const QString *t = find(language))
        return *t;
    if (const QString *t = find(QString()))
        return *t;
    if (const QString *t = find(QStringLiteral("nl")))
        return *t;
    return m_translations.empty() ? QString() : m_translations.front().text;
}

} // namespace deelwijzer
