#include "ui/focuskeeper.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#if defined(MOSHIKOMI_HAVE_XCB) // ui/CMakeLists.txt: where libxcb is found
#include <QtGui/qguiapplication_platform.h>
#include <xcb/xcb.h>
#endif

#include <memory>

namespace {

bool isKeptWindow(QObject *object)
{
    if (!object->isWidgetType())
        return false;
    auto *w = static_cast<QWidget *>(object);
    const Qt::WindowType type = w->windowType();
    return w->isWindow() && (type == Qt::Dialog || type == Qt::Window);
}

// Whether an EWMH window manager runs on this X display: it announces itself
// on the root window (_NET_SUPPORTING_WM_CHECK). Other platforms always have
// one that gives new windows the focus.
bool windowManagerRunning()
{
#if defined(MOSHIKOMI_HAVE_XCB) && QT_CONFIG(xcb)
    if (QGuiApplication::platformName() != QLatin1StringView("xcb"))
        return true;
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    xcb_connection_t *c = x11 ? x11->connection() : nullptr;
    if (!c)
        return true;
    const char name[] = "_NET_SUPPORTING_WM_CHECK";
    const std::unique_ptr<xcb_intern_atom_reply_t, decltype(&free)> atom(
        xcb_intern_atom_reply(c, xcb_intern_atom(c, 1, sizeof(name) - 1, name), nullptr), &free);
    if (!atom || atom->atom == XCB_ATOM_NONE)
        return false;
    const xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
    const std::unique_ptr<xcb_get_property_reply_t, decltype(&free)> property(
        xcb_get_property_reply(c, xcb_get_property(c, 0, root, atom->atom, XCB_ATOM_WINDOW, 0, 1),
                               nullptr),
        &free);
    return property && xcb_get_property_value_length(property.get()) > 0;
#else
    return true;
#endif
}

} // namespace

FocusKeeper::FocusKeeper(QObject *parent)
    : QObject(parent)
    , m_givesNewWindowsTheFocus(!windowManagerRunning())
{
    qApp->installEventFilter(this);
}

bool FocusKeeper::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
        if (isKeptWindow(watched)) {
            auto *window = static_cast<QWidget *>(watched);
            m_shown.removeAll(window);
            m_shown.append(window);
            // What a window manager does for a new window, where none does.
            if (m_givesNewWindowsTheFocus && !window->testAttribute(Qt::WA_ShowWithoutActivating))
                window->activateWindow();
        }
        break;
    case QEvent::WindowActivate:
        // The order to come back in is the order they were used in: a
        // dialog closing gives the keys to the window that had them before
        // (the list staff went back to), not to the one shown last.
        if (isKeptWindow(watched)) {
            auto *window = static_cast<QWidget *>(watched);
            if (m_shown.contains(window)) {
                m_shown.removeAll(window);
                m_shown.append(window);
            }
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
        // The window active last (or shown last, not yet active) that is
        // still there: the one that opened a dialog, or a dialog opened
        // meanwhile.
        m_shown.removeAll(nullptr);
        for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
            if ((*it)->isVisible() && !(*it)->isMinimized()) {
                (*it)->activateWindow();
                return;
            }
        }
    });
}
