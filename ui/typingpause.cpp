#include "ui/typingpause.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cmath>

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
    // Sized by its own show: sized before, its wrapped texts were laid out
    // for a window not yet made and ran over each other.
    window->show();
    // Centred over its window, as a dialog is by default, it hid the very
    // fields staff were typing in until they dismissed it.
    QWidget *owner = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QScreen *screen = owner ? owner->screen() : nullptr;
    if (!owner || !owner->isVisible() || !screen)
        return;
    // A window manager frames the window only after it is shown: its
    // owner's frame is the likeliest.
    const QSize frame = owner->frameGeometry().size() - owner->geometry().size();
    QRect typing;
    if (const QWidget *focus = QApplication::focusWidget(); focus && focus->window() == owner)
        typing = QRect(focus->mapToGlobal(QPoint(0, 0)), focus->size());
    else
        typing = QRect(owner->frameGeometry().center(), QSize(1, 1));
    const QRect place = asidePlace(window->size() + frame, owner->frameGeometry(), typing,
                                   screen->availableGeometry());
    window->move(place.topLeft()); // the frame's corner, as for any window
}

QRect TypingPause::asidePlace(const QSize &size, const QRect &owner, const QRect &typing,
                              const QRect &available)
{
    const int gap = 8;
    const QRect right(QPoint(owner.right() + 1 + gap, owner.top()), size);
    if (available.contains(right))
        return right;
    const QRect left(QPoint(owner.left() - gap - size.width(), owner.top()), size);
    if (available.contains(left))
        return left;
    // Inside the window then. The field's message stands below it: kept
    // clear too.
    const QRect keepClear = typing.adjusted(-gap, -gap, gap, gap + typing.height());
    const QRect inner = owner.adjusted(gap, gap, -gap, -gap);
    const auto within = [&](QRect r) {
        r.moveRight(std::min(r.right(), available.right()));
        r.moveBottom(std::min(r.bottom(), available.bottom()));
        r.moveLeft(std::max(r.left(), available.left()));
        r.moveTop(std::max(r.top(), available.top()));
        return r;
    };
    QRect corners[] = {
        QRect(QPoint(inner.right() - size.width() + 1, inner.top()), size),
        QRect(QPoint(inner.right() - size.width() + 1, inner.bottom() - size.height() + 1), size),
        QRect(QPoint(inner.left(), inner.bottom() - size.height() + 1), size),
        QRect(inner.topLeft(), size)};
    for (QRect &r : corners)
        r = within(r);
    const auto covered = [&](const QRect &r) {
        const QRect both = r & keepClear;
        return both.isEmpty() ? 0LL : qint64(both.width()) * both.height();
    };
    const auto distance = [&](const QRect &r) {
        const QPoint d = r.center() - typing.center();
        return std::hypot(double(d.x()), double(d.y()));
    };
    // The least of the field covered, and of those the farthest from it.
    return *std::min_element(std::begin(corners), std::end(corners),
                             [&](const QRect &a, const QRect &b) {
                                 if (covered(a) != covered(b))
                                     return covered(a) < covered(b);
                                 return distance(a) > distance(b);
                             });
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
