// SPDX-License-Identifier: EUPL-1.2
#include "advicetextwriter.h"

#include "adviceview.h"
#include "ruleset.h"

namespace deelwijzer {

namespace {

/// Indents every line of `text` (rule texts may span several lines).
QString indented(const QString &text, int spaces)
{
    const QString indent(spaces, QLatin1Char(' '));
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? QString() : indent + line.trimmed();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString adviceToText(const RuleSet &rules, const Advice &advice, const QString &language)
{
    const AdviceView view(rules, advice, language);
    const auto plain = [&](const QString &markup) { return rules.plainText(markup, language); };
    using Kind = AdviceSection::Kind;
    QString out;
    for (const AdviceSection &section : view.sections()) {
        if (section.kind == Kind::Verdict) {
            out += view.verdictSymbol() + QLatin1Char(' ') + view.verdictLabel();
            if (!view.verdictNote().isEmpty())
                out += QStringLiteral(" (%1)").arg(plain(view.verdictNote()));
            out += QLatin1Char('\n');
            if (!view.title().isEmpty())
                out += plain(view.title()) + QLatin1Char('\n');
            out += view.verdictMeaning() + QLatin1Char('\n');
            out += view.disclaimer() + QLatin1Char('\n');
            continue;
        }
        out += QLatin1Char('\n') + section.heading + QStringLiteral(":\n");
        if (!section.intro.isEmpty())
            out += indented(section.intro, 2);
        if (section.items.empty() && !section.empty.isEmpty())
            out += indented(section.empty, 2);
        int number = 1;
        for (const AdviceItem &item : section.items) {
            switch (section.kind) {
            case Kind::Verdict:
                break;
            case Kind::Explanation:
            case Kind::Uncertain:
                out += indented(plain(item.text), 2);
                break;
            case Kind::Unsure:
            case Kind::Sources:
                out += QStringLiteral("  - %1\n").arg(plain(item.text));
                if (!item.detail.isEmpty())
                    out += QStringLiteral("    %1\n").arg(item.detail);
                break;
            case Kind::Situation:
                out += QStringLiteral("  %1. %2 → %3\n").arg(number++).arg(plain(item.text), plain(item.label));
                break;
            case Kind::Grounds:
                if (!item.group.isEmpty())
                    out += QStringLiteral("  %1:\n").arg(item.group);
                out += QStringLiteral("  - %1%2: %3%4\n")
                           .arg(item.label, item.role.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(item.role),
                                plain(item.text), item.unsure ? QStringLiteral(" (%1)").arg(view.groundUnsureWarning()) : QString());
                if (!item.detail.isEmpty())
                    out += indented(plain(item.detail), 4);
                if (!item.words.isEmpty())
                    out += QStringLiteral("    %1 “%2”\n").arg(item.wordsCaption, item.words);
                if (!item.url.isEmpty())
                    out += QStringLiteral("    %1\n").arg(item.url);
                break;
            case Kind::Conditions:
                out += QStringLiteral("  [ ] %1\n").arg(plain(item.text));
                break;
            case Kind::NextSteps:
            case Kind::Why:
                out += QStringLiteral("  %1. %2\n").arg(number++).arg(plain(item.text));
                break;
            case Kind::About:
                out += QStringLiteral("  %1: %2\n").arg(item.label, plain(item.text));
                break;
            }
        }
        if (!section.closing.isEmpty())
            out += indented(section.closing, 2);
    }
    return out;
}

} // namespace deelwijzer
