#include "appqueue.h"
#include "queuefixtures.h"
#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include "app/syncengine.h"
#include "client/localqueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// A TCP relay in front of the service that, for the first `cuts` submissions,
// drops the connection as the service's answer starts to come back: the
// service has committed the application, the client never hears of it.
class CuttingRelay : public QTcpServer
{
public:
    CuttingRelay(quint16 target, int cuts)
        : m_target(target)
        , m_cutsLeft(cuts)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                relay(client);
        });
    }
    int cutsMade() const { return m_cutsMade; }

private:
    void relay(QTcpSocket *client)
    {
        auto upstream = new QTcpSocket(client);
        auto sawPost = std::make_shared<bool>(false);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, sawPost] {
            const QByteArray data = client->readAll();
            if (data.contains("POST /api/v1/applications"))
                *sawPost = true;
            upstream->write(data);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, sawPost] {
            const QByteArray data = upstream->readAll();
            if (*sawPost && m_cutsLeft > 0) {
                --m_cutsLeft;
                ++m_cutsMade;
                client->abort();
                return;
            }
            *sawPost = false;
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }

    quint16 m_target;
    int m_cutsLeft;
    int m_cutsMade = 0;
};

// How many confirmation mails the service wrote for each company.
QHash<QString, int> mailsPerCompany(const ServiceProcess &service, const QString &prefix)
{
    QHash<QString, int> count;
    const QRegularExpression company(prefix + QStringLiteral("\\d+"));
    for (const ServiceProcess::Mail &m : service.mails()) {
        const QRegularExpressionMatch found = company.match(m.body);
        if (found.hasMatch())
            ++count[found.captured(0)];
    }
    return count;
}

// `count` complete applications queued in the queue in `dir`, their company
// names `prefix` and a number; their ids (fewer when the queue failed).
QList<QUuid> queueApplications(const QString &dir, const QString &prefix, int count)
{
    QList<QUuid> ids;
    LocalQueue queue;
    if (!queue.open(dir, appQueueOptions()))
        return ids;
    for (int i = 0; i < count; ++i) {
        Application a = TestData::validApplication();
        a.customer.companyName = prefix + QString::number(i);
        if (!queue.saveDraft(a, 4) || !queue.enqueue(a, 4))
            return ids;
        ids << a.id;
    }
    return ids;
}

// What `moshikomi --sync` runs with: the staff token, no display.
QProcessEnvironment syncEnvironment(const QByteArray &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOSHIKOMI_STAFF_TOKEN"), QString::fromLatin1(token));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

// After the last sync: every application awaits confirmation locally, is on
// the service, and got one mail (the worker is waited for); the first fault
// found, or nothing.
QString faultAfterSync(ServiceProcess &service, const QByteArray &token, const QString &dir,
                       const QList<QUuid> &ids, const QString &prefix)
{
    LocalQueue queue;
    if (!queue.open(dir, appQueueOptions()))
        return QStringLiteral("the queue does not open");
    for (const QUuid &id : ids) {
        const QString name = id.toString(QUuid::WithoutBraces);
        if (queue.entry(id)->state != LocalQueue::State::AwaitingConfirmation)
            return name + QStringLiteral(" does not await confirmation");
        const int status = service
                               .request("GET", QStringLiteral("/api/v1/applications/") + name, {},
                                        {{"Authorization", "Bearer " + token}})
                               .status;
        if (status != 200)
            return QStringLiteral("%1 answers %2").arg(name).arg(status);
    }
    QHash<QString, int> mails;
    QElapsedTimer t;
    t.start();
    do {
        QTest::qWait(200);
        mails = mailsPerCompany(service, prefix);
    } while (mails.size() < ids.size() && t.elapsed() < 20000);
    if (mails.size() != ids.size())
        return QStringLiteral("%1 companies mailed of %2").arg(mails.size()).arg(ids.size());
    for (auto it = mails.cbegin(); it != mails.cend(); ++it) {
        if (it.value() != 1)
            return QStringLiteral("%1 mailed %2 times").arg(it.key()).arg(it.value());
    }
    return {};
}

} // namespace

// Exactly once, whatever happens on the way: a connection cut after the
// service committed, the client killed at any point of a sync, a queue
// written by the previous version.
class TestSyncRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_token = m_service.addStaff(QStringLiteral("robust"));
    }

    void anAnswerLostAfterTheCommitIsNotASecondApplication()
    {
        CuttingRelay relay(m_service.port(), 2);
        QVERIFY(relay.isListening());
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("切断確認1");
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        SyncEngine sync(&queue);
        SyncEngine::Settings s;
        s.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(relay.serverPort()));
        s.token = m_token;
        sync.setSettings(s);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        // Each cut leaves it waiting; the next attempts find it on the service.
        for (int round = 0; round < 3 && sent.isEmpty(); ++round) {
            QVERIFY(queue.setNotBefore(a.id, {}));
            sync.syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 10000);
        }
        QCOMPARE(relay.cutsMade(), 2);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(queue.entry(a.id)->state, LocalQueue::State::AwaitingConfirmation);
        QTest::qWait(1000); // the mail worker
        QCOMPARE(
            mailsPerCompany(m_service, QStringLiteral("切断確認")).value(a.customer.companyName),
            1);
    }

    // `moshikomi --sync` SIGKILLed at random points while it sends 150
    // applications, 20 times, then once to the end: each application is on
    // the service exactly once (one mail each) and none is lost locally.
    void killedAnywhereDuringASyncLosesAndDoublesNothing()
    {
        // Enough that twenty interrupted runs still find work to do.
        constexpr int Count = 150;
        QTemporaryDir dir;
        const QString prefix = QStringLiteral("強制終了確認");
        const QList<QUuid> ids = queueApplications(dir.path(), prefix, Count);
        QCOMPARE(ids.size(), Count);
        const QProcessEnvironment env = syncEnvironment(m_token);
        const QStringList args{QStringLiteral("--sync"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--service-url"), m_service.url(QString())};
        QRandomGenerator random(20261125);
        int killedMidway = 0;
        for (int run = 0; run < 20; ++run) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), args);
            QVERIFY(p.waitForStarted());
            // After 0 to 3 more applications went (the app says each as it
            // goes), and a moment: before, between and in the middle of sends.
            const int after = int(random.bounded(0, 4));
            QByteArray said;
            QElapsedTimer waited;
            waited.start();
            while (said.count('\n') < after && p.state() == QProcess::Running &&
                   waited.elapsed() < 10000) {
                p.waitForReadyRead(20);
                said += p.readAllStandardOutput();
            }
            QTest::qWait(int(random.bounded(0, 4)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            p.waitForFinished();
        }
        QVERIFY2(killedMidway >= 15, qPrintable(QString::number(killedMidway)));
        {
            // Some went before the last run, some were left to it.
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), appQueueOptions()));
            const qsizetype left = queue.queued().size();
            QVERIFY2(left < Count, qPrintable(QString::number(left)));
        }
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(QStringLiteral(MOSHIKOMI_APP_BINARY), args);
        QVERIFY(last.waitForFinished(60000));
        QCOMPARE(last.exitCode(), 0);
        // Each application on the service exactly once, one mail each.
        const QString fault = faultAfterSync(m_service, m_token, dir.path(), ids, prefix);
        QVERIFY2(fault.isEmpty(), qPrintable(fault));
    }

    // The service stopped (SIGTERM, as every redeploy does) again and again
    // while a computer sends its queue: each stop ends with exit code 0, and
    // in the end every application is there once, with one mail.
    void aServiceStoppedDuringASyncLosesAndDoublesNothing()
    {
        constexpr int Count = 200;
        const quint16 port = ServiceProcess::freePort();
        QVERIFY(port != 0);
        QTemporaryDir serviceDir;
        ServiceProcess service(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)},
            serviceDir.path());
        const QByteArray token = service.addStaff(QStringLiteral("redeployed"));
        QVERIFY(!token.isEmpty());
        QTemporaryDir dir;
        const QString prefix = QStringLiteral("停止確認");
        const QList<QUuid> ids = queueApplications(dir.path(), prefix, Count);
        QCOMPARE(ids.size(), Count);
        const QProcessEnvironment env = syncEnvironment(token);
        const QStringList args{QStringLiteral("--sync"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--service-url"),
                               QStringLiteral("http://127.0.0.1:%1").arg(port)};
        QRandomGenerator random(20261128);
        int stoppedMidway = 0;
        for (int run = 0; run < 4; ++run) {
            QVERIFY(service.start());
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), args);
            QVERIFY(p.waitForStarted());
            // Stopped once 1 to 4 more were taken (their mails are in the
            // Maildir), while others are on their way.
            const qsizetype before = service.mails().size();
            const int after = int(random.bounded(1, 5));
            QElapsedTimer waited;
            waited.start();
            while (service.mails().size() - before < after && p.state() == QProcess::Running &&
                   waited.elapsed() < 10000)
                p.waitForFinished(2);
            stoppedMidway += p.state() == QProcess::Running ? 1 : 0;
            QVERIFY2(service.stop(), service.log().right(2000).constData());
            // (A round that sent everything before the stop has ended already.)
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(60000));
        }
        QVERIFY2(stoppedMidway >= 3, qPrintable(QString::number(stoppedMidway)));
        QVERIFY(service.start());
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(QStringLiteral(MOSHIKOMI_APP_BINARY), args);
        QVERIFY(last.waitForFinished(60000));
        QCOMPARE(last.exitCode(), 0);
        const QString fault = faultAfterSync(service, token, dir.path(), ids, prefix);
        QVERIFY2(fault.isEmpty(), qPrintable(fault));
    }

    // A queue the previous version left (schema 2, queued applications in
    // it) is brought up to date and its applications are sent.
    void aQueueOfThePreviousVersionSyncsAfterTheUpgrade()
    {
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("旧版確認1");
        // As version 2 left it: in clear, queued.
        QVERIFY(QueueFixtures::createPlaintextQueue(dir.path(), 2));
        QVERIFY(QueueFixtures::addPlaintextEntries(dir.path(), 2, {a}, true));
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        SyncEngine sync(&queue);
        SyncEngine::Settings s;
        s.serviceUrl = QUrl(m_service.url(QString()));
        s.token = m_token;
        sync.setSettings(s);
        QSignalSpy sent(&sync, &SyncEngine::applicationSent);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QVERIFY(queue.summary(a.id)->deadline.isValid());
    }

private:
    ServiceProcess m_service;
    QByteArray m_token;
};

MOSHIKOMI_TEST(TestSyncRobustness)
#include "tst_syncrobustness.moc"
