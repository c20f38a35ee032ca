// SPDX-License-Identifier: EUPL-1.2
// deelwijzer-yamlcache OUTPUT BASE FILE...: parses the built-in YAML files at build time and
// writes their trees (YamlParseCache), so the programs need not parse them at every start.
#include "yamlparsecache.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: deelwijzer-yamlcache OUTPUT BASE_FOLDER [FILE...]\n", stderr);
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    const QDir base(QString::fromLocal8Bit(argv[2]));
    QList<QByteArray> contents;
    QStringList names;
    for (int i = 3; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "deelwijzer-yamlcache: %s: %s\n", argv[i], qPrintable(file.errorString()));
            return 1;
        }
        contents.append(file.readAll());
        names.append(base.relativeFilePath(path));
    }
    QStringList leftOut;
    const QByteArray cache = deelwijzer::YamlParseCache::build(contents, names, &leftOut);
    for (const QString &name : std::as_const(leftOut))
        std::fprintf(stderr, "deelwijzer-yamlcache: %s does not parse cleanly; it will be parsed at run time\n",
                     qPrintable(name));
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(cache) != cache.size() || !out.commit()) {
        std::fprintf(stderr, "deelwijzer-yamlcache: %s: %s\n", argv[1], qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
