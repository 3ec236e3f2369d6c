#include "app/windowplaces.h"

#include "ui/screenfit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace {
QString keyFor(const QString &kind)
{
    return QStringLiteral("windows/%1").arg(kind);
}
} // namespace

WindowPlaces::WindowPlaces(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // Ended by a logout or Ctrl+Q, a window may go without being closed.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WindowPlaces::saveAll);
}

void WindowPlaces::keep(QWidget *window, const QString &kind)
{
    // The window this one replaces (the next application's wizard comes
    // while the last one is still on screen) has the place to take.
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (it.value() == kind && it.key() != window && it.key()->isVisible())
            save(it.key());
    }
    const QByteArray place = m_settings->value(keyFor(kind)).toByteArray();
    if (!place.isEmpty() && window->restoreGeometry(place))
        ScreenFit::keepOnScreen(window);
    m_kinds.insert(window, kind);
    window->installEventFilter(this);
    connect(window, &QObject::destroyed, this, [this, window] { m_kinds.remove(window); });
}

bool WindowPlaces::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Hide || event->type() == QEvent::Close) {
        auto window = static_cast<QWidget *>(watched);
        if (window->isWindow() && !window->isMinimized())
            save(window);
    }
    return QObject::eventFilter(watched, event);
}

void WindowPlaces::save(QWidget *window)
{
    const QString kind = m_kinds.value(window);
    // Never shown: it has no place of its own yet (its first size only).
    if (kind.isEmpty() || !window->testAttribute(Qt::WA_WState_Created))
        return;
    m_settings->setValue(keyFor(kind), window->saveGeometry());
}

void WindowPlaces::saveAll()
{
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (it.key()->isVisible())
            save(it.key());
    }
    m_settings->sync();
}
