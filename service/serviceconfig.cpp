#include "service/serviceconfig.h"

#include <QDir>

QString ServiceConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("service.sqlite"));
}

QString ServiceConfig::maildir() const
{
    if (mail.isEmpty())
        return QDir(dataDir).filePath(QStringLiteral("mail"));
    if (mail.startsWith(QLatin1StringView("maildir:")))
        return mail.mid(8);
    return {};
}
