#include "testregistry.h"

#include "app/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/types.h>

// Against a real Secret Service: gnome-keyring in the test's own D-Bus
// session (tests/testlib/with-keyring.sh), or no keychain at all.
class TestCredentialStore : public QObject
{
    Q_OBJECT

    static QByteArray freshToken()
    {
        return QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "-トークン";
    }

    // Every file under the home folder that holds `needle` in the clear.
    static QStringList filesHolding(const QByteArray &needle)
    {
        QStringList found;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                found << f.fileName();
        }
        return found;
    }

    // The keyring daemon serving this test's own session (with-keyring.sh):
    // the one whose environment names our runtime folder.
    static qint64 keyringDaemonOfThisSession()
    {
        const QByteArray ours = "XDG_RUNTIME_DIR=" + qgetenv("XDG_RUNTIME_DIR");
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("gnome-keyring"))
                continue;
            QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
            if (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(ours))
                return pid.toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    void keptInTheKeychainAcrossStarts()
    {
        const QByteArray token = freshToken();
        const QString key = CredentialStore::tokenKey(QStringLiteral("https://svc.example:8443/"));
        {
            CredentialStore store;
            QCOMPARE(store.write(key, token), CredentialStore::Status::Ok);
            QVERIFY2(store.keychainWorks(), qPrintable(store.lastFailure()));
        }
        // Another start of the app: only the keychain can know it.
        CredentialStore again;
        QByteArray read;
        QCOMPARE(again.read(key, &read), CredentialStore::Status::Ok);
        QCOMPARE(read, token);
        QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
        QCOMPARE(filesHolding(token), QStringList());
    }

    void oneTokenPerService()
    {
        CredentialStore store;
        const QString a = CredentialStore::tokenKey(QStringLiteral("https://a.example"));
        const QString b = CredentialStore::tokenKey(QStringLiteral("https://b.example/api/"));
        QCOMPARE(store.write(a, "token-a"), CredentialStore::Status::Ok);
        QCOMPARE(store.write(b, "token-b"), CredentialStore::Status::Ok);
        QByteArray read;
        QCOMPARE(store.read(a, &read), CredentialStore::Status::Ok);
        QCOMPARE(read, QByteArray("token-a"));
        // The same service however its URL is written.
        QCOMPARE(store.read(CredentialStore::tokenKey(QStringLiteral("https://a.example/")), &read),
                 CredentialStore::Status::Ok);
        QCOMPARE(read, QByteArray("token-a"));
    }

    void removedIsGone()
    {
        CredentialStore store;
        const QString key = CredentialStore::tokenKey(QStringLiteral("https://gone.example"));
        QCOMPARE(store.write(key, freshToken()), CredentialStore::Status::Ok);
        QCOMPARE(store.remove(key), CredentialStore::Status::Ok);
        QByteArray read;
        QCOMPARE(CredentialStore().read(key, &read), CredentialStore::Status::NotFound);
        QVERIFY(read.isEmpty());
    }

    // A keychain that does not answer at once (its daemon stopped here, as a
    // stuck one or an unlock prompt behind a window would) is said, and the
    // answer still arrives when it comes.
    void aKeychainThatKeepsUsWaitingIsSaid()
    {
        const qint64 daemon = keyringDaemonOfThisSession();
        QVERIFY2(daemon > 0, "no gnome-keyring-daemon in this test's session");
        const QString key = CredentialStore::tokenKey(QStringLiteral("https://slow.example"));
        CredentialStore store;
        QCOMPARE(store.write(key, "token-slow"), CredentialStore::Status::Ok);

        store.setSlowAfter(300);
        QList<bool> said;
        connect(&store, &CredentialStore::waitingForKeychain, this, [&](bool waiting) {
            said << waiting;
            if (waiting)
                ::kill(pid_t(daemon), SIGCONT);
        });
        QVERIFY(::kill(pid_t(daemon), SIGSTOP) == 0);
        QByteArray read;
        const CredentialStore::Status status = store.read(key, &read);
        ::kill(pid_t(daemon), SIGCONT);
        QCOMPARE(said, (QList<bool>{true, false}));
        QCOMPARE(status, CredentialStore::Status::Ok);
        QCOMPARE(read, QByteArray("token-slow"));

        // One that answers in time says nothing.
        said.clear();
        QCOMPARE(store.read(key, &read), CredentialStore::Status::Ok);
        QCOMPARE(said, QList<bool>());
    }

    // Run with no session bus at all (a server, a broken desktop).
    void sessionOnlyWithoutKeychain()
    {
        const QByteArray token = freshToken();
        const QString key = CredentialStore::tokenKey(QStringLiteral("https://svc.example"));
        CredentialStore store;
        QCOMPARE(store.write(key, token), CredentialStore::Status::SessionOnly);
        QVERIFY(!store.keychainWorks());
        QVERIFY(!store.lastFailure().isEmpty());
        QByteArray read;
        QCOMPARE(store.read(key, &read), CredentialStore::Status::SessionOnly);
        QCOMPARE(read, token);
        // Nothing written anywhere: the next start knows nothing.
        QCOMPARE(CredentialStore().read(key, &read), CredentialStore::Status::NotFound);
        QCOMPARE(filesHolding(token), QStringList());
    }
};

MOSHIKOMI_TEST(TestCredentialStore)
#include "tst_credentialstore.moc"
