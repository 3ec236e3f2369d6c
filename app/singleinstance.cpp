#include "app/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcInstance, "moshikomi.instance")

namespace {
constexpr char ShowRequest[] = "show\n";
constexpr char ShownAnswer[] = "shown\n";
// Long enough for a first instance busy opening a large queue.
constexpr int AnswerWaitMs = 5000;
constexpr int HolderEndingWaitMs = 3000;
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    const QString folder = QFileInfo(dataDir).canonicalFilePath();
    const QString name =
        QStringLiteral("moshikomi-") +
        QString::fromLatin1(
            QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The user's private runtime folder; without one (a bare session), a name
    // of this user's in the temporary folder, readable by them alone
    // (UserAccessOption).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
    return name + QStringLiteral("-%1").arg(::getuid());
#else
    return name;
#endif
}

SingleInstance::Claim SingleInstance::claim(const QString &dataDir)
{
    m_lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("moshikomi.lock")));
    // Held for as long as the app runs: only a holder that is gone makes it stale.
    m_lock->setStaleLockTime(0);
    const QString name = serverName(dataDir);
    if (m_lock->tryLock(0))
        return listen(name);
    if (m_lock->error() != QLockFile::LockFailedError) {
        // A folder that cannot hold the file (read-only media): nothing is
        // saved there anyway, so two windows cannot overwrite each other.
        qCInfo(lcInstance) << "no lock file in" << dataDir << m_lock->error();
        m_lock.reset();
        return Claim::First;
    }
    QLocalSocket socket;
    socket.connectToServer(name);
    if (socket.waitForConnected(AnswerWaitMs)) {
        socket.write(ShowRequest);
        socket.waitForBytesWritten(AnswerWaitMs);
        QByteArray said;
        while (!said.contains('\n') && socket.waitForReadyRead(AnswerWaitMs))
            said += socket.readAll();
        if (said == ShownAnswer)
            return Claim::HandedOver;
    }
    // No answer: the holder may be on its way out (the app closed and
    // started again at once), and lets go of the folder in a moment.
    if (m_lock->tryLock(HolderEndingWaitMs))
        return listen(name);
    QString app;
    m_lock->getLockInfo(&m_holderPid, &m_holderHost, &app);
    if (m_holderHost == QSysInfo::machineHostName())
        m_holderHost.clear();
    m_lock.reset();
    return Claim::Unanswered;
}

SingleInstance::Claim SingleInstance::listen(const QString &name)
{
    QLocalServer::removeServer(name); // left by a process that ended abruptly
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    if (!m_server->listen(name))
        qCWarning(lcInstance) << "a second start cannot reach this one:" << m_server->errorString();
    return Claim::First;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() != ShowRequest) {
                socket->disconnectFromServer();
                return;
            }
            emit activationRequested();
            socket->write(ShownAnswer);
            socket->disconnectFromServer(); // after what was written has gone
        });
    }
}
