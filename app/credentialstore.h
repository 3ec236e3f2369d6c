#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

// Secrets — the staff token, a proxy's password — in the OS keychain through
// QtKeychain (the Secret Service on Linux, the Credential Manager on
// Windows, the Keychain on macOS), never in a file. Where no keychain works
// a value is kept in memory for this session only; keychainWorks() turns
// false so that the UI can say so. QtKeychain's plain-file fallback is never
// enabled.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,
        // No keychain answered: the value lives in memory for this session.
        SessionOnly,
    };
    Q_ENUM(Status)

    // `service` names the entries in the keychain (one per product).
    explicit CredentialStore(const QString &service = QStringLiteral("Moshikomi"),
                             QObject *parent = nullptr);

    // Each call waits for the keychain in a local event loop (a keychain that
    // asks the person to unlock it can take as long as they do).
    Status read(const QString &key, QByteArray *value);
    Status write(const QString &key, const QByteArray &value);
    Status remove(const QString &key);

    bool keychainWorks() const { return m_keychainWorks; }
    // The keychain's own words for the last failure, for the log and the
    // settings dialog's detail.
    QString lastFailure() const { return m_lastFailure; }

    // The entry of the staff token for one service: a token belongs to the
    // service that issued it.
    static QString tokenKey(const QString &serviceUrl);

    // Loads the keychain's own library ahead of the first read (on Linux
    // QtKeychain opens libsecret then: ~2 ms of loading and relocating);
    // for a thread beside the start. Nothing else is touched.
    static void preloadBackend();

    // After how long a keychain that has not answered is said (waitingForKeychain).
    void setSlowAfter(int ms) { m_slowAfterMs = ms; }

    // A proxy's login ("host:port"), as the person gave it once.
    struct ProxyLogin
    {
        QString user;
        QString password;
    };
    std::optional<ProxyLogin> readProxyLogin(const QString &proxy);
    Status writeProxyLogin(const QString &proxy, const ProxyLogin &login);

Q_SIGNALS:
    // true: a keychain operation has taken longer than it should (a locked
    // keychain asking for its password, perhaps behind another window; a
    // stuck daemon); false: it has answered.
    void waitingForKeychain(bool waiting);

private:
    void keychainFailed(const QString &why);
    void runToEnd(QKeychain::Job &job);

    QString m_service;
    QHash<QString, QByteArray> m_session;
    bool m_keychainWorks = true;
    QString m_lastFailure;
    int m_slowAfterMs = 1500;
};
