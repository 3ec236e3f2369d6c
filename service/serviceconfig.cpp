#include "service/serviceconfig.h"

#include <QDir>
#include <QSysInfo>

QString ServiceConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("service.sqlite"));
}

ServiceStore::Target ServiceConfig::databaseTarget() const
{
    ServiceStore::Target target;
    target.mailLeaseSeconds = mailLeaseSeconds;
    target.instance = !instanceName.isEmpty() ? instanceName
                                              : QStringLiteral("%1:%2:%3")
                                                    .arg(QSysInfo::machineHostName())
                                                    .arg(listenPort)
                                                    .arg(QDir(dataDir).absolutePath());
    if (!isPostgres()) {
        target.path = databasePath();
        return target;
    }
    const QUrl url(database);
    target.backend = ServiceStore::Backend::PostgreSQL;
    target.host = url.host();
    target.port = url.port(5432);
    target.user = url.userName();
    target.name = url.path().mid(1);
    target.password = databasePassword;
    return target;
}

QString ServiceConfig::databaseName() const
{
    return isPostgres() ? QUrl(database).toString(QUrl::RemovePassword) : databasePath();
}

QString ServiceConfig::maildir() const
{
    if (mail.isEmpty())
        return QDir(dataDir).filePath(QStringLiteral("mail"));
    if (mail.startsWith(QLatin1StringView("maildir:")))
        return mail.mid(8);
    return {};
}
