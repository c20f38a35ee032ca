// SPDX-License-Identifier: EUPL-1.2
// What the command-line tests share: running deelwijzer-cli as a user would, and copies of the
// demo rule set to change.
#pragma once

#include "rulefiles.h"

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace clitest {

/// What one run of deelwijzer-cli printed and returned.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs deelwijzer-cli with `arguments`; `environment` ("NAME=value") is added to ours.
Run cli(const QStringList &arguments, const QStringList &environment = {});
/// A copy of the demo rule set (with its cases) in `dir`/`name`.
QString copyDemo(const QTemporaryDir &dir, const QString &name);
/// Replaces `before` (which must occur once) by `after` in a rule file.
using testfiles::edit;

} // namespace clitest
