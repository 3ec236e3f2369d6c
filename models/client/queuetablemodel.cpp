#include "client/queuetablemodel.h"

#include <QLocale>

QueueTableModel::QueueTableModel(LocalQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(queue, &LocalQueue::entryAdded, this, &QueueTableModel::onEntryAdded);
    connect(queue, &LocalQueue::entryChanged, this, &QueueTableModel::onEntryChanged);
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalQueue::Summary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return s.companyName.isEmpty() ? tr("(no company name yet)") : s.companyName;
        case ContactColumn:
            return s.contactName;
        case StateColumn:
            return stateLabel(s.state);
        case UpdatedColumn:
            return QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return s.lastError.isEmpty() ? QVariant() : QVariant(s.lastError);
    case IdRole:
        return s.id;
    case StateRole:
        return QVariant::fromValue(s.state);
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case ContactColumn:
        return tr("Contact");
    case StateColumn:
        return tr("State");
    case UpdatedColumn:
        return tr("Last change");
    }
    return {};
}

bool QueueTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_queue->isOpen();
}

void QueueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    const QList<LocalQueue::Summary> batch = m_queue->page(before, BatchSize);
    if (batch.size() < BatchSize)
        m_atEnd = true;
    if (batch.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_rows += batch;
    reindexFrom(first);
    endInsertRows();
}

void QueueTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
}

void QueueTableModel::onEntryAdded(const QUuid &id)
{
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    if (!s || m_rowOf.contains(id))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*s);
    reindexFrom(0);
    endInsertRows();
}

void QueueTableModel::onEntryChanged(const QUuid &id)
{
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.constEnd())
        return; // not loaded yet: it will be read fresh when fetched
    const int row = *it;
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    if (!s) { // discarded
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowOf.remove(id);
        reindexFrom(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = *s;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString QueueTableModel::stateLabel(LocalQueue::State state)
{
    using S = LocalQueue::State;
    switch (state) {
    case S::Draft:
        return tr("Draft");
    case S::Queued:
        return tr("Waiting to be sent");
    case S::Sending:
        return tr("Sending");
    case S::AwaitingConfirmation:
        return tr("Awaiting customer confirmation");
    case S::Confirmed:
        return tr("Confirmed");
    case S::ProvisionallyRegistered:
        return tr("Provisionally registered");
    case S::Expired:
        return tr("Expired");
    case S::ProblemReported:
        return tr("Problem reported");
    case S::Rejected:
        return tr("Rejected: needs correction");
    }
    return {};
}
