#include "ui/typingpause.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

TypingPause::TypingPause(QObject *parent)
    : QObject(parent)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

TypingPause *TypingPause::instance()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return nullptr;
    if (auto existing = app->findChild<TypingPause *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new TypingPause(app);
}

void TypingPause::whenQuiet(int quietMs, QObject *context, std::function<void()> then)
{
    const qint64 since = msSinceTyping();
    if (since < 0 || since >= quietMs) {
        then();
        return;
    }
    // Looked at again when the pause would be long enough; typing since
    // then makes it wait on.
    QTimer::singleShot(quietMs - since, this,
                       [this, quietMs, context = QPointer<QObject>(context), then] {
                           if (context)
                               whenQuiet(quietMs, context, then);
                       });
}

void TypingPause::showAside(QWidget *window)
{
    window->setWindowModality(Qt::NonModal);
    window->setAttribute(Qt::WA_ShowWithoutActivating);
    window->show();
}

qint64 TypingPause::msSinceTyping() const
{
    return m_lastTyped.isValid() ? m_lastTyped.elapsed() : -1;
}

bool TypingPause::eventFilter(QObject *watched, QEvent *event)
{
    // A key goes to the focused widget and then up through its parents,
    // each time through this filter: counted each time, which only restarts
    // the same clock.
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::InputMethod)
        m_lastTyped.start();
    return QObject::eventFilter(watched, event);
}
