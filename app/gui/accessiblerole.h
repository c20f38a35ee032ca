// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAccessible>

class QWidget;

namespace deelwijzer {

/// Gives a plain widget an accessible role of its own, e.g. a box of answers that is a group
/// named by its question, so a screen reader says the question when the focus enters it.
class AccessibleRole
{
public:
    /// `widget` is exposed as `role` (its name and description as usual).
    static void set(QWidget *widget, QAccessible::Role role);
};

} // namespace deelwijzer
