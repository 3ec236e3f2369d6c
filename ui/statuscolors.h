#pragma once

#include <QColor>

class QPalette;

// The colours that carry a meaning (a fault, a note, a label beside its
// value), chosen for the palette they are drawn on. A desktop in a dark
// theme gives light text on dark ground: the light theme's dark red would
// all but vanish there, and its pale tint behind a field would hide the very
// text that is at fault.
class StatusColors
{
public:
    // A dark theme: the window's ground darker than its middle grey.
    static bool isDark(const QPalette &palette);
    // Text drawn on the window's ground.
    static QColor fault(const QPalette &palette);
    static QColor notice(const QPalette &palette);
    static QColor secondary(const QPalette &palette);
    // The ground of a field at fault, behind the palette's own text colour.
    static QColor faultTint(const QPalette &palette);

private:
    static bool darkBase(const QPalette &palette);
};
