#include "ui/inputhold.h"

#include <QApplication>
#include <QWindow>

InputHold::InputHold(QWidget *window)
    : m_window(window)
{
    qApp->installEventFilter(this);
    // On this window only: a question asked meanwhile (a passphrase, the
    // drafts to resume) takes input as usual.
    window->setCursor(Qt::BusyCursor);
}

InputHold::~InputHold()
{
    stopHolding();
}

void InputHold::stopHolding()
{
    if (!m_holding)
        return;
    m_holding = false;
    qApp->removeEventFilter(this);
    if (m_window)
        m_window->unsetCursor();
}

void InputHold::release()
{
    stopHolding();
    // One at a time to the widget that has the focus when its turn comes,
    // as if typed now: a key may move the focus (Tab does).
    std::vector<std::unique_ptr<QEvent>> held = std::move(m_held);
    m_held.clear();
    for (const std::unique_ptr<QEvent> &event : held) {
        QWidget *target = m_window ? m_window->focusWidget() : nullptr;
        if (!target)
            target = m_window;
        if (target)
            QCoreApplication::sendEvent(target, event.get());
    }
}

bool InputHold::isInWindow(QObject *watched) const
{
    if (!m_window)
        return false;
    // The window system's events reach the QWindow first: a click gives the
    // focus away before any widget sees it.
    if (watched->isWindowType())
        return watched == static_cast<QObject *>(m_window->windowHandle());
    return watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == m_window;
}

bool InputHold::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_holding || !isInWindow(watched))
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
        m_held.emplace_back(event->clone());
        return true;
    case QEvent::ShortcutOverride:
        // "This key is for the widget": no shortcut acts on it meanwhile, and
        // it comes back as a key press, which is held.
        event->accept();
        return true;
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Drop:
        return true;
    case QEvent::Close:
        event->ignore();
        return true;
    default:
        return false;
    }
}
