#include "nginxfront.h"
#include "serviceprocess.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"
#include "service/apiserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace {} // namespace

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

    // Served over TLS directly, the peer is the caller: an address it names
    // itself in X-Forwarded-For is not believed.
    void httpsDirectlyCountsWrongTokensByThePeer()
    {
        ServiceProcess service({QStringLiteral("--tls-cert"), m_certs.serverCertificate(),
                                QStringLiteral("--tls-key"), m_certs.serverKey()});
        QVERIFY(service.start());
        service.setCaCertificate(m_certs.caCertificate());
        int status = 0;
        for (int i = 0; i <= ApiServer::MaxFailedLoginsPerAddress && status != 429; ++i)
            status = service
                         .request("GET", QStringLiteral("/api/v1/applications"), {},
                                  {{"Authorization", "Bearer wrong" + QByteArray::number(i)},
                                   {"X-Forwarded-For", "192.0.2." + QByteArray::number(i)}})
                         .status;
        QCOMPARE(status, 429);
    }

    // Listening on every address without --public-url, the links in mails
    // name this computer, which a browser can open, not 0.0.0.0.
    void everyAddressWithoutAPublicUrl()
    {
        ServiceProcess service({QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                                QStringLiteral("--tls-cert"), m_certs.serverCertificate(),
                                QStringLiteral("--tls-key"), m_certs.serverKey()});
        QVERIFY(service.start());
        service.setCaCertificate(m_certs.caCertificate());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        QCOMPARE(service.submit(token, WireCodec::encode(TestData::validApplication())).status,
                 201);
        QVERIFY(service.waitForMails(1));
        const QUrl link(service.mails().first().link());
        QCOMPARE(link.host().section(u'.', 0, 0), QHostInfo::localHostName().toLower());
        QCOMPARE(link.port(), int(service.port()));
        QVERIFY(service.log().contains("--public-url"));
    }

    // Reached without the nginx front (HTTPS directly, or plain HTTP on this
    // computer), the service keeps the same kinds of limits itself: a request
    // that stops half-way is answered 408, a connection that says nothing is
    // closed, and a body far too big is refused while it arrives, so that its
    // memory stays flat.
    void limitsWithoutTheFront()
    {
        ServiceProcess service({QStringLiteral("--request-timeout"), QStringLiteral("2"),
                                QStringLiteral("--idle-timeout"), QStringLiteral("3")});
        QVERIFY(service.start());
        const QByteArray slow = service.raw("POST /api/v1/applications HTTP/1.1\r\nHost: "
                                            "127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"id\":");
        QVERIFY2(slow.startsWith("HTTP/1.1 408"), slow.constData());
        QVERIFY2(slow.contains("\"error\":\"request_timeout\""), slow.constData());

        // Used now and then, a kept-alive connection stays; silent, it is closed.
        QTcpSocket kept;
        kept.connectToHost(QHostAddress::LocalHost, service.port());
        QVERIFY(kept.waitForConnected(5000));
        auto health = [&kept] {
            kept.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QByteArray answer;
            QElapsedTimer t;
            t.start();
            while (!answer.endsWith("}") && t.elapsed() < 5000 && kept.waitForReadyRead(1000))
                answer += kept.readAll();
            return answer;
        };
        QVERIFY(health().startsWith("HTTP/1.1 200"));
        QTest::qWait(1500);
        QVERIFY(health().startsWith("HTTP/1.1 200"));
        QVERIFY(kept.state() == QAbstractSocket::UnconnectedState ||
                kept.waitForDisconnected(10000));

        const qint64 before = service.residentKiB();
        QTcpSocket big;
        big.connectToHost(QHostAddress::LocalHost, service.port());
        QVERIFY(big.waitForConnected(5000));
        big.write("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/json\r\nContent-Length: 10485760\r\n\r\n");
        const QByteArray chunk(64 * 1024, ' ');
        qint64 queued = 0;
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && big.state() == QAbstractSocket::ConnectedState &&
               !answer.contains("\r\n\r\n")) {
            if (queued < 10 * 1024 * 1024 && big.bytesToWrite() < 1024 * 1024) {
                big.write(chunk);
                queued += chunk.size();
            }
            big.waitForBytesWritten(50);
            answer += big.readAll();
        }
        answer += big.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        const qint64 grown = service.residentKiB() - before;
        qInfo("resident memory grew by %lld KiB for a 10 MiB body", grown);
        QVERIFY2(grown < 8 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
    }

    void nginxFront()
    {
        const quint16 frontPort = ServiceProcess::freePort();
        const QString front = QStringLiteral("https://127.0.0.1:%1").arg(frontPort);
        ServiceProcess service({QStringLiteral("--public-url"), front});
        QVERIFY(service.start());
        NginxFront nginx(frontPort, {service.port()}, m_certs);
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

    // Behind the front every request reaches the service from nginx's
    // address: wrong tokens are counted by the caller nginx names, so one
    // address guessing (or a client with a stale token) shuts out only itself.
    void wrongTokensThroughTheFrontShutOutOnlyTheirAddress()
    {
        const quint16 frontPort = ServiceProcess::freePort();
        ServiceProcess service;
        QVERIFY(service.start());
        NginxFront nginx(frontPort, {service.port()}, m_certs);
        QVERIFY2(nginx.isReady(), nginx.log().constData());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        // curl from another loopback address each: nginx sees two callers.
        int status = 0;
        for (int i = 0; i <= ApiServer::MaxFailedLoginsPerAddress && status != 429; ++i)
            status = nginx.statusFrom("127.0.0.2", "wrong" + QByteArray::number(i));
        QCOMPARE(status, 429);
        QCOMPARE(nginx.statusFrom("127.0.0.2", token), 429);
        QCOMPARE(nginx.statusFrom("127.0.0.3", token), 200);
        QCOMPARE(nginx.statusFrom("127.0.0.3", "wrong"), 401);
        // Nor does a caller escape by naming another address itself: nginx
        // writes the header anew.
        QCOMPARE(nginx.statusFrom("127.0.0.2", token, QStringLiteral("192.0.2.7")), 429);
    }

    // Instances on other hosts serve HTTPS to nginx, which checks their
    // certificate; the service believes the X-Forwarded-For of the front
    // named by --trusted-proxy, and only its.
    void instancesOverHttpsBehindTheFront()
    {
        TestCertificates upstreamCerts(QStringLiteral("DNS:moshikomi-upstream"));
        QVERIFY2(upstreamCerts.isValid(), qPrintable(upstreamCerts.error()));
        const quint16 frontPort = ServiceProcess::freePort();
        const QString front = QStringLiteral("https://127.0.0.1:%1").arg(frontPort);
        ServiceProcess service({QStringLiteral("--tls-cert"), upstreamCerts.serverCertificate(),
                                QStringLiteral("--tls-key"), upstreamCerts.serverKey(),
                                QStringLiteral("--public-url"), front,
                                QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")});
        QVERIFY(service.start());
        NginxFront nginx(frontPort, {service.port()}, m_certs, upstreamCerts.caCertificate());
        QVERIFY2(nginx.isReady(), nginx.log().constData());
        service.setCaCertificate(m_certs.caCertificate());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        const Application a = TestData::validApplication();
        const ServiceProcess::Reply submitted = service.fetch(
            "POST", QUrl(front + QStringLiteral("/api/v1/applications")), WireCodec::encode(a),
            {{"Authorization", "Bearer " + token},
             {"Content-Type", "application/json"},
             {"Idempotency-Key", a.id.toString(QUuid::WithoutBraces).toLatin1()}});
        QVERIFY2(submitted.status == 201, nginx.log().constData());
        QVERIFY(service.waitForMails(1));
        QVERIFY(service.mails().first().link().startsWith(front + QStringLiteral("/confirm/")));

        int status = 0;
        for (int i = 0; i <= ApiServer::MaxFailedLoginsPerAddress && status != 429; ++i)
            status = nginx.statusFrom("127.0.0.2", "wrong" + QByteArray::number(i));
        QCOMPARE(status, 429);
        QCOMPARE(nginx.statusFrom("127.0.0.3", token), 200);

        // nginx refuses an instance whose certificate it cannot check.
        const quint16 wrongCaPort = ServiceProcess::freePort();
        NginxFront wrongCa(wrongCaPort, {service.port()}, m_certs, m_certs.caCertificate());
        QVERIFY2(wrongCa.isReady(), wrongCa.log().constData());
        QCOMPARE(
            service
                .fetch("GET", QUrl(QStringLiteral("https://127.0.0.1:%1/healthz").arg(wrongCaPort)))
                .status,
            502);
    }

private:
    TestCertificates m_certs;
};

MOSHIKOMI_TEST(TestFront)
#include "tst_front.moc"
