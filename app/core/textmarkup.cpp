// SPDX-License-Identifier: EUPL-1.2
#include "textmarkup.h"

#include <QCoreApplication>

namespace deelwijzer {

bool parseMarkup(const QString &text, std::vector<TextSpan> &spans, QString *error)
{
    spans.clear();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        spans.clear();
        spans.push_back({TextSpan::Kind::Text, text, QString()});
        return false;
    };
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("[["), position);
        if (open < 0) {
            spans.push_back({TextSpan::Kind::Text, text.mid(position), QString()});
            break;
        }
        if (open > position)
            spans.push_back({TextSpan::Kind::Text, text.mid(position, open - position), QString()});
        const qsizetype close = text.indexOf(QLatin1String("]]"), open + 2);
        if (close < 0)
            return fail(QCoreApplication::translate("TextMarkup", "'[[' without closing ']]'"));
        const QString inner = text.mid(open + 2, close - open - 2);
        if (inner.contains(QLatin1String("[[")))
            return fail(QCoreApplication::translate("TextMarkup", "'[[' inside a link"));
        const qsizetype bar = inner.indexOf(QLatin1Char('|'));
        QString target = (bar < 0 ? inner : inner.left(bar)).trimmed();
        const QString words = bar < 0 ? QString() : inner.mid(bar + 1).trimmed();
        TextSpan span{TextSpan::Kind::Term, words, QString()};
        if (target.startsWith(QLatin1String("ground:"))) {
            span.kind = TextSpan::Kind::Ground;
            target = target.mid(7).trimmed();
        }
        if (target.isEmpty())
            return fail(QCoreApplication::translate("TextMarkup", "a link '[[...]]' without a target"));
        if (bar >= 0 && words.isEmpty())
            return fail(QCoreApplication::translate("TextMarkup", "a link '[[%1|]]' with no words after '|'").arg(target));
        span.target = target;
        spans.push_back(span);
        position = close + 2;
    }
    return true;
}

QString plainText(const QString &text, const std::function<QString(TextSpan::Kind, const QString &)> &label)
{
    std::vector<TextSpan> spans;
    parseMarkup(text, spans);
    QString result;
    for (const TextSpan &span : spans) {
        if (span.kind == TextSpan::Kind::Text || !span.text.isEmpty())
            result += span.text;
        else
            result += label(span.kind, span.target);
    }
    return result;
}

} // namespace deelwijzer
