#include "ui/focuskeeper.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {
bool isKeptWindow(QObject *object)
{
    if (!object->isWidgetType())
        return false;
    auto *w = static_cast<QWidget *>(object);
    const Qt::WindowType type = w->windowType();
    return w->isWindow() && (type == Qt::Dialog || type == Qt::Window);
}
} // namespace

FocusKeeper::FocusKeeper(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool FocusKeeper::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        if (isKeptWindow(watched)) {
            m_shown.removeAll(static_cast<QWidget *>(watched));
            m_shown.append(static_cast<QWidget *>(watched));
        }
        break;
    case QEvent::Hide:
        // Closed or hidden by the application; not minimised (spontaneous):
        // a window put away by the person is not replaced by another.
        if (!event->spontaneous() && isKeptWindow(watched)) {
            m_shown.removeAll(static_cast<QWidget *>(watched));
            checkSoon();
        }
        break;
    default:
        break;
    }
    return false;
}

void FocusKeeper::checkSoon()
{
    // After the window system has said where the focus went.
    QTimer::singleShot(0, this, [this] {
        const QWidget *active = QApplication::activeWindow();
        if (active && active->isVisible())
            return;
        // The window shown last that is still there: the one that opened a
        // dialog, or a dialog opened meanwhile.
        m_shown.removeAll(nullptr);
        for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
            if ((*it)->isVisible() && !(*it)->isMinimized()) {
                (*it)->activateWindow();
                return;
            }
        }
    });
}
