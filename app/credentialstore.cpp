#include "app/credentialstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

// No keychain is normal on a server (moshikomi --sync from cron): said only when asked for.
Q_LOGGING_CATEGORY(lcCredentials, "moshikomi.credentials", QtInfoMsg)

void CredentialStore::runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    // A keychain answers in milliseconds; one that does not is said, so that
    // nobody waits at a window that seems to ignore them.
    QTimer slow;
    slow.setSingleShot(true);
    bool said = false;
    QObject::connect(&slow, &QTimer::timeout, this, [this, &said] {
        said = true;
        emit waitingForKeychain(true);
    });
    slow.start(m_slowAfterMs);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    slow.stop();
    if (said)
        emit waitingForKeychain(false);
}

void CredentialStore::preloadBackend()
{
#if defined(Q_OS_LINUX)
    // The name and version QtKeychain asks for; stays loaded (no unload()),
    // so its own load is a lookup. Absent: QtKeychain falls back as before.
    QLibrary libsecret(QStringLiteral("secret-1"), 0);
    libsecret.load();
#endif
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString CredentialStore::tokenKey(const QString &serviceUrl)
{
    const QUrl url(serviceUrl);
    return QStringLiteral("staff-token ") +
           url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                        QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
               .toString();
}

std::optional<CredentialStore::ProxyLogin> CredentialStore::readProxyLogin(const QString &proxy)
{
    QByteArray kept;
    if (read(QStringLiteral("proxy ") + proxy, &kept) == Status::NotFound)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(kept).object();
    return ProxyLogin{o.value(QStringLiteral("user")).toString(),
                      o.value(QStringLiteral("password")).toString()};
}

CredentialStore::Status CredentialStore::writeProxyLogin(const QString &proxy,
                                                         const ProxyLogin &login)
{
    return write(QStringLiteral("proxy ") + proxy,
                 QJsonDocument(QJsonObject{{QStringLiteral("user"), login.user},
                                           {QStringLiteral("password"), login.password}})
                     .toJson(QJsonDocument::Compact));
}

void CredentialStore::keychainFailed(const QString &why)
{
    if (m_keychainWorks)
        qCDebug(lcCredentials) << "no keychain, secrets kept for this session only:" << why;
    m_keychainWorks = false;
    m_lastFailure = why;
}

CredentialStore::Status CredentialStore::read(const QString &key, QByteArray *value)
{
    if (m_session.contains(key)) {
        *value = m_session.value(key);
        return m_keychainWorks ? Status::Ok : Status::SessionOnly;
    }
    if (!m_keychainWorks)
        return Status::NotFound;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    switch (job.error()) {
    case QKeychain::NoError:
        *value = job.binaryData();
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    default:
        keychainFailed(job.errorString());
        return Status::NotFound;
    }
}

CredentialStore::Status CredentialStore::write(const QString &key, const QByteArray &value)
{
    if (m_keychainWorks) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setBinaryData(value);
        runToEnd(job);
        if (job.error() == QKeychain::NoError) {
            m_session.remove(key);
            return Status::Ok;
        }
        keychainFailed(job.errorString());
    }
    m_session.insert(key, value);
    return Status::SessionOnly;
}

CredentialStore::Status CredentialStore::remove(const QString &key)
{
    m_session.remove(key);
    if (!m_keychainWorks)
        return Status::SessionOnly;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return Status::Ok;
    keychainFailed(job.errorString());
    return Status::SessionOnly;
}
