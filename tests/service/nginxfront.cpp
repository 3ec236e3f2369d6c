#include "nginxfront.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>

#include <unistd.h>

NginxFront::NginxFront(quint16 port, const QList<quint16> &upstreams, const TestCertificates &certs,
                       const QString &upstreamCa)
    : m_port(port)
    , m_ca(certs.caCertificate())
{
    QFile shipped(QStringLiteral(MOSHIKOMI_SOURCE_DIR "/installer/nginx/moshikomi-service.conf"));
    if (!shipped.open(QIODevice::ReadOnly))
        return;
    QString site = QString::fromUtf8(shipped.readAll());
    site.replace(QStringLiteral("@LISTEN@"), QStringLiteral("127.0.0.1:%1").arg(port));
    site.replace(QStringLiteral("@CERT@"), certs.serverCertificate());
    site.replace(QStringLiteral("@KEY@"), certs.serverKey());
    if (!upstreamCa.isEmpty()) {
        // As docs/deploy.md says for instances on other hosts.
        site.replace(QStringLiteral("proxy_pass http://"), QStringLiteral("proxy_pass https://"));
        site.replace(QStringLiteral("/etc/moshikomi-service/upstream-ca.pem"), upstreamCa);
    }
    // The shipped line, once per instance.
    const qsizetype at = site.indexOf(QStringLiteral("server @UPSTREAM@"));
    const qsizetype end = site.indexOf(u'\n', at);
    const QString line = site.mid(at, end - at);
    QStringList lines;
    for (quint16 upstream : upstreams)
        lines << QString(line).replace(QStringLiteral("@UPSTREAM@"),
                                       QStringLiteral("127.0.0.1:%1").arg(upstream));
    site.replace(at, end - at, lines.join(QStringLiteral("\n    ")));
    QDir dir(m_dir.path());
    for (const char *sub : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        dir.mkpath(QLatin1StringView(sub));
        QFile::setPermissions(dir.filePath(QLatin1StringView(sub)),
                              QFileDevice::Permissions(0x7777));
    }
    QFile siteFile(dir.filePath(QStringLiteral("site.conf")));
    siteFile.open(QIODevice::WriteOnly);
    siteFile.write(site.toUtf8());
    siteFile.close();
    QFile main(dir.filePath(QStringLiteral("nginx.conf")));
    main.open(QIODevice::WriteOnly);
    QString conf = QStringLiteral(
        "%1worker_processes 1;\npid %2/nginx.pid;\nerror_log stderr;\n"
        "events { worker_connections 64; }\n"
        "http {\n client_body_temp_path %2/client_body;\n proxy_temp_path %2/proxy;\n"
        " fastcgi_temp_path %2/fastcgi;\n uwsgi_temp_path %2/uwsgi;\n"
        " scgi_temp_path %2/scgi;\n include %2/site.conf;\n}\n");
    main.write(conf.arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), m_dir.path())
                   .toUtf8());
    main.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("/usr/sbin/nginx"),
                    {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), main.fileName(),
                     QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-g"),
                     QStringLiteral("daemon off;")});
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200)) {
            m_ready = true;
            return;
        }
        m_process.waitForFinished(100);
    }
}

NginxFront::~NginxFront()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

QByteArray NginxFront::log()
{
    m_log += m_process.readAll();
    return m_log;
}

int NginxFront::statusFrom(const char *source, const QByteArray &bearer,
                           const QString &forwardedFor) const
{
    QStringList args{QStringLiteral("-s"),
                     QStringLiteral("-o"),
                     QStringLiteral("/dev/null"),
                     QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"),
                     QStringLiteral("--interface"),
                     QLatin1StringView(source),
                     QStringLiteral("--cacert"),
                     m_ca,
                     QStringLiteral("-H"),
                     QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(bearer)};
    if (!forwardedFor.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("X-Forwarded-For: ") + forwardedFor;
    args << QStringLiteral("https://127.0.0.1:%1/api/v1/applications").arg(m_port);
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    return curl.waitForFinished(10000) ? curl.readAllStandardOutput().toInt() : -1;
}
