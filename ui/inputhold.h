#pragma once

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

// Holds a window's input while the application finishes starting behind it:
// the window is on screen while the keychain answers (a locked one asks for
// its password over it), but nothing typed may reach a wizard whose queue is
// not open yet. Keys typed meanwhile are kept and given to the window, in
// order, once released (to the field with the focus, as typing: a shortcut
// such as Alt+N pressed in those milliseconds does not act); clicks and
// closing the window are refused meanwhile (a click is not replayed: it would
// land where the pointer was then).
// The window's own cursor is set while holding and unset after: a window with
// a cursor of its own is not held.
class InputHold : public QObject
{
    Q_OBJECT
public:
    explicit InputHold(QWidget *window);
    // Without release(): what was held is dropped (the start failed).
    ~InputHold() override;

    // Lets input through again and replays the keys held meanwhile.
    void release();
    int heldKeys() const { return int(m_held.size()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isInWindow(QObject *watched) const;
    void stopHolding();

    QPointer<QWidget> m_window;
    std::vector<std::unique_ptr<QEvent>> m_held;
    bool m_holding = true;
};
