#pragma once

#include <QSize>

class QWidget;

// A main window's first size: the one its content reads well at, but never
// more than the screen leaves free (a 1366×768 laptop under a task bar
// would otherwise hide the wizard's Next button below the screen's edge).
class ScreenFit
{
public:
    // `available` is the screen less its task bars; room is kept for the
    // window's frame and title bar, which are not known before it is shown.
    static QSize within(const QSize &wanted, const QSize &available);
    static void resize(QWidget *window, const QSize &wanted);
    // A window put back where it was (another screen then, another scale):
    // no larger than the screen it is on leaves free, and wholly on it.
    static void keepOnScreen(QWidget *window);
};
