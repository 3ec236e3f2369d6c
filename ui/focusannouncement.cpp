#include "ui/focusannouncement.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace {

QAccessible::UpdateHandler s_next = nullptr;
QPointer<QObject> s_toldFocus;
bool s_focusTold = false; // ever: s_toldFocus is also null once it is gone

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

// A caret or a selection is told only of the field that has the keys,
// once its focus has been told (also a field left clears its selection after
// the focus has moved on: "Text unselected" was said on the way out). When
// what was last told as the focus has gone (a context menu, a list closed),
// the keys are back where they were, which Qt may not tell again.
bool isOfToldFocus(QObject *object)
{
    QWidget *source = keyTarget(object);
    if (!related(source, keyTarget(QApplication::focusWidget())))
        return false;
    if (!s_focusTold)
        return false;
    // Gone: deleted, or a popup closed (not a page that was left: the
    // field arrived in next must be told first).
    auto told = qobject_cast<QWidget *>(s_toldFocus.data());
    if (!told || (told->window()->windowType() == Qt::Popup && !told->isVisible()))
        return true;
    return object == told || related(source, keyTarget(told));
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
        s_focusTold = true;
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
    QAccessible::updateAccessibility(&focus);
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
