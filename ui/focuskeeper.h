#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

// Keeps a window of the application active after a dialog or another of its
// windows closes: the one shown last that is still there. A window manager
// does that itself; without one (a kiosk session, a test display) the keyboard
// focus would go nowhere, and Alt+N, Alt+L and every other shortcut would not
// act until a click. Never takes the activation from a window that has it.
// Installed once on the application.
class FocusKeeper : public QObject
{
    Q_OBJECT
public:
    explicit FocusKeeper(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkSoon();

    QList<QPointer<QWidget>> m_shown; // the application's windows, shown last at the end
};
