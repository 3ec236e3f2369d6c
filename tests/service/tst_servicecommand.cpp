#include "core/wirecodec.h"
#include "service/servicestore.h"
#include "servicedatabase.h"
#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The service's command line: every mistake a single clear line and a
// non-zero exit; the token alone on the last line.
class TestServiceCommand : public QObject
{
    Q_OBJECT

    // NAME in `dir` holding `bytes`; its path, or empty when it cannot be written.
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A port another program holds.
        QVERIFY(m_busy.listen(QHostAddress::LocalHost));
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown flag") << QStringList{"serve", "--bogus"} << "bogus";
        QTest::newRow("no command") << QStringList{} << "give a command";
        QTest::newRow("unknown command") << QStringList{"start"} << "unknown command";
        QTest::newRow("staff without what to do")
            << QStringList{"staff"} << "add NAME, revoke NAME or list";
        QTest::newRow("staff list with more words")
            << QStringList{"staff", "list", "alice"} << "staff list takes no more words";
        QTest::newRow("staff add without a name")
            << QStringList{"staff", "add"} << "staff add needs the staff member's NAME";
        QTest::newRow("staff revoke without a name")
            << QStringList{"staff", "revoke"} << "staff revoke needs";
        QTest::newRow("a name with a space, unquoted")
            << QStringList{"staff", "add", "Yamada", "Taro"} << "in quotes";
        QTest::newRow("serve with more words") << QStringList{"serve", "now"} << "\"now\"";
        QTest::newRow("bad listen") << QStringList{"serve", "--listen", "nowhere"} << "--listen";
        QTest::newRow("a port alone, out of range")
            << QStringList{"serve", "--listen", "70000"} << "--listen 70000:";
        QTest::newRow("missing config") << QStringList{"serve", "--config", "/nonexistent.ini"}
                                        << "/nonexistent.ini: no such file";
        QTest::newRow("a portal that is no web address")
            << QStringList{"serve", "--portal-url", "portal.example.jp"}
            << "--portal-url portal.example.jp: give an http(s) URL";
        QTest::newRow("a password in the links' base")
            << QStringList{"serve", "--public-url", "https://admin:secret@moshikomi.example.jp"}
            << "--public-url: a user or password in the URL would be in every mail";
        QTest::newRow("a password in the portal's address")
            << QStringList{"serve", "--portal-url", "https://admin:secret@portal.example.jp/"}
            << "--portal-url: a user or password in the URL would be in every mail";
        QTest::newRow("a query after the links' base")
            << QStringList{"serve", "--public-url", "https://moshikomi.example.jp/?a=1"}
            << "--public-url https://moshikomi.example.jp/?a=1: give the links' base without ? or "
               "#";
        QTest::newRow("a sender with a name")
            << QStringList{"serve", "--mail-from", "Moshikomi <no-reply@example.co.jp>"}
            << "--mail-from Moshikomi <no-reply@example.co.jp>: give the sender's address alone";
        QTest::newRow("a sender with a line break")
            << QStringList{"serve", "--mail-from", "a@example.co.jp\r\nBcc: b@example.co.jp"}
            << "--mail-from a@example.co.jp  Bcc: b@example.co.jp: give the sender's address";
        QTest::newRow("a line break in any value")
            << QStringList{"serve", "--confirmation-validity", "60\r\n0"}
            << "--confirmation-validity 60  0: give a whole number";
        QTest::newRow("bad validity")
            << QStringList{"serve", "--confirmation-validity", "-5"} << "--confirmation-validity";
        QTest::newRow("cert without key")
            << QStringList{"serve", "--tls-cert", "/x.pem"} << "--tls-cert and --tls-key";
        QTest::newRow("password in the mail URL")
            << QStringList{"serve", "--mail", "smtp://user:secret@localhost:25"} << "--mail";
        // Each would start and then never deliver a mail. (On a port taken,
        // so that a service that took the setting stops at once, saying so.)
        const QStringList busy{QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:%1").arg(m_busy.serverPort())};
        QTest::newRow("an SMTP server without a host")
            << QStringList{"serve", "--mail", "smtp://:25"} + busy << "--mail smtp://:25: give";
        QTest::newRow("an SMTP URL with nothing after it")
            << QStringList{"serve", "--mail", "smtp://"} + busy << "--mail smtp://: give";
        QTest::newRow("an SMTP port that is no number")
            << QStringList{"serve", "--mail", "smtps://mail.example.jp:smtps"} + busy
            << "--mail smtps://mail.example.jp:smtps: give";
        QTest::newRow("a Maildir without its folder")
            << QStringList{"serve", "--mail", "maildir:"} + busy << "--mail maildir:: give";
        QTest::newRow("missing schema")
            << QStringList{"serve", "--additional-info", "/nonexistent.json"}
            << "/nonexistent.json";
        QTest::newRow("plain HTTP beyond loopback")
            << QStringList{"serve", "--listen", "0.0.0.0:0"} << "loopback only";
        QTest::newRow("revoke unknown") << QStringList{"staff", "revoke", "nobody"} << "nobody";
        QTest::newRow("password in the database URL")
            << QStringList{"serve", "--database", "postgresql://app:secret@localhost:5432/db"}
            << "no password in the URL";
        QTest::newRow("unknown database")
            << QStringList{"serve", "--database", "mysql://localhost/db"} << "--database";
        QTest::newRow("database nobody listens on")
            << QStringList{"serve", "--database", "postgresql://app@127.0.0.1:1/db"}
            << "127.0.0.1:1/db";
        QTest::newRow("schema that is not JSON")
            << QStringList{"serve", "--additional-info",
                           QStringLiteral(MOSHIKOMI_SOURCE_DIR "/README.md")}
            << "README.md: not valid JSON";
        QTest::newRow("address in use")
            << QStringList{"serve", "--listen",
                           QStringLiteral("127.0.0.1:%1").arg(m_busy.serverPort())}
            << "address is already in use";
        QTest::newRow("a Maildir that cannot be made")
            << QStringList{"serve", "--mail", "maildir:/proc/moshikomi-mail"}
            << "--mail maildir:/proc/moshikomi-mail: cannot create";
        QTest::newRow("bad mail lease")
            << QStringList{"serve", "--mail-lease", "1"} << "--mail-lease";
        QTest::newRow("a front that is no address")
            << QStringList{"serve", "--trusted-proxy", "127.0.0.1,nginx.local"}
            << "--trusted-proxy nginx.local: give IP addresses";
    }
    void mistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QByteArray out;
        QByteArray err;
        const int code = ServiceProcess::runCommand(
            arguments + QStringList{QStringLiteral("--data-dir"), dir.path()}, &out, &err);
        QVERIFY(code > 0);
        const QStringList lines = QString::fromUtf8(err).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(says), qPrintable(lines.first()));
    }

    // The SMTP password and CA come from files named in the environment: one
    // that cannot be read is said at the start, not as mails refused later.
    void anSmtpFileThatCannotBeReadIsSaid_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::newRow("password") << QByteArray("MOSHIKOMI_SMTP_PASSWORD_FILE");
        QTest::newRow("CA") << QByteArray("MOSHIKOMI_SMTP_CA_FILE");
    }
    void anSmtpFileThatCannotBeReadIsSaid()
    {
        QFETCH(QByteArray, variable);
        QTemporaryDir dir;
        qputenv(variable.constData(), "/nonexistent/smtp-secret");
        const auto unset = qScopeGuard([&variable] { qunsetenv(variable.constData()); });
        QByteArray err;
        const int code = ServiceProcess::runCommand(
            {QStringLiteral("serve"), QStringLiteral("--mail"),
             QStringLiteral("smtp://mail.example.jp:587"), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:%1").arg(m_busy.serverPort()), QStringLiteral("--data-dir"),
             dir.path()},
            nullptr, &err);
        QCOMPARE(code, 2);
        const QStringList lines = QString::fromUtf8(err).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QString::fromLatin1(variable) +
                                        QStringLiteral(" /nonexistent/smtp-secret: ")),
                 qPrintable(lines.first()));
    }

    // The operator sees at once where customers are sent and where mail goes.
    void startSaysWhereLinksAndMailGo()
    {
        QTemporaryDir dir;
        QProcess serve;
        serve.setProcessEnvironment(ServiceProcess::environmentFor(dir.path()));
        serve.start(ServiceProcess::binary(),
                    {QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--public-url"),
                     QStringLiteral("https://moshikomi.example.jp")});
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("mail: ") && t.elapsed() < 20000 &&
               serve.state() != QProcess::NotRunning) {
            serve.waitForReadyRead(200);
            out += serve.readAllStandardOutput();
        }
        serve.kill();
        serve.waitForFinished();
        out += serve.readAllStandardOutput();
        QVERIFY2(out.contains("links in mails: https://moshikomi.example.jp\n"), out.constData());
        const QByteArray mailLine =
            "mail: Maildir " + QDir(dir.path()).filePath(QStringLiteral("mail/new")).toUtf8();
        QVERIFY2(out.contains(mailLine), out.constData());
    }

    void helpAndVersion()
    {
        QByteArray out;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains("staff add NAME"));
        QVERIFY(out.contains("--public-url"));
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.contains("moshikomi-service"));
    }

    void tokenAloneOnTheLastLine()
    {
        QTemporaryDir dir;
        QByteArray out;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("add"),
                                             QStringLiteral("alice"), QStringLiteral("--data-dir"),
                                             dir.path()},
                                            &out),
                 0);
        const QByteArray last = out.trimmed().split('\n').last();
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                    .match(QString::fromLatin1(last))
                    .hasMatch());
        // A second staff member of the same name is refused.
        QByteArray err;
        QVERIFY(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("add"),
                                            QStringLiteral("alice"), QStringLiteral("--data-dir"),
                                            dir.path()},
                                           &out, &err) > 0);
        QVERIFY(err.contains("alice already has a token"));
    }

    // An operator sees every account: name, role, whether its token was
    // revoked, how many applications it submitted; a Japanese name keeps
    // the columns in line on a terminal.
    void staffListShowsEveryAccount()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray alice = service.addStaff(QStringLiteral("alice"));
        QVERIFY(!service.addStaff(QStringLiteral("山田太郎"), true).isEmpty());
        QVERIFY(!service.addStaff(QStringLiteral("bob")).isEmpty());
        for (int i = 0; i < 2; ++i) {
            Application a = TestData::validApplication();
            a.enteredAt = QDateTime::currentDateTimeUtc().addSecs(-60);
            a.enteredAt = a.enteredAt.addMSecs(-a.enteredAt.time().msec());
            QCOMPARE(service.submit(alice, WireCodec::encode(a)).status, 201);
        }
        const QString dir = service.dataDir();
        QCOMPARE(
            ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("revoke"),
                                        QStringLiteral("bob"), QStringLiteral("--data-dir"), dir}),
            0);
        QByteArray out;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("list"),
                                             QStringLiteral("--data-dir"), dir},
                                            &out),
                 0);
        const QStringList lines = QString::fromUtf8(out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        auto words = [](const QString &line) {
            return line.split(u' ', Qt::SkipEmptyParts).mid(0, 4);
        };
        QCOMPARE(words(lines.at(0)), (QStringList{"NAME", "ROLE", "TOKEN", "APPLICATIONS"}));
        QCOMPARE(words(lines.at(1)), (QStringList{"alice", "staff", "active", "2"}));
        QCOMPARE(words(lines.at(2)), (QStringList{"bob", "staff", "revoked", "0"}));
        QCOMPARE(words(lines.at(3)), (QStringList{"山田太郎", "operator", "active", "0"}));
        // ROLE starts in the same terminal column on every line (a kanji
        // takes two).
        const int column = int(lines.at(0).indexOf(QStringLiteral("ROLE")));
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("staff")), column);
        QCOMPARE(lines.at(3).indexOf(QStringLiteral("operator")) + 4, column);
        // Nothing of a token is shown.
        QVERIFY(!out.contains(alice));
        // A fresh database says how to begin.
        QTemporaryDir empty;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("list"),
                                             QStringLiteral("--data-dir"), empty.path()},
                                            &out),
                 0);
        QVERIFY2(out.contains("staff add NAME"), out.constData());
    }

    // A database written by the version before is brought up to date by
    // the next command run on it: times written at a whole second ("…:41Z")
    // get their milliseconds, so that every time sorts as text in the order
    // of time (a mail queued at a whole second waited for the next second's
    // look at the outbox); the timeline gets its place for an operator's
    // reason (version 4), retired links (5), the history's index by time (6),
    // wrong tokens counted across instances (7).
    void anEarlierDatabaseIsBroughtUpToDate()
    {
        QTemporaryDir dir;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("add"),
                                             QStringLiteral("alice"), QStringLiteral("--data-dir"),
                                             dir.path()}),
                 0);
        {
            ServiceDatabase store = ServiceDatabase::ofDataDir(dir.path());
            QCOMPARE(store.schemaVersion(), ServiceStore::SchemaVersion);
            QVERIFY(store.exec(QStringLiteral(
                "UPDATE staff SET created_at = '2026-11-26T08:15:41Z' WHERE name = 'alice'")));
            // As version 2 left it: without what versions 3 and 4 added.
            QVERIFY(store.exec(QStringLiteral("ALTER TABLE status_history DROP COLUMN note")));
            QVERIFY(store.exec(QStringLiteral("DROP TABLE retired_links")));
            QVERIFY(store.exec(QStringLiteral("DROP INDEX status_history_at")));
            QVERIFY(store.exec(QStringLiteral("DROP TABLE failed_logins")));
            QVERIFY(store.setSchemaVersion(2));
        }
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("add"),
                                             QStringLiteral("bob"), QStringLiteral("--data-dir"),
                                             dir.path()}),
                 0);
        ServiceDatabase store = ServiceDatabase::ofDataDir(dir.path());
        QCOMPARE(store.schemaVersion(), ServiceStore::SchemaVersion);
        QVERIFY(store.exec(QStringLiteral("SELECT note FROM status_history")));
        QVERIFY(store.exec(QStringLiteral("SELECT token_hash FROM retired_links")));
        QVERIFY(store.exec(QStringLiteral("SELECT address, at FROM failed_logins")));
        // The feed's start at a time finds its place by the index of version 6.
        QVERIFY(store.exec(QStringLiteral("DROP INDEX status_history_at")));
        QCOMPARE(store.value(QStringLiteral("SELECT created_at FROM staff WHERE name = 'alice'"))
                     .toString(),
                 QStringLiteral("2026-11-26T08:15:41.000Z"));
        const QString bob =
            store.value(QStringLiteral("SELECT created_at FROM staff WHERE name = 'bob'"))
                .toString();
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                     .match(bob)
                     .hasMatch(),
                 qPrintable(bob));
    }

    // A SQLite file has one service: a second one started on the same data
    // folder (another port, by mistake) would send the same mails again, and
    // is refused in one line. On PostgreSQL several instances share the work
    // (TestPostgres), so there it starts.
    void aSecondServiceOnTheSameFolder()
    {
        const bool postgres = !ServiceProcess::environmentFor(QStringLiteral("/x"))
                                   .value(QStringLiteral("MOSHIKOMI_DATABASE"))
                                   .isEmpty();
        ServiceProcess first;
        QVERIFY(first.start());
        ServiceProcess second({}, first.dataDir());
        if (postgres) {
            QVERIFY(second.start());
            return;
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not start")));
        QVERIFY(!second.start());
        const QList<QByteArray> lines = second.log().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("already serving"), lines.first().constData());
        // The first one goes on; once it stops, the folder is free again.
        QCOMPARE(first.request("GET", QStringLiteral("/healthz")).status, 200);
        first.kill();
        ServiceProcess third({}, first.dataDir());
        QVERIFY(third.start());
    }

    // A config file in any of the forms people write one is read, and a line
    // that is not a setting is refused with its number, never skipped (the
    // service would run on a default).
    void configFileForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("INI") << QByteArray("listen = nowhere\n") << "--listen nowhere";
        QTest::newRow("INI with a section and a comment")
            << QByteArray("; the front\n[serve]\nlisten=nowhere\n") << "--listen nowhere";
        QTest::newRow("key: value") << QByteArray("listen: nowhere\n") << "--listen nowhere";
        QTest::newRow("the flag itself") << QByteArray("--listen nowhere\n") << "--listen nowhere";
        QTest::newRow("the flag with =") << QByteArray("--listen=nowhere\n") << "--listen nowhere";
        QTest::newRow("quoted, a comment after it")
            << QByteArray("listen = \"nowhere\"  # behind nginx\n") << "--listen nowhere";
        QTest::newRow("camelCase")
            << QByteArray("confirmationValidity = 0\n") << "--confirmation-validity 0";
        QTest::newRow("upper snake case")
            << QByteArray("CONFIRMATION_VALIDITY: 0\r\n") << "--confirmation-validity 0";
        QTest::newRow("JSON") << QByteArray("{\"listen\": \"nowhere\"}") << "--listen nowhere";
        QTest::newRow("JSON number")
            << QByteArray("\xEF\xBB\xBF{\n  \"confirmationValidity\": 0\n}\n")
            << "--confirmation-validity 0";
        QTest::newRow("a line that is no setting")
            << QByteArray("listen\n") << "service.conf:1: not a setting";
        QTest::newRow("unknown setting, on line 3") << QByteArray("# comment\n\nbogus = 1\n")
                                                    << "service.conf:3: unknown setting \"bogus\"";
        QTest::newRow("no value") << QByteArray("listen = \"\"\n") << "listen has no value";
        QTest::newRow("JSON list")
            << QByteArray("{\"listen\": [\"a\"]}") << "give a text or a whole number";
        QTest::newRow("broken JSON") << QByteArray("{\"listen\": \"x\",}") << "not valid JSON";
    }
    void configFileForms()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString config = writeFile(dir, QStringLiteral("service.conf"), text);
        QVERIFY(!config.isEmpty());
        QByteArray err;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("serve"), QStringLiteral("--config"),
                                             config, QStringLiteral("--data-dir"), dir.path()},
                                            nullptr, &err),
                 2);
        const QStringList lines = QString::fromUtf8(err).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(says), qPrintable(lines.first()));
    }

    void aPortAloneListensOnLoopback()
    {
        QTemporaryDir dir;
        const quint16 port = ServiceProcess::freePort();
        QProcess service;
        service.setProcessChannelMode(QProcess::MergedChannels);
        service.setProcessEnvironment(ServiceProcess::environmentFor(dir.path()));
        service.start(ServiceProcess::binary(),
                      {QStringLiteral("serve"), QStringLiteral("--listen"), QString::number(port),
                       QStringLiteral("--data-dir"), dir.path()});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += service.readAll()).contains("listening on"), 20000);
        QVERIFY2(said.contains(QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8()),
                 said.constData());
        service.terminate();
        QVERIFY(service.waitForFinished(10000));
    }

    void configFileDataDirIsUsed()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("from-config"));
        const QString config =
            writeFile(dir, QStringLiteral("service.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("dataDir"), dataDir}}).toJson());
        QVERIFY(!config.isEmpty());
        QByteArray out;
        QCOMPARE(ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("add"),
                                             QStringLiteral("yamada"), QStringLiteral("--config"),
                                             config},
                                            &out),
                 0);
        QVERIFY(!QDir(dataDir).entryList(QDir::Files).isEmpty());
        // A folder named relative to the config file is beside it, wherever
        // the service is started from.
        const QString ini = writeFile(dir, QStringLiteral("service.ini"), "data-dir = beside\n");
        QVERIFY(!ini.isEmpty());
        QVERIFY(QDir::currentPath() != dir.path());
        QCOMPARE(
            ServiceProcess::runCommand({QStringLiteral("staff"), QStringLiteral("add"),
                                        QStringLiteral("yamada"), QStringLiteral("--config"), ini},
                                       &out),
            0);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("beside"))).entryList(QDir::Files).isEmpty());
    }

private:
    QTcpServer m_busy;
};

MOSHIKOMI_TEST(TestServiceCommand)
#include "tst_servicecommand.moc"
