#include "client/queuetablemodel.h"

#include "client/connectionsettings.h"
#include "client/datetimetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

QueueTableModel::QueueTableModel(LocalQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(queue, &LocalQueue::entryAdded, this, &QueueTableModel::onEntryAdded);
    connect(queue, &LocalQueue::entryChanged, this, &QueueTableModel::onEntryChanged);
    connect(queue, &LocalQueue::entryRemoved, this, [this](const QUuid &id) {
        if (const auto it = m_rowOf.constFind(id); it != m_rowOf.constEnd())
            removeRow(*it);
    });
}

void QueueTableModel::setFilter(const LocalQueue::Filter &filter)
{
    m_busy = true; // nothing is fetched while the rows are replaced
    beginResetModel();
    m_filter = filter;
    m_rowOf.clear();
    // The first batch at once: the list never flashes empty.
    m_rows =
        m_queue->isOpen() ? m_queue->page(0, BatchSize, m_filter) : QList<LocalQueue::Summary>();
    m_atEnd = m_rows.size() < BatchSize;
    reindexFrom(0);
    endResetModel();
    m_busy = false;
}

std::optional<LocalQueue::Summary> QueueTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void QueueTableModel::refreshTimeLeft()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn),
                         {Qt::DisplayRole});
}

QString QueueTableModel::timeLeftText(const LocalQueue::Summary &s, const QDateTime &now)
{
    using S = LocalQueue::State;
    if (!s.deadline.isValid() ||
        (s.state != S::AwaitingConfirmation && s.state != S::ProvisionallyRegistered))
        return {};
    const qint64 seconds = now.secsTo(s.deadline);
    const bool confirming = s.state == S::AwaitingConfirmation;
    if (seconds <= 0)
        return confirming ? tr("Confirmation time is over") : tr("Registration deadline passed");
    if (seconds < 3600)
        return confirming
                   ? tr("%n minutes left to confirm", nullptr, int(qMax<qint64>(1, seconds / 60)))
                   : tr("%n minutes left to register", nullptr, int(qMax<qint64>(1, seconds / 60)));
    if (seconds < 48 * 3600)
        return confirming ? tr("%n hours left to confirm", nullptr, int(seconds / 3600))
                          : tr("%n hours left to register", nullptr, int(seconds / 3600));
    return confirming ? tr("%n days left to confirm", nullptr, int(seconds / 86400))
                      : tr("%n days left to register", nullptr, int(seconds / 86400));
}

QString QueueTableModel::lastErrorText(const QString &lastError)
{
    if (!lastError.startsWith(u'{'))
        return lastError;
    // The service's answer, kept whole for the wizard: its words.
    const QJsonObject answer = QJsonDocument::fromJson(lastError.toUtf8()).object();
    // Why the sync engine could not send it: ours.
    if (answer.value(QStringLiteral("error")).toString() == u"connection") {
        if (const std::optional<ConnectionOutcome> outcome =
                ConnectionOutcomes::fromName(answer.value(QStringLiteral("outcome")).toString()))
            return ConnectionOutcomes::text(*outcome);
        return answer.value(QStringLiteral("detail")).toString();
    }
    QStringList messages;
    for (const QJsonValue &f : answer.value(QStringLiteral("fields")).toArray())
        messages << f.toObject().value(QStringLiteral("message")).toString();
    messages.removeAll(QString());
    if (messages.isEmpty())
        messages << answer.value(QStringLiteral("message")).toString();
    return messages.join(u' ');
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
            return s.purged ? tr("%1 (personal data removed)").arg(stateLabel(s.state))
                            : stateLabel(s.state);
        case TimeLeftColumn:
            return timeLeftText(s, QDateTime::currentDateTimeUtc());
        case LastErrorColumn:
            return lastErrorText(s.lastError);
        case UpdatedColumn:
            return DateTimeText::format(s.updatedAt.toLocalTime());
        }
        return {};
    case Qt::ToolTipRole: {
        // The whole last error in words, for a column too narrow to show it
        // (the service's answer itself is kept for the wizard, not for people).
        const QString words = lastErrorText(s.lastError);
        return words.isEmpty() ? QVariant() : QVariant(words);
    }
    case IdRole:
        return s.id;
    case StateRole:
        return QVariant::fromValue(s.state);
    case DeadlineRole:
        return s.deadline;
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
    case TimeLeftColumn:
        return tr("Time left");
    case LastErrorColumn:
        return tr("Last error");
    case UpdatedColumn:
        return tr("Last change");
    }
    return {};
}

bool QueueTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy && m_queue->isOpen();
}

void QueueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    const QList<LocalQueue::Summary> batch = m_queue->page(before, BatchSize, m_filter);
    // Set before the rows go in, so that whoever counts them on
    // rowsInserted already knows whether more could follow.
    if (batch.size() < BatchSize)
        m_atEnd = true;
    if (!batch.isEmpty()) {
        const int first = int(m_rows.size());
        m_busy = true; // a view asking for more meanwhile would load this batch twice
        beginInsertRows({}, first, first + int(batch.size()) - 1);
        m_rows += batch;
        reindexFrom(first);
        endInsertRows();
        m_busy = false;
    }
    if (m_atEnd)
        emit allLoaded();
}

void QueueTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, i);
}

void QueueTableModel::onEntryAdded(const QUuid &id)
{
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    if (!s || m_rowOf.contains(id) || !m_filter.matches(*s))
        return;
    insertSorted(*s);
}

void QueueTableModel::onEntryChanged(const QUuid &id)
{
    const std::optional<LocalQueue::Summary> s = m_queue->summary(id);
    const auto it = m_rowOf.constFind(id);
    if (it == m_rowOf.constEnd()) {
        // Now among what the filter shows (e.g. it became "confirmed").
        if (s && !m_filter.isEmpty() && m_filter.matches(*s))
            insertSorted(*s);
        return; // otherwise read fresh when fetched
    }
    const int row = *it;
    if (!s || !m_filter.matches(*s)) {
        removeRow(row);
        return;
    }
    m_rows[row] = *s;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void QueueTableModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rowOf.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
}

void QueueTableModel::insertSorted(const LocalQueue::Summary &summary)
{
    // Rows are newest first (seq descending); one older than every loaded
    // row comes with a later fetch, unless everything is loaded.
    const auto at =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), summary.seq,
                         [](const LocalQueue::Summary &r, qint64 seq) { return r.seq > seq; });
    const int row = int(at - m_rows.cbegin());
    if (row == m_rows.size() && !m_atEnd && !m_rows.isEmpty())
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, summary);
    reindexFrom(row);
    endInsertRows();
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
