// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// Every key of the README's keyboard table does what the table says: one row per key, read
/// from README.md, each pressed in a window on the demo rules. A key added to the table
/// without a check here fails.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readmeTableHasKeys();
    void everyKeyOfTheReadmeTable_data();
    void everyKeyOfTheReadmeTable();
    void menuLettersAreUniqueInEveryMenu();
};
