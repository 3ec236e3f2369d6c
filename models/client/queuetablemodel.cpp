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
    m_filter = filter;
    reload();
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    reload();
}

Qt::SortOrder QueueTableModel::initialOrder(int column)
{
    return column == UpdatedColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void QueueTableModel::reload()
{
    m_busy = true; // nothing is fetched while the rows are replaced
    beginResetModel();
    m_rowOf.clear();
    // Names in the UI language's order (kana, then kanji; 会社 2 before 会社 10).
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    if (!m_queue->isOpen()) {
        m_rows.clear();
        m_atEnd = true;
    } else if (m_sortColumn < 0) {
        // The first batch at once: the list never flashes empty.
        m_rows = m_queue->page(0, BatchSize, m_filter);
        m_atEnd = m_rows.size() < BatchSize;
    } else {
        // Every matching entry, a thousand at a time.
        constexpr int Chunk = 1000;
        m_rows.clear();
        for (qint64 before = 0;;) {
            const QList<LocalQueue::Summary> chunk = m_queue->page(before, Chunk, m_filter);
            m_rows += chunk;
            if (chunk.size() < Chunk)
                break;
            before = chunk.constLast().seq;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const LocalQueue::Summary &a, const LocalQueue::Summary &b) {
                             return shownBefore(a, b);
                         });
        m_atEnd = true;
    }
    reindexFrom(0);
    endResetModel();
    m_busy = false;
}

bool QueueTableModel::shownBefore(const LocalQueue::Summary &a, const LocalQueue::Summary &b) const
{
    const auto newerFirst = [&] { return a.seq > b.seq; };
    if (m_sortColumn < 0)
        return newerFirst();
    // What has no value (no clock running, no error, no name yet) comes
    // last whichever the direction: the rows that say something lead.
    const auto byPresence = [&](bool aHas, bool bHas) -> std::optional<bool> {
        if (aHas == bHas)
            return std::nullopt;
        return aHas;
    };
    int order = 0;
    switch (m_sortColumn) {
    case CompanyColumn:
    case ContactColumn: {
        const QString &x = m_sortColumn == CompanyColumn ? a.companyName : a.contactName;
        const QString &y = m_sortColumn == CompanyColumn ? b.companyName : b.contactName;
        if (const auto present = byPresence(!x.isEmpty(), !y.isEmpty()))
            return *present;
        order = m_collator.compare(x, y);
        break;
    }
    case StateColumn:
        order = int(a.state) - int(b.state);
        break;
    case TimeLeftColumn: {
        if (const auto present = byPresence(hasClock(a), hasClock(b)))
            return *present;
        if (hasClock(a))
            order = a.deadline < b.deadline ? -1 : (b.deadline < a.deadline ? 1 : 0);
        break;
    }
    case LastErrorColumn: {
        const QString x = lastErrorText(a.lastError);
        const QString y = lastErrorText(b.lastError);
        if (const auto present = byPresence(!x.isEmpty(), !y.isEmpty()))
            return *present;
        order = m_collator.compare(x, y);
        break;
    }
    case UpdatedColumn:
        order = a.updatedAt < b.updatedAt ? -1 : (b.updatedAt < a.updatedAt ? 1 : 0);
        break;
    }
    if (order == 0)
        return newerFirst();
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

std::optional<LocalQueue::Summary> QueueTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QModelIndex QueueTableModel::indexOf(const QUuid &id) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.constEnd() ? QModelIndex() : index(*it, 0);
}

void QueueTableModel::refreshTimeLeft()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn),
                         {Qt::DisplayRole});
}

bool QueueTableModel::hasClock(const LocalQueue::Summary &s)
{
    return s.deadline.isValid() && (s.state == LocalQueue::State::AwaitingConfirmation ||
                                    s.state == LocalQueue::State::ProvisionallyRegistered);
}

QString QueueTableModel::timeLeftText(const LocalQueue::Summary &s, const QDateTime &now)
{
    using S = LocalQueue::State;
    if (!hasClock(s))
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

QString QueueTableModel::companyText(const LocalQueue::Summary &summary)
{
    return summary.companyName.isEmpty() ? tr("(no company name yet)") : summary.companyName;
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
            return companyText(s);
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
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(initialOrder(section));
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return tr("Click to sort by this column; click again for the other direction, a third "
                  "time for newest first");
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
    if (m_sortColumn < 0)
        return;
    // Its place in the order may have changed (a state, a deadline): moved,
    // so that a row someone has selected stays selected.
    LocalQueue::Summary moved = m_rows.takeAt(row);
    const auto at =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), moved,
                         [this](const LocalQueue::Summary &r, const LocalQueue::Summary &m) {
                             return shownBefore(r, m);
                         });
    const int to = int(at - m_rows.cbegin());
    m_rows.insert(row, std::move(moved));
    if (to == row)
        return;
    // beginMoveRows names the row it goes before, in the list as it was.
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_rows.move(row, to);
    reindexFrom(qMin(row, to));
    endMoveRows();
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
    // In the current order; newest first, one older than every loaded row
    // comes with a later fetch, unless everything is loaded.
    const auto at =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), summary,
                         [this](const LocalQueue::Summary &r, const LocalQueue::Summary &s) {
                             return shownBefore(r, s);
                         });
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
