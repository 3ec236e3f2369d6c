#include "nginxfront.h"
#include "service/apiserver.h"
#include "servicedatabase.h"
#include "serviceprocess.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"
#include "service/servicestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include <unistd.h>

// Several instances of the service on one PostgreSQL database (issue 10):
// run by tests/testlib/with-postgres.sh, against a real PostgreSQL 15.
namespace {

Application sample(int n)
{
    Application a = TestData::validApplication();
    a.customer.companyName = QStringLiteral("株式会社並行%1").arg(n);
    a.enteredAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.enteredAt = a.enteredAt.addMSecs(-a.enteredAt.time().msec());
    return a;
}

QString databaseOf(const ServiceProcess &service)
{
    return ServiceProcess::environmentFor(service.dataDir())
        .value(QStringLiteral("MOSHIKOMI_DATABASE"));
}

// The pg_ctl of the test's cluster (as its owner).
bool pgCtl(const QString &action)
{
    const QString dir = qEnvironmentVariable("MOSHIKOMI_TEST_POSTGRES_DIR");
    QString bin;
    for (const QString &d : QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs))
        bin = QStringLiteral("/usr/lib/postgresql/%1/bin/pg_ctl").arg(d);
    QStringList args{bin,
                     QStringLiteral("-D"),
                     dir + QStringLiteral("/data"),
                     QStringLiteral("-w"),
                     QStringLiteral("-l"),
                     dir + QStringLiteral("/server.log"),
                     action};
    if (action == u"stop")
        args << QStringLiteral("-m") << QStringLiteral("fast");
    QProcess p;
    if (::geteuid() == 0)
        p.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
                args);
    else
        p.start(args.takeFirst(), args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("MOSHIKOMI_TEST_POSTGRES"),
                 "run under tests/testlib/with-postgres.sh");
        // Every instance of one service shares the secret of its links.
        QVERIFY(m_shared.isValid());
        qputenv("MOSHIKOMI_LINK_SECRET_FILE",
                QDir(m_shared.path()).filePath(QStringLiteral("link-secret")).toLocal8Bit());
    }

    // Three instances started at once on an empty database: one migrates,
    // the others wait for it; all serve.
    void instancesStartingTogetherMigrateOnce()
    {
        ServiceProcess first;
        const QString database = databaseOf(first);
        QList<std::shared_ptr<ServiceProcess>> others;
        for (int i = 0; i < 2; ++i)
            others.append(std::make_shared<ServiceProcess>(
                QStringList{QStringLiteral("--database"), database,
                            QStringLiteral("--instance-name"), QStringLiteral("other-%1").arg(i)}));
        QVERIFY(first.start());
        for (const auto &o : std::as_const(others))
            QVERIFY(o->start());
        ServiceDatabase db(database);
        QCOMPARE(db.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(),
                 ServiceStore::SchemaVersion);
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
        for (const auto &o : std::as_const(others))
            QCOMPARE(o->request("GET", QStringLiteral("/healthz")).status, 200);
    }

    // The same applications sent to two instances at the same instant: one
    // application each, one 201, the other the first answer (200) or "in
    // progress" (409); one confirmation mail each, from either instance.
    void twoInstancesTakeEachApplicationOnce()
    {
        ServiceProcess a({QStringLiteral("--instance-name"), QStringLiteral("a")});
        QVERIFY(a.start());
        ServiceProcess b({QStringLiteral("--database"), databaseOf(a),
                          QStringLiteral("--instance-name"), QStringLiteral("b")});
        QVERIFY(b.start());
        const QByteArray token = a.addStaff(QStringLiteral("parallel"));
        QVERIFY(!token.isEmpty());
        constexpr int Count = 40;
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        QList<QString> ids;
        for (int i = 0; i < Count; ++i) {
            const Application app = sample(i);
            const QByteArray body = WireCodec::encode(app);
            ids << app.id.toString(QUuid::WithoutBraces);
            for (ServiceProcess *s : {&a, &b}) {
                QNetworkRequest r(QUrl(s->url(QStringLiteral("/api/v1/applications"))));
                r.setRawHeader("Authorization", "Bearer " + token);
                r.setRawHeader("Content-Type", "application/json");
                r.setRawHeader("Idempotency-Key", ids.last().toLatin1());
                r.setTransferTimeout(30000);
                replies.append(manager.post(r, body));
            }
        }
        QEventLoop loop;
        int finished = 0;
        for (QNetworkReply *r : std::as_const(replies))
            connect(r, &QNetworkReply::finished, &loop, [&] {
                if (++finished == replies.size())
                    loop.quit();
            });
        if (finished < replies.size())
            loop.exec();
        for (int i = 0; i < Count; ++i) {
            QList<int> statuses;
            for (QNetworkReply *r : {replies[2 * i], replies[2 * i + 1]})
                statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            std::sort(statuses.begin(), statuses.end());
            if (!(statuses == QList<int>({200, 201}) || statuses == QList<int>({201, 409})))
                qWarning("%s\n%s", a.log().right(3000).constData(),
                         b.log().right(3000).constData());
            QVERIFY2(
                statuses == QList<int>({200, 201}) || statuses == QList<int>({201, 409}),
                qPrintable(
                    QStringLiteral("%1: %2, %3").arg(ids[i]).arg(statuses[0]).arg(statuses[1])));
        }
        qDeleteAll(replies);
        ServiceDatabase db(databaseOf(a));
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM applications")).toInt(), Count);
        // One confirmation mail per application, whichever instance sent it.
        QTRY_COMPARE_WITH_TIMEOUT(int(a.mails().size() + b.mails().size()), Count, 30000);
        QTest::qWait(1500); // and no second one comes
        QCOMPARE(int(a.mails().size() + b.mails().size()), Count);
        QCOMPARE(
            db.value(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")).toInt(),
            0);
    }

    // A transaction that took its place in the history before another but
    // commits after it: a client polling in between must not move its
    // cursor past it (it would never see that change).
    void aChangeCommittedLateIsNotSkipped()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("feed"));
        const Application first = sample(100);
        QCOMPARE(service.submit(token, WireCodec::encode(first)).status, 201);
        auto poll = [&](qint64 cursor) {
            const ServiceProcess::Reply r = service.request(
                "GET", QStringLiteral("/api/v1/applications?changedSince=%1").arg(cursor), {},
                {{"Authorization", "Bearer " + token}});
            return QJsonDocument::fromJson(r.body).object();
        };
        QJsonObject page = poll(0);
        QCOMPARE(page.value("changes").toArray().size(), 1);
        const qint64 cursor = page.value("nextCursor").toString().toLongLong();

        // A slow writer: its change is made (its sequence number taken) now,
        // its commit comes later.
        ServiceDatabase slow(databaseOf(service));
        QVERIFY(slow.exec(QStringLiteral("BEGIN")));
        QVERIFY(slow.exec(
            QStringLiteral("INSERT INTO status_history (application_id, kind, status, at)"
                           " VALUES ('%1', 'status', 'confirmed', '2026-11-26T00:00:00Z')")
                .arg(first.id.toString(QUuid::WithoutBraces))));
        // Meanwhile another application is taken and committed.
        const Application second = sample(101);
        QCOMPARE(service.submit(token, WireCodec::encode(second)).status, 201);
        page = poll(cursor);
        const qint64 during = page.value("nextCursor").toString().toLongLong();
        QVERIFY(slow.exec(QStringLiteral("COMMIT")));
        // Whatever the poll in between gave, the next one from its cursor
        // brings the late change.
        QStringList seen;
        for (const QJsonValue &c : page.value("changes").toArray())
            seen << c.toObject().value("id").toString() + u'/' +
                        c.toObject().value("status").toString();
        page = poll(during);
        for (const QJsonValue &c : page.value("changes").toArray())
            seen << c.toObject().value("id").toString() + u'/' +
                        c.toObject().value("status").toString();
        QVERIFY2(
            seen.contains(first.id.toString(QUuid::WithoutBraces) + QStringLiteral("/confirmed")),
            qPrintable(seen.join(u' ')));
        QVERIFY2(seen.contains(second.id.toString(QUuid::WithoutBraces) +
                               QStringLiteral("/awaiting_confirmation")),
                 qPrintable(seen.join(u' ')));
    }

    // Three instances behind the shipped nginx front, applications sent
    // through it as the client sends them (16 at a time, again after a 5xx,
    // a 409 "in progress", a 429 or a broken connection); one instance is
    // SIGKILLed in the middle and started again. Every application is
    // stored once and gets one confirmation mail.
    void threeInstancesBehindNginxOneKilledMidLoad()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QList<std::shared_ptr<ServiceProcess>> instances;
        QString database;
        for (int i = 0; i < 3; ++i) {
            QStringList args{QStringLiteral("--instance-name"), QStringLiteral("node-%1").arg(i)};
            if (i > 0)
                args << QStringLiteral("--database") << database;
            instances.append(std::make_shared<ServiceProcess>(args));
            QVERIFY(instances.last()->start());
            if (i == 0)
                database = databaseOf(*instances.first());
        }
        const QByteArray token = instances.first()->addStaff(QStringLiteral("load"));
        const quint16 frontPort = ServiceProcess::freePort();
        QList<quint16> ports;
        for (const auto &s : std::as_const(instances))
            ports << s->port();
        NginxFront nginx(frontPort, ports, certs);
        QVERIFY2(nginx.isReady(), nginx.log().constData());

        constexpr int Count = 150;
        QList<QByteArray> bodies;
        QList<QString> ids;
        for (int i = 0; i < Count; ++i) {
            const Application a = sample(1000 + i);
            bodies << WireCodec::encode(a);
            ids << a.id.toString(QUuid::WithoutBraces);
        }
        QNetworkAccessManager manager;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(certs.caCertificate()));
        QList<int> pending;
        for (int i = 0; i < Count; ++i)
            pending << i;
        QMap<int, int> answered; // index → the status that settled it
        int inFlight = 0;
        int settled = 0;
        bool killed = false;
        QStringList refusals;
        QEventLoop loop;
        std::function<void()> pump;
        auto send = [&](int i) {
            QNetworkRequest r(
                QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/applications").arg(frontPort)));
            r.setSslConfiguration(tls);
            r.setRawHeader("Authorization", "Bearer " + token);
            r.setRawHeader("Content-Type", "application/json");
            r.setRawHeader("Idempotency-Key", ids[i].toLatin1());
            r.setTransferTimeout(20000);
            QNetworkReply *reply = manager.post(r, bodies[i]);
            ++inFlight;
            connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
                --inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                if (status == 200 || status == 201) {
                    answered[i] = status;
                    ++settled;
                } else if (status == 0 || status == 409 || status == 429 || status >= 500) {
                    // Sent again, as the client's sync engine does.
                    QTimer::singleShot(200, &loop, [&, i] {
                        pending.prepend(i);
                        pump();
                    });
                } else {
                    refusals << QStringLiteral("%1: %2").arg(ids[i]).arg(status);
                    ++settled;
                }
                // A third of the way: one instance dies, and comes back.
                if (settled == Count / 3 && !killed) {
                    killed = true;
                    instances[1]->kill();
                    QTimer::singleShot(500, &loop, [&] { instances[1]->start(); });
                }
                if (settled == Count)
                    loop.quit();
                pump();
            });
        };
        pump = [&] {
            while (inFlight < 16 && !pending.isEmpty())
                send(pending.takeFirst());
        };
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        pump();
        loop.exec();
        QCOMPARE(refusals, QStringList());
        QCOMPARE(settled, Count);
        QVERIFY(killed);
        ServiceDatabase db(database);
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM applications")).toInt(), Count);
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM status_history WHERE kind ="
                                         " 'status'"))
                     .toInt(),
                 Count);
        // One confirmation mail each, whichever instance sent it: a mail sent
        // again after a kill between sending and marking keeps its
        // Message-ID, so a reader sees it once.
        auto messageIds = [&] {
            QMap<QByteArray, int> seen;
            for (const auto &s : std::as_const(instances)) {
                for (const ServiceProcess::Mail &m : s->mails()) {
                    const int at = m.headerBlock.indexOf("Message-ID:");
                    seen[m.headerBlock.mid(at, m.headerBlock.indexOf('\n', at) - at).trimmed()]++;
                }
            }
            return seen;
        };
        QTRY_COMPARE_WITH_TIMEOUT(int(messageIds().size()), Count, 90000);
        QCOMPARE(
            db.value(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")).toInt(),
            0);
        int duplicates = 0;
        for (int n : messageIds())
            duplicates += n - 1;
        QVERIFY2(duplicates <= 1, qPrintable(QString::number(duplicates)));
    }

    // One caller's wrong tokens, spread by the front over the instances, add
    // up: shut out after as many as one instance allows (and the one answer
    // another instance gives before it knows), not after that many each.
    void wrongTokensAddUpAcrossInstances()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        ServiceProcess first({QStringLiteral("--instance-name"), QStringLiteral("a")});
        QVERIFY(first.start());
        ServiceProcess second({QStringLiteral("--instance-name"), QStringLiteral("b"),
                               QStringLiteral("--database"), databaseOf(first)});
        QVERIFY(second.start());
        const QByteArray token = first.addStaff(QStringLiteral("alice"));
        NginxFront nginx(ServiceProcess::freePort(), {first.port(), second.port()}, certs);
        QVERIFY2(nginx.isReady(), nginx.log().constData());
        int tries = 0;
        int status = 0;
        while (status != 429 && tries < 2 * ApiServer::MaxFailedLoginsPerAddress + 2)
            status = nginx.statusFrom("127.0.0.2", "wrong" + QByteArray::number(tries++));
        QCOMPARE(status, 429);
        QVERIFY2(tries <= ApiServer::MaxFailedLoginsPerAddress + 2,
                 qPrintable(QStringLiteral("429 after %1 tries").arg(tries)));
        // Both instances know it now; another caller is let in by either.
        QCOMPARE(nginx.statusFrom("127.0.0.2", "wrong-again"), 429);
        QCOMPARE(nginx.statusFrom("127.0.0.2", "wrong-once-more"), 429);
        QCOMPARE(nginx.statusFrom("127.0.0.3", token), 200);
        QCOMPARE(nginx.statusFrom("127.0.0.3", token), 200);
        // The address is kept while it counts, and forgotten after.
        QVERIFY(first.storedBytes().contains("127.0.0.2"));
        const QUrl url(databaseOf(first));
        ServiceStore::Target target;
        target.backend = ServiceStore::Backend::PostgreSQL;
        target.host = url.host();
        target.port = url.port();
        target.user = url.userName();
        target.name = url.path().mid(1);
        target.password = qEnvironmentVariable("MOSHIKOMI_DATABASE_PASSWORD");
        target.instance = QStringLiteral("test");
        ServiceStore store;
        QVERIFY2(store.open(target), qPrintable(store.lastError()));
        QVERIFY(store.forgetFailedLogins(QDateTime::currentMSecsSinceEpoch() +
                                         ServiceStore::FailedLoginWindowMs + 1000));
        QVERIFY(!first.storedBytes().contains("127.0.0.2"));
    }

    // The sweeper and the schema publication run on every instance: an
    // application lapses once (one history entry), a schema is stored once.
    void sweeperAndPublicationRunOnEveryInstanceOnce()
    {
        const QString schema =
            QStringLiteral(MOSHIKOMI_SOURCE_DIR "/resources/additional-info-sample.json");
        const QStringList common{QStringLiteral("--confirmation-validity"), QStringLiteral("2"),
                                 QStringLiteral("--additional-info"), schema};
        ServiceProcess a(common +
                         QStringList{QStringLiteral("--instance-name"), QStringLiteral("sweep-a")});
        QVERIFY(a.start());
        ServiceProcess b(common + QStringList{QStringLiteral("--database"), databaseOf(a),
                                              QStringLiteral("--instance-name"),
                                              QStringLiteral("sweep-b")});
        QVERIFY(b.start());
        const QByteArray token = a.addStaff(QStringLiteral("sweep"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.submit(token, WireCodec::encode(sample(400 + i))).status, 201);
        ServiceDatabase db(databaseOf(a));
        QTRY_COMPARE_WITH_TIMEOUT(
            db.value(QStringLiteral("SELECT count(*) FROM applications WHERE status = 'expired'"))
                .toInt(),
            5, 15000);
        QTest::qWait(2500); // both sweepers have run again since
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM status_history WHERE status ="
                                         " 'expired'"))
                     .toInt(),
                 5);
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM form_schemas")).toInt(), 1);
    }

    // An instance dies while it holds a mail (its SMTP server never
    // answers): another instance sends that mail once its lease is over,
    // not before, and once.
    void aMailClaimedByADeadInstanceIsSentByAnotherAfterItsLease()
    {
        QTcpServer hole; // accepts connections and never says a word
        QVERIFY(hole.listen(QHostAddress::LocalHost, 0));
        ServiceProcess a({QStringLiteral("--instance-name"), QStringLiteral("holder"),
                          QStringLiteral("--mail-lease"), QStringLiteral("5"),
                          QStringLiteral("--mail"),
                          QStringLiteral("smtp://127.0.0.1:%1").arg(hole.serverPort())});
        QVERIFY(a.start());
        const QByteArray token = a.addStaff(QStringLiteral("lease"));
        QCOMPARE(a.submit(token, WireCodec::encode(sample(300))).status, 201);
        ServiceDatabase db(databaseOf(a));
        const QString claimedBy =
            QStringLiteral("SELECT claimed_by FROM outbox WHERE sent_at IS NULL");
        QTRY_COMPARE_WITH_TIMEOUT(db.value(claimedBy).toString(), QStringLiteral("holder"), 10000);
        a.kill();
        QElapsedTimer sinceDeath;
        sinceDeath.start();
        ServiceProcess b({QStringLiteral("--database"), databaseOf(a),
                          QStringLiteral("--instance-name"), QStringLiteral("taker"),
                          QStringLiteral("--mail-lease"), QStringLiteral("5")});
        QVERIFY(b.start());
        QTRY_COMPARE_WITH_TIMEOUT(int(b.mails().size()), 1, 30000);
        // Not taken while the lease ran (less a second for the clocks' steps).
        QVERIFY2(sinceDeath.elapsed() >= 3000, qPrintable(QString::number(sinceDeath.elapsed())));
        QVERIFY(b.mails().first().link().contains(QStringLiteral("/confirm/")));
        QTest::qWait(1500);
        QCOMPARE(int(b.mails().size()), 1);
        QCOMPARE(
            db.value(QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at IS NULL")).toInt(),
            0);
    }

    // PostgreSQL restarted under the service: meanwhile 503 (never a 201
    // that was not stored), afterwards it works again without a restart of
    // its own. (Last: it stops the test's database server.)
    void databaseRestartIsSaidAndSurvived()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("restart"));
        QCOMPARE(service.submit(token, WireCodec::encode(sample(200))).status, 201);
        QVERIFY(pgCtl(QStringLiteral("stop")));
        const Application during = sample(201);
        const ServiceProcess::Reply refused = service.submit(token, WireCodec::encode(during));
        QCOMPARE(refused.status, 503);
        QVERIFY(!refused.header("Retry-After").isEmpty());
        QCOMPARE(service.request("GET", QStringLiteral("/healthz")).status, 503);
        QVERIFY(pgCtl(QStringLiteral("start")));
        QTRY_COMPARE_WITH_TIMEOUT(service.request("GET", QStringLiteral("/healthz")).status, 200,
                                  15000);
        // The one refused is taken now, once.
        QCOMPARE(service.submit(token, WireCodec::encode(during)).status, 201);
        QCOMPARE(service.submit(token, WireCodec::encode(during)).status, 200);
        ServiceDatabase db(databaseOf(service));
        QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM applications")).toInt(), 2);
    }

private:
    QTemporaryDir m_shared;
};

MOSHIKOMI_TEST(TestPostgres)
#include "tst_postgres.moc"
