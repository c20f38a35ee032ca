// SPDX-License-Identifier: EUPL-1.2
#include "reviewstatement.h"

#include "diagnostics.h"
#include "phrasebook.h"
#include "ruleset.h"

#include <QLocale>

namespace deelwijzer {

namespace {

/// `source` (a QT_TRANSLATE_NOOP in context ReviewStatement) in `language`, whatever language
/// the program speaks.
QString phrase(const char *source, const QString &language)
{
    return Phrasebook::forLanguage(language).translate("ReviewStatement", source);
}

QString dateText(const QDate &date, const QString &language)
{
    return QLocale(language).toString(date, QStringLiteral("d MMMM yyyy"));
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
