// SPDX-License-Identifier: EUPL-1.2
#include "diagnostics.h"

#include <algorithm>

namespace deelwijzer {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1:%2:%3: %4: %5")
        .arg(location.file)
        .arg(location.line)
        .arg(location.column)
        .arg(kind, message);
}

void Diagnostics::error(const SourceLocation &where, const QString &message)
{
    m_items.append({Diagnostic::Severity::Error, where, message});
    ++m_errorCount;
}

void Diagnostics::warning(const SourceLocation &where, const QString &message)
{
    m_items.append({Diagnostic::Severity::Warning, where, message});
}

void Diagnostics::append(const Diagnostics &other)
{
    m_items.append(other.m_items);
    m_errorCount += other.m_errorCount;
}

QList<Diagnostic> Diagnostics::sorted() const
{
    QList<Diagnostic> result = m_items;
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    return result;
}

QString Diagnostics::toString() const
{
    QString out;
    for (const Diagnostic &d : sorted())
        out += d.toString() + QLatin1Char('\n');
    return out;
}

} // namespace deelwijzer
