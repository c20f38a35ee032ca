// SPDX-License-Identifier: EUPL-1.2
#include "rulesetstatus.h"

namespace deelwijzer {

QString RuleSetStatus::label(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("draft");
    if (status == QLatin1String("reconstructed"))
        return tr("reconstructed");
    if (status == QLatin1String("reviewed"))
        return tr("reviewed");
    if (status == QLatin1String("approved"))
        return tr("approved");
    if (status == QLatin1String("withdrawn"))
        return tr("withdrawn");
    return status;
}

} // namespace deelwijzer
