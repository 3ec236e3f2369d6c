#include "servicedatabase.h"

#include "serviceprocess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QString nextName()
{
    static int count = 0;
    return QStringLiteral("service-database-%1").arg(++count);
}
} // namespace

ServiceDatabase::ServiceDatabase(const QString &postgresUrl)
    : m_name(nextName())
    , m_postgres(true)
{
    const QUrl url(postgresUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setPassword(qEnvironmentVariable("MOSHIKOMI_DATABASE_PASSWORD"));
    if (!db.open())
        qWarning("direct connection: %s", qPrintable(db.lastError().text()));
}

ServiceDatabase ServiceDatabase::ofDataDir(const QString &dataDir)
{
    const QString postgres =
        ServiceProcess::environmentFor(dataDir).value(QStringLiteral("MOSHIKOMI_DATABASE"));
    if (!postgres.isEmpty())
        return ServiceDatabase(postgres);
    ServiceDatabase sqlite;
    sqlite.m_name = nextName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sqlite.m_name);
    db.setDatabaseName(dataDir + QStringLiteral("/service.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qWarning("direct connection: %s", qPrintable(db.lastError().text()));
    return sqlite;
}

ServiceDatabase::ServiceDatabase(ServiceDatabase &&other) noexcept
    : m_name(std::exchange(other.m_name, QString()))
    , m_postgres(other.m_postgres)
{}

ServiceDatabase::~ServiceDatabase()
{
    if (m_name.isEmpty())
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool ServiceDatabase::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QVariant ServiceDatabase::value(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

int ServiceDatabase::schemaVersion()
{
    return value(m_postgres ? QStringLiteral("SELECT max(version) FROM schema_version")
                            : QStringLiteral("PRAGMA user_version"))
        .toInt();
}

bool ServiceDatabase::setSchemaVersion(int version)
{
    return exec(m_postgres ? QStringLiteral("UPDATE schema_version SET version = %1").arg(version)
                           : QStringLiteral("PRAGMA user_version = %1").arg(version));
}
