// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace deelwijzer {

/// A piece of rule text: plain text, a glossary link `[[term]]`/`[[term|words]]` or a ground
/// link `[[ground:id]]`.
struct TextSpan
{
    enum class Kind { Text, Term, Ground };
    Kind kind = Kind::Text;
    QString text;   ///< the words to show (for links: empty when the default label applies)
    QString target; ///< term or ground id
};

/// Splits rule text into spans. On malformed markup (an unclosed `[[`, an empty target) returns
/// false and sets `error`; the spans then hold the text as plain text.
bool parseMarkup(const QString &text, std::vector<TextSpan> &spans, QString *error = nullptr);

/// The text with links replaced by their words (for plain-text output); `label` gives the
/// default words of a link without its own.
QString plainText(const QString &text,
                  const std::function<QString(TextSpan::Kind, const QString &)> &label);

} // namespace deelwijzer
