#include "nginxfront.h"
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

private:
    TestCertificates m_certs;
};

MOSHIKOMI_TEST(TestFront)
#include "tst_front.moc"
