#include "serviceprocess.h"

#include <QTcpServer>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <tuple>

QJsonObject ServiceProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ServiceProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ServiceProcess::Mail::link() const
{
    static const QRegularExpression re(QStringLiteral("https?://\\S+"));
    return re.match(body).captured(0);
}

ServiceProcess::ServiceProcess(const QStringList &extraArguments, const QString &dataDir)
    : m_extra(extraArguments)
{
    if (dataDir.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tmp->path();
    } else {
        m_dataDir = dataDir;
    }
}

ServiceProcess::~ServiceProcess()
{
    stop();
}

quint16 ServiceProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QProcessEnvironment ServiceProcess::environmentFor(const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its log as when it is started by hand or writes to a file (a CI job
    // under systemd would otherwise hand it the journal's stream).
    env.remove(QStringLiteral("JOURNAL_STREAM"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    const QString server = qEnvironmentVariable("MOSHIKOMI_TEST_POSTGRES");
    if (server.isEmpty() || dataDir.isEmpty())
        return env;
    // One database per data folder, as one SQLite file per data folder: a
    // service started again on the same folder finds what it stored.
    const QString name =
        QStringLiteral("t") +
        QString::fromLatin1(
            QCryptographicHash::hash(dataDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    static QSet<QString> made;
    if (!made.contains(name)) {
        const QUrl url(server);
        QProcess createdb;
        createdb.start(QStringLiteral("createdb"),
                       {QStringLiteral("-h"), url.host(), QStringLiteral("-p"),
                        QString::number(url.port()), QStringLiteral("-U"), url.userName(), name});
        createdb.waitForFinished(30000);
        const QByteArray err = createdb.readAllStandardError();
        if (createdb.exitCode() != 0 && !err.contains("already exists"))
            qWarning("createdb %s: %s", qPrintable(name), err.constData());
        made.insert(name);
    }
    env.insert(QStringLiteral("MOSHIKOMI_DATABASE"), server + name);
    return env;
}

QByteArray ServiceProcess::storedBytes() const
{
    const QString database = environmentFor(m_dataDir).value(QStringLiteral("MOSHIKOMI_DATABASE"));
    QByteArray bytes;
    if (database.isEmpty()) {
        for (const QString &name :
             {QStringLiteral("service.sqlite"), QStringLiteral("service.sqlite-wal")}) {
            QFile f(QDir(m_dataDir).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
    // What the database holds, as anyone who can read it gets it.
    const QUrl url(database);
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"),
               {QStringLiteral("-h"), url.host(), QStringLiteral("-p"), QString::number(url.port()),
                QStringLiteral("-U"), url.userName(), url.path().mid(1)});
    dump.waitForFinished(30000);
    return dump.readAllStandardOutput();
}

QString ServiceProcess::binary()
{
    return QStringLiteral(MOSHIKOMI_SERVICE_BINARY);
}

int ServiceProcess::runCommand(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess p;
    const qsizetype dir = arguments.indexOf(QStringLiteral("--data-dir"));
    p.setProcessEnvironment(
        environmentFor(dir >= 0 && dir + 1 < arguments.size() ? arguments.at(dir + 1) : QString()));
    p.start(binary(), arguments);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ServiceProcess::start()
{
    m_port = 0;
    QStringList args{QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dataDir,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    args += m_extra;
    m_process.setProcessEnvironment(environmentFor(m_dataDir));
    m_process.start(binary(), args);
    if (!m_process.waitForStarted())
        return false;
    QByteArray out;
    QElapsedTimer t;
    t.start();
    static const QRegularExpression listening(QStringLiteral("listening on (\\w+)://\\S+:(\\d+)"));
    while (t.elapsed() < 20000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        m_log += m_process.readAllStandardError();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_https = m.captured(1) == u"https";
            m_port = quint16(m.captured(2).toUInt());
            return true;
        }
    }
    m_log += m_process.readAllStandardError();
    qWarning("service did not start: %s", m_log.constData());
    return false;
}

bool ServiceProcess::suspend()
{
    return m_process.state() == QProcess::Running &&
           ::kill(pid_t(m_process.processId()), SIGSTOP) == 0;
}

bool ServiceProcess::resume()
{
    return m_process.state() == QProcess::Running &&
           ::kill(pid_t(m_process.processId()), SIGCONT) == 0;
}

void ServiceProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
    m_log += m_process.readAllStandardError();
}

bool ServiceProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        kill();
        return false;
    }
    m_log += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QString ServiceProcess::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_https ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(path);
}

QByteArray ServiceProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

QByteArray ServiceProcess::addStaff(const QString &name, bool isOperator)
{
    QStringList args{QStringLiteral("staff"), QStringLiteral("add"), name,
                     QStringLiteral("--data-dir"), m_dataDir};
    if (isOperator)
        args << QStringLiteral("--operator");
    QByteArray out;
    if (runCommand(args, &out) != 0)
        return {};
    return out.trimmed().split('\n').last();
}

ServiceProcess::Reply
ServiceProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return fetch(method, QUrl(url(path)), body, headers);
}

ServiceProcess::Reply ServiceProcess::fetch(const QByteArray &method, const QUrl &target,
                                            const QByteArray &body,
                                            const QList<std::pair<QByteArray, QByteArray>> &headers,
                                            QString *networkError)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(target);
    request.setTransferTimeout(15000);
    if (!m_caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_caFile));
        request.setSslConfiguration(ssl);
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (networkError)
        *networkError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    m_log += m_process.readAllStandardError();
    return r;
}

qint64 ServiceProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QByteArray ServiceProcess::raw(const QByteArray &request, bool untilClosed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    // Until the whole answer is in: its headers and Content-Length bytes.
    while (t.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(200))
            answer += socket.readAll();
        if (untilClosed)
            continue;
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        static const QRegularExpression length(QStringLiteral("(?i)content-length: *(\\d+)"));
        const QRegularExpressionMatch m = length.match(QString::fromLatin1(answer.left(end)));
        if (m.hasMatch() && answer.size() >= end + 4 + m.captured(1).toLongLong())
            break;
    }
    return answer;
}

ServiceProcess::Reply ServiceProcess::submit(const QByteArray &token, const QByteArray &body,
                                             const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    const QByteArray id = QJsonDocument::fromJson(body).object().value("id").toString().toLatin1();
    QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token},
                                                     {"Content-Type", "application/json"},
                                                     {"Idempotency-Key", id}};
    headers += extra;
    return request("POST", QStringLiteral("/api/v1/applications"), body, headers);
}

ServiceProcess::Mail ServiceProcess::parseMail(const QByteArray &raw)
{
    Mail m;
    m.raw = raw;
    const qsizetype split = raw.indexOf("\r\n\r\n");
    m.headerBlock = raw.left(split);
    const QByteArray unfolded = QByteArray(m.headerBlock).replace("\r\n ", " ");
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([^?]*)\\?="));
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.startsWith("Subject: ")) {
            const QString value = QString::fromLatin1(l.mid(9));
            QByteArray bytes;
            auto it = word.globalMatch(value);
            while (it.hasNext())
                bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
            m.subject = bytes.isEmpty() ? value : QString::fromUtf8(bytes);
        } else if (l.startsWith("To: ")) {
            m.to = QString::fromUtf8(l.mid(4)).remove(u'<').remove(u'>');
        }
    }
    m.body = QString::fromUtf8(QByteArray::fromBase64(raw.mid(split + 4)));
    return m;
}

QList<ServiceProcess::Mail> ServiceProcess::mails() const
{
    QDir dir(QDir(m_dataDir).filePath(QStringLiteral("mail/new")));
    QList<Mail> result;
    // In the order of delivery, which the Maildir names give:
    // <seconds>.M<microseconds>P<pid>Q<delivery number>R….
    QFileInfoList files = dir.entryInfoList(QDir::Files);
    static const QRegularExpression order(QStringLiteral("^(\\d+)\\.M(\\d+)P\\d+Q(\\d+)"));
    auto key = [](const QFileInfo &f) {
        const QRegularExpressionMatch m = order.match(f.fileName());
        return std::tuple(m.captured(1).toLongLong(), m.captured(2).toLongLong(),
                          m.captured(3).toLongLong());
    };
    std::sort(files.begin(), files.end(),
              [&](const QFileInfo &a, const QFileInfo &b) { return key(a) < key(b); });
    for (const QFileInfo &f : files) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly))
            result.append(parseMail(file.readAll()));
    }
    return result;
}

bool ServiceProcess::waitForMails(int count, int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (mails().size() >= count)
            return true;
        QTest::qWait(50);
    }
    return mails().size() >= count;
}

std::optional<ServiceProcess::Mail> ServiceProcess::waitForNewMail(const QList<Mail> &before,
                                                                   const QString &subject,
                                                                   int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    do {
        for (const Mail &m : mails()) {
            const bool old = std::any_of(before.cbegin(), before.cend(),
                                         [&m](const Mail &b) { return b.raw == m.raw; });
            if (!old && m.subject.contains(subject))
                return m;
        }
        QTest::qWait(50);
    } while (t.elapsed() < timeoutMs);
    return std::nullopt;
}
