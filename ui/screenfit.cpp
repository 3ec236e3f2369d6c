#include "ui/screenfit.h"

#include <QScreen>
#include <QWidget>

QSize ScreenFit::within(const QSize &wanted, const QSize &available)
{
    // Title bar and borders of the usual desktops, with a little margin.
    const QSize frame(24, 64);
    return wanted.boundedTo(available - frame).expandedTo(QSize(480, 360));
}

void ScreenFit::resize(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen();
    window->resize(screen ? within(wanted, screen->availableGeometry().size()) : wanted);
}
