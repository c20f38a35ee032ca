// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QWidget;

namespace deelwijzer {

class GlossaryLabel;

/// Exposes the links in a GlossaryLabel to screen readers as link objects. Qt 6.4 offers a
/// QLabel to assistive technology as one static text without children, so its links were
/// silent Tab stops. With this, each link is a child of the label with the role "link", named
/// by its words, described by what it explains, pressable, and announced when Tab reaches it.
class AccessibleLinks
{
public:
    /// Installs the accessibility factory for GlossaryLabel (once per program).
    static void install();
    /// Tells assistive technology that keyboard focus moved to the label's link at `index`.
    static void notifyFocus(GlossaryLabel *label, int index);
};

} // namespace deelwijzer
