#include "ui/quiettableview.h"

#include "ui/focusannouncement.h"

#include <QAccessible>
#include <QTimer>

void QuietTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous); // all but the announcement
}

void QuietTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // After the table's own focus, which Qt tells once this returns.
    if (QAccessible::isActive())
        QTimer::singleShot(0, this, [this] { FocusAnnouncement::tellCurrentEntry(this); });
}
