// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

namespace deelwijzer {

/// How many characters of untrusted input a message quotes at most.
constexpr qsizetype MaxQuote = 200;

/// `untrusted` made safe to show on a terminal or in a message: control characters (and
/// bidirectional overrides) written as \\uXXXX, cut to `maxLength` characters with "…".
QString printable(const QString &untrusted, qsizetype maxLength = 4 * MaxQuote);

/// A place in an input file; line and column are 1-based, 0 when unknown.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
};

/// One problem found in an input file.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    SourceLocation location;
    QString message;

    /// `FILE:LINE:COL: error: message`, the form compilers use, so editors can jump to it;
    /// `FILE: error: message` when the problem has no line.
    QString toString() const;
};

/// The problems found while reading input; collects, never throws.
class Diagnostics
{
public:
    /// Messages are stored tidied: control characters escaped, quoted input ('...') cut to
    /// MaxQuote characters.
    void error(const SourceLocation &where, const QString &message);
    void warning(const SourceLocation &where, const QString &message);
    void append(const Diagnostics &other);

    bool hasErrors() const { return m_errorCount > 0; }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return int(m_items.size()) - m_errorCount; }
    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<Diagnostic> &items() const { return m_items; }

    /// Sorted by file, line and column; one diagnostic per line.
    QString toString() const;
    QList<Diagnostic> sorted() const;

private:
    QList<Diagnostic> m_items;
    int m_errorCount = 0;
};

} // namespace deelwijzer
