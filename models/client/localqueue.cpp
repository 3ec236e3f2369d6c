#include "client/localqueue.h"

#include "client/queuecipher.h"
#include "client/queuesearch.h"
#include "core/normalizer.h"
#include "core/wirecodec.h"
#include "sqlite/sqlitelockwait.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <tuple>

// Warnings by default; what is only noted (a key the person did not give) on request.
Q_LOGGING_CATEGORY(lcQueue, "moshikomi.queue", QtWarningMsg)

namespace {

QString stateName(LocalQueue::State state)
{
    return ApplicationStates::name(state);
}

LocalQueue::State stateFromName(QStringView name)
{
    return ApplicationStates::fromName(name).value_or(LocalQueue::State::Draft);
}

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString nowText()
{
    return WireCodec::formatSortableTime(QDateTime::currentDateTimeUtc());
}

QString contactName(const Customer &c)
{
    // Never null: the column is NOT NULL, and a draft may have no name yet.
    // Without a name, the address if there is one: a draft begun with the
    // address is told from the others in the list by it.
    if (c.lastName.isEmpty() && c.firstName.isEmpty())
        return c.email.isNull() ? QStringLiteral("") : c.email;
    if (c.firstName.isEmpty())
        return c.lastName;
    return c.lastName + u' ' + c.firstName;
}

// Version 1. Later versions append a function; a database is brought up to
// date one step at a time, each in its own transaction.
const char *const kSchemaV1[] = {
    "CREATE TABLE applications ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " state TEXT NOT NULL CHECK (state IN ('draft','queued','sending','awaiting_confirmation',"
    "   'confirmed','provisionally_registered','expired','problem_reported','rejected')),"
    " step INTEGER NOT NULL DEFAULT 0,"
    " company_name TEXT NOT NULL DEFAULT '',"
    " contact_name TEXT NOT NULL DEFAULT '',"
    " draft BLOB NOT NULL,"
    " payload BLOB,"
    " last_error TEXT,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE INDEX applications_state ON applications (state)",
    "CREATE TABLE state_changes ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,"
    " from_state TEXT,"
    " to_state TEXT NOT NULL,"
    " note TEXT,"
    " at TEXT NOT NULL)",
    "CREATE INDEX state_changes_application ON state_changes (application_id)",
    // The bytes frozen at queue time never change; only a rejected
    // application going back to the editor lets go of them.
    "CREATE TRIGGER payload_frozen BEFORE UPDATE OF payload ON applications"
    " WHEN OLD.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload"
    "  AND NOT (OLD.state = 'rejected' AND NEW.state = 'draft')"
    " BEGIN SELECT RAISE(ABORT, 'the queued payload is frozen'); END",
};

} // namespace

LocalQueue::LocalQueue(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("moshikomi-queue-%1").arg(quintptr(this), 0, 16))
{
    qRegisterMetaType<LocalQueue::Error>();
}

LocalQueue::~LocalQueue()
{
    close();
}

QString LocalQueue::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("MOSHIKOMI_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool LocalQueue::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

void LocalQueue::close()
{
    if (m_searchBuild.valid())
        m_searchBuild.wait();
    m_searchBuild = {};
    m_searchJournal.clear();
    m_statements.clear();
    m_cipher.reset();
    m_searchIndex.clear();
    m_searchIndexLoaded = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void LocalQueue::preloadDriver()
{
    // Qt keeps a loaded driver plugin for the whole process; a connection that
    // is made and dropped at once in this thread is all it takes.
    const QString name = QStringLiteral("moshikomi-driver-preload-%1")
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        Q_UNUSED(db);
    }
    QSqlDatabase::removeDatabase(name);
}

bool LocalQueue::open(const QString &directory, const Options &options)
{
    close();
    m_options = options;
    m_error = {};
    m_movedAsideTo.clear();
    m_path = QDir(directory).filePath(QLatin1StringView(FileName));
    m_readOnly = false;
    if (!secureLocation(directory))
        return false;
    // A queue on read-only media (or without write permission) is still read:
    // the drafts can be looked at, and every save says why it cannot be.
    if (!isWritable() && QFileInfo(m_path).size() > 0)
        return openReadOnly();

    if (!openFile())
        return failedToOpen();
    if (!configure()) {
        if (m_error.kind != ErrorKind::Corrupt)
            return failedToOpen();
        // Moved aside, not deleted: whatever can still be read stays on disk.
        qCWarning(lcQueue) << "database corrupt:" << m_error.detail;
        close();
        if (!moveAside())
            return false;
        m_error = {};
        if (!openFile() || !configure())
            return failedToOpen();
    }
    if (!migrate())
        return failedToOpen();
    startSearchBuild();
    return true;
}

bool LocalQueue::secureLocation(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return fail(ErrorKind::Io, directory);
    const QByteArray dir = QFile::encodeName(directory);
    struct stat info
    {
    };
    if (::stat(dir.constData(), &info) != 0)
        return fail(ErrorKind::Io, directory);
    // Customers' personal data: a folder someone else owns could be read or
    // swapped by them.
    if (info.st_uid != ::geteuid())
        return fail(ErrorKind::NotOwned, directory);
    if ((info.st_mode & 0077) != 0 && ::chmod(dir.constData(), 0700) != 0)
        qCWarning(lcQueue) << "cannot make" << directory << "private";
    const QByteArray file = QFile::encodeName(m_path);
    if (::lstat(file.constData(), &info) == 0) {
        if (S_ISLNK(info.st_mode))
            return fail(ErrorKind::SymbolicLink, m_path);
    } else {
        // Made private before SQLite creates it: the -wal and -shm files
        // take the database file's permissions.
        const int fd = ::open(file.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QByteArray f = file + suffix;
        if (::lstat(f.constData(), &info) == 0 && S_ISREG(info.st_mode) &&
            (info.st_mode & 0077) != 0)
            ::chmod(f.constData(), 0600);
    }
    return true;
}

bool LocalQueue::isWritable() const
{
    // access() rather than permission bits: it also sees a read-only mount,
    // which permission bits do not show (and root ignores).
    const QByteArray file = QFile::encodeName(m_path);
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const bool fileReadOnly =
        ::access(file.constData(), F_OK) == 0 && ::access(file.constData(), W_OK) != 0;
    return !fileReadOnly && ::access(dir.constData(), W_OK) == 0;
}

bool LocalQueue::failedToOpen()
{
    // SQLite says "unable to open" when it cannot create the WAL files next
    // to a read-only database; the person needs to hear "read-only".
    if (!isWritable() && m_error.kind != ErrorKind::ReadOnly && m_error.kind != ErrorKind::Corrupt)
        fail(ErrorKind::ReadOnly, m_error.detail);
    close();
    return false;
}

bool LocalQueue::openReadOnly()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // immutable: nothing can change it, so SQLite needs no -shm beside it.
    QUrl uri = QUrl::fromLocalFile(m_path);
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        m_error = {ErrorKind::ReadOnly, db.lastError().text()};
        emit errorOccurred(m_error);
        close();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        fail(q);
        close();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        fail(ErrorKind::TooNew, QStringLiteral("schema version %1").arg(version));
        close();
        return false;
    }
    // An older queue cannot be encrypted where nothing can be written: it is
    // read as it is (every save is refused anyway).
    m_readOnly = true;
    if (version >= 5 && !unlock()) {
        const Error keyError = m_error;
        close();
        m_error = keyError;
        return false;
    }
    // Sealed in the previous layout: read through a view of the new one (a
    // temporary view lives in memory, the file is not touched).
    if (version == 5 &&
        !q.exec(QStringLiteral("CREATE TEMP VIEW application_bodies AS"
                               " SELECT seq, draft, payload FROM main.applications"))) {
        fail(q);
        close();
        return false;
    }
    m_error = {ErrorKind::ReadOnly, m_path};
    qCWarning(lcQueue) << "opened read-only:" << m_path;
    return true;
}

bool LocalQueue::openFile()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        const QSqlError e = db.lastError();
        m_error = {primaryCode(e) == ReadOnly ? ErrorKind::ReadOnly : ErrorKind::Io, e.text()};
        emit errorOccurred(m_error);
        return false;
    }
    // `moshikomi --sync` from a scheduled job, or a second window, writing
    // while someone types: a keystroke's save waits a moment, not 33 ms and more.
    SqliteLockWait::install(db, m_options.busyTimeoutMs);
    return true;
}

bool LocalQueue::configure()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    auto pragma = [&](const QString &sql, const QString &expected) {
        if (!q.exec(sql))
            return fail(q);
        const QString got = q.next() ? q.value(0).toString() : QString();
        if (got.compare(expected, Qt::CaseInsensitive) != 0)
            return fail(ErrorKind::Other,
                        QStringLiteral("%1 gave %2, expected %3").arg(sql, got, expected));
        return true;
    };
    // journal_mode is the first statement that reads the file: a file that is
    // not a database fails here with SQLITE_NOTADB.
    if (!pragma(QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("wal")))
        return false;
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !pragma(QStringLiteral("PRAGMA synchronous"), QStringLiteral("2")))
        return false;
    if (!exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !pragma(QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")))
        return false;
    // An edited or discarded value is overwritten, not left in a free page.
    if (!exec(QStringLiteral("PRAGMA secure_delete=ON")) ||
        !pragma(QStringLiteral("PRAGMA secure_delete"), QStringLiteral("1")))
        return false;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(q);
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(ErrorKind::Corrupt, problems.join(u'\n'));
    return true;
}

bool LocalQueue::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion)
        return fail(ErrorKind::TooNew, QStringLiteral("schema version %1").arg(version));
    if (version >= 5) {
        if (!unlock())
            return false;
        // Up to date: nothing to write (a write would cost an fsync at every
        // start). A read-only file is still reported now, not at the first
        // keystroke.
        if (!isWritable())
            return fail(ErrorKind::ReadOnly, m_path);
        if (version == SchemaVersion)
            return true;
        // Sealed already: only the layout changes, nothing to scrub.
        if (!begin())
            return false;
        if ((version < 6 && !migrateToV6()) || (version < 7 && !migrateToV7()) || !migrateToV8() ||
            !exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)) || !commit()) {
            rollback();
            return false;
        }
        if (m_options.progress)
            m_options.progress(MigrationPhase::Done, 0, 0);
        return true;
    }
    // The key first: the keyring may ask the person, and nothing is
    // written until there is a key to write with.
    QString queueId;
    const std::optional<QByteArray> wrapped = newDataKey(&queueId);
    if (!wrapped)
        return false;
    if (!begin())
        return false;
    bool ok = true;
    if (version < 1) {
        for (const char *sql : kSchemaV1) {
            if (ok && !exec(QLatin1StringView(sql)))
                ok = false;
        }
    }
    // Version 2: when a queued application may be sent again (the service's
    // Retry-After, our pauses), kept across restarts.
    if (ok && version < 2 &&
        !exec(QStringLiteral("ALTER TABLE applications ADD COLUMN not_before TEXT")))
        ok = false;
    // Version 3: the clocks and history the service reports; when an
    // entry's personal data was purged.
    if (ok && version < 3 && !migrateToV3())
        ok = false;
    // Version 4 kept the search text in a plaintext table; version 5 seals
    // it with everything else personal.
    if (ok && version == 4 &&
        !exec(QStringLiteral("DROP TRIGGER IF EXISTS application_search_gone")))
        ok = false;
    // Its text is kept for the sealing (no draft decoded again for it).
    if (ok && version == 4 &&
        !exec(QStringLiteral("ALTER TABLE application_search RENAME TO application_search_v4")))
        ok = false;
    // Version 5: the key table, every personal value sealed.
    if (ok && !exec(QStringLiteral("CREATE TABLE queue_key (queue_id TEXT NOT NULL,"
                                   " protection TEXT NOT NULL CHECK (protection IN"
                                   " ('keychain','passphrase')), salt BLOB, wrapped_key BLOB"
                                   " NOT NULL, scrub_pending INTEGER NOT NULL DEFAULT 0,"
                                   " created_at TEXT NOT NULL)")))
        ok = false;
    if (ok) {
        QSqlQuery &key = statement(
            QStringLiteral("INSERT INTO queue_key (queue_id, protection, salt, wrapped_key,"
                           " scrub_pending, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        key.addBindValue(queueId);
        key.addBindValue(m_protection == QueueKeyring::Protection::Keychain
                             ? QStringLiteral("keychain")
                             : QStringLiteral("passphrase"));
        key.addBindValue(m_protection == QueueKeyring::Protection::Passphrase
                             ? QVariant(m_pendingSalt)
                             : QVariant(QMetaType::fromType<QByteArray>()));
        key.addBindValue(*wrapped);
        key.addBindValue(version > 0 ? 1 : 0);
        key.addBindValue(nowText());
        ok = exec(key);
    }
    if (ok && !migrateToV5(version))
        ok = false;
    if (ok && !migrateToV6())
        ok = false;
    if (ok && !migrateToV7())
        ok = false;
    if (ok && !migrateToV8())
        ok = false;
    if (ok && !exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)))
        ok = false;
    if (ok && version > 0 && m_options.progress)
        m_options.progress(MigrationPhase::Committing, 0, 0);
    if (!ok || !commit()) {
        rollback();
        m_cipher.reset();
        return false;
    }
    // A new file never held anything in clear; an old one did.
    return version == 0 || scrub();
}

bool LocalQueue::migrateToV3()
{
    for (const char *sql :
         {"ALTER TABLE applications ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE applications ADD COLUMN deadline TEXT",
          "ALTER TABLE applications ADD COLUMN service_timeline TEXT",
          "ALTER TABLE applications ADD COLUMN purged_at TEXT",
          // The frozen bytes also go when the retention period purges them.
          "DROP TRIGGER IF EXISTS payload_frozen",
          "CREATE TRIGGER payload_frozen BEFORE UPDATE OF payload ON applications"
          " WHEN OLD.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload"
          "  AND NOT (OLD.state = 'rejected' AND NEW.state = 'draft')"
          "  AND NOT (OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL)"
          " BEGIN SELECT RAISE(ABORT, 'the queued payload is frozen'); END"}) {
        if (!exec(QLatin1StringView(sql)))
            return false;
    }
    return true;
}

bool LocalQueue::migrateToV5(int fromVersion)
{
    // The search text gets a narrow table of its own: a search decrypts it
    // alone, not every row's draft.
    for (const char *sql :
         {"CREATE TABLE application_search (seq INTEGER PRIMARY KEY, id TEXT NOT NULL,"
          " text BLOB NOT NULL)",
          "CREATE TRIGGER application_search_gone AFTER DELETE ON applications"
          " BEGIN DELETE FROM application_search WHERE seq = OLD.seq; END",
          // Sealing writes the frozen bytes anew (same content, new nonce);
          // schema 6, next in the same transaction, guards them again.
          "DROP TRIGGER payload_frozen"}) {
        if (!exec(QLatin1StringView(sql)))
            return false;
    }
    if (fromVersion > 0) {
        int total = 0;
        {
            QSqlQuery c(QSqlDatabase::database(m_connection, false));
            if (!c.exec(QStringLiteral("SELECT count(*) FROM applications")) || !c.next())
                return fail(c);
            total = c.value(0).toInt();
        }
        // In batches: a big queue's drafts need not all be in memory at once.
        const QString oldSearch =
            fromVersion == 4
                ? QStringLiteral("(SELECT text FROM application_search_v4 s WHERE s.seq = a.seq)")
                : QStringLiteral("NULL");
        QSqlQuery &read = statement(
            QStringLiteral("SELECT seq, id, company_name, contact_name, draft, payload, last_error,"
                           " service_timeline, purged_at, ") +
            oldSearch +
            QStringLiteral(" FROM applications a WHERE seq > ? ORDER BY seq LIMIT 500"));
        QSqlQuery &write = statement(QStringLiteral(
            "UPDATE applications SET company_name = ?, contact_name = ?, draft = ?, payload = ?,"
            " last_error = ?, service_timeline = ?, search_text = '' WHERE seq = ?"));
        QSqlQuery &search = statement(
            QStringLiteral("INSERT INTO application_search (seq, id, text) VALUES (?, ?, ?)"));
        struct Row
        {
            qint64 seq;
            QUuid id;
            QString company, contact, lastError, timeline;
            QByteArray draft, payload;
            bool purged;
            QString search;
        };
        qint64 after = 0;
        int done = 0;
        for (;;) {
            QList<Row> rows;
            read.addBindValue(after);
            if (!exec(read))
                return false;
            while (read.next())
                rows.append({read.value(0).toLongLong(),
                             QUuid::fromString(read.value(1).toString()), read.value(2).toString(),
                             read.value(3).toString(), read.value(6).toString(),
                             read.value(7).toString(), read.value(4).toByteArray(),
                             read.value(5).toByteArray(), !read.value(8).isNull(),
                             read.value(9).toString()});
            read.finish();
            if (rows.isEmpty())
                break;
            for (const Row &r : std::as_const(rows)) {
                const QString text =
                    r.purged || fromVersion == 4
                        ? r.search
                        : QueueSearch::key(
                              WireCodec::decode(r.draft, WireCodec::Form::Draft).application);
                write.addBindValue(sealText(r.id, "company_name", r.company));
                write.addBindValue(sealText(r.id, "contact_name", r.contact));
                write.addBindValue(r.purged ? QVariant(QByteArray(""))
                                            : seal(r.id, "draft", r.draft));
                write.addBindValue(r.payload.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                                      : seal(r.id, "payload", r.payload));
                write.addBindValue(sealText(r.id, "last_error", r.lastError));
                write.addBindValue(sealText(r.id, "service_timeline", r.timeline));
                write.addBindValue(r.seq);
                search.addBindValue(r.seq);
                search.addBindValue(r.id.toString(QUuid::WithoutBraces));
                // Never NULL: the column is NOT NULL.
                search.addBindValue(
                    sealText(r.id, "search", text.isNull() ? QStringLiteral("") : text)
                        .toByteArray());
                if (!exec(write) || !exec(search))
                    return false;
                after = r.seq;
            }
            done += int(rows.size());
            if (m_options.progress)
                m_options.progress(MigrationPhase::Sealing, done, total);
        }
        // The history's notes can quote the service.
        QList<std::tuple<qint64, QUuid, QString>> notes;
        {
            QSqlQuery n(QSqlDatabase::database(m_connection, false));
            n.setForwardOnly(true);
            if (!n.exec(QStringLiteral("SELECT seq, application_id, note FROM state_changes"
                                       " WHERE note IS NOT NULL")))
                return fail(n);
            while (n.next())
                notes.append({n.value(0).toLongLong(), QUuid::fromString(n.value(1).toString()),
                              n.value(2).toString()});
        }
        if (fromVersion == 4 && !exec(QStringLiteral("DROP TABLE application_search_v4")))
            return false;
        QSqlQuery &note =
            statement(QStringLiteral("UPDATE state_changes SET note = ? WHERE seq = ?"));
        for (const auto &[seq, id, text] : std::as_const(notes)) {
            note.addBindValue(sealText(id, "note", text));
            note.addBindValue(seq);
            if (!exec(note))
                return false;
        }
    }
    return true;
}

bool LocalQueue::migrateToV6()
{
    // The draft and the frozen bytes (kilobytes of ciphertext) in a table of
    // their own: a change of state rewrites a small row, not every overflow
    // page of the application (SQLite writes a changed row whole), which is
    // what syncing does twice per application.
    const std::initializer_list<const char *> steps = {
        "CREATE TABLE application_bodies (seq INTEGER PRIMARY KEY, draft BLOB NOT NULL,"
        " payload BLOB)",
        "INSERT INTO application_bodies (seq, draft, payload)"
        " SELECT seq, draft, payload FROM applications",
        "DROP TRIGGER IF EXISTS payload_frozen", "ALTER TABLE applications DROP COLUMN draft",
        "ALTER TABLE applications DROP COLUMN payload",
        "CREATE TRIGGER application_bodies_gone AFTER DELETE ON applications"
        " BEGIN DELETE FROM application_bodies WHERE seq = OLD.seq; END",
        // The frozen bytes change only once the entry went back to the
        // editor (its state changed first, in the same transaction) or was
        // purged.
        "CREATE TRIGGER payload_frozen BEFORE UPDATE OF payload ON application_bodies"
        " WHEN OLD.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload"
        "  AND (SELECT state <> 'draft' AND purged_at IS NULL FROM applications a"
        "       WHERE a.seq = OLD.seq)"
        " BEGIN SELECT RAISE(ABORT, 'the queued payload is frozen'); END"};
    // Told between the steps: copying a big queue's drafts and rewriting
    // its table takes seconds.
    int done = 0;
    for (const char *sql : steps) {
        if (m_options.progress)
            m_options.progress(MigrationPhase::Relaying, done++, int(steps.size()));
        if (!exec(QLatin1StringView(sql)))
            return false;
    }
    return true;
}

bool LocalQueue::migrateToV7()
{
    // Times are kept with milliseconds always, so that they compare and sort
    // as text in the order of time; those written at a whole second ("…:41Z",
    // which sorted after "…:41.500Z") get theirs.
    const std::initializer_list<std::pair<const char *, const char *>> columns = {
        {"applications", "created_at"}, {"applications", "updated_at"},
        {"applications", "not_before"}, {"applications", "deadline"},
        {"applications", "purged_at"},  {"state_changes", "at"},
        {"queue_key", "created_at"}};
    for (const auto &[table, column] : columns) {
        const QString sql = QStringLiteral("UPDATE %1 SET %2 = substr(%2, 1, 19) || '.000Z'"
                                           " WHERE length(%2) = 20")
                                .arg(QLatin1StringView(table), QLatin1StringView(column));
        if (!exec(sql))
            return false;
    }
    return true;
}

bool LocalQueue::migrateToV8()
{
    // The search text holds postal codes and addresses too: the texts
    // written before are made again from each entry's draft. A purged entry
    // has nothing to be found by; a draft that does not open keeps the text
    // it had (it is reported when the entry is opened).
    int total = 0;
    {
        QSqlQuery c(QSqlDatabase::database(m_connection, false));
        if (!c.exec(QStringLiteral("SELECT count(*) FROM applications WHERE purged_at IS NULL")) ||
            !c.next())
            return fail(c);
        total = c.value(0).toInt();
    }
    QSqlQuery &read = statement(
        QStringLiteral("SELECT a.seq, a.id, b.draft FROM applications a"
                       " JOIN application_bodies b ON b.seq = a.seq"
                       " WHERE a.seq > ? AND a.purged_at IS NULL ORDER BY a.seq LIMIT 500"));
    QSqlQuery &write = statement(QStringLiteral(
        "INSERT OR REPLACE INTO application_search (seq, id, text) VALUES (?, ?, ?)"));
    qint64 after = 0;
    int done = 0;
    for (;;) {
        // In batches: a big queue's drafts need not all be in memory at once.
        QList<std::tuple<qint64, QString, QVariant>> rows;
        read.addBindValue(after);
        if (!exec(read))
            return false;
        while (read.next())
            rows.append({read.value(0).toLongLong(), read.value(1).toString(), read.value(2)});
        read.finish();
        if (rows.isEmpty())
            return true;
        for (const auto &[seq, idText, sealedDraft] : std::as_const(rows)) {
            after = seq;
            const QUuid id = QUuid::fromString(idText);
            const std::optional<QByteArray> draft = tryUnseal(id, "draft", sealedDraft);
            if (!draft || draft->isEmpty()) {
                qCWarning(lcQueue) << "search text of" << id << "kept: its draft does not open";
                continue;
            }
            const QString text =
                QueueSearch::key(WireCodec::decode(*draft, WireCodec::Form::Draft).application);
            write.addBindValue(seq);
            write.addBindValue(idText);
            write.addBindValue(sealText(id, "search", text).toByteArray());
            if (!exec(write))
                return false;
        }
        done += int(rows.size());
        if (m_options.progress)
            m_options.progress(MigrationPhase::Relaying, done, total);
    }
}

namespace {
QByteArray keyContext(const QString &queueId)
{
    return QByteArrayLiteral("moshikomi-queue:") + queueId.toUtf8();
}
} // namespace

std::optional<QByteArray> LocalQueue::newDataKey(QString *queueId)
{
    ErrorKind refusal = ErrorKind::None;
    QString detail;
    QueueKeyring::Answer answer;
    QueueKeyring::Request request;
    if (!m_options.keyring) {
        refusal = ErrorKind::KeyUnavailable;
        detail = QStringLiteral("no keyring");
    } else if (!QueueCipher::initialize()) {
        refusal = ErrorKind::Other;
        detail = QStringLiteral("libsodium cannot start");
    } else {
        *queueId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        request.queueId = *queueId;
        request.isNew = true;
        request.salt = QueueCipher::newSalt();
        answer = m_options.keyring->keyEncryptionKey(request);
        detail = answer.detail;
        if (answer.outcome == QueueKeyring::Answer::Outcome::Cancelled)
            refusal = ErrorKind::KeyCancelled;
        else if (answer.outcome != QueueKeyring::Answer::Outcome::Key ||
                 answer.keyEncryptionKey.size() != QueueCipher::KeyBytes)
            refusal = ErrorKind::KeyUnavailable;
    }
    if (refusal != ErrorKind::None) {
        fail(refusal, detail);
        return std::nullopt;
    }
    m_protection = answer.protection;
    m_pendingSalt = request.salt;
    const QByteArray dataKey = QueueCipher::newKey();
    m_cipher = std::make_unique<QueueCipher>(dataKey);
    return QueueCipher::wrapKey(dataKey, answer.keyEncryptionKey, keyContext(*queueId));
}

bool LocalQueue::unlock()
{
    if (!m_options.keyring)
        return fail(ErrorKind::KeyUnavailable, QStringLiteral("no keyring"));
    if (!QueueCipher::initialize())
        return fail(ErrorKind::Other, QStringLiteral("libsodium cannot start"));
    QString queueId;
    QByteArray salt;
    QByteArray wrapped;
    bool scrubPending = false;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(QStringLiteral("SELECT queue_id, protection, salt, wrapped_key, scrub_pending"
                                   " FROM queue_key")))
            return fail(q);
        if (!q.next())
            return fail(ErrorKind::Corrupt, QStringLiteral("no queue key"));
        queueId = q.value(0).toString();
        m_protection = q.value(1).toString() == QLatin1StringView("passphrase")
                           ? QueueKeyring::Protection::Passphrase
                           : QueueKeyring::Protection::Keychain;
        salt = q.value(2).toByteArray();
        wrapped = q.value(3).toByteArray();
        scrubPending = q.value(4).toInt() != 0;
    }
    QueueKeyring::Request request;
    request.queueId = queueId;
    request.protection = m_protection;
    request.salt = salt;
    for (;; ++request.attempt) {
        const QueueKeyring::Answer answer = m_options.keyring->keyEncryptionKey(request);
        switch (answer.outcome) {
        case QueueKeyring::Answer::Outcome::Key:
            break;
        case QueueKeyring::Answer::Outcome::Missing:
            return fail(ErrorKind::KeyMissing, answer.detail);
        case QueueKeyring::Answer::Outcome::Unavailable:
            return fail(ErrorKind::KeyUnavailable, answer.detail);
        case QueueKeyring::Answer::Outcome::Cancelled:
            return fail(ErrorKind::KeyCancelled, answer.detail);
        }
        const std::optional<QByteArray> dataKey =
            QueueCipher::unwrapKey(wrapped, answer.keyEncryptionKey, keyContext(queueId));
        if (dataKey) {
            m_cipher = std::make_unique<QueueCipher>(*dataKey);
            break;
        }
        // A keychain holds one key: asking again gives the same. A person
        // may have mistyped.
        if (m_protection == QueueKeyring::Protection::Keychain || request.attempt >= 9)
            return fail(ErrorKind::KeyRefused, queueId);
    }
    // A migration that was cut off after its commit scrubs now.
    return !scrubPending || m_readOnly || scrub();
}

bool LocalQueue::scrub()
{
    if (m_options.progress)
        m_options.progress(MigrationPhase::Scrubbing, 0, 0);
    // Old plaintext may sit in the WAL, in free pages and in the unused parts
    // of pages: VACUUM rebuilds the file from the live rows alone (in memory:
    // no plaintext copy in a temporary file), and the WAL is emptied before
    // and after. secure_delete is on since configure().
    for (const char *sql : {"PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA temp_store=MEMORY", "VACUUM",
                            "PRAGMA wal_checkpoint(TRUNCATE)", "PRAGMA temp_store=DEFAULT"}) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(QLatin1StringView(sql)))
            return fail(q);
        // A checkpoint that could not finish (another reader) says so in its
        // first column; the scrub then stays pending for the next start.
        if (q.next() && QLatin1StringView(sql).startsWith(QLatin1StringView("PRAGMA wal")) &&
            q.value(0).toInt() != 0)
            return true;
    }
    // The flag's own commit leaves a small WAL: no personal value in it.
    QSqlQuery done(QSqlDatabase::database(m_connection, false));
    if (!done.exec(QStringLiteral("UPDATE queue_key SET scrub_pending = 0")))
        return fail(done);
    if (m_options.progress)
        m_options.progress(MigrationPhase::Done, 0, 0);
    return true;
}

QVariant LocalQueue::seal(const QUuid &id, const char *column, const QByteArray &plain) const
{
    return m_cipher->seal(plain, id, column);
}

QVariant LocalQueue::sealText(const QUuid &id, const char *column, const QString &text) const
{
    // Nothing to hide in an empty value; NULL and '' keep their meaning.
    if (text.isNull())
        return QVariant(QMetaType::fromType<QByteArray>());
    if (text.isEmpty())
        return QVariant(QByteArray(""));
    return m_cipher->seal(text.toUtf8(), id, column);
}

std::optional<QByteArray> LocalQueue::tryUnseal(const QUuid &id, const char *column,
                                                const QVariant &value) const
{
    const QByteArray sealed = value.toByteArray();
    if (sealed.isEmpty() || !m_cipher)
        return sealed;
    const std::optional<QByteArray> plain = m_cipher->open(sealed, id, column);
    if (!plain)
        qCWarning(lcQueue) << "the" << column << "of" << id
                           << "does not open with this queue's key";
    return plain;
}

QByteArray LocalQueue::unseal(const QUuid &id, const char *column, const QVariant &value) const
{
    return tryUnseal(id, column, value).value_or(QByteArray());
}

QString LocalQueue::unsealText(const QUuid &id, const char *column, const QVariant &value) const
{
    if (value.isNull())
        return QString();
    return QString::fromUtf8(unseal(id, column, value));
}

QString LocalQueue::setAside(const QString &directory)
{
    const QString path = QDir(directory).filePath(QLatin1StringView(FileName));
    const QString target =
        path + QStringLiteral(".locked-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!QFile::rename(path, target))
        return {};
    for (const char *extra : {"-wal", "-shm"}) {
        const QString from = path + QLatin1StringView(extra);
        if (QFile::exists(from))
            QFile::rename(from, target + QLatin1StringView(extra));
    }
    qCWarning(lcQueue) << "queue set aside at the person's request:" << target;
    return target;
}

bool LocalQueue::moveAside()
{
    const QString suffix =
        QStringLiteral(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString target = m_path + suffix;
    if (!QFile::rename(m_path, target))
        return fail(ErrorKind::Io, QStringLiteral("cannot move %1 to %2").arg(m_path, target));
    for (const char *extra : {"-wal", "-shm"}) {
        const QString from = m_path + QLatin1StringView(extra);
        if (QFile::exists(from))
            QFile::rename(from, target + QLatin1StringView(extra));
    }
    for (const char *extra : {"", "-wal", "-shm"})
        QFile::setPermissions(target + QLatin1StringView(extra),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_movedAsideTo = target;
    qCWarning(lcQueue) << "moved corrupt database aside to" << target;
    return true;
}

bool LocalQueue::exec(QSqlQuery &query)
{
    return query.exec() || fail(query);
}

bool LocalQueue::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(sql) || fail(q);
}

QSqlQuery &LocalQueue::statement(const QString &sql)
{
    return m_statements.get(sql);
}

bool LocalQueue::begin()
{
    return exec(statement(QStringLiteral("BEGIN IMMEDIATE")));
}

bool LocalQueue::commit()
{
    if (exec(statement(QStringLiteral("COMMIT"))))
        return true;
    rollback();
    return false;
}

void LocalQueue::rollback()
{
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.exec(QStringLiteral("ROLLBACK"));
    }
    // A statement given its values and then not run (an earlier one in the
    // same change failed) would take the next values after those; prepared
    // again, it starts from the first.
    m_statements.clear();
}

bool LocalQueue::fail(const QSqlQuery &query)
{
    return fail(query.lastError());
}

bool LocalQueue::fail(const QSqlError &e)
{
    ErrorKind kind = ErrorKind::Other;
    switch (primaryCode(e)) {
    case Full:
        kind = ErrorKind::DiskFull;
        break;
    case ReadOnly:
        kind = ErrorKind::ReadOnly;
        break;
    case Busy:
    case Locked:
        kind = ErrorKind::Locked;
        break;
    case Corrupt:
    case NotADb:
        kind = ErrorKind::Corrupt;
        break;
    case IoErr:
    case CantOpen:
        kind = ErrorKind::Io;
        break;
    default:
        break;
    }
    return fail(kind, e.text());
}

bool LocalQueue::fail(ErrorKind kind, const QString &detail)
{
    m_error = {kind, detail};
    // A key that is not there is the person's situation, told to them in
    // words; the log only notes it.
    if (kind == ErrorKind::KeyMissing || kind == ErrorKind::KeyUnavailable ||
        kind == ErrorKind::KeyRefused || kind == ErrorKind::KeyCancelled)
        qCInfo(lcQueue) << kind << detail;
    else
        qCWarning(lcQueue) << kind << detail;
    emit errorOccurred(m_error);
    return false;
}

std::optional<LocalQueue::State> LocalQueue::currentState(const QUuid &id, qint64 *seq)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT state, seq FROM applications WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!exec(q) || !q.next())
        return std::nullopt;
    const std::optional<State> state = ApplicationStates::fromName(q.value(0).toString());
    if (seq)
        *seq = q.value(1).toLongLong();
    q.finish();
    return state;
}

bool LocalQueue::writeDraft(const Application &application, int step, bool *inserted, qint64 *seq,
                            QString *searchText, const QByteArray &payload)
{
    if (!m_cipher)
        return fail(ErrorKind::ReadOnly, m_path);
    const QString id = application.id.toString(QUuid::WithoutBraces);
    const std::optional<State> state = currentState(application.id, seq);
    if (m_error.kind != ErrorKind::None)
        return false;
    if (state && *state != State::Draft)
        return fail(ErrorKind::NotEditable, id);
    *inserted = !state;
    // Queuing writes the last draft, the frozen bytes and the new state in one
    // statement: one page change fewer per application than two updates.
    const State newState = payload.isNull() ? State::Draft : State::Queued;
    Application a = application;
    a.updatedAt = QDateTime::currentDateTimeUtc();
    if (!a.createdAt.isValid())
        a.createdAt = a.updatedAt;
    QSqlQuery &q =
        statement(state ? QStringLiteral("UPDATE applications SET state = :state, step = :step,"
                                         " company_name = :company, contact_name = :contact,"
                                         " updated_at = :now WHERE id = :id")
                        : QStringLiteral("INSERT INTO applications (id, state, step, company_name,"
                                         " contact_name, created_at, updated_at)"
                                         " VALUES (:id, :state, :step, :company, :contact,"
                                         " :created, :now)"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":state"), stateName(newState));
    q.bindValue(QStringLiteral(":step"), step);
    q.bindValue(QStringLiteral(":company"), sealText(a.id, "company_name", a.customer.companyName));
    q.bindValue(QStringLiteral(":contact"),
                sealText(a.id, "contact_name", contactName(a.customer)));
    q.bindValue(QStringLiteral(":now"), WireCodec::formatSortableTime(a.updatedAt));
    if (!state)
        q.bindValue(QStringLiteral(":created"), WireCodec::formatSortableTime(a.createdAt));
    if (!exec(q))
        return false;
    if (!state)
        *seq = q.lastInsertId().toLongLong();
    QSqlQuery &body = statement(
        QStringLiteral("INSERT INTO application_bodies (seq, draft, payload) VALUES (?, ?, ?)"
                       " ON CONFLICT (seq) DO UPDATE SET draft = excluded.draft,"
                       " payload = excluded.payload"));
    body.addBindValue(*seq);
    body.addBindValue(seal(a.id, "draft", WireCodec::encode(a, WireCodec::Form::Draft)));
    body.addBindValue(payload.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                       : seal(a.id, "payload", payload));
    if (!exec(body))
        return false;
    // What a search looks in, in a narrow table of its own: a search
    // decrypts it alone, not every row's draft.
    *searchText = QueueSearch::key(a);
    QSqlQuery &search = statement(QStringLiteral(
        "INSERT OR REPLACE INTO application_search (seq, id, text) VALUES (?, ?, ?)"));
    search.addBindValue(*seq);
    search.addBindValue(id);
    search.addBindValue(sealText(a.id, "search", *searchText).toByteArray());
    if (!exec(search))
        return false;
    if (state && newState == State::Draft)
        return true; // an edit, not a change of state
    return recordChange(application.id, state, newState, QString());
}

bool LocalQueue::recordChange(const QUuid &id, std::optional<State> from, State to,
                              const QString &note)
{
    QSqlQuery &q =
        statement(QStringLiteral("INSERT INTO state_changes (application_id, from_state, to_state,"
                                 " note, at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(from ? QVariant(stateName(*from)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(stateName(to));
    q.addBindValue(sealText(id, "note", note));
    q.addBindValue(nowText());
    return exec(q);
}

bool LocalQueue::saveDraft(const Application &application, int step)
{
    m_error = {};
    if (!begin())
        return false;
    bool inserted = false;
    qint64 seq = 0;
    QString searchText;
    if (!writeDraft(application, step, &inserted, &seq, &searchText) || !commit()) {
        rollback();
        return false;
    }
    noteSearchText(
        seq, QueueSearch::searchedText(searchText, application.id.toString(QUuid::WithoutBraces)));
    if (inserted)
        emit entryAdded(application.id);
    else
        emit entryChanged(application.id);
    return true;
}

bool LocalQueue::enqueue(const Application &application, int step)
{
    m_error = {};
    Application a = Normalizer::application(application);
    // Whole seconds: the timestamp is part of the frozen bytes and reads as
    // the contract's examples do.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.enteredAt = now.addMSecs(-now.time().msec());
    if (!begin())
        return false;
    bool inserted = false;
    qint64 seq = 0;
    QString searchText;
    const bool ok = writeDraft(a, step, &inserted, &seq, &searchText,
                               WireCodec::encode(a, WireCodec::Form::Wire));
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    noteSearchText(seq, QueueSearch::searchedText(searchText, a.id.toString(QUuid::WithoutBraces)));
    if (inserted)
        emit entryAdded(a.id);
    emit entryChanged(a.id);
    return true;
}

bool LocalQueue::transition(const QUuid &id, State to, const QString &note)
{
    m_error = {};
    if (!begin())
        return false;
    const std::optional<State> from = currentState(id);
    bool ok = false;
    if (!from) {
        if (m_error.kind == ErrorKind::None)
            fail(ErrorKind::NotFound, id.toString());
    } else if (!ApplicationStates::isTransitionAllowed(*from, to) ||
               (*from == State::Queued && to == State::Draft && mayHaveReachedService(id))) {
        fail(ErrorKind::InvalidTransition,
             QStringLiteral("%1 -> %2").arg(stateName(*from), stateName(to)));
    } else {
        // Back to the editor: the old bytes no longer stand for what will be sent.
        // The last error says why it waits or was refused; one being sent
        // keeps the previous one until the answer, one the service took has none.
        QSqlQuery &q = statement(
            to == State::Draft
                ? QStringLiteral("UPDATE applications SET state = ?, last_error = ?,"
                                 " updated_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE applications SET state = ?,"
                                 " last_error = CASE WHEN ? = 1 THEN last_error ELSE ? END,"
                                 " updated_at = ? WHERE id = ?"));
        q.addBindValue(stateName(to));
        const bool keeps = to == State::Sending;
        const bool says = to == State::Rejected || to == State::ProblemReported ||
                          to == State::Draft || to == State::Queued;
        if (to != State::Draft)
            q.addBindValue(keeps ? 1 : 0);
        q.addBindValue(says && !note.isEmpty() ? sealText(id, "last_error", note)
                                               : QVariant(QMetaType::fromType<QByteArray>()));
        q.addBindValue(nowText());
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        ok = exec(q) && recordChange(id, from, to, note);
        if (ok && to == State::Draft) {
            QSqlQuery &release = statement(
                QStringLiteral("UPDATE application_bodies SET payload = NULL"
                               " WHERE seq = (SELECT seq FROM applications WHERE id = ?)"));
            release.addBindValue(id.toString(QUuid::WithoutBraces));
            ok = exec(release);
        }
    }
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    emit entryChanged(id);
    return true;
}

bool LocalQueue::mayHaveReachedService(const QUuid &id)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT to_state, note FROM state_changes"
                                            " WHERE application_id = ? ORDER BY seq"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    // Not known (a read failed): as if it had, which keeps it as it is.
    if (!exec(q))
        return true;
    bool sending = false;
    bool reached = false;
    while (!reached && q.next()) {
        const QString to = q.value(0).toString();
        if (sending) {
            // Back to waiting with the proof that it went nowhere, or marked
            // and let go before it was handed over (no note); anything else
            // (no answer in time, a crash while sending, an answer) may have.
            const QString note = to == stateName(State::Queued) ? unsealText(id, "note", q.value(1))
                                                                : QStringLiteral("-");
            const QJsonObject o = QJsonDocument::fromJson(note.toUtf8()).object();
            reached = !note.isEmpty() && o.value(QStringLiteral("taken")) != QJsonValue(false);
        }
        sending = to == stateName(State::Sending);
    }
    q.finish();
    return reached || sending;
}

QList<bool> LocalQueue::applyMarks(const QList<Mark> &marks)
{
    m_error = {};
    QList<bool> applied(marks.size(), false);
    if (marks.isEmpty())
        return applied;
    exec(statement(QStringLiteral("PRAGMA synchronous=NORMAL")));
    bool ok = begin();
    // The engine knows the state it left each in: one conditional UPDATE
    // instead of a read and a write (a mark that no longer fits changes no
    // row and is skipped).
    // The states and what changes written into the statement (they are the
    // enum's own words): Qt Sql makes a placeholder name for every bound
    // value, and sync writes two marks per application.
    const QString now = nowText();
    for (qsizetype i = 0; ok && i < marks.size(); ++i) {
        const Mark &m = marks.at(i);
        if (!ApplicationStates::isTransitionAllowed(m.from, m.to))
            continue;
        const QString from = stateName(m.from);
        const QString to = stateName(m.to);
        // One being sent keeps the last error until the answer; one the
        // service took has none.
        QSqlQuery &q = statement(
            QStringLiteral("UPDATE applications SET state = '%1', updated_at = ?%2%3"
                           " WHERE id = ? AND state = '%4'")
                .arg(to, m.deadline ? QStringLiteral(", deadline = ?") : QString(),
                     m.to == State::Sending ? QString() : QStringLiteral(", last_error = NULL"),
                     from));
        q.addBindValue(now);
        if (m.deadline)
            q.addBindValue(m.deadline->isValid()
                               ? QVariant(WireCodec::formatSortableTime(*m.deadline))
                               : QVariant(QMetaType::fromType<QString>()));
        const QString id = m.id.toString(QUuid::WithoutBraces);
        q.addBindValue(id);
        if (!exec(q)) {
            ok = false;
            break;
        }
        applied[i] = q.numRowsAffected() == 1;
        if (!applied[i])
            continue;
        QSqlQuery &history =
            statement(QStringLiteral("INSERT INTO state_changes (application_id, from_state,"
                                     " to_state, note, at) VALUES (?, '%1', '%2', NULL, ?)")
                          .arg(from, to));
        history.addBindValue(id);
        history.addBindValue(now);
        if (!exec(history))
            ok = false;
    }
    if (ok && !commit())
        ok = false;
    if (!ok) {
        rollback();
        applied.fill(false);
    }
    exec(statement(QStringLiteral("PRAGMA synchronous=FULL")));
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (applied[i])
            emit entryChanged(marks.at(i).id);
    }
    return applied;
}

bool LocalQueue::applyServiceStatus(const QUuid &id, State state, const QString &reason)
{
    m_error = {};
    if (!ApplicationStates::isServiceStatus(state))
        return fail(ErrorKind::InvalidTransition, ApplicationStates::name(state));
    if (!begin())
        return false;
    const std::optional<State> from = currentState(id);
    const bool applies = from && *from != state && ApplicationStates::isServiceStatus(*from);
    bool ok = true;
    if (applies) {
        QSqlQuery &q = statement(
            reason.isEmpty()
                ? QStringLiteral("UPDATE applications SET state = ?, updated_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE applications SET state = ?, updated_at = ?,"
                                 " last_error = ? WHERE id = ?"));
        q.addBindValue(stateName(state));
        q.addBindValue(nowText());
        if (!reason.isEmpty())
            q.addBindValue(sealText(id, "last_error", reason));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        ok = exec(q) && recordChange(id, from, state, QLatin1StringView(ReportedByServiceNote));
    }
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    if (applies)
        emit entryChanged(id);
    return true;
}

bool LocalQueue::discardDraft(const QUuid &id)
{
    m_error = {};
    if (!begin())
        return false;
    qint64 seq = 0;
    const std::optional<State> state = currentState(id, &seq);
    bool ok = false;
    if (!state) {
        if (m_error.kind == ErrorKind::None)
            fail(ErrorKind::NotFound, id.toString());
    } else if (*state != State::Draft) {
        fail(ErrorKind::NotEditable, id.toString());
    } else {
        QSqlQuery &q = statement(QStringLiteral("DELETE FROM applications WHERE id = ?"));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        ok = exec(q);
    }
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    noteSearchText(seq, std::nullopt);
    emit entryRemoved(id);
    return true;
}

std::optional<LocalQueue::Entry> LocalQueue::entry(const QUuid &id)
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT a.seq, a.state, a.step, b.draft, b.payload, a.last_error,"
                                 " a.created_at, a.updated_at FROM applications a"
                                 " LEFT JOIN application_bodies b ON b.seq = a.seq"
                                 " WHERE a.id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!exec(q) || !q.next())
        return std::nullopt;
    Entry e;
    e.seq = q.value(0).toLongLong();
    e.id = id;
    e.state = stateFromName(q.value(1).toString());
    e.step = q.value(2).toInt();
    // A value sealed for another row or changed on disk is refused, never
    // shown as if it were this application's.
    const std::optional<QByteArray> draft = tryUnseal(id, "draft", q.value(3));
    if (!draft) {
        q.finish();
        fail(ErrorKind::Corrupt,
             QStringLiteral("the draft of %1 does not open").arg(id.toString()));
        return std::nullopt;
    }
    // A purged entry keeps no draft.
    const WireCodec::Result decoded =
        draft->isEmpty() ? WireCodec::Result{} : WireCodec::decode(*draft, WireCodec::Form::Draft);
    if (!decoded.ok())
        qCWarning(lcQueue) << "draft of" << id << "has" << decoded.errors.size() << "problems";
    e.application = decoded.application;
    e.application.id = id;
    e.payload = q.value(4).isNull() ? QByteArray() : unseal(id, "payload", q.value(4));
    e.lastError = unsealText(id, "last_error", q.value(5));
    e.createdAt = WireCodec::parseTime(q.value(6).toString());
    e.updatedAt = WireCodec::parseTime(q.value(7).toString());
    q.finish();
    return e;
}

LocalQueue::Summary LocalQueue::readSummary(const QSqlQuery &q) const
{
    Summary s;
    s.seq = q.value(0).toLongLong();
    s.id = QUuid::fromString(q.value(1).toString());
    s.state = stateFromName(q.value(2).toString());
    s.companyName = unsealText(s.id, "company_name", q.value(3));
    s.contactName = unsealText(s.id, "contact_name", q.value(4));
    s.updatedAt = WireCodec::parseTime(q.value(5).toString());
    s.lastError = unsealText(s.id, "last_error", q.value(6));
    s.deadline = WireCodec::parseTime(q.value(7).toString());
    s.purged = !q.value(8).isNull();
    return s;
}

namespace {
const QString kSummaryColumns =
    QStringLiteral("SELECT a.seq, a.id, a.state, a.company_name, a.contact_name, a.updated_at,"
                   " a.last_error, a.deadline, a.purged_at FROM applications a ");
} // namespace

std::optional<LocalQueue::Summary> LocalQueue::summary(const QUuid &id)
{
    // With what a search looks in: one entry is matched against the list's
    // filter by it (the list's pages need not decrypt it for every row).
    QSqlQuery &q = statement(
        QStringLiteral("SELECT a.seq, a.id, a.state, a.company_name, a.contact_name, a.updated_at,"
                       " a.last_error, a.deadline, a.purged_at, s.text FROM applications a"
                       " LEFT JOIN application_search s ON s.seq = a.seq WHERE a.id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!exec(q) || !q.next())
        return std::nullopt;
    Summary s = readSummary(q);
    s.searchText = QueueSearch::searchedText(unsealText(s.id, "search", q.value(9)),
                                             s.id.toString(QUuid::WithoutBraces));
    q.finish();
    return s;
}

QList<LocalQueue::Summary> LocalQueue::drafts()
{
    QList<Summary> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // With the step each was left at: which one to resume is chosen by it too.
    if (!q.exec(QStringLiteral(
            "SELECT a.seq, a.id, a.state, a.company_name, a.contact_name, a.updated_at,"
            " a.last_error, a.deadline, a.purged_at, a.step FROM applications a"
            " WHERE state = 'draft' ORDER BY updated_at DESC"))) {
        fail(q);
        return result;
    }
    while (q.next()) {
        Summary s = readSummary(q);
        s.step = q.value(9).toInt();
        result.append(s);
    }
    return result;
}

QList<LocalQueue::Waiting> LocalQueue::queued()
{
    QList<Waiting> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, not_before FROM applications WHERE state = 'queued' ORDER BY seq"))) {
        fail(q);
        return result;
    }
    while (q.next())
        result.append({QUuid::fromString(q.value(0).toString()),
                       WireCodec::parseTime(q.value(1).toString())});
    return result;
}

bool LocalQueue::setNotBefore(const QUuid &id, const QDateTime &when)
{
    m_error = {};
    QSqlQuery &q = statement(QStringLiteral("UPDATE applications SET not_before = ? WHERE id = ?"));
    q.addBindValue(when.isValid() ? QVariant(WireCodec::formatSortableTime(when))
                                  : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return exec(q);
}

QByteArray LocalQueue::payload(const QUuid &id)
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT b.payload FROM applications a JOIN application_bodies b"
                                 " ON b.seq = a.seq WHERE a.id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!exec(q) || !q.next())
        return {};
    const QVariant sealed = q.value(0);
    q.finish();
    return sealed.isNull() ? QByteArray() : unseal(id, "payload", sealed);
}

int LocalQueue::recoverSending()
{
    QList<QUuid> stuck;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM applications WHERE state = 'sending'"))) {
            fail(q);
            return 0;
        }
        while (q.next())
            stuck.append(QUuid::fromString(q.value(0).toString()));
    }
    int recovered = 0;
    for (const QUuid &id : std::as_const(stuck)) {
        if (transition(id, State::Queued, QLatin1StringView(RecoveredAfterInterruptedSendNote)))
            ++recovered;
    }
    return recovered;
}

QList<LocalQueue::Summary> LocalQueue::page(qint64 beforeSeq, int limit, const Filter &filter)
{
    QList<Summary> result;
    QStringList states;
    for (State st : filter.states)
        states << QStringLiteral("'%1'").arg(stateName(st));
    const QString inStates = states.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" AND a.state IN (%1)").arg(states.join(u','));
    const qint64 before = beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max();
    const QString needle = QueueSearch::needle(filter.text);
    if (needle.isEmpty()) {
        QSqlQuery &q = statement(kSummaryColumns + QStringLiteral("WHERE a.seq < ?") + inStates +
                                 QStringLiteral(" ORDER BY a.seq DESC LIMIT ?"));
        q.addBindValue(before);
        q.addBindValue(limit);
        if (!exec(q))
            return result;
        result.reserve(limit);
        while (q.next())
            result.append(readSummary(q));
        return result;
    }
    // The search text is sealed: it is searched in memory, newest first, and
    // only the rows that match are read (a screenful at a time).
    if (!loadSearchIndex())
        return result;
    QSqlQuery &q = statement(kSummaryColumns + QStringLiteral("WHERE a.seq = ?") + inStates);
    const QueueSearch::Finder finder(needle);
    auto it = m_searchIndex.lower_bound(before);
    while (it != m_searchIndex.begin() && result.size() < limit) {
        --it;
        if (!finder.matches(it->second))
            continue;
        q.addBindValue(it->first);
        if (!exec(q))
            return result;
        if (q.next())
            result.append(readSummary(q));
        q.finish();
    }
    return result;
}

namespace {

// seq → what a search looks in, for every entry, read through `db` (the
// queue's own connection, or the builder's on its thread) and decrypted
// with `cipher` (none: a read-only queue kept in clear). A text that does
// not open is left empty; nullopt (and `error`) when the table cannot be
// read.
std::optional<std::map<qint64, QString>>
readSearchTexts(const QSqlDatabase &db, const QueueCipher *cipher, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, id, text FROM application_search"))) {
        *error = q.lastError();
        return std::nullopt;
    }
    std::map<qint64, QString> index;
    while (q.next()) {
        const QByteArray sealed = q.value(2).toByteArray();
        std::optional<QByteArray> plain = sealed;
        if (cipher && !sealed.isEmpty())
            plain = cipher->open(sealed, QUuid::fromString(q.value(1).toString()), "search");
        index.emplace_hint(
            index.end(), q.value(0).toLongLong(),
            plain ? QueueSearch::searchedText(QString::fromUtf8(*plain), q.value(1).toString())
                  : QString());
    }
    return index;
}

void putSearchText(std::map<qint64, QString> &index, qint64 seq, const std::optional<QString> &text)
{
    if (text)
        index[seq] = *text;
    else
        index.erase(seq);
}

} // namespace

void LocalQueue::startSearchBuild()
{
    if (m_searchBuild.valid())
        m_searchBuild.wait();
    m_searchIndex.clear();
    m_searchIndexLoaded = false;
    m_searchJournal.clear();
    m_searchBuild = {};
    // A read-only queue is opened immutable (or in clear): read in place
    // when first searched.
    if (!m_cipher || m_readOnly)
        return;
    std::shared_ptr<QueueCipher> cipher = m_cipher->clone();
    const QString path = m_path;
    const QString connection = m_connection + QStringLiteral("-search");
    m_searchBuild = std::async(std::launch::async, [cipher, path, connection] {
        std::optional<std::map<qint64, QString>> index;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlError error;
                index = readSearchTexts(db, cipher.get(), &error);
                if (!index)
                    qCWarning(lcQueue) << "search index:" << error.text();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return index;
    });
}

void LocalQueue::noteSearchText(qint64 seq, const std::optional<QString> &text)
{
    if (m_searchIndexLoaded)
        putSearchText(m_searchIndex, seq, text);
    else if (m_searchBuild.valid())
        m_searchJournal[seq] = text;
}

bool LocalQueue::loadSearchIndex()
{
    if (m_searchIndexLoaded)
        return true;
    if (m_searchBuild.valid()) {
        std::optional<std::map<qint64, QString>> built = m_searchBuild.get();
        if (built) {
            m_searchIndex = std::move(*built);
            for (const auto &[seq, text] : std::as_const(m_searchJournal))
                putSearchText(m_searchIndex, seq, text);
            m_searchJournal.clear();
            m_searchIndexLoaded = true;
            return true;
        }
        m_searchJournal.clear();
    }
    QSqlError error;
    std::optional<std::map<qint64, QString>> read =
        readSearchTexts(QSqlDatabase::database(m_connection, false), m_cipher.get(), &error);
    if (!read)
        return fail(error);
    m_searchIndex = std::move(*read);
    m_searchIndexLoaded = true;
    return true;
}

bool LocalQueue::Filter::matches(const Summary &summary) const
{
    if (!states.isEmpty() && !states.contains(summary.state))
        return false;
    const QString needle = QueueSearch::needle(text);
    return needle.isEmpty() || QueueSearch::matches(summary.searchText, needle);
}

bool LocalQueue::setDeadline(const QUuid &id, const QDateTime &deadline)
{
    m_error = {};
    // A new deadline is news (a fresh link sent, a registration date set):
    // the list's "last updated" says when, as the timeline does.
    QSqlQuery &q = statement(QStringLiteral("UPDATE applications SET deadline = ?, updated_at = ?"
                                            " WHERE id = ? AND deadline IS NOT ?"));
    const QVariant value = deadline.isValid() ? QVariant(WireCodec::formatSortableTime(deadline))
                                              : QVariant(QMetaType::fromType<QString>());
    q.addBindValue(value);
    q.addBindValue(nowText());
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(value);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() > 0)
        emit entryChanged(id);
    return true;
}

bool LocalQueue::setServiceTimeline(const QUuid &id, const QByteArray &timelineJson)
{
    m_error = {};
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE applications SET service_timeline = ? WHERE id = ?"));
    if (!m_cipher)
        return fail(ErrorKind::ReadOnly, m_path);
    q.addBindValue(seal(id, "service_timeline", timelineJson));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return exec(q);
}

QByteArray LocalQueue::serviceTimeline(const QUuid &id)
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT service_timeline FROM applications WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!exec(q) || !q.next())
        return {};
    const QVariant sealed = q.value(0);
    q.finish();
    return unseal(id, "service_timeline", sealed);
}

QList<LocalQueue::HistoryItem> LocalQueue::history(const QUuid &id)
{
    QList<HistoryItem> result;
    QSqlQuery &q =
        statement(QStringLiteral("SELECT from_state, to_state, note, at FROM"
                                 " state_changes WHERE application_id = ? ORDER BY seq"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!exec(q))
        return result;
    while (q.next()) {
        HistoryItem h;
        if (!q.value(0).isNull())
            h.from = stateFromName(q.value(0).toString());
        h.to = stateFromName(q.value(1).toString());
        h.note = unsealText(id, "note", q.value(2));
        h.at = WireCodec::parseTime(q.value(3).toString());
        result.append(h);
    }
    return result;
}

int LocalQueue::purgeFinished(int days, const QDateTime &now)
{
    m_error = {};
    QStringList finals;
    for (State st : {State::ProvisionallyRegistered, State::ProblemReported})
        finals << QStringLiteral("'%1'").arg(stateName(st));
    // Only what is kept here: the draft and the frozen bytes, the names in
    // the list and in the search, the service's words. The history's notes
    // are this program's own.
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE applications SET company_name = '',"
                                 " contact_name = '', last_error = NULL, purged_at = ?"
                                 " WHERE purged_at IS NULL AND state IN (%1) AND updated_at < ?")
                      .arg(finals.join(u',')));
    q.addBindValue(WireCodec::formatSortableTime(now));
    q.addBindValue(WireCodec::formatSortableTime(now.addDays(-days)));
    if (!begin())
        return -1;
    QSqlQuery &forget =
        statement(QStringLiteral("UPDATE application_search SET text = X'' WHERE seq IN"
                                 " (SELECT seq FROM applications WHERE purged_at = ?)"
                                 " RETURNING seq"));
    forget.addBindValue(WireCodec::formatSortableTime(now));
    if (!exec(q)) {
        rollback();
        return -1;
    }
    const int purged = q.numRowsAffected();
    QSqlQuery &bodies = statement(
        QStringLiteral("UPDATE application_bodies SET draft = X'', payload = NULL"
                       " WHERE seq IN (SELECT seq FROM applications WHERE purged_at = ?)"));
    bodies.addBindValue(WireCodec::formatSortableTime(now));
    QList<qint64> forgotten;
    bool ok = exec(forget);
    while (ok && forget.next())
        forgotten.append(forget.value(0).toLongLong());
    forget.finish();
    if (!ok || !exec(bodies) || !commit()) {
        rollback();
        return -1;
    }
    // Not found any more by what they were.
    for (const qint64 seq : std::as_const(forgotten))
        noteSearchText(seq, QString());
    return purged;
}

int LocalQueue::count(State state)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT count(*) FROM applications WHERE state = ?"));
    q.addBindValue(stateName(state));
    if (!exec(q) || !q.next())
        return 0;
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

int LocalQueue::count()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM applications")) || !q.next()) {
        fail(q);
        return 0;
    }
    return q.value(0).toInt();
}
