#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Lets a tree view's rows grow to show their text wrapped at the width of
// its column. QTreeView asks for a row's height without a width (so a text
// with no line break of its own stayed one line, cut off with "…", its rest
// in a tooltip that only the mouse reaches); this gives the column's.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Sets `view` to wrap its texts, and lays its rows out again whenever a
    // column changes width.
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};
