#pragma once

#include <QTest>
#include <QWidget>

// Shows a window and waits until it has the keyboard, as a person's window
// has once they click it. Under Xvfb no window manager activates a window
// that is shown, so the test asks for it.
[[nodiscard]] inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}
