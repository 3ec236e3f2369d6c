#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

// Keeps a window of the application active: after a dialog or another of its
// windows closes, the one active (or shown) last that is still there (never
// taking the activation from a window that has it); and, on an X display without a
// window manager (a kiosk session, a test display), each new window as it is
// shown, as a window manager would. Without that the keyboard focus went
// nowhere: keys reached the window under the pointer, but no field said what
// was wrong when left and no shortcut (Alt+N, Alt+L) acted until a click.
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

    // The application's windows, the one shown or active last at the end.
    QList<QPointer<QWidget>> m_shown;
    const bool m_givesNewWindowsTheFocus;
};
