// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

/// Data-driven tests of the personal-data heuristics behind the case-reference warning.
class TestPersonalDataDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bsnElfproef_data();
    void bsnElfproef();
    void scan_data();
    void scan();
    void warningNamesEveryKind();
};
