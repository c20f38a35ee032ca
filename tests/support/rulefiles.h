// SPDX-License-Identifier: EUPL-1.2
// Copies of rule sets to change, for the tests of the command line, the review book and diff.
#pragma once

#include <QString>

namespace testfiles {

/// Copies the folder `from` (its files and subfolders; a resource folder too) to `to`.
void copyFolder(const QString &from, const QString &to);
/// Replaces `before` (which must occur exactly once) by `after` in the file `path`.
void edit(const QString &path, const QString &before, const QString &after);

} // namespace testfiles
