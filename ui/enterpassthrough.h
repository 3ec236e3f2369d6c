#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QWidget;

// Return and Enter try Next wherever the focus is in a window, whichever
// platform theme runs. GNOME's theme (Qt 6.4's ButtonPressKeys) makes them
// press the control that has the focus, as Space does: a destination's group
// box took the key from the field inside it, so Enter on step 2 or 4 did
// nothing at all; a check box toggled, a list to choose from opened, the
// language or add-row button was pressed. Only a push button that asks for
// Enter (auto-default: remove, copy, change, the wizard's own) keeps it.
class EnterPassThrough : public QObject
{
    Q_OBJECT
public:
    explicit EnterPassThrough(QWidget *window);

    // Return or Enter, alone (the keypad's Enter carries the keypad flag).
    static bool isPlainEnter(const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool passesOn(const QWidget *widget);
    QPointer<QWidget> m_window;
};
