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
struct Language
{
    const char *code;
    const char *nativeName;
    const char *locale;
};
constexpr Language kLanguages[] = {
    {"nl", "Nederlands", "nl_NL"},
    {"en", "English", "en_GB"},
};

const Language *findLanguage(const QString &code)
{
    for (const Language &language : kLanguages) {
        if (code == QLatin1String(language.code))
            return &language;
    }
    return nullptr;
}

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

QStringList Phrasebook::languages()
{
    QStringList codes;
    for (const Language &language : kLanguages)
        codes << QLatin1String(language.code);
    return codes;
}

QString Phrasebook::nativeName(const QString &language)
{
    const Language *found = findLanguage(language);
    return found ? QString::fromUtf8(found->nativeName) : language;
}

QLocale Phrasebook::locale(const QString &language)
{
    const Language *found = findLanguage(language);
    return QLocale(QLatin1String(found ? found->locale : kLanguages[0].locale));
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
