#include "ui/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {
// Title bar and borders of the usual desktops, with a little margin.
constexpr QSize Frame(24, 64);
} // namespace

QSize ScreenFit::within(const QSize &wanted, const QSize &available)
{
    return wanted.boundedTo(available - Frame).expandedTo(QSize(480, 360));
}

void ScreenFit::resize(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen();
    window->resize(screen ? within(wanted, screen->availableGeometry().size()) : wanted);
}

void ScreenFit::keepOnScreen(QWidget *window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return; // the window system sizes it
    QRect place = window->geometry();
    const QScreen *screen = QGuiApplication::screenAt(place.center());
    if (!screen)
        screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    place.setSize(within(place.size(), available.size()));
    // The place is the window's inside: its frame's border lies beyond it
    // (a size within() leaves the title bar room above when moved up).
    const int border = 8;
    const QRect room = available.adjusted(0, 0, -border, -border);
    if (place.right() > room.right())
        place.moveRight(room.right());
    if (place.bottom() > room.bottom())
        place.moveBottom(room.bottom());
    if (place.left() < available.left())
        place.moveLeft(available.left());
    if (place.top() < available.top())
        place.moveTop(available.top());
    if (place != window->geometry())
        window->setGeometry(place);
}
