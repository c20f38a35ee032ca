// SPDX-License-Identifier: EUPL-1.2
// The JSON Schema of the rule format (rules/schema/) against the reader's key tables.
#include "ruleformat.h"
#include "ruleset.h"
#include "verdict.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch.hpp>

using namespace deelwijzer;

namespace {
const QString schemaPath = QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules/schema/deelwijzer-rules.schema.json");

QJsonObject schema()
{
    QFile file(schemaPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QSet<QString> toSet(std::span<const char *const> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QLatin1String(name));
    return set;
}

QSet<QString> toSet(const QStringList &names) { return QSet<QString>(names.cbegin(), names.cend()); }

QSet<QString> stringsOf(const QJsonValue &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array.toArray())
        set.insert(value.toString());
    return set;
}

QString describe(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QStringLiteral(", "));
}
} // namespace

TEST_CASE("the JSON Schema has every key the reader accepts and no other", "[schema]")
{
    const QJsonObject root = schema();
    const QJsonObject defs = root.value(QStringLiteral("$defs")).toObject();
    for (const RuleKeys *keys : ruleformat::all()) {
        INFO("schema definition " << keys->schemaName);
        const QJsonObject def = defs.value(QLatin1String(keys->schemaName)).toObject();
        REQUIRE_FALSE(def.isEmpty());
        CHECK(describe(toSet(def.value(QStringLiteral("properties")).toObject().keys())).toStdString()
              == describe(toSet(keys->allowed)).toStdString());
        CHECK(describe(stringsOf(def.value(QStringLiteral("required")))).toStdString()
              == describe(toSet(keys->required)).toStdString());
        // Unknown keys are errors in the reader, so they are in the schema too.
        CHECK(def.value(QStringLiteral("additionalProperties")) == QJsonValue(false));
    }
    CHECK(describe(toSet(root.value(QStringLiteral("properties")).toObject().keys())).toStdString()
          == describe(toSet(ruleformat::sections())).toStdString());
    CHECK(root.value(QStringLiteral("additionalProperties")) == QJsonValue(false));
}

TEST_CASE("the JSON Schema lists the values the reader accepts", "[schema]")
{
    const QJsonObject defs = schema().value(QStringLiteral("$defs")).toObject();
    const auto enumOf = [&](const char *def, const char *property) {
        const QJsonObject object = defs.value(QLatin1String(def)).toObject();
        const QJsonValue values = property ? object.value(QStringLiteral("properties")).toObject().value(QLatin1String(property)).toObject().value(QStringLiteral("enum"))
                                           : object.value(QStringLiteral("enum"));
        return describe(stringsOf(values)).toStdString();
    };
    CHECK(enumOf("manifest", "status") == describe(toSet(ruleformat::statuses())).toStdString());
    CHECK(enumOf("question", "type") == describe(toSet(allQuestionTypeIds())).toStdString());
    CHECK(enumOf("outcome", "verdict") == describe(toSet(allVerdictIds())).toStdString());
    CHECK(enumOf("role", nullptr) == describe(toSet(allGroundRoleIds())).toStdString());
}

TEST_CASE("every file of the shipped rule set names the schema for editors", "[schema]")
{
    const QString folder = QStringLiteral(DEELWIJZER_SOURCE_DIR "/rules");
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (!relative.startsWith(QLatin1String("cases/")) && !relative.startsWith(QLatin1String("demo/")))
            files << path;
    }
    REQUIRE(files.size() > 10);
    for (const QString &path : std::as_const(files)) {
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray firstLine = file.readLine().trimmed();
        REQUIRE(firstLine.startsWith("# yaml-language-server: $schema="));
        // The path is relative to the file, as the YAML language server reads it.
        const QString relative = QString::fromUtf8(firstLine.mid(firstLine.indexOf('=') + 1));
        const QString target = QFileInfo(QFileInfo(path).dir(), relative).canonicalFilePath();
        CHECK(target == QFileInfo(schemaPath).canonicalFilePath());
    }
}
