#pragma once

#include "core/application.h"

#include "sqlite/statementcache.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;

// The one owner of the service's database (Qt Sql): SQLite by default (one
// instance), PostgreSQL for several instances on one database. Schema version
// and migrations (the same steps for both, run once under a lock), every
// change in one transaction. Only the hash of a token is ever stored. Logs
// SQL failures; the words for people are the HTTP layer's.
class ServiceStore
{
public:
    static constexpr int SchemaVersion = 7;

    enum class Backend { SQLite, PostgreSQL };
    struct Target
    {
        Backend backend = Backend::SQLite;
        QString path; // SQLite
        QString host; // PostgreSQL
        int port = 5432;
        QString user;
        QString name;
        QString password;
        // Who claims outbox rows: unique among the instances on one
        // database, the same across a restart (so that a restarted instance
        // takes back at once what it held when it died).
        QString instance;
        // How long a mail worker holds a claimed outbox row: past it, another
        // instance sends it (longer than the mail transport's own timeouts).
        int mailLeaseSeconds = 120;
    };

    enum class Role { Staff, Operator };
    struct Staff
    {
        qint64 id = 0;
        QString name;
        Role role = Role::Staff;
    };

    // What a submission became.
    struct IntakeResult
    {
        enum class Kind { Created, Replayed, Conflict, Failed } kind = Kind::Failed;
        QByteArray answer; // the JSON body of the first answer
    };

    struct OutboxRow
    {
        qint64 id = 0;
        QString applicationId;
        QString kind;
        QString recipient;
        QString subject;
        QString body;
        QString messageId;
        int attempts = 0;
        // The confirmation link is made from this nonce when the mail is
        // sent (LinkTokens); the body holds a placeholder, never the token.
        QByteArray linkNonce;
    };

    // Replaced: a fresh link was sent since; Withdrawn: a problem was
    // reported and the link stopped.
    enum class ConfirmResult { Confirmed, Expired, Used, Replaced, Withdrawn, Unknown, Failed };

    // An operator's or a staff member's action on one application.
    struct ActionResult
    {
        enum class Kind { Done, NotFound, WrongState, Limited, Failed } kind = Kind::Failed;
        QString status;      // the status now (WrongState: the one that refused)
        QDateTime expiresAt; // resend: the new link's deadline
        QDateTime retryAt;   // limited: when the next one is allowed
    };

    struct Change
    {
        qint64 seq = 0;
        QString id;
        QString status;
        QString at;
        QString confirmationExpiresAt; // the application's current deadline to confirm
        QString note;                  // the words that came with it (a problem's reason)
    };

    ServiceStore();
    ~ServiceStore();

    bool open(const Target &target);
    Backend backend() const { return m_backend; }
    QString lastError() const { return m_error; }

    // A new staff member: returns the raw token (shown once) or empty. A
    // revoked member's name gets a new token for the same account (a lost
    // token is replaced by revoke, then add: the applications stay theirs);
    // a name that holds a working token is refused (NameTaken).
    enum class StaffAdded { New, Renewed, NameTaken };
    QString addStaff(const QString &name, Role role, StaffAdded *how = nullptr);
    // `already` (when given) turns true when the token was revoked before.
    bool revokeStaff(const QString &name, bool *already = nullptr);
    // Every staff account, by name, for the operator who keeps them.
    struct StaffAccount
    {
        QString name;
        Role role = Role::Staff;
        bool revoked = false;
        QString createdAt;
        qint64 applications = 0;
    };
    std::optional<QList<StaffAccount>> staffAccounts();
    // `unavailable` (when given) turns true when the database did not
    // answer: the token was not refused, it could not be looked at.
    std::optional<Staff> staffForToken(const QByteArray &token, bool *unavailable = nullptr);
    // How long a wrong token counts against the address it came from (and
    // how long that address is kept).
    static constexpr qint64 FailedLoginWindowMs = 10 * 60 * 1000;
    // Notes a wrong token from `address` and says how many it has sent within
    // the window, every instance's together; none when the database failed.
    std::optional<int> recordFailedLogin(const QString &address, qint64 nowMs);
    // Forgets the addresses of wrong tokens older than the window (the
    // sweeper's, once a minute: an address is personal data).
    bool forgetFailedLogins(qint64 nowMs);

    // One submission, decoded, normalised and validated by the caller.
    struct IntakeItem
    {
        Staff staff;
        Application application;
        QByteArray canonicalBody;
        QByteArray requestHash; // SHA-256 of the request's bytes
        QDateTime expiresAt;
        QByteArray tokenHash;
        OutboxRow confirmationMail;
    };
    // Group commit: each item is application, status, confirmation token
    // hash, outbox row and idempotency record together (a savepoint each),
    // all under one transaction and one fsync. A result per item.
    QList<IntakeResult> intakeBatch(const QList<IntakeItem> &items);
    // Lets go of every statement's read snapshot: the next read sees what
    // other connections (the intake writer, the mail worker, other
    // instances) committed meanwhile.
    void finishAll();
    // One application as stored, with its status and timeline; nullopt if it
    // is not there or not this staff member's (operators see all).
    std::optional<QJsonObject> application(const Staff &staff, const QString &id);

    // The stored application, for composing mails; nullopt when unknown.
    std::optional<Application> storedApplication(const QString &id, QString *status = nullptr);

    // confirmed → provisionally registered, one mail per login user.
    ActionResult
    provisionalRegistration(const QString &id,
                            const std::function<QList<OutboxRow>(const Application &)> &mails);
    // → problem reported, with the mail that gives the reason; the reason is
    // kept in the timeline (until the personal data goes).
    ActionResult reportProblem(const QString &id, const QString &reason,
                               const std::function<OutboxRow(const Application &)> &mail);
    // A fresh link for an unconfirmed or expired application; the old one dies.
    ActionResult resendConfirmation(const Staff &staff, const QString &id,
                                    const QDateTime &expiresAt, int maxPerHour,
                                    const QByteArray &tokenHash,
                                    const std::function<OutboxRow(const Application &)> &mail);
    // Status changes after `cursor` that this staff member may see, oldest
    // first, and the cursor to ask from next: past every change anyone made
    // up to now when fewer than `limit` came, so that the next poll looks at
    // what is new, not again at everyone else's history since this member's
    // last change.
    // `more`: another page is there now.
    QList<Change> changes(const Staff &staff, qint64 cursor, int limit, qint64 *next, bool *more);
    // The cursor from which the feed gives every change made at `time` or
    // later (a few earlier ones on PostgreSQL, never one missed); nullopt
    // when the database did not answer.
    std::optional<qint64> cursorAt(const QDateTime &time);

    // Looks at a token without using it (the page with one button).
    ConfirmResult peekToken(const QByteArray &token, QString *companyName);
    ConfirmResult confirm(const QByteArray &token, const QDateTime &now,
                          const std::function<OutboxRow(const QString &id)> &completionMail,
                          QString *companyName);
    // Removes the personal data of applications that reached a final state
    // before `finalBefore` (id, status and timeline stay); returns how many.
    int purgeFinished(const QDateTime &finalBefore);
    // Removes one application's personal data now (a customer's request under
    // Japan's personal-information law); mails not yet sent are dropped.
    ActionResult erase(const QString &id);

    // Marks applications whose link has lapsed as expired.
    int expireLapsed(const QDateTime &now);

    // The mail worker's start: claims this instance held when it stopped
    // are taken back (only it claims; a command such as `staff add` must
    // not touch a running instance's claims).
    bool releaseClaims();
    // Also at the start: mail waiting for its next try is due now. A restart
    // is how an administrator says the mail server or its settings were
    // mended; an hour's backoff must not outlast it.
    bool retryWaitingMailNow(const QDateTime &now);
    std::optional<OutboxRow> nextMail(const QDateTime &now);
    bool markSent(qint64 outboxId);
    bool markRetry(qint64 outboxId, const QDateTime &next, const QString &why);
    // The server refused the mail for good: it is not tried again, and the
    // application's timeline says so.
    bool markFailed(qint64 outboxId, const QString &why);

    // Step-3 schemas as published, kept so that applications naming an
    // earlier version still validate.
    bool publishSchema(const QString &version, const QByteArray &json);
    QByteArray schemaJson(const QString &version);

    bool isHealthy();

    static QByteArray hashToken(const QByteArray &token);
    static QString now();

private:
    QSqlQuery query();
    // A prepared statement, kept for the life of the connection.
    QSqlQuery &statement(const QString &sql);
    bool exec(QSqlQuery &q);
    bool exec(const QString &sql);
    bool begin();
    bool commit();
    void rollback();
    void forgetBindings();
    bool migrate();
    bool addOutbox(const OutboxRow &row);
    // Long texts (a body, a mail) go to SQLite as the UTF-8 they are, cast to
    // TEXT in the statement: bound as QString, SQLite converted each from
    // UTF-16 again, an eighth of the intake writer's time.
    // `sql` has a %1 where the long text goes; filled once per statement (a
    // statement is found by its text at every row).
    QSqlQuery &longTextStatement(const char *sql);
    QVariant longText(const QByteArray &utf8) const;
    // Marks an outbox row (`update` binds the time, `why` unless null, the
    // row's id) and writes the outcome into its application's timeline.
    bool recordOutcome(qint64 outboxId, const QString &update, const QString &why,
                       const QString &timelineKind);
    // lookFirst: answer a retry from the idempotency record; without it, a
    // retry fails on the application's key (the group is then written again
    // item by item, looking first).
    IntakeResult intakeOne(const IntakeItem &item, bool lookFirst);
    // nullopt: an item failed and nothing was stored (only without
    // itemByItem; with it, a failed item takes nothing of the others).
    std::optional<QList<IntakeResult>> intakeGroup(const QList<IntakeItem> &items, bool itemByItem);
    bool setStatus(const QString &id, const QString &status, const QString &note = QString());
    // Inside a transaction, before the application's link changes: its hash
    // is kept to tell the customer why the link no longer confirms.
    enum class RetiredLink { Replaced, Withdrawn };
    bool retireLink(const QString &id, RetiredLink why);
    ConfirmResult retiredLink(const QByteArray &token);
    // Inside a transaction: every personal value of one application gone.
    bool scrub(const QString &id);
    // After a scrub: no old page image is left in the WAL.
    void checkpoint();
    // Opens the transaction one action on an application runs in. Returns the answer to
    // give at once (no such application, or the database failed), or nothing when the
    // action may go on with the application's owner and status filled in.
    std::optional<ActionResult> beginAction(const QString &id, qint64 *staffId, QString *status);
    // Commits the action's writes when they all went through, else rolls them back.
    ActionResult finishAction(bool ok, const ActionResult &done);
    bool addHistory(const QString &id, const QString &kind, const QString &status,
                    const QString &mailKind = QString(), const QString &recipient = QString(),
                    const QString &note = QString());

    // The statement for this back end: %ROWID% and %SERIAL% become its
    // key columns, %LOCK% a row lock where one is needed (PostgreSQL).
    QString dialect(const char *sql) const;
    bool connect();
    // After a failure: a PostgreSQL connection that broke (a restarted
    // server) is made again, so that the next request works.
    void reconnectIfLost();
    bool isUniqueViolation(const QString &nativeCode) const;
    std::optional<IntakeResult> replay(const IntakeItem &item);

    QString m_connection;
    StatementCache m_statements{m_connection};
    QString m_error;
    QString m_lastNativeError;
    Target m_target;
    Backend m_backend = Backend::SQLite;
    QHash<const char *, QString> m_longTextSql; // longTextStatement's, filled in
};
