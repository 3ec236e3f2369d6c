#pragma once

#include <QTableView>

// A table that tells screen readers of its current cell only while it has
// the keyboard focus.
//
// QTableView announces every new current cell as the focus, also while the
// person types elsewhere: each key in the applications list's search (which
// filters the list and keeps a row current) made a screen reader leave the
// search field and read a company name. The cell that is current when the
// table gets the focus is told then instead.
class QuietTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void focusInEvent(QFocusEvent *event) override;
};
