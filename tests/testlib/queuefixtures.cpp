#include "queuefixtures.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace QueueFixtures {

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

bool downgrade(const QString &directory, int version)
{
    const QString connection = QStringLiteral("downgrade");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(directory).filePath(QStringLiteral("queue.sqlite")));
        if (db.open()) {
            QSqlQuery q(db);
            QStringList steps{QStringLiteral("DROP TRIGGER payload_frozen"),
                              QStringLiteral("DROP TRIGGER application_search_gone"),
                              QStringLiteral("DROP TABLE application_search")};
            QStringList columns{QStringLiteral("search_text"), QStringLiteral("deadline"),
                                QStringLiteral("service_timeline"), QStringLiteral("purged_at")};
            if (version < 2)
                columns.prepend(QStringLiteral("not_before"));
            for (const QString &c : std::as_const(columns))
                steps << QStringLiteral("ALTER TABLE applications DROP COLUMN ") + c;
            // The trigger as versions 1 and 2 made it.
            steps << QStringLiteral(
                "CREATE TRIGGER payload_frozen BEFORE UPDATE OF payload ON applications"
                " WHEN OLD.payload IS NOT NULL AND NEW.payload IS NOT OLD.payload"
                "  AND NOT (OLD.state = 'rejected' AND NEW.state = 'draft')"
                " BEGIN SELECT RAISE(ABORT, 'the queued payload is frozen'); END");
            steps << QStringLiteral("PRAGMA user_version=%1").arg(version);
            ok = true;
            for (const QString &sql : std::as_const(steps)) {
                if (!q.exec(sql)) {
                    qWarning("downgrade: %s: %s", qPrintable(sql),
                             qPrintable(q.lastError().text()));
                    ok = false;
                    break;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace QueueFixtures
