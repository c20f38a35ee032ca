// SPDX-License-Identifier: EUPL-1.2
#include "diagnostics.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace deelwijzer {

QString printable(const QString &untrusted, qsizetype maxLength)
{
    QString out;
    const QString text = untrusted.size() > maxLength ? untrusted.left(maxLength) : untrusted;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // C0 and C1 controls, DEL, and the bidirectional overrides that reorder what follows.
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (untrusted.size() > maxLength)
        out += QChar(0x2026);
    return out;
}

namespace {
/// Messages quote the input they complain about between single quotes; a long quote is
/// shortened to its first `MaxQuote` characters, and no control character survives.
QString tidyMessage(const QString &message)
{
    static const QRegularExpression longQuote(QStringLiteral("'([^']{%1,})'").arg(MaxQuote + 1));
    QString out;
    qsizetype done = 0;
    for (auto it = longQuote.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += message.mid(done, match.capturedStart(1) - done) + printable(match.captured(1), MaxQuote);
        done = match.capturedEnd(1);
    }
    out += message.mid(done);
    return printable(out, 4 * MaxQuote + 400);
}
} // namespace

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QCoreApplication::translate("Diagnostics", "error")
                                                     : QCoreApplication::translate("Diagnostics", "warning");
    // Without a line (the file as a whole: it cannot be opened, it is a folder) no ":0:0".
    const QString where = location.line > 0
                              ? QStringLiteral("%1:%2:%3").arg(printable(location.file)).arg(location.line).arg(location.column)
                              : printable(location.file);
    return QStringLiteral("%1: %2: %3").arg(where, kind, message);
}

void Diagnostics::error(const SourceLocation &where, const QString &message)
{
    m_items.append({Diagnostic::Severity::Error, where, tidyMessage(message)});
    ++m_errorCount;
}

void Diagnostics::warning(const SourceLocation &where, const QString &message)
{
    m_items.append({Diagnostic::Severity::Warning, where, tidyMessage(message)});
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
