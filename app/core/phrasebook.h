// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace deelwijzer {

/// The program's own words in one language, read from the Qt Linguist translations compiled
/// into the core library (:/i18n/deelwijzer_<language>.qm).
///
/// QCoreApplication::translate answers in the language the application installed; a Phrasebook
/// answers in its own. A report in Dutch and English asks two of them, the engine writes its
/// explanations in every language of the rule set, the command line prints an advice in the
/// language of --lang. Words without a translation come back as written in the source (English).
///
///     const Phrasebook &nl = Phrasebook::forLanguage(QStringLiteral("nl"));
///     nl.translate("AdviceView", "Conditions")  // "Voorwaarden"
///
/// lupdate finds the strings because the member is called translate(context, source, ...).
class Phrasebook
{
public:
    /// The phrasebook of `language` ("nl", "en"); loaded once, kept for the program's life.
    /// Thread-safe.
    static const Phrasebook &forLanguage(const QString &language);

    /// The languages the program speaks, the primary one (Dutch) first: "nl", "en". A new
    /// language is one row in phrasebook.cpp and one .ts file.
    static QStringList languages();
    /// The language's own name: "Nederlands", "English" (`language` itself when unknown).
    static QString nativeName(const QString &language);
    /// How dates and numbers are written in `language` (nl: the Netherlands, en: the UK).
    static QLocale locale(const QString &language);

    const QString &language() const { return m_language; }
    /// `sourceText` in this language; `n` replaces %n as QCoreApplication::translate does.
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const;

    /// Installs the translations of `language` into the application, for tr() and
    /// QCoreApplication::translate; returns the translator to remove later (null if the
    /// language has no translations).
    static std::unique_ptr<QTranslator> install(const QString &language);

    Phrasebook(const Phrasebook &) = delete;
    Phrasebook &operator=(const Phrasebook &) = delete;

private:
    explicit Phrasebook(const QString &language);

    QString m_language;
    QTranslator m_translator;
};

} // namespace deelwijzer
