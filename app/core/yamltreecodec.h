// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "yamldocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace deelwijzer {

/// A compact binary form of a parsed YAML tree (kinds, quoting, texts and positions), so that
/// a tree yaml-cpp built at compile time can be restored without parsing again.
class YamlTreeCodec
{
public:
    static QByteArray encode(const YamlNode &root);
    /// The tree, with every node's file set to `fileName`; nullptr when `data` is not a whole,
    /// well-formed encoding (it is bounds-checked and never trusted to be).
    static YamlTree decode(QByteArrayView data, const QString &fileName);
};

} // namespace deelwijzer
