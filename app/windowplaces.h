#pragma once

#include <QHash>
#include <QObject>

class QSettings;
class QWidget;

// Where each kind of window was and how large (maximised or not): a new
// window of that kind comes back there — the next application's wizard
// where the last one was, the list on the second screen where it was put —
// instead of at its first size. A place off every screen now (a monitor
// unplugged), or larger than the screen leaves (its scale raised since), is
// brought back onto it.
class WindowPlaces : public QObject
{
    Q_OBJECT
public:
    explicit WindowPlaces(QSettings *settings, QObject *parent = nullptr);

    // Puts `window` (not shown yet) where the last window of `kind` was,
    // and remembers its place when it is closed or hidden, or the app ends.
    void keep(QWidget *window, const QString &kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save(QWidget *window);
    void saveAll();

    QSettings *m_settings;
    QHash<QWidget *, QString> m_kinds;
};
