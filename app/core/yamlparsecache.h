// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "yamldocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace deelwijzer {

/// Trees yaml-cpp parsed at build time, found by a cryptographic hash (BLAKE2b-256) of the file's bytes.
///
/// Parsing the built-in rule set with yaml-cpp costs about 55 ms of CPU time at every start; the
/// build parses the same bytes once (tool `deelwijzer-yamlcache`) and compiles the trees into the
/// programs. A file whose bytes differ in any way, a user's rule set say, is not found and is
/// parsed as always: the cache can make reading faster, never different.
class YamlParseCache
{
public:
    YamlParseCache() = default;
    /// Reads an encoded cache; an empty cache when `data` is not one (never trusted blindly).
    explicit YamlParseCache(QByteArrayView data);

    /// Parses every file with YamlDocument and encodes the trees of those that parse without a
    /// diagnostic. Files with problems are left out (they will be parsed, and reported, at run time).
    static QByteArray build(const QList<QByteArray> &contents, const QStringList &fileNames,
                            QStringList *leftOut = nullptr);

    /// The trees compiled into this program (empty in a program built without them).
    static const YamlParseCache &builtin();

    /// The tree of `content`, its nodes naming `fileName`; nullptr when the cache lacks it.
    YamlTree find(const QByteArray &content, const QString &fileName) const;
    qsizetype size() const { return m_trees.size(); }

private:
    QHash<QByteArray, QByteArrayView> m_trees; // content hash -> encoded tree
};

/// The one way the programs read YAML text: the build's tree when the bytes are those of a
/// built-in file, else yaml-cpp through YamlDocument::parse.
YamlTree readYaml(const QByteArray &content, const QString &fileName, Diagnostics &diagnostics);

} // namespace deelwijzer
