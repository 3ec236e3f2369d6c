#include "appqueue.h"
#include "endlessanswerserver.h"
#include "fixedanswerserver.h"
#include "nginxfront.h"
#include "queuefixtures.h"
#include "serviceprocess.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"

#include "app/syncengine.h"
#include "client/localqueue.h"
#include "client/queuecipher.h"
#include "client/queuetablemodel.h"
#include "core/additionalinfoschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

// How long an answer from the service may take to be heard: generous, since
// the service runs under the sanitizers beside other tests on two cores. A
// passing test waits only as long as the answer takes.
constexpr int ServiceWait = 15000;

SyncEngine::Settings settingsFor(const QString &url, const QByteArray &token)
{
    SyncEngine::Settings s;
    s.serviceUrl = QUrl(url);
    s.token = token;
    return s;
}

Application queuedApplication(LocalQueue &queue)
{
    return QueueFixtures::queued(queue);
}

// One round against something that is not the service: the application
// reaches it, its answer is heard, the round is over.
void roundAgainst(const FixedAnswerServer &server, SyncEngine &sync)
{
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("POST /api/v1/applications"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), ServiceWait);
}

} // namespace

// What staff queued reaches the real service exactly once, and what the
// service says comes back to the queue.
class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_token = m_service.addStaff(QStringLiteral("alice"));
    }

    void sendsOnceAndFollowsTheAnswer()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        const Application b = queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, ServiceWait);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
        QCOMPARE(queue.entry(b.id)->state, LocalQueue::State::AwaitingConfirmation);
        // The service has each once, with the bytes the client froze.
        const ServiceProcess::Reply r = m_service.request(
            "GET", QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces),
            {}, {{"Authorization", "Bearer " + m_token}});
        QCOMPARE(r.status, 200);
        // Nothing more to send.
        sync.syncNow();
        QTest::qWait(200);
        QCOMPARE(sent.size(), 2);
    }

    // Staff go on working while a sync runs: what the window's thread does
    // meanwhile (here nothing at all until every mail is out) holds up no
    // application that was already handed over.
    void aBusyWindowHoldsNothingUp()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        constexpr int Count = 8;
        for (int i = 0; i < Count; ++i)
            queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        const qsizetype before = m_service.mails().size();
        sync.syncNow();
        QElapsedTimer t;
        t.start();
        // The maildir is read from disk: no event of this thread runs.
        while (m_service.mails().size() < before + Count && t.elapsed() < ServiceWait)
            QThread::msleep(50);
        QCOMPARE(m_service.mails().size(), before + Count);
        // The answers are heard once the window's thread runs again.
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), Count, ServiceWait);
    }

    void statusesComeBackFromTheService()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("株式会社状態確認");
        a.destinations[0].companyName = a.customer.companyName;
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        QSignalSpy changed(&sync, &SyncEngine::statusChanged);
        QSignalSpy cursor(&sync, &SyncEngine::statusCursorChanged);
        const QList<ServiceProcess::Mail> before = m_service.mails();
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, ServiceWait);
        // The customer confirms by the link in the mail.
        std::optional<ServiceProcess::Mail> mail;
        QElapsedTimer t;
        t.start();
        while (!mail && t.elapsed() < 10000) {
            for (const ServiceProcess::Mail &m : m_service.mails()) {
                if (m.body.contains(a.customer.companyName) && m.link().contains(u"/confirm/"))
                    mail = m;
            }
            QTest::qWait(50);
        }
        QVERIFY(mail);
        QCOMPARE(m_service.request("POST", QUrl(mail->link()).path()).status, 200);
        // The next round brings it into the queue.
        sync.pollStatus();
        QTRY_COMPARE_WITH_TIMEOUT(queue.entry(a.id)->state, LocalQueue::State::Confirmed,
                                  ServiceWait);
        QVERIFY(changed.contains(QVariantList{QVariant::fromValue(a.id)}));
        QVERIFY(!cursor.isEmpty());
        // Another start begins where this one left the feed.
        const qint64 at = cursor.last().first().toLongLong();
        QVERIFY(at > 0);
    }

    // An operator's problem comes back with its reason, which the list shows
    // as the application's last error: what the staff must put right.
    void aProblemComesBackWithItsReason()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = TestData::validApplication();
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, ServiceWait);
        const QByteArray op =
            m_service.addStaff(QStringLiteral("olga-%1").arg(quintptr(&queue)), true);
        const QString reason = QStringLiteral("送付先の住所に番地がありません。");
        QCOMPARE(
            m_service
                .request("POST",
                         QStringLiteral("/api/v1/applications/%1/problem")
                             .arg(a.id.toString(QUuid::WithoutBraces)),
                         QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}).toJson(),
                         {{"Authorization", "Bearer " + op}, {"Content-Type", "application/json"}})
                .status,
            200);
        sync.pollStatus();
        QTRY_COMPARE_WITH_TIMEOUT(queue.entry(a.id)->state, LocalQueue::State::ProblemReported,
                                  ServiceWait);
        QCOMPARE(queue.summary(a.id)->lastError, reason);
        QCOMPARE(QueueTableModel::lastErrorText(queue.summary(a.id)->lastError), reason);
    }

    // The 24-hour clock, the service's story of the application and a fresh
    // link, as staff get them from the queue window.
    void deadlineTimelineAndAFreshLink()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("株式会社再送確認");
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        QSignalSpy progress(&sync, &SyncEngine::progress);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, ServiceWait);
        QCOMPARE(progress.last(), (QVariantList{1, 1}));
        const QDateTime deadline = queue.summary(a.id)->deadline;
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(deadline);
        QVERIFY2(left > 24 * 3600 - 120 && left <= 24 * 3600, qPrintable(deadline.toString()));
        auto mailFor = [&](const QStringList &except) -> std::optional<ServiceProcess::Mail> {
            for (const ServiceProcess::Mail &m : m_service.mails()) {
                if (m.body.contains(a.customer.companyName) && m.link().contains(u"/confirm/") &&
                    !except.contains(m.link()))
                    return m;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(mailFor({}).has_value(), 10000);
        const QString firstLink = mailFor({})->link();
        // The timeline says the mail went, once the service has sent it.
        QSignalSpy fetched(&sync, &SyncEngine::detailFetched);
        QElapsedTimer t;
        t.start();
        while (!queue.serviceTimeline(a.id).contains("confirmation_request") &&
               t.elapsed() < 10000) {
            sync.fetchDetail(a.id);
            QVERIFY(fetched.wait(5000));
        }
        QVERIFY(queue.serviceTimeline(a.id).contains(a.customer.email.toUtf8()));
        // A fresh link: the old one stops working.
        QSignalSpy resent(&sync, &SyncEngine::resendFinished);
        const QDateTime updatedBefore = queue.summary(a.id)->updatedAt;
        QTest::qWait(1100); // the service's deadlines are whole seconds
        sync.resendConfirmation(a.id);
        QVERIFY(resent.wait(10000));
        QCOMPARE(resent.last().at(1).toBool(), true);
        // The list's "last updated" says when the fresh link went.
        QVERIFY2(queue.summary(a.id)->updatedAt > updatedBefore,
                 qPrintable(queue.summary(a.id)->updatedAt.toString(Qt::ISODateWithMs)));
        QVERIFY(queue.summary(a.id)->deadline > deadline);
        QTRY_VERIFY_WITH_TIMEOUT(mailFor({firstLink}).has_value(), 10000);
        const QString secondLink = mailFor({firstLink})->link();
        QVERIFY(m_service.request("POST", QUrl(firstLink).path()).status >= 400);
        QCOMPARE(m_service.request("POST", QUrl(secondLink).path()).status, 200);
        // Confirmed: no fresh link any more, and the service says why.
        sync.pollStatus();
        QTRY_COMPARE_WITH_TIMEOUT(queue.entry(a.id)->state, LocalQueue::State::Confirmed,
                                  ServiceWait);
        QVERIFY(!queue.summary(a.id)->deadline.isValid());
        sync.resendConfirmation(a.id);
        QVERIFY(resent.wait(10000));
        QCOMPARE(resent.last().at(1).toBool(), false);
        // The service's reason, for the window to say in its own words.
        QCOMPARE(resent.last().at(2).toString(), QStringLiteral("invalid_state"));
    }

    // A corporate proxy that wants a login (a real tinyproxy with BasicAuth):
    // nothing counts as sent on its 407; asked once, asked again only when
    // refused, then sent exactly once.
    void aProxyThatWantsALogin_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http, forwarded by the proxy") << false;
        QTest::newRow("https, tunnelled with CONNECT") << true;
    }

    void aProxyThatWantsALogin()
    {
        QFETCH(bool, https);
        // Over HTTPS the proxy sees only CONNECT: the token stays in the tunnel.
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        std::unique_ptr<ServiceProcess> tlsService;
        QString serviceUrl = m_service.url(QString());
        QByteArray token = m_token;
        if (https) {
            tlsService = std::make_unique<ServiceProcess>(
                QStringList{QStringLiteral("--tls-cert"), certs.serverCertificate(),
                            QStringLiteral("--tls-key"), certs.serverKey()});
            QVERIFY(tlsService->start());
            serviceUrl = tlsService->url(QString());
            token = tlsService->addStaff(QStringLiteral("tunnel"));
        }
        QTemporaryDir proxyDir;
        const quint16 port = ServiceProcess::freePort();
        QVERIFY(port != 0);
        QFile conf(proxyDir.filePath(QStringLiteral("tinyproxy.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\n"
                                  "BasicAuth kaisha himitsu\nLogLevel Info\nMaxClients 20\n"
                                  "LogFile \"%2/tinyproxy.log\"\n")
                       .arg(port)
                       .arg(proxyDir.path())
                       .toUtf8());
        conf.close();
        QProcess proxy;
        proxy.start(QStringLiteral("tinyproxy"),
                    {QStringLiteral("-d"), QStringLiteral("-c"), conf.fileName()});
        QVERIFY(proxy.waitForStarted());
        auto listening = [port] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(100);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 5000);

        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        SyncEngine::Settings s = settingsFor(serviceUrl, token);
        if (https)
            s.caFile = certs.caCertificate();
        s.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port);
        // tinyproxy answers a wrong login with a 401 page it never finishes.
        s.transferTimeoutMs = 3000;
        sync.setSettings(s);
        QSignalSpy asked(&sync, &SyncEngine::proxyCredentialsNeeded);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        QSignalSpy idle(&sync, &SyncEngine::idle);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("127.0.0.1:%1").arg(port));
        QCOMPARE(asked.first().at(1).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), ServiceWait);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        // A wrong password: asked again, saying so.
        sync.setProxyCredentials(asked.first().at(0).toString(), QStringLiteral("kaisha"),
                                 QStringLiteral("machigai"));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 10000);
        QCOMPARE(asked.last().at(1).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 10000);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        // While staff have not answered yet, the next round (the status feed
        // through the proxy, challenged again) does not ask a second time.
        sync.syncNow();
        QTest::qWait(1500);
        QCOMPARE(asked.size(), 2);
        // Left unanswered (the dialog cancelled), it is asked for again when
        // staff press 今すぐ同期.
        sync.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 10000);
        sync.setProxyCredentials(asked.first().at(0).toString(), QStringLiteral("kaisha"),
                                 QStringLiteral("himitsu"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
        QCOMPARE(asked.size(), 3);
        proxy.terminate();
        proxy.waitForFinished();
    }

    // Offline entry, service down, then up: sent as soon as it answers, not
    // after the pause that the failure began (the /healthz probe; where the
    // platform reports reachability, its signal too, for the network itself
    // coming back; the probe runs beside it, TestMoshikomiApp).
    void sentAsSoonAsTheServiceIsBack()
    {
        const quint16 port = ServiceProcess::freePort();
        QVERIFY(port != 0);
        ServiceProcess later(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        const QByteArray token = later.addStaff(QStringLiteral("offline"));
        QVERIFY(!token.isEmpty());
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(QStringLiteral("http://127.0.0.1:%1").arg(port), token));
        sync.watchConnectivity(200, false);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), ServiceWait);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        QCOMPARE(sync.lastProblem(), std::optional(ConnectionOutcome::Unreachable));
        // The pause the failure recorded, made a minute long: only finding the
        // service back ends it before then (on a slow machine a pause of
        // seconds could end by itself while the service starts).
        QVERIFY(queue.setNotBefore(a.id, QDateTime::currentDateTimeUtc().addSecs(60)));
        QVERIFY(later.start());
        QCOMPARE(later.port(), port);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, ServiceWait);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
    }

    // Behind the nginx front (installer/nginx), a computer back from a day
    // offline sends more than the front lets one address send at once. The
    // front says 429 in the service's form with a wait; the round waits and
    // goes on by itself, and no application reads as "not the service".
    void theFrontsRateLimitIsWaitedOut()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        const quint16 frontPort = ServiceProcess::freePort();
        NginxFront front(frontPort, {m_service.port()}, certs);
        QVERIFY2(front.isReady(), front.log().constData());
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        // More than the front's burst of 100 and its 20 a second can take
        // while they are sent: under load (ASan, tests beside) 130 took over
        // the 1.5 s that let the front refill, and nothing was refused.
        constexpr int Count = 200;
        for (int i = 0; i < Count; ++i)
            queuedApplication(queue);
        SyncEngine sync(&queue);
        SyncEngine::Settings s =
            settingsFor(QStringLiteral("https://127.0.0.1:%1").arg(frontPort), m_token);
        s.caFile = certs.caCertificate();
        sync.setSettings(s);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        // The first round ends early, asked to wait, and says so.
        QTRY_VERIFY_WITH_TIMEOUT(sync.resumesShortly() && !sync.isBusy(), ServiceWait);
        QCOMPARE(sync.lastProblem(), std::optional(ConnectionOutcome::Busy));
        QVERIFY(sent.size() < Count);
        const QList<LocalQueue::Waiting> waiting = queue.queued();
        QVERIFY(!waiting.isEmpty());
        for (const LocalQueue::Waiting &w : waiting) {
            const QString lastError = queue.summary(w.id)->lastError;
            QVERIFY2(lastError.isEmpty() || lastError.contains(QStringLiteral("\"busy\"")),
                     qPrintable(lastError));
        }
        QVERIFY(front.log().contains("\" 429 "));
        // Then the rest goes, by itself, each once.
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), Count, 4 * ServiceWait);
        QVERIFY(queue.queued().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), ServiceWait);
        QCOMPARE(sent.size(), Count);
    }

    // A failure's pause (5 s the first time) ends by itself: the round goes
    // on then, not at the app's next minute's look.
    void aPauseEndsByItself()
    {
        FixedAnswerServer failing(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
            "Content-Length: 23\r\nConnection: close\r\n\r\n{\"error\":\"unavailable\"}");
        QVERIFY(failing.isListening());
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(failing.url(), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        roundAgainst(failing, sync);
        QCOMPARE(sync.lastProblem(), std::optional(ConnectionOutcome::ServiceError));
        const QDateTime pauseEnds = queue.queued().value(0).notBefore;
        QVERIFY(pauseEnds > QDateTime::currentDateTimeUtc());
        // The service is back (here: another address); nobody asks.
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000 + ServiceWait);
        QVERIFY(QDateTime::currentDateTimeUtc() >= pauseEnds);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
    }

    // Something on the way answers 200 with a page of its own: not sent.
    void aLoginPageIsNotAnAnswer()
    {
        FixedAnswerServer portal(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 26\r\n"
            "Connection: close\r\n\r\n<html>Wi-Fi login</html>\r\n");
        QVERIFY(portal.isListening());
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(portal.url(), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        roundAgainst(portal, sync);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        QCOMPARE(sync.lastProblem(), std::optional(ConnectionOutcome::NotTheService));
    }

    // Something on the way streams an answer without end: the client stops
    // listening after a few MiB instead of keeping it all in memory (bytes
    // keep coming, so no transfer timeout would ever end it).
    void anAnswerWithoutEndIsCutOff()
    {
        EndlessAnswerServer stream;
        QVERIFY(stream.isListening());
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(stream.url(), m_token));
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), ServiceWait);
        QCOMPARE(sync.lastProblem(), std::optional(ConnectionOutcome::NotTheService));
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
    }

    void aCrashWhileSendingIsRecoveredAndSentOnce()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        // Sent once already, then the process died before it heard the answer.
        QCOMPARE(m_service.submit(m_token, queue.entry(a.id)->payload).status, 201);
        QVERIFY(queue.transition(a.id, LocalQueue::State::Sending));
        const int mailsBefore = settledMailCount();
        SyncEngine sync(&queue); // recovers "sending" at start
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1,
                                  ServiceWait); // the service's 200 replay counts as sent
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
        QTest::qWait(1500);
        QCOMPARE(m_service.mails().size(), mailsBefore); // no second mail
    }

    void refusalsComeBackWithTheServicesWords()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        // Queued by an older client whose rules let an unknown form version by.
        Application a = TestData::validApplication();
        a.formVersion = QStringLiteral("1999-x");
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy rejected(&sync, &SyncEngine::applicationRejected);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, ServiceWait);
        const LocalQueue::Entry e = *queue.entry(a.id);
        QCOMPARE(e.state, LocalQueue::State::Rejected);
        QVERIFY2(e.lastError.contains(QStringLiteral("formVersion")), qPrintable(e.lastError));
    }

    // The same application number with other content (a queue restored from
    // an old copy and edited again): refused, and the service's words reach
    // staff in the app's language, not in English.
    void aConflictComesBackInTheAppsLanguage()
    {
        QTemporaryDir firstDir;
        LocalQueue first;
        QVERIFY(first.open(firstDir.path(), appQueueOptions()));
        const Application a = queuedApplication(first);
        SyncEngine firstSync(&first);
        firstSync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&firstSync, &SyncEngine::applicationSent);
        firstSync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, ServiceWait);

        QTemporaryDir secondDir;
        LocalQueue second;
        QVERIFY(second.open(secondDir.path(), appQueueOptions()));
        Application changed = a;
        changed.customer.title = QStringLiteral("代表取締役");
        QVERIFY(second.saveDraft(changed, 4));
        QVERIFY(second.enqueue(changed, 4));
        SyncEngine secondSync(&second);
        secondSync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy rejected(&secondSync, &SyncEngine::applicationRejected);
        secondSync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, ServiceWait);
        const LocalQueue::Entry e = *second.entry(a.id);
        QCOMPARE(e.state, LocalQueue::State::Rejected);
        QVERIFY2(e.lastError.contains(QStringLiteral("idempotency_conflict")) &&
                     e.lastError.contains(QStringLiteral("別の申込み")),
                 qPrintable(e.lastError));
    }

    void aRefusedTokenStopsAndAsks()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        // More than go out at once: some are marked "sending" ahead of
        // their turn and must be given back too.
        QList<QUuid> others;
        for (int i = 0; i < 12; ++i)
            others << queuedApplication(queue).id;
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), QByteArray("not-a-token")));
        QSignalSpy asked(&sync, &SyncEngine::tokenRejected);
        QSignalSpy idle(&sync, &SyncEngine::idle);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, ServiceWait);
        // Kept, not lost: back in the queue once the refused send is over.
        QTRY_COMPARE_WITH_TIMEOUT(queue.entry(a.id)->state, LocalQueue::State::Queued, ServiceWait);
        QTRY_VERIFY_WITH_TIMEOUT(idle.size() >= 1, ServiceWait);
        for (const QUuid &id : std::as_const(others))
            QCOMPARE(queue.entry(id)->state, LocalQueue::State::Queued);
        QTest::qWait(200);
        QCOMPARE(asked.size(), 1); // asked once, not once per request
        // The app's own rounds do not offer that token again (each wrong one
        // counts against this computer's address at the service, shared by
        // an office, and twenty shut the address out); a new token goes.
        // (A person asking tries it again: TestSettingsDialog, F5.)
        const qsizetype refusals = m_service.log().count(" 401 ");
        QVERIFY(refusals > 0);
        sync.syncNow();
        QTest::qWait(1000);
        QCOMPARE(m_service.log().count(" 401 "), refusals);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 13, ServiceWait);
    }

    // The rounds of the app keep to a pause after a failure, also after a
    // restart; a person asking does not.
    void aPauseOutlivesARestartButNotAnAsk()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        const QDateTime attempted = QDateTime::currentDateTimeUtc();
        {
            // Nothing listens: the application waits, with a pause recorded.
            SyncEngine down(&queue);
            down.setSettings(settingsFor(QStringLiteral("http://127.0.0.1:9"), m_token));
            QSignalSpy idle(&down, &SyncEngine::idle);
            down.syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), ServiceWait);
        }
        // The pause is in the queue, where a new start finds it. Made long
        // here, so that a slow machine cannot outlast it while the test looks.
        const QList<LocalQueue::Waiting> waiting = queue.queued();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(waiting.first().notBefore.isValid());
        QVERIFY(waiting.first().notBefore > attempted);
        QVERIFY(queue.setNotBefore(a.id, QDateTime::currentDateTimeUtc().addSecs(60)));
        // A new start (a new engine) with the service up keeps to the pause.
        SyncEngine sync(&queue);
        sync.setSettings(settingsFor(m_service.url(QString()), m_token));
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTest::qWait(500);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        // Staff pressing 今すぐ同期 need not wait for it: it goes now.
        sync.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, ServiceWait);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
    }

    void syncFromTheCommandLineWithoutADisplay()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            id = queuedApplication(queue).id;
        }
        QProcess p;
        QProcessEnvironment env = headless();
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOSHIKOMI_APP_BINARY),
                {QStringLiteral("--sync"), QStringLiteral("--data-dir"), dir.path(),
                 QStringLiteral("--service-url"), m_service.url(QString())});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("1 sent, 0 rejected, 0 waiting.")), qPrintable(out));
        // One line per application, for scripts.
        QVERIFY2(out.contains(QStringLiteral("sent\t") + id.toString(QUuid::WithoutBraces)),
                 qPrintable(out));
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        QCOMPARE(queue.entry(id)->state, LocalQueue::State::AwaitingConfirmation);
        // Without a token: one line, exit code 2.
        env.remove(QStringLiteral("MOSHIKOMI_STAFF_TOKEN"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOSHIKOMI_APP_BINARY),
                {QStringLiteral("--sync"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()).trimmed().count(u'\n'), 0);
    }

    // Nothing waits to be sent: --sync still reads what the service says
    // (a line per application whose state moved) and learns of a token
    // the service no longer takes (exit 1, said in one line).
    void syncFromTheCommandLineReadsTheStatusWithNothingToSend()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            id = queuedApplication(queue).id;
        }
        const QStringList arguments{QStringLiteral("--sync"), QStringLiteral("--data-dir"),
                                    dir.path(), QStringLiteral("--service-url"),
                                    m_service.url(QString())};
        QProcess p;
        p.setProcessEnvironment(headless());
        p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), arguments);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray operatorToken = m_service.addStaff(QStringLiteral("operator"), true);
        const ServiceProcess::Reply problem = m_service.request(
            "POST",
            QStringLiteral("/api/v1/applications/%1/problem")
                .arg(id.toString(QUuid::WithoutBraces)),
            R"({"reason": "The street number is missing."})",
            {{"Authorization", "Bearer " + operatorToken}, {"Content-Type", "application/json"}});
        QCOMPARE(problem.status, 200);
        p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), arguments);
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(
            out.contains(QStringLiteral("Problem reported\t") + id.toString(QUuid::WithoutBraces)),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("0 sent, 0 rejected, 0 waiting.")), qPrintable(out));
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            QCOMPARE(queue.entry(id)->state, LocalQueue::State::ProblemReported);
        }
        // A token revoked since: said, not a quiet success.
        QProcessEnvironment env = headless();
        env.insert(QStringLiteral("MOSHIKOMI_STAFF_TOKEN"), QStringLiteral("no-longer-valid"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), arguments);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.count(u'\n') == 0 && err.contains(QStringLiteral("refused the staff token")),
                 qPrintable(err));
    }

    // What a scheduled job gets when something is wrong: one line in words
    // and a non-zero exit, at once — never the developers' log, never a wait.
    void syncFromTheCommandLineSaysWhatIsWrongInOneLine_data()
    {
        QTest::addColumn<QString>("storedUrl");
        QTest::addColumn<QString>("dataDir"); // empty: a fresh one
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("plain http elsewhere, kept by an older version")
            << "http://moshikomi.example.co.jp" << QString() << 2 << "unencrypted";
        QTest::newRow("a data folder that is a file")
            << QString() << "/etc/passwd" << 1 << "/etc/passwd";
    }
    void syncFromTheCommandLineSaysWhatIsWrongInOneLine()
    {
        QFETCH(QString, storedUrl);
        QFETCH(QString, dataDir);
        QFETCH(int, code);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QStringList arguments{QStringLiteral("--sync"), QStringLiteral("--data-dir"),
                              dataDir.isEmpty() ? dir.path() : dataDir};
        if (storedUrl.isEmpty()) {
            arguments << QStringLiteral("--service-url") << m_service.url(QString());
        } else {
            QSettings settings(QDir(dir.path()).filePath(QStringLiteral("settings.ini")),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("serviceUrl"), storedUrl);
        }
        QProcess p;
        QProcessEnvironment env = headless();
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), arguments);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QCOMPARE(p.exitCode(), code);
        QVERIFY2(err.count(u'\n') == 0 && err.contains(says), qPrintable(err));
        QVERIFY2(t.elapsed() < 20000, "it waited for a round that could not start");
    }

    // A queue kept with a passphrase (no keychain when it was made) synced
    // by a scheduled job: the passphrase from a file of the user's alone;
    // a file others can read, or none and no terminal, is one line and exit 1.
    void syncFromTheCommandLineWithAPassphraseFile()
    {
        class Passphrase : public QueueKeyring
        {
        public:
            Answer keyEncryptionKey(const Request &request) override
            {
                Answer a;
                a.outcome = Answer::Outcome::Key;
                a.protection = Protection::Passphrase;
                a.keyEncryptionKey =
                    QueueCipher::keyFromPassphrase(QStringLiteral("night shift 22"), request.salt);
                return a;
            }
        } keyring;
        LocalQueue::Options options;
        options.keyring = &keyring;
        QTemporaryDir dir;
        QUuid id;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), options));
            QCOMPARE(queue.protection(), QueueKeyring::Protection::Passphrase);
            id = queuedApplication(queue).id;
        }
        QTemporaryDir secrets;
        const QString file = secrets.filePath(QStringLiteral("passphrase"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("night shift 22\n");
        }
        QProcessEnvironment env = headless();
        auto run = [&](const QProcessEnvironment &e, QString *err) {
            QProcess p;
            p.setProcessEnvironment(e);
            p.setStandardInputFile(QProcess::nullDevice()); // no one at a terminal
            p.start(QStringLiteral(MOSHIKOMI_APP_BINARY),
                    {QStringLiteral("--sync"), QStringLiteral("--data-dir"), dir.path(),
                     QStringLiteral("--service-url"), m_service.url(QString())});
            p.waitForFinished(60000);
            *err = QString::fromUtf8(p.readAllStandardError()).trimmed();
            return p.exitCode();
        };
        QString err;
        // No file, no terminal: said in one line.
        QCOMPARE(run(env, &err), 1);
        QVERIFY2(err.count(u'\n') == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("passphrase")), qPrintable(err));
        // A file others could read is not used.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        QProcessEnvironment withFile = env;
        withFile.insert(QStringLiteral("MOSHIKOMI_QUEUE_PASSPHRASE_FILE"), file);
        QCOMPARE(run(withFile, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("chmod 600")) && err.count(u'\n') == 0,
                 qPrintable(err));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(run(withFile, &err), 0);
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), options));
        QCOMPARE(queue.entry(id)->state, LocalQueue::State::AwaitingConfirmation);
    }

    void theStepThreeSchemaIsCachedForOfflineStarts()
    {
        // A service with a schema of its own.
        QTemporaryDir files;
        const QString schemaFile = TestData::writeSampleSchema(files.path());
        ServiceProcess service({QStringLiteral("--additional-info"), schemaFile});
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        SyncEngine sync(&queue);
        SyncEngine::Settings s = settingsFor(service.url(QString()), token);
        s.schemaCacheFile = dir.filePath(QStringLiteral("additional-info.json"));
        sync.setSettings(s);
        QSignalSpy updated(&sync, &SyncEngine::schemaUpdated);
        sync.refreshSchema();
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, ServiceWait);
        QFile cache(s.schemaCacheFile);
        QVERIFY(cache.open(QIODevice::ReadOnly));
        const AdditionalInfoSchema cached = AdditionalInfoSchema::fromJson(cache.readAll());
        QVERIFY(cached.isValid());
        QCOMPARE(cached.version(),
                 AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson()).version());
        // Unchanged: 304, nothing rewritten.
        sync.refreshSchema();
        QTest::qWait(500);
        QCOMPARE(updated.size(), 1);
        QVERIFY(service.log().contains("GET /api/v1/forms/additional-info 304"));
    }

    void noServiceMeansWaiting()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        // Nothing listens there.
        sync.setSettings(settingsFor(QStringLiteral("http://127.0.0.1:9"), m_token));
        QSignalSpy idle(&sync, &SyncEngine::idle);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), ServiceWait);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
        // Said to staff in words, not in the engine's terms.
        QCOMPARE(QueueTableModel::lastErrorText(queue.entry(a.id)->lastError),
                 ConnectionOutcomes::text(ConnectionOutcome::Unreachable));
    }

    // A settings file can say anything: plain http:// to another computer is
    // never used, so the token never travels unencrypted (0.0.0.0 reaches
    // this machine, but it is not the loopback the rule allows).
    void plainHttpElsewhereIsNeverUsed()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::AnyIPv4));
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const Application a = queuedApplication(queue);
        SyncEngine sync(&queue);
        sync.setSettings(
            settingsFor(QStringLiteral("http://0.0.0.0:%1").arg(elsewhere.serverPort()), m_token));
        QVERIFY(!sync.isConfigured());
        sync.syncNow();
        sync.pollStatus();
        QTest::qWait(1000);
        QVERIFY(!elsewhere.hasPendingConnections());
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::Queued);
    }

private:
    // What a scheduled job runs `moshikomi --sync` with: no display, English
    // words, the staff token from the environment.
    QProcessEnvironment headless() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("MOSHIKOMI_STAFF_TOKEN"), QString::fromLatin1(m_token));
        return env;
    }

    // The number of mails once nothing more is on its way.
    int settledMailCount()
    {
        int count = -1;
        while (true) {
            const int now = int(m_service.mails().size());
            if (now == count)
                return count;
            count = now;
            QTest::qWait(700);
        }
    }

    ServiceProcess m_service;
    QByteArray m_token;
};

MOSHIKOMI_TEST(TestSyncEngine)
#include "tst_syncengine.moc"
