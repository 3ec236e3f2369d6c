#include "ui/wrappingitemdelegate.h"

#include <QHeaderView>
#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setWordWrap(true);
    view->setItemDelegate(this);
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // A whole rectangle: the style wraps only within a valid one.
    QStyleOptionViewItem withWidth = option;
    withWidth.rect =
        QRect(0, 0, m_view->columnWidth(index.column()), qMax(1, option.rect.height()));
    return QStyledItemDelegate::sizeHint(withWidth, index);
}
