// SPDX-License-Identifier: EUPL-1.2
#include "yamlerrortext.h"

#include <QCoreApplication>

#include <iterator>

namespace deelwijzer {

namespace {

// yaml-cpp 0.7's messages (yaml-cpp/exceptions.h, namespace ErrorMsg). Those ending in ": " are
// followed by the offending text.
constexpr const char *kMessages[] = {
    QT_TRANSLATE_NOOP("YamlError", "end of map not found"),
    QT_TRANSLATE_NOOP("YamlError", "end of map flow not found"),
    QT_TRANSLATE_NOOP("YamlError", "end of sequence not found"),
    QT_TRANSLATE_NOOP("YamlError", "end of sequence flow not found"),
    QT_TRANSLATE_NOOP("YamlError", "end of verbatim tag not found"),
    QT_TRANSLATE_NOOP("YamlError", "illegal map key"),
    QT_TRANSLATE_NOOP("YamlError", "illegal map value"),
    QT_TRANSLATE_NOOP("YamlError", "illegal block entry"),
    QT_TRANSLATE_NOOP("YamlError", "illegal flow end"),
    QT_TRANSLATE_NOOP("YamlError", "illegal tab when looking for indentation"),
    QT_TRANSLATE_NOOP("YamlError", "illegal character in scalar"),
    QT_TRANSLATE_NOOP("YamlError", "illegal EOF in scalar"),
    QT_TRANSLATE_NOOP("YamlError", "illegal document indicator in scalar"),
    QT_TRANSLATE_NOOP("YamlError", "unknown token"),
    QT_TRANSLATE_NOOP("YamlError", "unknown escape character: "),
    QT_TRANSLATE_NOOP("YamlError", "invalid unicode: "),
    QT_TRANSLATE_NOOP("YamlError", "bad character found while scanning hex number"),
    QT_TRANSLATE_NOOP("YamlError", "cannot set zero indentation for a block scalar"),
    QT_TRANSLATE_NOOP("YamlError", "unexpected character in block scalar"),
    QT_TRANSLATE_NOOP("YamlError", "alias not found after *"),
    QT_TRANSLATE_NOOP("YamlError", "anchor not found after &"),
    QT_TRANSLATE_NOOP("YamlError", "illegal character found while scanning alias"),
    QT_TRANSLATE_NOOP("YamlError", "illegal character found while scanning anchor"),
    QT_TRANSLATE_NOOP("YamlError", "cannot assign multiple tags to the same node"),
    QT_TRANSLATE_NOOP("YamlError", "cannot assign multiple anchors to the same node"),
    QT_TRANSLATE_NOOP("YamlError", "the referenced anchor is not defined"),
};

} // namespace

QString yamlErrorText(const std::string &message)
{
    const QString text = QString::fromStdString(message);
    for (const char *known : kMessages) {
        const QString source = QString::fromLatin1(known);
        const bool withDetail = source.endsWith(QLatin1String(": "));
        if (withDetail ? text.startsWith(source) : text == source)
            return QCoreApplication::translate("YamlError", known) + text.mid(withDetail ? source.size() : text.size());
    }
    return text;
}

} // namespace deelwijzer
