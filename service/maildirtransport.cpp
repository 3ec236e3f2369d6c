#include "service/maildirtransport.h"

#include "service/securerandom.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <atomic>
#include <ctime>

#include <unistd.h>

MaildirTransport::MaildirTransport(const QString &directory)
    : m_directory(directory)
{}

bool MaildirTransport::makeFolders(const QString &directory, QString *error)
{
    const QDir dir(directory);
    for (const char *sub : {"tmp", "new", "cur"}) {
        if (!dir.mkpath(QLatin1StringView(sub))) {
            *error = QStringLiteral("cannot create %1").arg(dir.filePath(QLatin1StringView(sub)));
            return false;
        }
    }
    return true;
}

bool MaildirTransport::prepare(const QString &directory, QString *error)
{
    if (!makeFolders(directory, error))
        return false;
    for (const char *sub : {"tmp", "new", "cur"}) {
        const QString path = QDir(directory).filePath(QLatin1StringView(sub));
        if (!QFileInfo(path).isWritable()) {
            *error = QStringLiteral("cannot write to %1").arg(path);
            return false;
        }
    }
    return true;
}

bool MaildirTransport::deliver(const QByteArray &message, QString *error)
{
    // Per mail only what it needs (the folders, as a mail program may have
    // moved them); a folder it cannot write to says so as the write fails.
    if (!makeFolders(m_directory, error))
        return false;
    const QDir dir(m_directory);
    // The Maildir convention: seconds, then M<microseconds>P<pid>Q<delivery
    // number in this process>R<random>, then the host, which also gives the
    // order of delivery.
    static std::atomic<quint64> deliveries{0};
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const QString name = QStringLiteral("%1.M%2P%3Q%4R%5.%6")
                             .arg(qint64(now.tv_sec))
                             .arg(qint64(now.tv_nsec / 1000), 6, 10, QLatin1Char('0'))
                             .arg(::getpid())
                             .arg(++deliveries)
                             .arg(quint32(SecureRandom::number()), 8, 16, QLatin1Char('0'))
                             .arg(QSysInfo::machineHostName());
    const QString tmp = dir.filePath(QStringLiteral("tmp/") + name);
    QFile file(tmp);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size() ||
        !file.flush() || ::fsync(file.handle()) != 0) {
        *error = file.errorString();
        file.remove();
        return false;
    }
    file.close();
    if (!QFile::rename(tmp, dir.filePath(QStringLiteral("new/") + name))) {
        *error = QStringLiteral("cannot move the mail into new/");
        QFile::remove(tmp);
        return false;
    }
    return true;
}
