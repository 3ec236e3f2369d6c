#include "ui/statuscolors.h"

#include <QPalette>

// Each pair keeps a contrast of at least 4.5:1 (WCAG AA) with the grounds of
// the usual light and dark themes.

QColor StatusColors::fault(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor StatusColors::notice(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0x7a, 0x4f, 0x00);
}

QColor StatusColors::secondary(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xb4, 0xb4, 0xb4) : QColor(0x55, 0x55, 0x55);
}

QColor StatusColors::faultTint(const QPalette &palette)
{
    return darkBase(palette) ? QColor(0x5a, 0x1f, 0x26) : QColor(0xff, 0xeb, 0xee);
}

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool StatusColors::darkBase(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
