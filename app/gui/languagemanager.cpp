// SPDX-License-Identifier: EUPL-1.2
#include "languagemanager.h"

#include "phrasebook.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace deelwijzer {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!Phrasebook::languages().contains(language))
        return false;
    if (language == m_language)
        return true;

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/deelwijzer_%1.qm").arg(language)))
        qWarning("No translation for language %s", qPrintable(language));
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt =
        qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(app);
    m_qtTranslator = haveQt ? std::move(qt) : nullptr;
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_appTranslator.get());

    QLocale::setDefault(Phrasebook::locale(language));
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace deelwijzer
