// SPDX-License-Identifier: EUPL-1.2
#include "rulesetcontroller.h"

#include "rulesetloader.h"

namespace deelwijzer {

RuleSetController::RuleSetController(QObject *parent)
    : QObject(parent)
{
}

bool RuleSetController::isBuiltin() const
{
    return m_origin == RuleSetLoader::builtinPath();
}

bool RuleSetController::loadBuiltin()
{
    return loadFolder(RuleSetLoader::builtinPath());
}

bool RuleSetController::loadFolder(const QString &folder)
{
    RuleSetLoadResult result = read(folder);
    if (!result.ok())
        return false;
    use(std::move(result), folder);
    return true;
}

RuleSetLoadResult RuleSetController::read(const QString &folder)
{
    RuleSetLoadResult result = RuleSetLoader::loadFolder(folder);
    if (!result.ok()) {
        if (result.diagnostics.isEmpty())
            result.diagnostics.error({folder, 0, 0}, tr("The rule set could not be read."));
        Q_EMIT loadFailed(folder, result.diagnostics);
    }
    return result;
}

void RuleSetController::use(RuleSetLoadResult result, const QString &folder)
{
    m_rules = std::move(result.ruleSet);
    m_origin = folder;
    m_warnings = result.diagnostics;
    Q_EMIT rulesChanged();
}

} // namespace deelwijzer
