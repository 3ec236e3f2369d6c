#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

// Runs `act` on the modal dialog of type `Dialog` once it is up: the app's
// start() opens its questions modally, before the test's own code runs on.
// Looks every 20 ms, `attempts` times.
template<typename Dialog> void whenModal(std::function<void(Dialog *)> act, int attempts = 300)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (auto dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModal<Dialog>(std::move(act), attempts - 1);
    });
}
