#include "appqueue.h"
#include "fixedanswerserver.h"
#include "queuefixtures.h"
#include "serviceprocess.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"

#include "app/connectiontest.h"
#include "app/serviceconnection.h"
#include "app/syncengine.h"
#include "client/localqueue.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// curl's --pinnedpubkey form of a certificate's key, made by openssl itself.
QString opensslPin(const QString &pemFile)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("openssl x509 -in \"$0\" -pubkey -noout | openssl pkey -pubin -outform "
                            "der | openssl dgst -sha256 -binary | base64"),
             pemFile});
    p.waitForFinished();
    return QStringLiteral("sha256//") + QString::fromLatin1(p.readAllStandardOutput().trimmed());
}

// The requests the service logged, once its log has settled (it logs a
// request after answering it).
int requestsLogged(ServiceProcess &service)
{
    int seen = -1;
    for (int i = 0; i < 10; ++i) {
        const int now = int(service.log().count("/api/v1/applications"));
        if (now == seen)
            return now;
        seen = now;
        QTest::qWait(150);
    }
    return seen;
}

} // namespace

// "Test connection" and the sync engine's TLS, against the real service over
// real HTTPS: each refusal says what is wrong, and nothing (the token least
// of all) reaches a server that is not the one configured and verified.
class TestConnection : public QObject
{
    Q_OBJECT

    ConnectionOutcome test(const ConnectionSettings &settings, QString *detail = nullptr)
    {
        ConnectionTest probe;
        QSignalSpy finished(&probe, &ConnectionTest::finished);
        probe.start(settings, QStringLiteral("ja"), 10000);
        if (!finished.wait(20000))
            return ConnectionOutcome::Timeout;
        if (detail)
            *detail = finished.first().at(1).toString();
        return finished.first().at(0).value<ConnectionOutcome>();
    }

    // The sync engine's settings for the HTTPS service, its CA and no pin.
    SyncEngine::Settings engineSettings() const
    {
        SyncEngine::Settings s;
        s.serviceUrl = QUrl(m_service->url(QString()));
        s.token = m_token;
        s.caFile = m_certs.caCertificate();
        return s;
    }

    ConnectionSettings good() const
    {
        return {m_service->url(QString()), m_certs.caCertificate(), {}, m_token};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));
        QVERIFY2(m_otherName.isValid(), qPrintable(m_otherName.error()));
        m_service = std::make_unique<ServiceProcess>(
            QStringList{QStringLiteral("--tls-cert"), m_certs.serverCertificate(),
                        QStringLiteral("--tls-key"), m_certs.serverKey()});
        QVERIFY(m_service->start());
        QVERIFY(m_service->isHttps());
        m_service->setCaCertificate(m_certs.caCertificate());
        m_token = m_service->addStaff(QStringLiteral("alice"));
        m_misnamed = std::make_unique<ServiceProcess>(
            QStringList{QStringLiteral("--tls-cert"), m_otherName.serverCertificate(),
                        QStringLiteral("--tls-key"), m_otherName.serverKey()});
        QVERIFY(m_misnamed->start());
    }

    void connects() { QCOMPARE(test(good()), ConnectionOutcome::Ok); }

    void aMatchingPinConnects()
    {
        ConnectionSettings s = good();
        const QString pin = opensslPin(m_certs.caCertificate());
        // The same form as openssl's (and curl's).
        QCOMPARE(
            ServiceConnection::pinOf(QSslCertificate::fromPath(m_certs.caCertificate()).first()),
            pin);
        s.pins = {QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), pin};
        QCOMPARE(test(s), ConnectionOutcome::Ok);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<ConnectionOutcome>("expected");
        QTest::newRow("the system's roots do not know a private CA")
            << "no-ca" << ConnectionOutcome::UnknownCertificate;
        QTest::newRow("a certificate for another name")
            << "other-name" << ConnectionOutcome::HostNameMismatch;
        QTest::newRow("a pin that matches no key") << "pin" << ConnectionOutcome::PinMismatch;
        QTest::newRow("a CA file with no certificate")
            << "bad-ca-file" << ConnectionOutcome::CaFileUnreadable;
        QTest::newRow("a token the service does not know")
            << "token" << ConnectionOutcome::TokenRefused;
        QTest::newRow("nothing listens") << "closed-port" << ConnectionOutcome::Unreachable;
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(ConnectionOutcome, expected);
        ConnectionSettings s = good();
        QTemporaryDir dir;
        quint16 closedPort = 0;
        if (what == u"no-ca") {
            s.caFile.clear();
        } else if (what == u"other-name") {
            s.serviceUrl = m_misnamed->url(QString());
            s.caFile = m_otherName.caCertificate();
        } else if (what == u"pin") {
            s.pins = {QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
        } else if (what == u"bad-ca-file") {
            s.caFile = dir.filePath(QStringLiteral("empty.pem"));
            QFile f(s.caFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a certificate\n");
        } else if (what == u"token") {
            s.token = "not-a-token-the-service-knows";
        } else if (what == u"closed-port") {
            closedPort = ServiceProcess::freePort();
            QVERIFY(closedPort != 0);
            s.serviceUrl = QStringLiteral("https://127.0.0.1:%1").arg(closedPort);
        }
        const int before = requestsLogged(*m_service);
        QString detail;
        QCOMPARE(test(s, &detail), expected);
        // Refused before any byte of the request left: the service saw nothing.
        if (expected != ConnectionOutcome::TokenRefused)
            QCOMPARE(requestsLogged(*m_service), before);
    }

    // Someone pasted the token wrong again and again: the service then takes
    // nothing from this address for a while (429 too_many_attempts), the
    // right token included. That is said as a token to check and a wait,
    // not as a busy service that takes the rest in a few seconds.
    void aBlockAfterWrongTokensSaysToCheckTheToken()
    {
        // A service of its own: the block would hold up the other tests.
        ServiceProcess service(QStringList{QStringLiteral("--tls-cert"),
                                           m_certs.serverCertificate(), QStringLiteral("--tls-key"),
                                           m_certs.serverKey()});
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("bob"));
        ConnectionSettings s{service.url(QString()), m_certs.caCertificate(), {}, token};
        ConnectionSettings wrong = s;
        wrong.token = "not-bobs-token";
        ConnectionOutcome outcome = ConnectionOutcome::TokenRefused;
        for (int i = 0; i < 40 && outcome == ConnectionOutcome::TokenRefused; ++i)
            outcome = test(wrong);
        QCOMPARE(outcome, ConnectionOutcome::TooManyAttempts);
        QCOMPARE(test(s), ConnectionOutcome::TooManyAttempts);
        const QString text = ConnectionOutcomes::text(outcome);
        QVERIFY2(text.contains(QStringLiteral("token")) && !text.contains(QStringLiteral("busy")),
                 qPrintable(text));
        // The sync engine says the same where the list says a round's
        // problem, and keeps the application to send later.
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = QueueFixtures::queued(queue);
        SyncEngine sync(&queue);
        SyncEngine::Settings settings;
        settings.serviceUrl = QUrl(service.url(QString()));
        settings.token = token;
        settings.caFile = m_certs.caCertificate();
        sync.setSettings(settings);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(queue.entry(a.id)->lastError.contains(u"too_many_attempts"),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 20000);
        QCOMPARE(sync.lastProblem(), std::optional(ConnectionOutcome::TooManyAttempts));
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
    }

    void somethingElseAnswering_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<ConnectionOutcome>("expected");
        QTest::newRow("a network login page")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 22\r\n"
                          "Connection: close\r\n\r\n<html>Log in</html>\r\n\r\n")
            << ConnectionOutcome::NotTheService;
        QTest::newRow("a redirect to another host")
            << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://evil.example/steal\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n")
            << ConnectionOutcome::Redirected;
        QTest::newRow("a proxy that wants a password")
            << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: "
                          "Basic realm=\"corp\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            << ConnectionOutcome::ProxyAuthentication;
    }

    void somethingElseAnswering()
    {
        QFETCH(QByteArray, answer);
        QFETCH(ConnectionOutcome, expected);
        FixedAnswerServer other(answer);
        QVERIFY(other.isListening());
        ConnectionSettings s = good();
        s.serviceUrl = other.url();
        s.caFile.clear();
        QCOMPARE(test(s), expected);
        // One request, to the address configured; the redirect not followed.
        QCOMPARE(other.received().count("GET "), 1);
    }

    // The sync engine keeps the same rules: an application goes nowhere
    // when the pin does not match, and says why in the queue.
    void nothingIsSentPastAPinMismatch()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = QueueFixtures::queued(queue);
        QVERIFY(!a.id.isNull());
        SyncEngine sync(&queue);
        SyncEngine::Settings s = engineSettings();
        s.pins = {QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
        sync.setSettings(s);
        const int before = requestsLogged(*m_service);
        QSignalSpy idle(&sync, &SyncEngine::idle);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(queue.entry(a.id)->lastError.contains(QStringLiteral("pin")),
                                 15000);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        QVERIFY2(requestsLogged(*m_service) == before, m_service->log().right(600).constData());
        const ServiceProcess::Reply stored =
            m_service->fetch("GET",
                             QUrl(m_service->url(QStringLiteral("/api/v1/applications/") +
                                                 a.id.toString(QUuid::WithoutBraces))),
                             {}, {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(stored.status, 404);
    }

    // A pin set while the engine still holds a connection made without it
    // (keep-alive, after a sync) is kept from the very next request: a
    // connection checked under other settings is not used again.
    void aPinSetLaterHoldsForTheNextRequest()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application first = QueueFixtures::queued(queue);
        SyncEngine sync(&queue);
        SyncEngine::Settings s = engineSettings();
        sync.setSettings(s);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
        QCOMPARE(queue.entry(first.id)->state, LocalQueue::State::AwaitingConfirmation);
        // Staff set a pin that the service's keys do not match.
        s.pins = {QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
        sync.setSettings(s);
        const Application second = QueueFixtures::queued(queue);
        const int before = requestsLogged(*m_service);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(queue.entry(second.id)->lastError.contains(QStringLiteral("pin")),
                                 15000);
        QCOMPARE(queue.entry(second.id)->state, LocalQueue::State::Queued);
        QVERIFY2(requestsLogged(*m_service) == before, m_service->log().right(600).constData());
        QCOMPARE(sent.size(), 1);
    }

    // Settings changed while applications are on their way: those in flight
    // finish over the connections they left on, the rest go over new ones,
    // each exactly once and none left hanging.
    void settingsChangedMidSyncLoseAndDoubleNothing()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        constexpr int Count = 30;
        QList<QUuid> ids;
        for (int i = 0; i < Count; ++i)
            ids << QueueFixtures::queued(queue).id;
        SyncEngine sync(&queue);
        SyncEngine::Settings s = engineSettings();
        sync.setSettings(s);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() >= 1, 15000);
        // The administrator's pin, set while the rest are on their way.
        s.pins = {opensslPin(m_certs.caCertificate())};
        sync.setSettings(s);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 30000);
        sync.syncNow(); // what waited for the round
        QTRY_COMPARE_WITH_TIMEOUT(int(sent.size()), Count, 30000);
        QSet<QUuid> once;
        for (const QList<QVariant> &signal : std::as_const(sent))
            once.insert(signal.at(0).toUuid());
        QCOMPARE(int(once.size()), Count);
        for (const QUuid &id : std::as_const(ids)) {
            QCOMPARE(queue.entry(id)->state, LocalQueue::State::AwaitingConfirmation);
            const ServiceProcess::Reply stored =
                m_service->fetch("GET",
                                 QUrl(m_service->url(QStringLiteral("/api/v1/applications/") +
                                                     id.toString(QUuid::WithoutBraces))),
                                 {}, {{"Authorization", "Bearer " + m_token}});
            QCOMPARE(stored.status, 200);
        }
    }

private:
    TestCertificates m_certs;
    TestCertificates m_otherName{QStringLiteral("DNS:other.example")};
    std::unique_ptr<ServiceProcess> m_service;
    std::unique_ptr<ServiceProcess> m_misnamed;
    QByteArray m_token;
};

MOSHIKOMI_TEST(TestConnection)
#include "tst_connection.moc"
