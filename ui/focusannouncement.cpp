#include "ui/focusannouncement.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace {

QAccessible::UpdateHandler s_next = nullptr;
QPointer<QObject> s_toldFocus;

// The widget that takes the keys for `object`: a completer's list stands
// for its field, a combo box's field for the box.
QWidget *keyTarget(QObject *object)
{
    auto widget = qobject_cast<QWidget *>(object);
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

bool related(QWidget *a, QWidget *b)
{
    return a && b && (a == b || a->isAncestorOf(b) || b->isAncestorOf(a));
}

// Also the field that has the keys now: a field left clears its selection
// after the focus has moved on ("Text unselected" said on the way out).
bool isOfToldFocus(QObject *object)
{
    if (!s_toldFocus)
        return false;
    QWidget *source = keyTarget(object);
    return (object == s_toldFocus || related(source, keyTarget(s_toldFocus))) &&
           related(source, keyTarget(QApplication::focusWidget()));
}

} // namespace

void FocusAnnouncement::install()
{
    const QAccessible::UpdateHandler current = QAccessible::installUpdateHandler(&update);
    if (current != &update)
        s_next = current;
}

void FocusAnnouncement::update(QAccessibleEvent *event)
{
    switch (event->type()) {
    case QAccessible::Focus:
        s_toldFocus = event->object();
        forward(event);
        if (event->child() < 0)
            if (auto view = qobject_cast<QAbstractItemView *>(event->object()))
                tellCurrentEntry(view);
        return;
    case QAccessible::TextCaretMoved:
    case QAccessible::TextSelectionChanged:
        if (!isOfToldFocus(event->object()))
            return;
        break;
    case QAccessible::TableModelChanged:
        // Qt has brought its table caches up to date before any handler
        // sees this, and the AT-SPI bridge ignores it: sent on again, the
        // caches would be moved twice.
        if (!s_next)
            return;
        break;
    default:
        break;
    }
    forward(event);
}

void FocusAnnouncement::tellCurrentEntry(QAbstractItemView *view)
{
    // A list told as the focus was said by its name alone ("経過 tree"), and
    // Down on its one entry said nothing more: Qt makes an entry current as
    // the list gets the focus, and tells that before the list's own focus,
    // which Orca then reads over it. The entry is told after the list.
    const QModelIndex current = view->currentIndex();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QAccessibleTableInterface *entries = list ? list->tableInterface() : nullptr;
    if (!current.isValid() || !entries || !view->hasFocus())
        return;
    QAccessibleInterface *entry = entries->cellAt(current.row(), current.column());
    if (!entry)
        return;
    QAccessibleEvent focus(view, QAccessible::Focus);
    focus.setChild(list->indexOfChild(entry));
    update(&focus);
}

void FocusAnnouncement::forward(QAccessibleEvent *event)
{
    if (s_next) {
        s_next(event);
        return;
    }
    // No handler before this one: Qt's own delivery to the platform's
    // bridge, reached with the gate out of the way for this one event.
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(&update);
}
