#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// The real moshikomi-service, started as a child process on a free loopback
// port with a data folder of its own, and spoken to over HTTP as the client
// will. Its log (stderr) is kept so that tests can read what it wrote.
class ServiceProcess
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const; // the body's object; empty when it is not one
    };

    struct Mail
    {
        QByteArray raw;
        QByteArray headerBlock;
        QString subject; // decoded
        QString to;
        QString body;         // decoded
        QString link() const; // the first http(s) link in the body
    };

    explicit ServiceProcess(const QStringList &extraArguments = {},
                            const QString &dataDir = QString());
    ~ServiceProcess();

    static QString binary();
    // The environment the service runs in: with MOSHIKOMI_TEST_POSTGRES set
    // (tests/testlib/with-postgres.sh), a PostgreSQL database of its own for
    // `dataDir` in MOSHIKOMI_DATABASE.
    static QProcessEnvironment environmentFor(const QString &dataDir);
    // Everything the service's database holds: the SQLite file and its WAL,
    // or a dump of its PostgreSQL database.
    QByteArray storedBytes() const;
    // A loopback port nothing listens on right now.
    static quint16 freePort();
    // Runs the service's command line once (not serve); returns the exit code.
    static int runCommand(const QStringList &arguments, QByteArray *out = nullptr,
                          QByteArray *err = nullptr);

    bool start(); // serve, and wait until it listens
    void kill();  // SIGKILL
    // SIGSTOP / SIGCONT: a service that takes connections and answers
    // nothing (a machine swapping, a debugger attached) until resumed.
    bool suspend();
    bool resume();
    // SIGTERM, then wait; true when it ended by itself with exit code 0.
    bool stop();
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    QString url(const QString &path) const;
    // Trust only this CA for HTTPS (the service's own or the front's).
    void setCaCertificate(const QString &pemFile) { m_caFile = pemFile; }
    bool isHttps() const { return m_https; }
    QByteArray log();

    // A staff (or operator) token made with `staff add`.
    QByteArray addStaff(const QString &name, bool isOperator = false);

    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Any URL (e.g. through a proxy in front), with the CA set above.
    Reply fetch(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                QString *networkError = nullptr);
    qint64 residentKiB() const; // the service process's memory now
    // Bytes written to the service's socket as they are, its answer read
    // whole (QNetworkAccessManager adds headers of its own, such as
    // Accept-Language); with `untilClosed`, every answer until the service
    // closes the connection (several requests written at once).
    QByteArray raw(const QByteArray &request, bool untilClosed = false);
    // POST /api/v1/applications with the body's id as Idempotency-Key.
    Reply submit(const QByteArray &token, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &extra = {});

    // The mails in the maildir's new/, oldest first.
    QList<Mail> mails() const;
    bool waitForMails(int count, int timeoutMs = 10000) const;
    // The first mail not among `before` whose Subject contains `subject`
    // (other mails may be on their way at the same time); waits for it.
    std::optional<Mail> waitForNewMail(const QList<Mail> &before, const QString &subject,
                                       int timeoutMs = 10000) const;
    static Mail parseMail(const QByteArray &raw);

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dataDir;
    QStringList m_extra;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    bool m_https = false;
    QString m_caFile;
};
