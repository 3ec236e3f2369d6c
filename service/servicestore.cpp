#include "service/servicestore.h"

#include "service/digest.h"
#include "service/securerandom.h"

#include "core/applicationstate.h"
#include "core/wirecodec.h"
#include "sqlite/sqlitelockwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <numeric>

Q_LOGGING_CATEGORY(lcStore, "moshikomi.service.store")

namespace {

// Portable SQL, the same steps for SQLite and PostgreSQL (ServiceStore::dialect
// fills in what differs).
const char *const kSchemaV1[] = {
    "CREATE TABLE staff (id %ROWID%, name TEXT NOT NULL UNIQUE,"
    " token_hash TEXT NOT NULL UNIQUE, role TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE applications (id TEXT PRIMARY KEY, staff_id INTEGER NOT NULL REFERENCES "
    "staff(id),"
    " status TEXT NOT NULL, body TEXT, company_name TEXT, email TEXT, form_version TEXT,"
    " confirmation_token_hash TEXT UNIQUE, confirmation_expires_at TEXT,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, purged_at TEXT)",
    "CREATE INDEX applications_status ON applications (status, confirmation_expires_at)",
    "CREATE TABLE status_history (seq %SERIAL%,"
    " application_id TEXT NOT NULL REFERENCES applications(id), kind TEXT NOT NULL,"
    " status TEXT, mail_kind TEXT, recipient TEXT, at TEXT NOT NULL)",
    "CREATE INDEX status_history_application ON status_history (application_id)",
    "CREATE TABLE idempotency (idempotency_key TEXT PRIMARY KEY,"
    " staff_id INTEGER NOT NULL REFERENCES staff(id), body_hash TEXT NOT NULL,"
    " answer TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE outbox (id %SERIAL%, application_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
    " message_id TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
    " link_nonce TEXT, next_attempt_at TEXT NOT NULL, sent_at TEXT, failed_at TEXT,"
    " last_error TEXT, created_at TEXT NOT NULL)",
    "CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at)",
    "CREATE TABLE form_schemas (version TEXT PRIMARY KEY, body TEXT NOT NULL,"
    " published_at TEXT NOT NULL)",
};

// Version 2: several instances on one database. An outbox row is claimed for
// a lease; a status change carries the transaction that made it, so that
// the changedSince feed can wait for one that commits late (%TX%).
const char *const kSchemaV2[] = {
    "ALTER TABLE outbox ADD COLUMN claimed_until TEXT",
    "ALTER TABLE outbox ADD COLUMN claimed_by TEXT",
    "ALTER TABLE status_history ADD COLUMN tx BIGINT %TX%",
    "CREATE INDEX status_history_feed ON status_history (tx, seq)",
};

// Version 4: a status change keeps the words that came with it (an
// operator's reason for a problem), for the staff who must act on them.
const char *const kSchemaV4[] = {
    "ALTER TABLE status_history ADD COLUMN note TEXT",
};

// Version 5: a link a resend replaced or a problem withdrew is remembered
// (its hash), so that the customer who opens it is told which, not that it
// never existed.
const char *const kSchemaV5[] = {
    "CREATE TABLE retired_links (token_hash TEXT PRIMARY KEY, application_id TEXT NOT NULL,"
    " reason TEXT NOT NULL, retired_at TEXT NOT NULL)",
    "CREATE INDEX retired_links_application ON retired_links (application_id)",
};

// Version 6: the changes feed can start at a time (changedSince=<RFC 3339>)
// without reading the whole history. Times grow with the history, so the
// index grows at its end.
const char *const kSchemaV6[] = {
    "CREATE INDEX status_history_at ON status_history (at)",
};

// Version 7: wrong tokens are counted where every instance sees them (one
// caller's tries spread over the instances behind the front add up). Kept
// ten minutes: an address is personal data.
const char *const kSchemaV7[] = {
    "CREATE TABLE failed_logins (address TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX failed_logins_address ON failed_logins (address, at)",
};

// Version 3: times are kept with milliseconds always, so that they compare as
// text in the order of time; those written earlier at a whole second
// ("…:41Z", which sorted after "…:41.500Z") get theirs.
struct TimeColumn
{
    const char *table;
    const char *column;
};
const TimeColumn kTimeColumns[] = {
    {"staff", "created_at"},
    {"applications", "confirmation_expires_at"},
    {"applications", "created_at"},
    {"applications", "updated_at"},
    {"applications", "purged_at"},
    {"status_history", "at"},
    {"idempotency", "created_at"},
    {"outbox", "next_attempt_at"},
    {"outbox", "sent_at"},
    {"outbox", "failed_at"},
    {"outbox", "created_at"},
    {"outbox", "claimed_until"},
    {"form_schemas", "published_at"},
};

// Any number, the same in every instance: the lock migrations run under.
constexpr qint64 MigrationLock = 0x4d6f7368696b6f;

QString roleName(ServiceStore::Role role)
{
    return role == ServiceStore::Role::Operator ? QStringLiteral("operator")
                                                : QStringLiteral("staff");
}

QByteArray randomToken()
{
    // 32 random bytes from the system's generator, URL-safe.
    return SecureRandom::bytes(32).toBase64(QByteArray::Base64UrlEncoding |
                                            QByteArray::OmitTrailingEquals);
}

} // namespace

ServiceStore::ServiceStore()
    : m_connection(QStringLiteral("moshikomi-service-%1").arg(quintptr(this), 0, 16))
{}

ServiceStore::~ServiceStore()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ServiceStore::now()
{
    return WireCodec::formatSortableTime(QDateTime::currentDateTimeUtc());
}

QByteArray ServiceStore::hashToken(const QByteArray &token)
{
    return Digest::sha256(token).toHex();
}

bool ServiceStore::open(const Target &target)
{
    m_target = target;
    m_backend = target.backend;
    m_longTextSql.clear();
    return connect() && migrate();
}

bool ServiceStore::connect()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_connection, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_backend == Backend::PostgreSQL) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        if (!db.isValid()) {
            m_error = QStringLiteral("the PostgreSQL driver of Qt Sql is not installed "
                                     "(Debian: libqt6sql6-psql)");
            return false;
        }
        db.setHostName(m_target.host);
        db.setPort(m_target.port);
        db.setUserName(m_target.user);
        db.setDatabaseName(m_target.name);
        db.setPassword(m_target.password);
        // A database that does not answer is a failed request, not a hang.
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return false;
        }
        // A statement that waits on a lock or a slow disk gives up, and so
        // does a transaction left open by a crash of this process.
        return exec(QStringLiteral("SET client_min_messages = warning")) &&
               exec(QStringLiteral("SET statement_timeout = '10s'")) &&
               exec(QStringLiteral("SET idle_in_transaction_session_timeout = '30s'")) &&
               exec(QStringLiteral("SET synchronous_commit = on"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_target.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    // The intake writer, the mail worker, the sweeper and the request thread
    // wait for each other's commits: by SQLite's own schedule a commit of a
    // millisecond cost the waiter 33–330 ms (intake answers while mail went out).
    SqliteLockWait::install(db, 5000);
    // secure_delete: a purged value is overwritten, not left in a free page.
    // A page cache of 32 MiB (2 MiB by default): the indexes of random ids
    // that every intake touches stay in memory instead of being read again.
    // temp_store=MEMORY: the undo copies each savepoint and statement keeps
    // of the pages it changes went to a temporary file, half of everything
    // intake wrote (measured: 2.5 of 5 GB for 50,000 applications).
    // A checkpoint every 10,000 pages of log (1,000 by default): the index
    // pages many commits change are copied back once, not at every 1,000
    // pages (~12% more intake); journal_size_limit gives the disk back after.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA secure_delete=ON", "PRAGMA cache_size=-32768", "PRAGMA temp_store=MEMORY",
          "PRAGMA wal_autocheckpoint=10000", "PRAGMA journal_size_limit=67108864"}) {
        if (!exec(QLatin1StringView(pragma)))
            return false;
    }
    return true;
}

QString ServiceStore::dialect(const char *sql) const
{
    QString text = QString::fromLatin1(sql);
    const bool pg = m_backend == Backend::PostgreSQL;
    text.replace(QLatin1StringView("%ROWID%"),
                 pg ? QLatin1StringView("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                    : QLatin1StringView("INTEGER PRIMARY KEY"));
    text.replace(QLatin1StringView("%SERIAL%"),
                 pg ? QLatin1StringView("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                    : QLatin1StringView("INTEGER PRIMARY KEY AUTOINCREMENT"));
    text.replace(QLatin1StringView("%TX%"),
                 pg ? QLatin1StringView("DEFAULT (pg_current_xact_id()::text::bigint)")
                    : QLatin1StringView(""));
    text.replace(QLatin1StringView("%LOCK%"),
                 pg ? QLatin1StringView(" FOR UPDATE") : QLatin1StringView(""));
    text.replace(QLatin1StringView("%SKIP%"),
                 pg ? QLatin1StringView(" FOR UPDATE SKIP LOCKED") : QLatin1StringView(""));
    return text;
}

bool ServiceStore::isUniqueViolation(const QString &nativeCode) const
{
    // PostgreSQL's SQLSTATE; SQLite's extended codes for UNIQUE and PRIMARY KEY.
    return nativeCode == u"23505" || nativeCode == u"2067" || nativeCode == u"1555";
}

void ServiceStore::reconnectIfLost()
{
    if (m_backend != Backend::PostgreSQL)
        return;
    QSqlQuery probe = query();
    if (probe.exec(QStringLiteral("SELECT 1")))
        return;
    qCWarning(lcStore) << "database connection lost; connecting again";
    if (!connect())
        qCWarning(lcStore) << "cannot connect:" << m_error;
}

QSqlQuery &ServiceStore::statement(const QString &sql)
{
    return m_statements.get(sql);
}

QSqlQuery ServiceStore::query()
{
    return QSqlQuery(QSqlDatabase::database(m_connection, false));
}

bool ServiceStore::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    m_lastNativeError = q.lastError().nativeErrorCode();
    // A duplicate is an answer (idempotency), not a failure to log.
    if (!isUniqueViolation(m_lastNativeError))
        qCWarning(lcStore) << "SQL failed:" << m_error;
    return false;
}

bool ServiceStore::exec(const QString &sql)
{
    QSqlQuery q = query();
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    m_lastNativeError = q.lastError().nativeErrorCode();
    qCWarning(lcStore) << "SQL failed:" << m_error;
    return false;
}

void ServiceStore::finishAll()
{
    m_statements.finishAll();
}

bool ServiceStore::begin()
{
    finishAll();
    // PostgreSQL prepares no transaction statements; SQLite's are kept
    // prepared (each is on the path of every request).
    if (m_backend == Backend::PostgreSQL) {
        if (exec(QStringLiteral("BEGIN")))
            return true;
        reconnectIfLost();
        return exec(QStringLiteral("BEGIN"));
    }
    return exec(statement(QStringLiteral("BEGIN IMMEDIATE")));
}

bool ServiceStore::commit()
{
    if (m_backend == Backend::PostgreSQL ? exec(QStringLiteral("COMMIT"))
                                         : exec(statement(QStringLiteral("COMMIT"))))
        return true;
    rollback();
    return false;
}

void ServiceStore::rollback()
{
    query().exec(QStringLiteral("ROLLBACK"));
    forgetBindings();
}

void ServiceStore::forgetBindings()
{
    // A statement given its values and then not run (an earlier one in the
    // same chain failed) would take the next values after those; prepared
    // again, it starts from the first.
    m_statements.clear();
}

bool ServiceStore::migrate()
{
    const bool pg = m_backend == Backend::PostgreSQL;
    if (!begin())
        return false;
    // Several instances starting together: one migrates, the others wait
    // and then find the schema up to date.
    if (pg && (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock)) ||
               !exec(QStringLiteral(
                   "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))) {
        rollback();
        return false;
    }
    QSqlQuery q = query();
    if (!q.exec(pg ? QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")
                   : QStringLiteral("PRAGMA user_version")) ||
        !q.next()) {
        m_error = q.lastError().text();
        rollback();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        rollback();
        m_error = QStringLiteral("the database has schema version %1; this service knows %2")
                      .arg(version)
                      .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion) {
        rollback();
        return true;
    }
    QList<const char *> steps;
    if (version < 1)
        steps += QList<const char *>(std::begin(kSchemaV1), std::end(kSchemaV1));
    if (version < 2)
        steps += QList<const char *>(std::begin(kSchemaV2), std::end(kSchemaV2));
    QList<QByteArray> statements;
    if (version < 3) {
        for (const TimeColumn &t : kTimeColumns)
            statements.append(QByteArray("UPDATE ") + t.table + " SET " + t.column + " = substr(" +
                              t.column + ", 1, 19) || '.000Z' WHERE length(" + t.column + ") = 20");
        for (const QByteArray &sql : std::as_const(statements))
            steps.append(sql.constData());
    }
    if (version < 4)
        steps += QList<const char *>(std::begin(kSchemaV4), std::end(kSchemaV4));
    if (version < 5)
        steps += QList<const char *>(std::begin(kSchemaV5), std::end(kSchemaV5));
    if (version < 6)
        steps += QList<const char *>(std::begin(kSchemaV6), std::end(kSchemaV6));
    if (version < 7)
        steps += QList<const char *>(std::begin(kSchemaV7), std::end(kSchemaV7));
    for (const char *sql : std::as_const(steps)) {
        if (!exec(dialect(sql))) {
            rollback();
            return false;
        }
    }
    const bool recorded =
        pg ? exec(QStringLiteral("DELETE FROM schema_version")) &&
                 exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                          .arg(SchemaVersion))
           : exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    if (!recorded) {
        rollback();
        return false;
    }
    return commit();
}

bool ServiceStore::releaseClaims()
{
    // Claims this instance held when it stopped (a crash between sending and
    // marking) are taken back at once; those of other instances lapse with
    // their lease. A SQLite file has one service: every claim is its own.
    finishAll();
    if (m_backend == Backend::PostgreSQL) {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE outbox SET claimed_until = NULL, claimed_by = NULL"
                                 " WHERE claimed_by = ? AND sent_at IS NULL"));
        q.addBindValue(m_target.instance);
        return exec(q);
    }
    return exec(QStringLiteral("UPDATE outbox SET claimed_until = NULL, claimed_by = NULL"
                               " WHERE claimed_until IS NOT NULL"));
}

bool ServiceStore::retryWaitingMailNow(const QDateTime &now)
{
    finishAll();
    const QString at = WireCodec::formatSortableTime(now);
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE sent_at IS NULL"
                             " AND failed_at IS NULL AND next_attempt_at > ?"));
    q.addBindValue(at);
    q.addBindValue(at);
    return exec(q);
}

QString ServiceStore::addStaff(const QString &name, Role role, StaffAdded *how)
{
    if (!begin())
        return {};
    QSqlQuery &seen = statement(QStringLiteral("SELECT revoked FROM staff WHERE name = ?"));
    seen.addBindValue(name);
    if (!exec(seen)) {
        rollback();
        return {};
    }
    const bool exists = seen.next();
    const bool wasRevoked = exists && seen.value(0).toLongLong() != 0;
    seen.finish();
    if (exists && !wasRevoked) {
        rollback();
        if (how)
            *how = StaffAdded::NameTaken;
        m_error = QStringLiteral("%1 already holds a working token").arg(name);
        return {};
    }
    const QByteArray token = randomToken();
    QSqlQuery &q =
        statement(exists ? QStringLiteral("UPDATE staff SET token_hash = ?, role = ?, revoked = 0"
                                          " WHERE name = ? AND revoked <> 0")
                         : QStringLiteral("INSERT INTO staff (token_hash, role, name, created_at)"
                                          " VALUES (?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(hashToken(token)));
    q.addBindValue(roleName(role));
    q.addBindValue(name);
    if (!exists)
        q.addBindValue(now());
    if (!exec(q) || !commit()) {
        rollback();
        return {};
    }
    if (how)
        *how = exists ? StaffAdded::Renewed : StaffAdded::New;
    return QString::fromLatin1(token);
}

bool ServiceStore::revokeStaff(const QString &name, bool *already)
{
    finishAll();
    QSqlQuery &q = statement(QStringLiteral("SELECT revoked FROM staff WHERE name = ?"));
    q.addBindValue(name);
    if (!exec(q))
        return false;
    if (!q.next()) {
        m_error = QStringLiteral("no staff member named %1").arg(name);
        return false;
    }
    const bool revokedBefore = q.value(0).toInt() != 0;
    q.finish();
    if (already)
        *already = revokedBefore;
    if (revokedBefore)
        return true;
    QSqlQuery &update = statement(QStringLiteral("UPDATE staff SET revoked = 1 WHERE name = ?"));
    update.addBindValue(name);
    return exec(update);
}

std::optional<QList<ServiceStore::StaffAccount>> ServiceStore::staffAccounts()
{
    finishAll();
    QSqlQuery &q =
        statement(QStringLiteral("SELECT s.name, s.role, s.revoked, s.created_at,"
                                 " (SELECT count(*) FROM applications a WHERE a.staff_id = s.id)"
                                 " FROM staff s ORDER BY s.name"));
    if (!exec(q))
        return std::nullopt;
    QList<StaffAccount> result;
    while (q.next())
        result.append({q.value(0).toString(),
                       q.value(1).toString() == u"operator" ? Role::Operator : Role::Staff,
                       q.value(2).toInt() != 0, q.value(3).toString(), q.value(4).toLongLong()});
    q.finish();
    return result;
}

std::optional<ServiceStore::Staff> ServiceStore::staffForToken(const QByteArray &token,
                                                               bool *unavailable)
{
    QSqlQuery &q = statement(
        QStringLiteral("SELECT id, name, role FROM staff WHERE token_hash = ? AND revoked = 0"));
    q.addBindValue(QString::fromLatin1(hashToken(token)));
    if (!exec(q)) {
        if (unavailable)
            *unavailable = true;
        reconnectIfLost();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Staff{q.value(0).toLongLong(), q.value(1).toString(),
                 q.value(2).toString() == u"operator" ? Role::Operator : Role::Staff};
}

std::optional<int> ServiceStore::recordFailedLogin(const QString &address, qint64 nowMs)
{
    // Two statements, no transaction: the count only has to include this
    // one. Rows older than the window are the sweeper's to forget.
    QSqlQuery &add =
        statement(QStringLiteral("INSERT INTO failed_logins (address, at) VALUES (?, ?)"));
    add.addBindValue(address);
    add.addBindValue(nowMs);
    if (!exec(add)) {
        reconnectIfLost();
        return std::nullopt;
    }
    QSqlQuery &count = statement(
        QStringLiteral("SELECT count(*) FROM failed_logins WHERE address = ? AND at >= ?"));
    count.addBindValue(address);
    count.addBindValue(nowMs - FailedLoginWindowMs);
    if (!exec(count) || !count.next()) {
        reconnectIfLost();
        return std::nullopt;
    }
    const int n = count.value(0).toInt();
    count.finish();
    return n;
}

bool ServiceStore::forgetFailedLogins(qint64 nowMs)
{
    QSqlQuery &q = statement(QStringLiteral("DELETE FROM failed_logins WHERE at < ?"));
    q.addBindValue(nowMs - FailedLoginWindowMs);
    return exec(q);
}

bool ServiceStore::addHistory(const QString &id, const QString &kind, const QString &status,
                              const QString &mailKind, const QString &recipient,
                              const QString &note)
{
    // The note's column only when there is one: every application's intake
    // writes this row, and binds no more than it must.
    QSqlQuery &q = statement(
        note.isEmpty()
            ? QStringLiteral("INSERT INTO status_history (application_id, kind, status, mail_kind,"
                             " recipient, at) VALUES (?, ?, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO status_history (application_id, kind, status, mail_kind,"
                             " recipient, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(status.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(status));
    q.addBindValue(mailKind.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(mailKind));
    q.addBindValue(recipient.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(recipient));
    q.addBindValue(now());
    if (!note.isEmpty())
        q.addBindValue(note);
    return exec(q);
}

bool ServiceStore::addOutbox(const OutboxRow &row)
{
    QSqlQuery &q =
        longTextStatement("INSERT INTO outbox (application_id, kind, recipient, subject, body,"
                          " message_id, link_nonce, next_attempt_at, created_at)"
                          " VALUES (?, ?, ?, ?, %1, ?, ?, ?, ?)");
    q.addBindValue(row.applicationId);
    q.addBindValue(row.kind);
    q.addBindValue(row.recipient);
    q.addBindValue(row.subject);
    q.addBindValue(longText(row.body.toUtf8()));
    q.addBindValue(row.messageId);
    q.addBindValue(row.linkNonce.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(QString::fromLatin1(row.linkNonce)));
    q.addBindValue(now());
    q.addBindValue(now());
    return exec(q);
}

std::optional<ServiceStore::IntakeResult> ServiceStore::replay(const IntakeItem &item)
{
    using K = IntakeResult::Kind;
    QSqlQuery &seen = statement(QStringLiteral(
        "SELECT staff_id, body_hash, answer FROM idempotency WHERE idempotency_key = ?"));
    seen.addBindValue(item.application.id.toString(QUuid::WithoutBraces));
    if (!exec(seen))
        return IntakeResult{};
    if (!seen.next())
        return std::nullopt;
    const bool same = seen.value(0).toLongLong() == item.staff.id &&
                      seen.value(1).toByteArray() == item.requestHash;
    const IntakeResult result{same ? K::Replayed : K::Conflict, seen.value(2).toByteArray()};
    seen.finish();
    return result;
}

QSqlQuery &ServiceStore::longTextStatement(const char *sql)
{
    QString &filled = m_longTextSql[sql];
    if (filled.isEmpty())
        filled = QString::fromLatin1(sql).arg(m_backend == Backend::SQLite
                                                  ? QLatin1StringView("CAST(? AS TEXT)")
                                                  : QLatin1StringView("?"));
    return statement(filled);
}

QVariant ServiceStore::longText(const QByteArray &utf8) const
{
    // A QByteArray is bound as a BLOB, whose bytes the CAST takes as text in
    // the database's encoding (UTF-8) without converting them.
    return m_backend == Backend::SQLite ? QVariant(utf8) : QVariant(QString::fromUtf8(utf8));
}

ServiceStore::IntakeResult ServiceStore::intakeOne(const IntakeItem &item, bool lookFirst)
{
    using K = IntakeResult::Kind;
    const QString id = item.application.id.toString(QUuid::WithoutBraces);
    if (lookFirst) {
        if (const std::optional<IntakeResult> earlier = replay(item))
            return *earlier;
    }
    const QString status = ApplicationStates::name(ApplicationState::AwaitingConfirmation);
    const QString expires = WireCodec::formatSortableTime(item.expiresAt);
    const QJsonObject answer{{QStringLiteral("id"), id},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("confirmationExpiresAt"), expires}};
    const QByteArray answerBytes = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    const Customer &c = item.application.customer;
    QSqlQuery &insert = longTextStatement(
        "INSERT INTO applications (id, staff_id, status, body, company_name, email, form_version,"
        " confirmation_token_hash, confirmation_expires_at, created_at, updated_at)"
        " VALUES (?, ?, ?, %1, ?, ?, ?, ?, ?, ?, ?)");
    insert.addBindValue(id);
    insert.addBindValue(item.staff.id);
    insert.addBindValue(status);
    insert.addBindValue(longText(item.canonicalBody));
    insert.addBindValue(c.companyName);
    insert.addBindValue(c.email);
    insert.addBindValue(item.application.formVersion);
    insert.addBindValue(QString::fromLatin1(item.tokenHash));
    insert.addBindValue(expires);
    insert.addBindValue(now());
    insert.addBindValue(now());
    QSqlQuery &idem =
        statement(QStringLiteral("INSERT INTO idempotency (idempotency_key, staff_id, body_hash,"
                                 " answer, created_at) VALUES (?, ?, ?, ?, ?)"));
    idem.addBindValue(id);
    idem.addBindValue(item.staff.id);
    idem.addBindValue(QString::fromLatin1(item.requestHash));
    idem.addBindValue(QString::fromUtf8(answerBytes));
    idem.addBindValue(now());
    const bool ok = exec(insert) && addHistory(id, QStringLiteral("status"), status) &&
                    addOutbox(item.confirmationMail) && exec(idem);
    return ok ? IntakeResult{K::Created, answerBytes} : IntakeResult{};
}

QList<ServiceStore::IntakeResult> ServiceStore::intakeBatch(const QList<IntakeItem> &items)
{
    // Most groups store whole: written without a savepoint per item (two
    // statements and an undo copy of every page each item changes) and
    // without looking for an earlier answer first (a retry is rare and its
    // id's unique key finds it). Only a group where one fails is written
    // again, each item on its own, looking first.
    if (items.size() > 1) {
        if (std::optional<QList<IntakeResult>> results = intakeGroup(items, false))
            return *results;
    }
    return intakeGroup(items, true).value_or(QList<IntakeResult>(items.size()));
}

std::optional<QList<ServiceStore::IntakeResult>>
ServiceStore::intakeGroup(const QList<IntakeItem> &items, bool itemByItem)
{
    QList<IntakeResult> results(items.size());
    if (!begin())
        return results; // none stored
    const bool pg = m_backend == Backend::PostgreSQL;
    auto run = [this, pg](const char *sql) {
        return pg ? exec(QLatin1StringView(sql)) : exec(statement(QLatin1StringView(sql)));
    };
    // In the order of their ids: two instances taking overlapping batches
    // lock the same keys in the same order, and never deadlock.
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&items](qsizetype x, qsizetype y) {
        return items.at(x).application.id < items.at(y).application.id;
    });
    for (const qsizetype i : std::as_const(order)) {
        // A savepoint each: one item that fails takes nothing of the others.
        if (itemByItem && !run("SAVEPOINT intake")) {
            rollback();
            return QList<IntakeResult>(items.size());
        }
        results[i] = intakeOne(items.at(i), itemByItem);
        if (results[i].kind == IntakeResult::Kind::Failed) {
            // Only a duplicate id is worth going on for: a retry of an
            // application already stored (a group does not look first), or
            // another instance taking the same id at the same moment.
            // Anything else (a lock held past the wait,
            // a lost database, a full disk) fails the group: nothing of it
            // is stored, each is answered 503 and sent again by its client;
            // trying item after item would wait that long once per item.
            const bool duplicate = isUniqueViolation(m_lastNativeError);
            if (!duplicate || !itemByItem) {
                rollback();
                forgetBindings();
                if (!duplicate)
                    return QList<IntakeResult>(items.size());
                qCDebug(lcStore) << "a group of" << items.size()
                                 << "applications holds a retry: written again one by one";
                return std::nullopt;
            }
            run("ROLLBACK TO intake");
            forgetBindings();
            // Another instance stored the same id between our look and our
            // write: the unique key decided, and its answer is the answer.
            if (const std::optional<IntakeResult> earlier = replay(items.at(i)))
                results[i] = *earlier;
        }
        if (itemByItem)
            run("RELEASE intake");
    }
    if (!commit())
        return QList<IntakeResult>(items.size()); // nothing was stored
    return results;
}

std::optional<QJsonObject> ServiceStore::application(const Staff &staff, const QString &id)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT staff_id, status, body, confirmation_expires_at"
                                            " FROM applications WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    if (staff.role != Role::Operator && q.value(0).toLongLong() != staff.id)
        return std::nullopt;
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("status"), q.value(1).toString());
    // After erasure or the retention period only the id, status and timeline remain.
    o.insert(QStringLiteral("application"),
             q.value(2).isNull()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()));
    o.insert(QStringLiteral("confirmationExpiresAt"), q.value(3).toString());
    q.finish();
    QSqlQuery &h =
        statement(QStringLiteral("SELECT kind, status, mail_kind, recipient, at, note"
                                 " FROM status_history WHERE application_id = ? ORDER BY seq"));
    h.addBindValue(id);
    QJsonArray timeline;
    if (exec(h)) {
        while (h.next()) {
            QJsonObject e{{QStringLiteral("type"), h.value(0).toString()},
                          {QStringLiteral("at"), h.value(4).toString()}};
            if (!h.value(1).isNull())
                e.insert(QStringLiteral("status"), h.value(1).toString());
            if (!h.value(2).isNull())
                e.insert(QStringLiteral("mail"), h.value(2).toString());
            if (!h.value(3).isNull())
                e.insert(QStringLiteral("recipient"), h.value(3).toString());
            if (!h.value(5).isNull())
                e.insert(QStringLiteral("reason"), h.value(5).toString());
            timeline.append(e);
        }
    }
    o.insert(QStringLiteral("timeline"), timeline);
    return o;
}

std::optional<Application> ServiceStore::storedApplication(const QString &id, QString *status)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT body, status FROM applications WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    if (status)
        *status = q.value(1).toString();
    const WireCodec::Result r = WireCodec::decode(q.value(0).toString().toUtf8());
    return r.application;
}

bool ServiceStore::setStatus(const QString &id, const QString &status, const QString &note)
{
    QSqlQuery &u = statement(
        QStringLiteral("UPDATE applications SET status = ?, updated_at = ? WHERE id = ?"));
    u.addBindValue(status);
    u.addBindValue(now());
    u.addBindValue(id);
    return exec(u) && addHistory(id, QStringLiteral("status"), status, {}, {}, note);
}

std::optional<ServiceStore::ActionResult>
ServiceStore::beginAction(const QString &id, qint64 *staffId, QString *status)
{
    if (!begin())
        return ActionResult{};
    QSqlQuery &q = statement(
        dialect("SELECT staff_id, status, purged_at FROM applications WHERE id = ?%LOCK%"));
    q.addBindValue(id);
    if (!exec(q) || !q.next()) {
        rollback();
        return ActionResult{ActionResult::Kind::NotFound, {}, {}, {}};
    }
    *staffId = q.value(0).toLongLong();
    // An erased application takes no more actions: nothing to mail it with.
    *status = q.value(2).isNull() ? q.value(1).toString() : QStringLiteral("erased");
    return std::nullopt;
}

ServiceStore::ActionResult ServiceStore::finishAction(bool ok, const ActionResult &done)
{
    if (!ok) {
        rollback();
        return {};
    }
    return commit() ? done : ActionResult{};
}

ServiceStore::ActionResult ServiceStore::provisionalRegistration(
    const QString &id, const std::function<QList<OutboxRow>(const Application &)> &mails)
{
    using K = ActionResult::Kind;
    qint64 owner = 0;
    QString status;
    if (const std::optional<ActionResult> early = beginAction(id, &owner, &status))
        return *early;
    if (status != ApplicationStates::name(ApplicationState::Confirmed)) {
        rollback();
        return {K::WrongState, status, {}, {}};
    }
    const std::optional<Application> a = storedApplication(id);
    const QString next = ApplicationStates::name(ApplicationState::ProvisionallyRegistered);
    bool ok = a && setStatus(id, next);
    if (ok) {
        for (const OutboxRow &row : mails(*a))
            ok = ok && addOutbox(row);
    }
    return finishAction(ok, {K::Done, next, {}, {}});
}

ServiceStore::ActionResult
ServiceStore::reportProblem(const QString &id, const QString &reason,
                            const std::function<OutboxRow(const Application &)> &mail)
{
    using K = ActionResult::Kind;
    qint64 owner = 0;
    QString status;
    if (const std::optional<ActionResult> early = beginAction(id, &owner, &status))
        return *early;
    const std::optional<ApplicationState> from = ApplicationStates::fromName(status);
    if (!from ||
        !ApplicationStates::isTransitionAllowed(*from, ApplicationState::ProblemReported)) {
        rollback();
        return {K::WrongState, status, {}, {}};
    }
    const std::optional<Application> a = storedApplication(id);
    const QString next = ApplicationStates::name(ApplicationState::ProblemReported);
    // The old link must not confirm an application that has a problem.
    QSqlQuery &kill = statement(
        QStringLiteral("UPDATE applications SET confirmation_token_hash = NULL WHERE id = ?"));
    kill.addBindValue(id);
    const bool ok = a && retireLink(id, RetiredLink::Withdrawn) && exec(kill) &&
                    setStatus(id, next, reason) && addOutbox(mail(*a));
    return finishAction(ok, {K::Done, next, {}, {}});
}

ServiceStore::ActionResult
ServiceStore::resendConfirmation(const Staff &staff, const QString &id, const QDateTime &expiresAt,
                                 int maxPerHour, const QByteArray &tokenHash,
                                 const std::function<OutboxRow(const Application &)> &mail)
{
    using K = ActionResult::Kind;
    qint64 owner = 0;
    QString status;
    if (const std::optional<ActionResult> early = beginAction(id, &owner, &status))
        return *early;
    if (staff.role != Role::Operator && owner != staff.id) {
        rollback();
        return {K::NotFound, {}, {}, {}};
    }
    const QString awaiting = ApplicationStates::name(ApplicationState::AwaitingConfirmation);
    if (status != awaiting && status != ApplicationStates::name(ApplicationState::Expired)) {
        rollback();
        return {K::WrongState, status, {}, {}};
    }
    QSqlQuery &recent =
        statement(QStringLiteral("SELECT count(*), min(at) FROM status_history"
                                 " WHERE application_id = ? AND kind = 'resend' AND at > ?"));
    recent.addBindValue(id);
    recent.addBindValue(
        WireCodec::formatSortableTime(QDateTime::currentDateTimeUtc().addSecs(-3600)));
    if (!exec(recent) || !recent.next()) {
        rollback();
        return {};
    }
    if (recent.value(0).toInt() >= maxPerHour) {
        // The next is allowed when the oldest of the hour's leaves it.
        const QDateTime oldest = WireCodec::parseTime(recent.value(1).toString());
        recent.finish();
        rollback();
        return {K::Limited, status, {}, oldest.isValid() ? oldest.addSecs(3600) : QDateTime()};
    }
    recent.finish();
    const std::optional<Application> a = storedApplication(id);
    QSqlQuery &u = statement(QStringLiteral("UPDATE applications SET confirmation_token_hash = ?,"
                                            " confirmation_expires_at = ? WHERE id = ?"));
    u.addBindValue(QString::fromLatin1(tokenHash));
    u.addBindValue(WireCodec::formatSortableTime(expiresAt));
    u.addBindValue(id);
    bool ok = a && retireLink(id, RetiredLink::Replaced) && exec(u) &&
              addHistory(id, QStringLiteral("resend"), QString());
    if (ok && status != awaiting)
        ok = setStatus(id, awaiting);
    ok = ok && addOutbox(mail(*a));
    return finishAction(ok, {K::Done, awaiting, expiresAt, {}});
}

QList<ServiceStore::Change> ServiceStore::changes(const Staff &staff, qint64 cursor, int limit,
                                                  qint64 *next, bool *more)
{
    QList<Change> result;
    *next = cursor;
    *more = false;
    finishAll();
    // How far every change has surely ended, read first: what the page then
    // reads below it is complete. SQLite has one writer at a time, so the
    // sequence is the commit order. On PostgreSQL sequence values are taken
    // in one order and committed in another (a client that polled past a
    // larger seq would never see a smaller one committed late): the feed
    // goes by transaction, up to the oldest one still running (every older
    // one has ended, every later one gets a larger id); the cursor is a
    // transaction id, and a page never splits one.
    const bool pg = m_backend == Backend::PostgreSQL;
    QSqlQuery &horizon = statement(
        pg ? QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1")
           : QStringLiteral("SELECT coalesce(max(seq), 0) FROM status_history"));
    if (!exec(horizon) || !horizon.next()) {
        reconnectIfLost();
        return result;
    }
    const qint64 seen = horizon.value(0).toLongLong();
    horizon.finish();
    // The status changes this staff member may see where `condition` (on
    // `position`, seq or transaction, with `bounds` for its placeholders)
    // holds: its value, id, status, time and the deadline.
    auto fetch = [&](const char *position, const char *condition,
                     std::initializer_list<qint64> bounds, int rows) {
        QSqlQuery &q =
            statement(QStringLiteral("SELECT h.%1, h.application_id, h.status, h.at,"
                                     " a.confirmation_expires_at, h.note FROM status_history h"
                                     " JOIN applications a ON a.id = h.application_id"
                                     " WHERE (? = 1 OR a.staff_id = ?) AND h.kind = 'status' AND %2"
                                     " ORDER BY h.%1, h.seq%3")
                          .arg(QLatin1StringView(position), QLatin1StringView(condition),
                               rows > 0 ? QStringLiteral(" LIMIT ?") : QString()));
        q.addBindValue(staff.role == Role::Operator ? 1 : 0);
        q.addBindValue(staff.id);
        for (const qint64 bound : bounds)
            q.addBindValue(bound);
        if (rows > 0)
            q.addBindValue(rows);
        if (!exec(q))
            return false;
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        q.finish();
        return true;
    };
    if (!pg) {
        if (!fetch("seq", "h.seq > ? AND h.seq <= ?", {cursor, seen}, limit))
            return result;
        *more = result.size() == limit;
        *next = *more ? result.last().seq : qMax(cursor, seen);
        return result;
    }
    if (!fetch("tx", "h.tx > ? AND h.tx <= ?", {cursor, seen}, limit + 1)) {
        reconnectIfLost();
        return result;
    }
    if (result.size() <= limit) {
        *next = qMax(cursor, seen);
        return result;
    }
    // Cut at the last whole transaction; one larger than a page goes whole.
    *more = true;
    const qint64 last = result.last().seq;
    while (!result.isEmpty() && result.last().seq == last)
        result.removeLast();
    if (result.isEmpty())
        fetch("tx", "h.tx = ?", {last}, 0);
    *next = result.isEmpty() ? cursor : result.last().seq;
    return result;
}

std::optional<qint64> ServiceStore::cursorAt(const QDateTime &time)
{
    finishAll();
    // Just before the first change at or after `time`; with none, where the
    // feed stands now. The first changes by time come from the index of
    // version 6 (a few, not the whole history since then): the smallest
    // position among them, so that one written a little out of order (on
    // PostgreSQL a transaction that committed late, or a clock set back) is
    // not passed over.
    const bool pg = m_backend == Backend::PostgreSQL;
    QSqlQuery &q =
        statement(pg ? QStringLiteral("SELECT coalesce(min(first.tx) - 1,"
                                      " pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1)"
                                      " FROM (SELECT tx FROM status_history WHERE at >= ?"
                                      " ORDER BY at LIMIT 1000) AS first")
                     : QStringLiteral("SELECT coalesce(min(first.seq) - 1,"
                                      " (SELECT coalesce(max(seq), 0) FROM status_history))"
                                      " FROM (SELECT seq FROM status_history WHERE at >= ?"
                                      " ORDER BY at LIMIT 1000) AS first"));
    q.addBindValue(WireCodec::formatSortableTime(time));
    if (!exec(q) || !q.next()) {
        reconnectIfLost();
        return std::nullopt;
    }
    const qint64 cursor = qMax<qint64>(0, q.value(0).toLongLong());
    q.finish();
    return cursor;
}

bool ServiceStore::retireLink(const QString &id, RetiredLink why)
{
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO retired_links (token_hash, application_id, reason, retired_at)"
                       " SELECT confirmation_token_hash, id, ?, ? FROM applications"
                       " WHERE id = ? AND confirmation_token_hash IS NOT NULL"));
    q.addBindValue(why == RetiredLink::Replaced ? QStringLiteral("replaced")
                                                : QStringLiteral("withdrawn"));
    q.addBindValue(now());
    q.addBindValue(id);
    return exec(q);
}

ServiceStore::ConfirmResult ServiceStore::retiredLink(const QByteArray &token)
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT reason FROM retired_links WHERE token_hash = ?"));
    q.addBindValue(QString::fromLatin1(hashToken(token)));
    if (!exec(q))
        return ConfirmResult::Failed;
    const ConfirmResult result = !q.next()                              ? ConfirmResult::Unknown
                                 : q.value(0).toString() == u"replaced" ? ConfirmResult::Replaced
                                                                        : ConfirmResult::Withdrawn;
    q.finish();
    return result;
}

ServiceStore::ConfirmResult ServiceStore::peekToken(const QByteArray &token, QString *companyName)
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT status, confirmation_expires_at, company_name"
                                 " FROM applications WHERE confirmation_token_hash = ?"));
    q.addBindValue(QString::fromLatin1(hashToken(token)));
    if (!exec(q))
        return ConfirmResult::Failed;
    if (!q.next()) {
        q.finish();
        return retiredLink(token);
    }
    *companyName = q.value(2).toString();
    if (q.value(0).toString() != ApplicationStates::name(ApplicationState::AwaitingConfirmation))
        return q.value(0).toString() == ApplicationStates::name(ApplicationState::Expired)
                   ? ConfirmResult::Expired
                   : ConfirmResult::Used;
    if (WireCodec::parseTime(q.value(1).toString()) <= QDateTime::currentDateTimeUtc())
        return ConfirmResult::Expired;
    return ConfirmResult::Confirmed;
}

ServiceStore::ConfirmResult
ServiceStore::confirm(const QByteArray &token, const QDateTime &now,
                      const std::function<OutboxRow(const QString &id)> &completionMail,
                      QString *companyName)
{
    if (!begin())
        return ConfirmResult::Failed;
    // Locked: two instances pressing the same link confirm it once.
    QSqlQuery &q = statement(dialect("SELECT id, status, confirmation_expires_at, company_name"
                                     " FROM applications WHERE confirmation_token_hash = ?%LOCK%"));
    q.addBindValue(QString::fromLatin1(hashToken(token)));
    if (!exec(q)) {
        rollback();
        return ConfirmResult::Failed;
    }
    if (!q.next()) {
        q.finish();
        const ConfirmResult retired = retiredLink(token);
        rollback();
        return retired;
    }
    const QString id = q.value(0).toString();
    const QString status = q.value(1).toString();
    const QDateTime expires = WireCodec::parseTime(q.value(2).toString());
    *companyName = q.value(3).toString();
    q.finish();
    const QString awaiting = ApplicationStates::name(ApplicationState::AwaitingConfirmation);
    if (status != awaiting || expires <= now) {
        rollback();
        return status == ApplicationStates::name(ApplicationState::Confirmed) ||
                       status == ApplicationStates::name(ApplicationState::ProvisionallyRegistered)
                   ? ConfirmResult::Used
                   : ConfirmResult::Expired;
    }
    const QString confirmed = ApplicationStates::name(ApplicationState::Confirmed);
    const bool ok = setStatus(id, confirmed) && addOutbox(completionMail(id));
    if (!ok || !commit()) {
        rollback();
        return ConfirmResult::Failed;
    }
    return ConfirmResult::Confirmed;
}

bool ServiceStore::scrub(const QString &id)
{
    QSqlQuery &a =
        statement(QStringLiteral("UPDATE applications SET body = NULL, company_name = NULL,"
                                 " email = NULL, confirmation_token_hash = NULL, purged_at = ?"
                                 " WHERE id = ?"));
    a.addBindValue(now());
    a.addBindValue(id);
    // Sent mails keep only their kind and time; unsent ones are dropped.
    QSqlQuery &sent =
        statement(QStringLiteral("UPDATE outbox SET recipient = '', subject = '', body = '',"
                                 " link_nonce = NULL, last_error = NULL WHERE application_id = ?"));
    sent.addBindValue(id);
    QSqlQuery &unsent =
        statement(QStringLiteral("DELETE FROM outbox WHERE application_id = ? AND sent_at IS NULL"
                                 " AND failed_at IS NULL"));
    unsent.addBindValue(id);
    QSqlQuery &history =
        statement(QStringLiteral("UPDATE status_history SET recipient = NULL, note = NULL"
                                 " WHERE application_id = ?"));
    history.addBindValue(id);
    QSqlQuery &idem =
        statement(QStringLiteral("UPDATE idempotency SET answer = '{}' WHERE idempotency_key = ?"));
    idem.addBindValue(id);
    QSqlQuery &links =
        statement(QStringLiteral("DELETE FROM retired_links WHERE application_id = ?"));
    links.addBindValue(id);
    return exec(a) && exec(unsent) && exec(sent) && exec(history) && exec(idem) && exec(links) &&
           addHistory(id, QStringLiteral("erased"), QString());
}

void ServiceStore::checkpoint()
{
    // PostgreSQL keeps no WAL of ours to truncate; its own is its operator's.
    if (m_backend == Backend::PostgreSQL)
        return;
    finishAll();
    QSqlQuery q = query();
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

int ServiceStore::purgeFinished(const QDateTime &finalBefore)
{
    QSqlQuery &due = statement(QStringLiteral("SELECT id FROM applications WHERE purged_at IS NULL"
                                              " AND status IN (?, ?, ?) AND updated_at <= ?"));
    due.addBindValue(ApplicationStates::name(ApplicationState::ProvisionallyRegistered));
    due.addBindValue(ApplicationStates::name(ApplicationState::ProblemReported));
    due.addBindValue(ApplicationStates::name(ApplicationState::Expired));
    due.addBindValue(WireCodec::formatSortableTime(finalBefore));
    QStringList ids;
    if (exec(due)) {
        while (due.next())
            ids << due.value(0).toString();
    }
    due.finish();
    if (ids.isEmpty())
        return 0;
    if (!begin())
        return 0;
    for (const QString &id : std::as_const(ids)) {
        if (!scrub(id)) {
            rollback();
            return 0;
        }
    }
    if (!commit())
        return 0;
    checkpoint();
    return int(ids.size());
}

ServiceStore::ActionResult ServiceStore::erase(const QString &id)
{
    using K = ActionResult::Kind;
    qint64 owner = 0;
    QString status;
    if (const std::optional<ActionResult> early = beginAction(id, &owner, &status))
        return *early;
    const ActionResult result = finishAction(scrub(id), {K::Done, status, {}, {}});
    if (result.kind == K::Done)
        checkpoint();
    return result;
}

int ServiceStore::expireLapsed(const QDateTime &now)
{
    const QString awaiting = ApplicationStates::name(ApplicationState::AwaitingConfirmation);
    const QString expired = ApplicationStates::name(ApplicationState::Expired);
    if (!begin())
        return 0;
    QSqlQuery &due = statement(QStringLiteral("SELECT id FROM applications WHERE status = ?"
                                              " AND confirmation_expires_at <= ?"));
    due.addBindValue(awaiting);
    due.addBindValue(WireCodec::formatSortableTime(now));
    QStringList ids;
    if (exec(due)) {
        while (due.next())
            ids << due.value(0).toString();
    }
    due.finish();
    // Every instance sweeps: one that got there first already expired it.
    QSqlQuery &u = statement(QStringLiteral(
        "UPDATE applications SET status = ?, updated_at = ? WHERE id = ? AND status = ?"));
    int expiredNow = 0;
    for (const QString &id : std::as_const(ids)) {
        u.addBindValue(expired);
        u.addBindValue(this->now());
        u.addBindValue(id);
        u.addBindValue(awaiting);
        if (!exec(u)) {
            rollback();
            return 0;
        }
        if (u.numRowsAffected() != 1)
            continue;
        if (!addHistory(id, QStringLiteral("status"), expired)) {
            rollback();
            return 0;
        }
        ++expiredNow;
    }
    return commit() ? expiredNow : 0;
}

namespace {
// The columns nextMail selects, in its order; the statement let go after.
ServiceStore::OutboxRow takeOutboxRow(QSqlQuery &q)
{
    ServiceStore::OutboxRow row{
        q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
        q.value(6).toString(),   q.value(7).toInt(),    q.value(8).toString().toLatin1()};
    q.finish();
    return row;
}
} // namespace

std::optional<ServiceStore::OutboxRow> ServiceStore::nextMail(const QDateTime &now)
{
    finishAll();
    const QString at = WireCodec::formatSortableTime(now);
    if (m_backend == Backend::SQLite) {
        // One service per file (the serve lock): nobody to claim it from, and
        // no write (with its fsync) per mail beside the one marking it sent.
        QSqlQuery &q = statement(QStringLiteral(
            "SELECT id, application_id, kind, recipient, subject, body, message_id, attempts,"
            " link_nonce FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL"
            " AND next_attempt_at <= ? ORDER BY id LIMIT 1"));
        q.addBindValue(at);
        if (!exec(q) || !q.next())
            return std::nullopt;
        return takeOutboxRow(q);
    }
    // Claimed for a lease in one statement: workers on other instances skip
    // it (and skip a row another is claiming right now); a crashed worker's
    // claim lapses and the row is sent by another.
    QSqlQuery &q = statement(dialect(
        "UPDATE outbox SET claimed_until = ?, claimed_by = ? WHERE id = (SELECT id FROM outbox"
        " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?"
        " AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT 1%SKIP%)"
        " RETURNING id, application_id, kind, recipient, subject, body, message_id, attempts,"
        " link_nonce"));
    q.addBindValue(WireCodec::formatSortableTime(now.addSecs(m_target.mailLeaseSeconds)));
    q.addBindValue(m_target.instance);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!exec(q)) {
        reconnectIfLost();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return takeOutboxRow(q);
}

bool ServiceStore::markSent(qint64 outboxId)
{
    return recordOutcome(
        outboxId,
        QStringLiteral("UPDATE outbox SET sent_at = ?, claimed_until = NULL WHERE id = ?"), {},
        QStringLiteral("mail"));
}

bool ServiceStore::recordOutcome(qint64 outboxId, const QString &update, const QString &why,
                                 const QString &timelineKind)
{
    if (!begin())
        return false;
    QSqlQuery &q = statement(update);
    q.addBindValue(now());
    if (!why.isNull())
        q.addBindValue(why);
    q.addBindValue(outboxId);
    QSqlQuery &row = statement(
        QStringLiteral("SELECT application_id, kind, recipient FROM outbox WHERE id = ?"));
    row.addBindValue(outboxId);
    if (!exec(q) || !exec(row) || !row.next()) {
        rollback();
        return false;
    }
    const QString id = row.value(0).toString();
    const QString kind = row.value(1).toString();
    const QString recipient = row.value(2).toString();
    row.finish();
    if (!addHistory(id, timelineKind, QString(), kind, recipient)) {
        rollback();
        return false;
    }
    return commit();
}

bool ServiceStore::markRetry(qint64 outboxId, const QDateTime &next, const QString &why)
{
    finishAll();
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?,"
                                 " last_error = ?, claimed_until = NULL WHERE id = ?"));
    q.addBindValue(WireCodec::formatSortableTime(next));
    q.addBindValue(why);
    q.addBindValue(outboxId);
    return exec(q);
}

bool ServiceStore::publishSchema(const QString &version, const QByteArray &json)
{
    finishAll();
    QSqlQuery q = query();
    // A version once published keeps its meaning: the first text stays.
    q.prepare(QStringLiteral("INSERT INTO form_schemas (version, body, published_at)"
                             " VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING"));
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(now());
    return exec(q);
}

QByteArray ServiceStore::schemaJson(const QString &version)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT body FROM form_schemas WHERE version = ?"));
    q.addBindValue(version);
    if (!exec(q) || !q.next())
        return {};
    return q.value(0).toString().toUtf8();
}

bool ServiceStore::markFailed(qint64 outboxId, const QString &why)
{
    return recordOutcome(
        outboxId, QStringLiteral("UPDATE outbox SET failed_at = ?, last_error = ? WHERE id = ?"),
        why.isNull() ? QStringLiteral("") : why, QStringLiteral("mail_failed"));
}

bool ServiceStore::isHealthy()
{
    finishAll();
    QSqlQuery q = query();
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    reconnectIfLost();
    return false;
}
