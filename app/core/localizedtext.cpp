// SPDX-License-Identifier: EUPL-1.2
#include "localizedtext.h"

namespace deelwijzer {

LocalizedText LocalizedText::neutral(const QString &text)
{
    LocalizedText result;
    result.set(QString(), text);
    return result;
}

QString LocalizedText::text(const QString &language) const
{
    if (auto it = m_texts.constFind(language); it != m_texts.cend())
        return it.value();
    if (auto it = m_texts.constFind(QString()); it != m_texts.cend())
        return it.value();
    if (auto it = m_texts.constFind(QStringLiteral("nl")); it != m_texts.cend())
        return it.value();
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

} // namespace deelwijzer
