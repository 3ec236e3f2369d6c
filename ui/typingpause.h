#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QRect>

#include <functional>

class QWidget;

// When the person last typed, for a window that would take the keyboard
// from them. A question that comes by itself — the service refused the
// staff token at a sync round — opened while staff type a customer's name
// took the rest of the name into its token field (selected, so replaced),
// where an Enter would have saved it as the token. Such a question waits for a pause in
// the typing. Keys and input-method commits (Japanese is typed through one)
// count as typing.
class TypingPause : public QObject
{
    Q_OBJECT
public:
    // Watches every window of the application.
    explicit TypingPause(QObject *parent = nullptr);
    // The application's own, made on first use: what asks by itself — the
    // app's questions, the wizard's "not saved" — waits for the same pause.
    static TypingPause *instance();
    // The pause such a question waits for.
    static constexpr int QuietBeforeAskingMs = 2000;

    // Runs `then` once nothing has been typed for `quietMs`: at once when
    // nothing was typed that recently. Not when `context` is gone by then.
    void whenQuiet(int quietMs, QObject *context, std::function<void()> then);
    // Shows a window that came by itself beside the one staff type in, the
    // keys left where they are: a click (or its shortcut) takes them to it.
    // It stands where it hides nothing of the field being typed in.
    static void showAside(QWidget *window);
    // Where such a window of `size` (its frame included) stands: beside
    // `owner` when the screen has room there, else in the corner of `owner`
    // farthest from `typing` (the field with the keys), within `available`.
    static QRect asidePlace(const QSize &size, const QRect &owner, const QRect &typing,
                            const QRect &available);
    // How long ago the last key was typed; -1 when none was.
    qint64 msSinceTyping() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_lastTyped;
};
