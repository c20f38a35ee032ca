// SPDX-License-Identifier: EUPL-1.2
#include "reviewstatement.h"

#include "diagnostics.h"
#include "ruleset.h"

#include <QHash>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <mutex>

namespace deelwijzer {

namespace {

/// `source` (a QT_TRANSLATE_NOOP in context ReviewStatement) in `language`, from the program's
/// compiled-in translations (:/i18n); the English source where there are none (the engine's
/// tests link no translations).
QString phrase(const char *source, const QString &language)
{
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::lock_guard lock(mutex);
    auto it = translators.find(language);
    if (it == translators.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/deelwijzer_%1.qm").arg(language)))
            translator.reset();
        it = translators.insert(language, translator);
    }
    const QString translated = *it ? (*it)->translate("ReviewStatement", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString dateText(const QDate &date, const QString &language)
{
    const QLocale locale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

bool ReviewStatement::isReviewed(const RuleSet &rules)
{
    const Review *last = rules.info().lastReview();
    return last && last->fingerprint == rules.fingerprint();
}

QString ReviewStatement::text(const RuleSet &rules, const QString &language)
{
    const Review *last = rules.info().lastReview();
    if (!last)
        return phrase(QT_TRANSLATE_NOOP("ReviewStatement", "Not reviewed: nobody has signed off these rules."), language);
    const QString who = last->role.isEmpty() ? last->reviewer : QStringLiteral("%1 (%2)").arg(last->reviewer, last->role);
    if (last->fingerprint != rules.fingerprint())
        return phrase(QT_TRANSLATE_NOOP("ReviewStatement", "Not reviewed: the rules have changed since %1 reviewed them on %2."),
                      language)
            .arg(who, dateText(last->date, language));
    QString text = phrase(QT_TRANSLATE_NOOP("ReviewStatement", "Reviewed by %1 on %2."), language)
                       .arg(who, dateText(last->date, language));
    if (!last->scope.isEmpty())
        text += QLatin1Char(' ') + phrase(QT_TRANSLATE_NOOP("ReviewStatement", "Scope: %1."), language).arg(last->scope);
    return text;
}

void ReviewStatement::check(const RuleSet &rules, Diagnostics &diagnostics)
{
    const Review *last = rules.info().lastReview();
    if (!last || last->fingerprint == rules.fingerprint())
        return;
    diagnostics.warning(last->location,
                        tr("the last review (%1, %2) signed off fingerprint %3…, but the rules now have %4…: they "
                           "changed since and are not reviewed")
                            .arg(last->reviewer, last->date.toString(Qt::ISODate), last->fingerprint.left(12),
                                 rules.fingerprint().left(12)));
}

} // namespace deelwijzer
