#include "serviceprocess.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace {

// The shipped nginx front (installer/nginx/moshikomi-service.conf), its @…@
// values filled in, run by Debian's nginx in a folder of its own.
class NginxFront
{
public:
    NginxFront(quint16 port, quint16 upstream, const TestCertificates &certs)
    {
        QFile shipped(
            QStringLiteral(MOSHIKOMI_SOURCE_DIR "/installer/nginx/moshikomi-service.conf"));
        if (!shipped.open(QIODevice::ReadOnly))
            return;
        QString site = QString::fromUtf8(shipped.readAll());
        site.replace(QStringLiteral("@LISTEN@"), QStringLiteral("127.0.0.1:%1").arg(port));
        site.replace(QStringLiteral("@CERT@"), certs.serverCertificate());
        site.replace(QStringLiteral("@KEY@"), certs.serverKey());
        site.replace(QStringLiteral("@UPSTREAM@"), QStringLiteral("127.0.0.1:%1").arg(upstream));
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
        main.write(
            conf.arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), m_dir.path())
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
    ~NginxFront()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool isReady() const { return m_ready; }
    QByteArray log()
    {
        m_log += m_process.readAll();
        return m_log;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    bool m_ready = false;
};

} // namespace

// HTTPS straight from the service, and the production front: nginx with the
// limits Qt HttpServer does not have.
class TestFront : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error())); }

    void httpsDirectly()
    {
        ServiceProcess service({QStringLiteral("--tls-cert"), m_certs.serverCertificate(),
                                QStringLiteral("--tls-key"), m_certs.serverKey()});
        QVERIFY(service.start());
        QVERIFY(service.isHttps());
        // Without the private CA the certificate is refused, as it must be.
        QString error;
        ServiceProcess::Reply r =
            service.fetch("GET", QUrl(service.url(QStringLiteral("/healthz"))), {}, {}, &error);
        QCOMPARE(r.status, 0);
        QVERIFY(!error.isEmpty());
        service.setCaCertificate(m_certs.caCertificate());
        r = service.request("GET", QStringLiteral("/healthz"));
        QCOMPARE(r.status, 200);
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        const Application a = TestData::validApplication();
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        QVERIFY(service.waitForMails(1));
        QVERIFY(service.mails().first().link().startsWith(QStringLiteral("https://127.0.0.1:")));
    }

    void nginxFront()
    {
        const quint16 frontPort = ServiceProcess::freePort();
        const QString front = QStringLiteral("https://127.0.0.1:%1").arg(frontPort);
        ServiceProcess service({QStringLiteral("--public-url"), front});
        QVERIFY(service.start());
        NginxFront nginx(frontPort, service.port(), m_certs);
        QVERIFY2(nginx.isReady(), nginx.log().constData());
        service.setCaCertificate(m_certs.caCertificate());
        auto via = [&](const QString &path) { return QUrl(front + path); };
        QCOMPARE(service.fetch("GET", via(QStringLiteral("/healthz"))).status, 200);

        // 10 MB stopped at the door: the service's memory stays flat.
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        const qint64 before = service.residentKiB();
        QVERIFY(before > 0);
        const ServiceProcess::Reply big = service.fetch(
            "POST", via(QStringLiteral("/api/v1/applications")), QByteArray(10 * 1024 * 1024, 'x'),
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
        QCOMPARE(big.status, 413);
        QVERIFY(big.body.contains("too_large"));
        QVERIFY2(
            service.residentKiB() - before < 2048,
            qPrintable(QStringLiteral("%1 KiB → %2 KiB").arg(before).arg(service.residentKiB())));

        // An application through the front; its link points at the front.
        const Application a = TestData::validApplication();
        const ServiceProcess::Reply submitted =
            service.fetch("POST", via(QStringLiteral("/api/v1/applications")), WireCodec::encode(a),
                          {{"Authorization", "Bearer " + token},
                           {"Content-Type", "application/json"},
                           {"Idempotency-Key", a.id.toString(QUuid::WithoutBraces).toLatin1()}});
        QCOMPARE(submitted.status, 201);
        QVERIFY(service.waitForMails(1));
        const QString link = service.mails().first().link();
        QVERIFY2(link.startsWith(front + QStringLiteral("/confirm/")), qPrintable(link));
        QCOMPARE(service.fetch("GET", QUrl(link)).status, 200);
        QCOMPARE(service.fetch("POST", QUrl(link)).status, 200);
        const QByteArray tokenInLink = link.mid(link.lastIndexOf(u'/') + 1).toLatin1();
        QTRY_VERIFY(nginx.log().contains("\"POST /confirm/...\" 200"));
        QVERIFY(!nginx.log().contains(tokenInLink));
        QVERIFY(!service.log().contains(tokenInLink));

        // Guessing links is slowed down.
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses << service.fetch("GET", via(QStringLiteral("/confirm/guess%1").arg(i))).status;
        QVERIFY2(statuses.contains(429), qPrintable(QString::number(statuses.last())));
    }

private:
    TestCertificates m_certs;
};

MOSHIKOMI_TEST(TestFront)
#include "tst_front.moc"
