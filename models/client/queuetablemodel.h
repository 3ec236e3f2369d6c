#pragma once

#include "client/localqueue.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

// The queue list: newest first, fetched from the local queue in batches so
// that a queue of any size opens at once. A state change updates its row in
// place (dataChanged), a new application is inserted at the top.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        ContactColumn,
        StateColumn,
        TimeLeftColumn,
        LastErrorColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, DeadlineRole };

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
    // The company as the list says it (a draft may have none yet).
    static QString companyText(const LocalQueue::Summary &summary);
    // Whether a time is left to say: awaiting confirmation or registration,
    // with the service's deadline.
    static bool hasClock(const LocalQueue::Summary &summary);
    // The time left to confirm or to register, in words ("23 hours left").
    static QString timeLeftText(const LocalQueue::Summary &summary, const QDateTime &now);
    // The last error in words: the service's message when it sent one.
    static QString lastErrorText(const QString &lastError);
    void fetchMore(const QModelIndex &parent) override;

    // Shows only what matches (state, search), in the current order, from the top.
    void setFilter(const LocalQueue::Filter &filter);
    // By a column (every matching entry is read: sealed names sort only once
    // opened), or newest first again with a column of -1, the default: a
    // batch at a time, as the list scrolls.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    // The order a first click on a column gives: soonest deadline, A to Z,
    // the life of an application, but the last change newest first.
    static Qt::SortOrder initialOrder(int column);
    const LocalQueue::Filter &filter() const { return m_filter; }
    // The clocks moved on: the time-left column is said again.
    void refreshTimeLeft();

    std::optional<LocalQueue::Summary> summaryAt(int row) const;
    // Where that application's row is (invalid: not loaded, or not shown).
    QModelIndex indexOf(const QUuid &id) const;

Q_SIGNALS:
    // Every row the filter matches is loaded (also when there were none to
    // load, which inserts no row): a count can stop saying "or more".
    void allLoaded();

private:
    void onEntryAdded(const QUuid &id);
    void onEntryChanged(const QUuid &id);
    void removeRow(int row);
    void insertSorted(const LocalQueue::Summary &summary);
    // Reads the rows again for the filter and the order.
    void reload();
    // Whether `a` is shown above `b` in the current order.
    bool shownBefore(const LocalQueue::Summary &a, const LocalQueue::Summary &b) const;
    void reindexFrom(int row);

    LocalQueue *m_queue;
    QList<LocalQueue::Summary> m_rows;
    QHash<QUuid, int> m_rowOf;
    bool m_atEnd = false;
    bool m_busy = false; // rows being replaced or appended
    LocalQueue::Filter m_filter;
    int m_sortColumn = -1; // newest first
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;
};
