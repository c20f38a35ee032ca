// SPDX-License-Identifier: EUPL-1.2
#include "languagemanager.h"

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

QStringList LanguageManager::languages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!languages().contains(language))
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

    QLocale::setDefault(QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
                                language == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace deelwijzer
