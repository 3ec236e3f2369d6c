#include "ui/quiettableview.h"

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
        QTimer::singleShot(0, this, &QuietTableView::announceCurrent);
}

void QuietTableView::announceCurrent()
{
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return;
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(this);
    QAccessibleTableInterface *cells = table ? table->tableInterface() : nullptr;
    QAccessibleInterface *cell = cells ? cells->cellAt(current.row(), current.column()) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(table->indexOfChild(cell));
    QAccessible::updateAccessibility(&focus);
}
