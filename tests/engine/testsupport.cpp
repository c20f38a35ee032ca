// SPDX-License-Identifier: EUPL-1.2
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

namespace deelwijzer::test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(DEELWIJZER_SOURCE_DIR "/") + relative;
}

std::shared_ptr<const RuleSet> demoRules()
{
    static const RuleSetLoadResult result = RuleSetLoader::loadFolder(sourcePath(QStringLiteral("rules/demo")));
    INFO(result.diagnostics.toString().toStdString());
    REQUIRE(result.ok());
    return result.ruleSet;
}

QByteArray manifest(const char *start)
{
    return QByteArrayLiteral("ruleset:\n"
                             "  id: t\n"
                             "  version: 1.0.0\n"
                             "  valid_from: 2026-01-01\n"
                             "  status: draft\n"
                             "  status_note: {nl: t, en: t}\n"
                             "  title: {nl: t, en: t}\n"
                             "  languages: [nl, en]\n"
                             "  start: ")
           + start + '\n';
}

RuleSetLoadResult loadSingleFile(const QByteArray &content, const QString &prefix)
{
    return RuleSetLoader::loadFiles({{QStringLiteral("ruleset.yaml"), content}}, prefix);
}

CorpusResult loadCorpusFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = file.readAll();
    const QString prefix = QFileInfo(path).completeBaseName();
    const QString displayed = prefix + QStringLiteral("/ruleset.yaml");
    QStringList expected;
    for (const QByteArray &line : content.split('\n')) {
        if (line.startsWith("# expect: "))
            expected << QString::fromUtf8(line.mid(10)).replace(QStringLiteral("{f}"), displayed);
    }
    const RuleSetLoadResult result = loadSingleFile(content, prefix);
    QStringList actual;
    for (const Diagnostic &d : result.diagnostics.items())
        actual << d.toString();
    expected.sort();
    actual.sort();
    return {expected.join(QLatin1Char('\n')).toStdString(), actual.join(QLatin1Char('\n')).toStdString(), result.ok()};
}

Answers answers(std::initializer_list<std::pair<const char *, QStringList>> items)
{
    Answers result;
    for (const auto &[question, answer] : items)
        result.insert(QString::fromLatin1(question), answer);
    return result;
}

} // namespace deelwijzer::test
