#include "queuefixtures.h"

#include "client/queuesearch.h"
#include "core/normalizer.h"
#include "core/wirecodec.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace QueueFixtures {

namespace {

class FixedKeyring : public QueueKeyring
{
public:
    Answer keyEncryptionKey(const Request &) override
    {
        Answer a;
        a.outcome = Answer::Outcome::Key;
        a.protection = Protection::Keychain;
        a.keyEncryptionKey = QByteArray(32, '\x5a');
        return a;
    }
};

// Runs `steps` on the queue file in `directory` through a connection of its
// own, as an earlier version of the app would have.
bool onFile(const QString &directory, const std::function<bool(QSqlQuery &)> &steps)
{
    const QString connection = QStringLiteral("queue-fixture");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(directory).filePath(QStringLiteral("queue.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            ok = steps(q);
            if (!ok)
                qWarning("queue fixture: %s: %s", qPrintable(q.lastQuery()),
                         qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

LocalQueue::Options options(int busyTimeoutMs)
{
    static FixedKeyring keyring;
    LocalQueue::Options o;
    o.keyring = &keyring;
    o.busyTimeoutMs = busyTimeoutMs;
    return o;
}

Application queued(LocalQueue &queue, Application application)
{
    if (!queue.saveDraft(application, 4) || !queue.enqueue(application, 4))
        application.id = QUuid();
    return application;
}

Application awaitingConfirmation(LocalQueue &queue, Application application)
{
    application = queued(queue, application);
    if (application.id.isNull() || !queue.transition(application.id, LocalQueue::State::Sending) ||
        !queue.transition(application.id, LocalQueue::State::AwaitingConfirmation))
        application.id = QUuid();
    return application;
}

Application rejected(LocalQueue &queue, Application application, const QList<ServiceFault> &faults)
{
    QJsonArray fields;
    for (const ServiceFault &f : faults)
        fields.append(QJsonObject{{QStringLiteral("path"), f.path},
                                  {QStringLiteral("code"), f.code},
                                  {QStringLiteral("message"), f.message}});
    const QJsonObject answer{{QStringLiteral("error"), QStringLiteral("validation_failed")},
                             {QStringLiteral("fields"), fields}};
    application = queued(queue, application);
    if (application.id.isNull() || !queue.transition(application.id, LocalQueue::State::Sending) ||
        !queue.transition(application.id, LocalQueue::State::Rejected,
                          QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))))
        application.id = QUuid();
    return application;
}

bool createPlaintextQueue(const QString &directory, int version)
{
    QDir().mkpath(directory);
    // The schema as versions 1 to 4 made it (frozen here: it is history).
    QStringList steps{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral(
            "CREATE TABLE applications (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " id TEXT NOT NULL UNIQUE, state TEXT NOT NULL CHECK (state IN ('draft','queued',"
            "'sending','awaiting_confirmation','confirmed','provisionally_registered','expired',"
            "'problem_reported','rejected')), step INTEGER NOT NULL DEFAULT 0,"
            " company_name TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '',"
            " draft BLOB NOT NULL, payload BLOB, last_error TEXT, created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX applications_state ON applications (state)"),
        QStringLiteral("CREATE TABLE state_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE"
                       " CASCADE, from_state TEXT, to_state TEXT NOT NULL, note TEXT,"
                       " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX state_changes_application ON state_changes (application_id)")};
    if (version >= 2)
        steps << QStringLiteral("ALTER TABLE applications ADD COLUMN not_before TEXT");
    const QString trigger =
        QStringLiteral("CREATE TRIGGER payload_frozen BEFORE UPDATE OF payload ON applications"
                       " WHEN OLD.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload"
                       "  AND NOT (OLD.state = 'rejected' AND NEW.state = 'draft')%1"
                       " BEGIN SELECT RAISE(ABORT, 'the queued payload is frozen'); END");
    if (version >= 4) {
        steps << QStringLiteral(
                     "ALTER TABLE applications ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
              << QStringLiteral("ALTER TABLE applications ADD COLUMN deadline TEXT")
              << QStringLiteral("ALTER TABLE applications ADD COLUMN service_timeline TEXT")
              << QStringLiteral("ALTER TABLE applications ADD COLUMN purged_at TEXT")
              << trigger.arg(
                     QStringLiteral(" AND NOT (OLD.purged_at IS NULL AND NEW.purged_at IS NOT "
                                    "NULL)"))
              << QStringLiteral("CREATE TABLE application_search (seq INTEGER PRIMARY KEY,"
                                " text TEXT NOT NULL)")
              << QStringLiteral(
                     "CREATE TRIGGER application_search_gone AFTER DELETE ON applications"
                     " BEGIN DELETE FROM application_search WHERE seq = OLD.seq; END");
    } else {
        steps << trigger.arg(QString());
    }
    steps << QStringLiteral("PRAGMA user_version=%1").arg(version);
    return onFile(directory, [&](QSqlQuery &q) {
        for (const QString &sql : std::as_const(steps)) {
            if (!q.exec(sql))
                return false;
        }
        return true;
    });
}

bool layOutAsSchema5(const QString &directory)
{
    const QStringList steps{
        QStringLiteral("ALTER TABLE applications ADD COLUMN draft BLOB NOT NULL DEFAULT x''"),
        QStringLiteral("ALTER TABLE applications ADD COLUMN payload BLOB"),
        QStringLiteral("UPDATE applications SET"
                       " draft = (SELECT draft FROM application_bodies b WHERE b.seq ="
                       " applications.seq), payload = (SELECT payload FROM application_bodies b"
                       " WHERE b.seq = applications.seq)"),
        QStringLiteral("DROP TRIGGER application_bodies_gone"),
        QStringLiteral("DROP TABLE application_bodies"),
        QStringLiteral("CREATE TRIGGER payload_frozen BEFORE UPDATE OF payload ON applications"
                       " WHEN OLD.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload"
                       "  AND NOT (OLD.state = 'rejected' AND NEW.state = 'draft')"
                       "  AND NOT (OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL)"
                       " BEGIN SELECT RAISE(ABORT, 'the queued payload is frozen'); END"),
        QStringLiteral("PRAGMA user_version=5")};
    return onFile(directory, [&](QSqlQuery &q) {
        for (const QString &sql : steps) {
            if (!q.exec(sql))
                return false;
        }
        return true;
    });
}

bool addPlaintextEntries(const QString &directory, int version,
                         const QList<Application> &applications, bool queued)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString at = WireCodec::formatTime(now);
    return onFile(directory, [&](QSqlQuery &q) {
        if (!q.exec(QStringLiteral("BEGIN")))
            return false;
        for (const Application &original : applications) {
            Application a = Normalizer::application(original);
            a.enteredAt = now.addMSecs(-now.time().msec());
            a.createdAt = a.updatedAt = a.enteredAt;
            const QString id = a.id.toString(QUuid::WithoutBraces);
            q.prepare(QStringLiteral("INSERT INTO applications (id, state, step, company_name,"
                                     " contact_name, draft, payload, created_at, updated_at)"
                                     " VALUES (?, ?, 2, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(queued ? QStringLiteral("queued") : QStringLiteral("draft"));
            q.addBindValue(a.customer.companyName);
            q.addBindValue(QString(a.customer.lastName + u' ' + a.customer.firstName));
            q.addBindValue(WireCodec::encode(a, WireCodec::Form::Draft));
            q.addBindValue(queued ? QVariant(WireCodec::encode(a, WireCodec::Form::Wire))
                                  : QVariant(QMetaType::fromType<QByteArray>()));
            q.addBindValue(at);
            q.addBindValue(at);
            if (!q.exec())
                return false;
            if (version >= 4) {
                q.prepare(QStringLiteral("INSERT INTO application_search (seq, text)"
                                         " SELECT seq, ? FROM applications WHERE id = ?"));
                q.addBindValue(QueueSearch::key(a));
                q.addBindValue(id);
                if (!q.exec())
                    return false;
            }
            q.prepare(QStringLiteral("INSERT INTO state_changes (application_id, from_state,"
                                     " to_state, note, at) VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(QStringLiteral("draft"));
            q.addBindValue(QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(at);
            if (!q.exec())
                return false;
            if (!queued)
                continue;
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("draft"));
            q.addBindValue(QStringLiteral("queued"));
            // What a service once said of it, quoted in the history.
            q.addBindValue(QString(QStringLiteral("一時的な障害: ") + a.customer.companyName));
            q.addBindValue(at);
            if (!q.exec())
                return false;
        }
        return q.exec(QStringLiteral("COMMIT"));
    });
}

QByteArray bytesUnder(const QString &directory)
{
    QByteArray all;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QStringList readableIn(const QByteArray &bytes, const QStringList &values)
{
    QStringList found;
    for (const QString &v : values) {
        QByteArray le(reinterpret_cast<const char *>(v.utf16()), v.size() * 2);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        if (bytes.contains(v.toUtf8()) || bytes.contains(le) || bytes.contains(be))
            found << v;
    }
    return found;
}

QStringList personalValues(const Application &a)
{
    const Customer &c = a.customer;
    QStringList values{c.companyName, c.lastName + c.firstName,
                       c.lastName,    c.firstName,
                       c.department,  c.email,
                       c.address,     c.phone,
                       c.postalCode,  QString(c.postalCode).remove(u'-')};
    for (const Destination &d : a.destinations)
        values << d.companyName << d.lastName << d.firstName << d.address << d.phone;
    for (const LoginUser &u : a.loginUsers)
        values << u.lastName << u.firstName << u.email << u.mobile;
    values.removeAll(QString());
    values.removeDuplicates();
    return values;
}

} // namespace QueueFixtures
