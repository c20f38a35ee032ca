// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace deelwijzer {

/// Switches the UI language at run time: installs the app's and Qt's own translators, after
/// which Qt posts QEvent::LanguageChange to every widget (each one then calls retranslateUi).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    const QString &language() const { return m_language; }
    /// Installs the translators for `language` (one of Phrasebook::languages()); returns false if
    /// unknown.
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace deelwijzer
