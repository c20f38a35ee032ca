// SPDX-License-Identifier: EUPL-1.2
#include "phrasebook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <map>
#include <memory>

namespace deelwijzer {

namespace {
QString qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/deelwijzer_%1.qm").arg(language);
}
} // namespace

Phrasebook::Phrasebook(const QString &language) : m_language(language)
{
    // A language without a .qm (or the source language) leaves the translator empty: every
    // string then comes back in its source words.
    (void)m_translator.load(qmPath(language));
}

const Phrasebook &Phrasebook::forLanguage(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<Phrasebook>> books;
    QMutexLocker lock(&mutex);
    std::unique_ptr<Phrasebook> &book = books[language];
    if (!book)
        book.reset(new Phrasebook(language));
    return *book;
}

QString Phrasebook::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = m_translator.translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QLocale(m_language).toString(n));
    return text;
}

std::unique_ptr<QTranslator> Phrasebook::install(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(qmPath(language)))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace deelwijzer
