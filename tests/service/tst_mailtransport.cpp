#include "serviceprocess.h"
#include "testcertificates.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

namespace {

// Debian's aiosmtpd, as a real SMTP server on a loopback port.
class SmtpSink
{
public:
    // `options`: smtp-sink.py's (--starttls CERT KEY, --login USER PASSWORD).
    SmtpSink(quint16 port, const QString &dir, const QStringList &options = {})
        : m_dir(dir)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(MOSHIKOMI_SOURCE_DIR "/tests/service/smtp-sink.py"),
                        QString::number(port), dir} +
                options);
    }
    ~SmtpSink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
    bool ready()
    {
        while (m_process.waitForReadyRead(10000)) {
            if (m_process.readAll().contains("ready"))
                return true;
        }
        return false;
    }
    QStringList messages() const
    {
        QStringList files =
            QDir(m_dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        for (QString &f : files)
            f = QDir(m_dir).filePath(f);
        return files;
    }

private:
    QString m_dir;
    QProcess m_process;
};

QJsonArray timeline(ServiceProcess &service, const QByteArray &token, const Application &a)
{
    return QJsonDocument::fromJson(service
                                       .request("GET",
                                                QStringLiteral("/api/v1/applications/") +
                                                    a.id.toString(QUuid::WithoutBraces),
                                                {}, {{"Authorization", "Bearer " + token}})
                                       .body)
        .object()
        .value("timeline")
        .toArray();
}

bool hasEntry(const QJsonArray &timeline, const QString &type, const QString &mail)
{
    for (const QJsonValue &v : timeline) {
        if (v.toObject().value("type").toString() == type &&
            v.toObject().value("mail").toString() == mail)
            return true;
    }
    return false;
}

// The envelope's recipients of a message the sink took.
QString envelopeRecipients(const QString &emlFile)
{
    QFile rcpt(QString(emlFile).replace(QStringLiteral(".eml"), QStringLiteral(".rcpt")));
    return rcpt.open(QIODevice::ReadOnly) ? QString::fromUtf8(rcpt.readAll()) : QString();
}

} // namespace

// Mail leaves through a real transport exactly once: a mail server that is
// down is waited for, one that refuses for good is reported, a crash between
// the commit and the delivery sends that one mail after the restart.
class TestMailTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpDownThenUp()
    {
        QTemporaryDir sinkDir;
        const quint16 port = ServiceProcess::freePort();
        ServiceProcess service(
            {QStringLiteral("--mail"), QStringLiteral("smtp://127.0.0.1:%1").arg(port)});
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        const Application a = TestData::validApplication();
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        QTest::qWait(1500); // the first attempt fails: nobody listens
        QVERIFY(!hasEntry(timeline(service, token, a), QStringLiteral("mail"),
                          QStringLiteral("confirmation_request")));
        SmtpSink sink(port, sinkDir.path());
        QVERIFY(sink.ready());
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 20000);
        QTest::qWait(1500);
        QCOMPARE(sink.messages().size(), 1); // once
        QFile rcpt(QString(sink.messages().first())
                       .replace(QStringLiteral(".eml"), QStringLiteral(".rcpt")));
        QVERIFY(rcpt.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(rcpt.readAll()), a.customer.email);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(MOSHIKOMI_SOURCE_DIR "/tests/service/decode-subject.py"),
                      sink.messages().first()});
        QVERIFY(python.waitForFinished());
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).split(u'\n').value(0),
                 QStringLiteral("【サイバーセキュリティ見守りサービス】お申込み内容確定のお願い"));
        QTRY_VERIFY(hasEntry(timeline(service, token, a), QStringLiteral("mail"),
                             QStringLiteral("confirmation_request")));
    }

    void permanentRefusalLandsInTheTimeline()
    {
        QTemporaryDir sinkDir;
        const quint16 port = ServiceProcess::freePort();
        SmtpSink sink(port, sinkDir.path());
        QVERIFY(sink.ready());
        ServiceProcess service(
            {QStringLiteral("--mail"), QStringLiteral("smtp://127.0.0.1:%1").arg(port)});
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        Application a = TestData::validApplication();
        a.customer.email = QStringLiteral("refuse@example.co.jp");
        a.customer.emailConfirm = a.customer.email;
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(hasEntry(timeline(service, token, a),
                                          QStringLiteral("mail_failed"),
                                          QStringLiteral("confirmation_request")),
                                 10000);
        QVERIFY(sink.messages().isEmpty());
        // The refusal costs the next customer nothing: their mail follows at
        // once (over the same connection, or a new one).
        const Application b = TestData::validApplication();
        QCOMPARE(service.submit(token, WireCodec::encode(b)).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 5000);
    }

    // Mail after mail goes over one kept connection; a mail server that has
    // since closed it (restarted here; an idle timeout does the same) does
    // not cost the next mail the wait of a failed attempt (10 s and more).
    void aMailServerThatDroppedTheConnectionCostsNoWait()
    {
        QTemporaryDir sinkDir;
        const quint16 port = ServiceProcess::freePort();
        auto sink = std::make_unique<SmtpSink>(port, sinkDir.path());
        QVERIFY(sink->ready());
        ServiceProcess service(
            {QStringLiteral("--mail"), QStringLiteral("smtp://127.0.0.1:%1").arg(port)});
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(service.submit(token, WireCodec::encode(TestData::validApplication())).status,
                     201);
        QTRY_COMPARE_WITH_TIMEOUT(sink->messages().size(), 3, 5000);
        sink.reset();
        sink = std::make_unique<SmtpSink>(port, sinkDir.path() + QStringLiteral("/after"));
        QVERIFY(sink->ready());
        const Application a = TestData::validApplication();
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(sink->messages().size(), 1, 5000);
        QVERIFY(!service.log().contains("not sent"));
        QTRY_VERIFY(hasEntry(timeline(service, token, a), QStringLiteral("mail"),
                             QStringLiteral("confirmation_request")));
    }

    // SMTP as a company's mail server runs it: STARTTLS required, a login
    // required, the server's certificate from a private CA
    // (MOSHIKOMI_SMTP_CA_FILE), the password from a file; mail after mail
    // over the kept, logged-in connection. A wrong password sends nothing
    // and says why; a certificate from another CA sends nothing.
    void starttlsWithALogin()
    {
        TestCertificates mailServer;
        QVERIFY2(mailServer.isValid(), qPrintable(mailServer.error()));
        TestCertificates stranger;
        QVERIFY2(stranger.isValid(), qPrintable(stranger.error()));
        QTemporaryDir sinkDir;
        const quint16 port = ServiceProcess::freePort();
        SmtpSink sink(port, sinkDir.path(),
                      {QStringLiteral("--starttls"), mailServer.serverCertificate(),
                       mailServer.serverKey(), QStringLiteral("--login"),
                       QStringLiteral("moshikomi"), QStringLiteral("秘密-pass")});
        QVERIFY(sink.ready());
        QTemporaryDir secrets;
        const auto passwordFile = [&](const QByteArray &password) {
            QFile f(secrets.filePath(QStringLiteral("smtp-password")));
            return f.open(QIODevice::WriteOnly) && f.write(password + '\n') > 0;
        };
        const auto service = [&](const QString &ca) {
            qputenv("MOSHIKOMI_SMTP_USER", "moshikomi");
            qputenv("MOSHIKOMI_SMTP_PASSWORD_FILE",
                    secrets.filePath(QStringLiteral("smtp-password")).toLocal8Bit());
            qputenv("MOSHIKOMI_SMTP_CA_FILE", ca.toLocal8Bit());
            auto s = std::make_unique<ServiceProcess>(
                QStringList{QStringLiteral("--mail"),
                            QStringLiteral("smtp+starttls://localhost:%1").arg(port)});
            const bool started = s->start();
            qunsetenv("MOSHIKOMI_SMTP_USER");
            qunsetenv("MOSHIKOMI_SMTP_PASSWORD_FILE");
            qunsetenv("MOSHIKOMI_SMTP_CA_FILE");
            return started ? std::move(s) : nullptr;
        };

        QVERIFY(passwordFile("wrong"));
        {
            const std::unique_ptr<ServiceProcess> refused = service(mailServer.caCertificate());
            QVERIFY(refused);
            const QByteArray token = refused->addStaff(QStringLiteral("alice"));
            QCOMPARE(refused->submit(token, WireCodec::encode(TestData::validApplication())).status,
                     201);
            QTRY_VERIFY2_WITH_TIMEOUT(refused->log().contains("not sent"),
                                      refused->log().right(600).constData(), 5000);
            QVERIFY2(refused->log().contains("535"), refused->log().right(400).constData());
        }
        QVERIFY(passwordFile("秘密-pass"));
        {
            const std::unique_ptr<ServiceProcess> untrusting = service(stranger.caCertificate());
            QVERIFY(untrusting);
            const QByteArray token = untrusting->addStaff(QStringLiteral("alice"));
            QCOMPARE(
                untrusting->submit(token, WireCodec::encode(TestData::validApplication())).status,
                201);
            QTRY_VERIFY_WITH_TIMEOUT(untrusting->log().contains("not sent"), 5000);
        }
        QVERIFY(sink.messages().isEmpty());

        const std::unique_ptr<ServiceProcess> sending = service(mailServer.caCertificate());
        QVERIFY(sending);
        const QByteArray token = sending->addStaff(QStringLiteral("alice"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sending->submit(token, WireCodec::encode(TestData::validApplication())).status,
                     201);
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 3, 10000);
        QVERIFY(!sending->log().contains("not sent"));
    }

    void crashBeforeSmtpDeliverySendsThatMailOnce()
    {
        // Killed with the mail committed but the SMTP server not reached yet;
        // after the restart, with the server up, that mail goes out once.
        QTemporaryDir data;
        QTemporaryDir sinkDir;
        const quint16 port = ServiceProcess::freePort();
        const QStringList args{QStringLiteral("--mail"),
                               QStringLiteral("smtp://127.0.0.1:%1").arg(port)};
        const Application a = TestData::validApplication();
        QByteArray token;
        {
            ServiceProcess service(args, data.path());
            QVERIFY(service.start());
            token = service.addStaff(QStringLiteral("alice"));
            QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
            QTRY_VERIFY(service.log().contains("not sent, retrying"));
            service.kill();
        }
        SmtpSink sink(port, sinkDir.path());
        QVERIFY(sink.ready());
        ServiceProcess restarted(args, data.path());
        QVERIFY(restarted.start());
        // At once: the failed try set the next for 10 s later, but a restart
        // (the mail server mended, its settings corrected) tries again now.
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 5000);
        QTest::qWait(1500);
        QCOMPARE(sink.messages().size(), 1);
        QVERIFY(hasEntry(timeline(restarted, token, a), QStringLiteral("mail"),
                         QStringLiteral("confirmation_request")));
    }

    void crashBetweenCommitAndDeliverySendsThatMailOnce()
    {
        QTemporaryDir data;
        const QString maildir = QDir(data.path()).filePath(QStringLiteral("outgoing"));
        const QStringList args{QStringLiteral("--mail"), QStringLiteral("maildir:") + maildir};
        const Application a = TestData::validApplication();
        QByteArray token;
        QFile blocker(QDir(maildir).filePath(QStringLiteral("new")));
        {
            ServiceProcess service(args, data.path());
            QVERIFY(service.start());
            // new/ becomes a file once the service runs (a folder that cannot
            // take mail stops it at start): every delivery fails until it is
            // moved away.
            QVERIFY(QDir(maildir).rmdir(QStringLiteral("new")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            token = service.addStaff(QStringLiteral("alice"));
            QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
            QTRY_VERIFY(service.log().contains("not sent, retrying"));
            service.kill(); // SIGKILL, the mail committed but not delivered
        }
        QVERIFY(QFile::remove(blocker.fileName()));
        ServiceProcess restarted(args, data.path());
        QVERIFY(restarted.start());
        const QDir newDir(QDir(maildir).filePath(QStringLiteral("new")));
        QTRY_COMPARE_WITH_TIMEOUT(newDir.entryList(QDir::Files).size(), 1, 5000); // at once
        QTest::qWait(1500);
        QCOMPARE(newDir.entryList(QDir::Files).size(), 1);
        QVERIFY(hasEntry(timeline(restarted, token, a), QStringLiteral("mail"),
                         QStringLiteral("confirmation_request")));
    }

    // systemctl stop (SIGTERM) while a busy mail server takes its time: the
    // mail being sent is finished and marked sent, no other is begun, the
    // service ends with 0; the mails still queued go after the restart, each
    // once. Killed instead, it sent the one in the middle again.
    void aStopEndsTheMailBeingSentAndBeginsNoOther()
    {
        QTemporaryDir data;
        QTemporaryDir sinkDir;
        const quint16 port = ServiceProcess::freePort();
        SmtpSink sink(port, sinkDir.path(), {QStringLiteral("--slow"), QStringLiteral("1.5")});
        QVERIFY(sink.ready());
        const QStringList args{QStringLiteral("--mail"),
                               QStringLiteral("smtp://127.0.0.1:%1").arg(port)};
        QList<Application> applications;
        for (int i = 0; i < 3; ++i) {
            Application a = TestData::validApplication();
            a.customer.email = QStringLiteral("customer%1@example.co.jp").arg(i);
            applications.append(a);
        }
        QByteArray token;
        {
            ServiceProcess service(args, data.path());
            QVERIFY(service.start());
            token = service.addStaff(QStringLiteral("alice"));
            for (const Application &a : applications)
                QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
            QTest::qWait(300); // the first mail is with the server now
            QVERIFY2(service.stop(), service.log().constData());
            QVERIFY(service.log().contains("stopping on SIGTERM"));
            QVERIFY(service.log().contains("stopped"));
            QCOMPARE(sink.messages().size(), 1);
        }
        ServiceProcess restarted(args, data.path());
        QVERIFY(restarted.start());
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 3, 20000);
        QTest::qWait(2000);
        QStringList recipients;
        for (const QString &file : sink.messages())
            recipients.append(envelopeRecipients(file));
        recipients.sort();
        QCOMPARE(recipients, (QStringList{QStringLiteral("customer0@example.co.jp"),
                                          QStringLiteral("customer1@example.co.jp"),
                                          QStringLiteral("customer2@example.co.jp")}));
    }
};

MOSHIKOMI_TEST(TestMailTransport)
#include "tst_mailtransport.moc"
