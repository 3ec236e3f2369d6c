#pragma once

#include "client/localqueue.h"

#include <QAbstractTableModel>
#include <QHash>

// The queue list: newest first, fetched from the local queue in batches so
// that a queue of any size opens at once. A state change updates its row in
// place (dataChanged), a new application is inserted at the top.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, ContactColumn, StateColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    static constexpr int BatchSize = 100;

    explicit QueueTableModel(LocalQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // A state in words, in the UI language.
    static QString stateLabel(LocalQueue::State state);
    void fetchMore(const QModelIndex &parent) override;

private:
    void onEntryAdded(const QUuid &id);
    void onEntryChanged(const QUuid &id);
    void reindexFrom(int row);

    LocalQueue *m_queue;
    QList<LocalQueue::Summary> m_rows;
    QHash<QUuid, int> m_rowOf;
    bool m_atEnd = false;
};
