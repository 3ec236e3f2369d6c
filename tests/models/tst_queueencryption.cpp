#include "client/localqueue.h"
#include "client/queuecipher.h"
#include "queuefixtures.h"
#include "testdata.h"
#include "testregistry.h"
#include "tmpfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using ErrorKind = LocalQueue::ErrorKind;
using Phase = LocalQueue::MigrationPhase;

namespace {

// A keyring answering with one given key (another user's, a reset
// keychain's), or with a given refusal.
class AnsweringKeyring : public QueueKeyring
{
public:
    explicit AnsweringKeyring(Answer::Outcome outcome, QByteArray key = QByteArray(32, '\x33'))
    {
        m_answer.outcome = outcome;
        m_answer.keyEncryptionKey = key;
    }
    Answer keyEncryptionKey(const Request &) override
    {
        ++asked;
        return m_answer;
    }
    int asked = 0;

private:
    Answer m_answer;
};

// A person without a keychain: types a passphrase (from a list, one per
// question), or gives up when the list is used up.
class TypingPerson : public QueueKeyring
{
public:
    explicit TypingPerson(QStringList typed)
        : m_typed(std::move(typed))
    {}
    Answer keyEncryptionKey(const Request &request) override
    {
        requests.append(request);
        Answer a;
        if (m_typed.isEmpty())
            return a; // Cancelled
        a.outcome = Answer::Outcome::Key;
        a.protection = Protection::Passphrase;
        a.keyEncryptionKey = QueueCipher::keyFromPassphrase(m_typed.takeFirst(), request.salt);
        return a;
    }
    QList<Request> requests;

private:
    QStringList m_typed;
};

LocalQueue::Options with(QueueKeyring *keyring)
{
    LocalQueue::Options o;
    o.keyring = keyring;
    return o;
}

QByteArray fileHash(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("queue.sqlite")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One statement on the file beside the queue's own connection: its first
// value, or the error's text.
QVariant sqlValue(const QString &file, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                result = q.lastError().text();
            else if (q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return result;
}

Application someone(int n)
{
    Application a = TestData::validApplication();
    a.customer.companyName = QStringLiteral("株式会社暗号検証%1").arg(n);
    a.customer.lastName = QStringLiteral("鈴木%1").arg(n);
    a.customer.email = QStringLiteral("suzuki%1@crypt.example.jp").arg(n);
    a.customer.phone = QStringLiteral("08255%1").arg(n, 5, 10, QLatin1Char('0'));
    a.customer.address = QStringLiteral("広島市中区秘密町%1-2-3").arg(n);
    return a;
}

} // namespace

// The queue encrypted at rest (issue 11): what a lost laptop gives away.
class TestQueueEncryption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedValuesAreNowhereOnDisk()
    {
        QTemporaryDir dir;
        const Application a = someone(1);
        const Application b = someone(2);
        QStringList typed = QueueFixtures::personalValues(a) + QueueFixtures::personalValues(b);
        typed.removeAll(QStringLiteral("部長")); // not typed into these
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(a, 0));
            QVERIFY(!QueueFixtures::queued(queue, a).id.isNull());
            QVERIFY(queue.saveDraft(b, 3));
            // The service's words, quoting the customer, in the history,
            // the last error and the timeline.
            QVERIFY(queue.transition(a.id, LocalQueue::State::Sending));
            QVERIFY(queue.transition(a.id, LocalQueue::State::Rejected,
                                     a.customer.email + QStringLiteral(" は使えません")));
            QVERIFY(queue.setServiceTimeline(a.id, QByteArrayLiteral("[{\"note\":\"") +
                                                       a.customer.companyName.toUtf8() +
                                                       QByteArrayLiteral("\"}]")));
            // Open, with the WAL and -shm beside the file.
            QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), typed),
                     QStringList());
            // …and everything still reads back.
            QCOMPARE(queue.entry(a.id)->application.customer, a.customer);
            QCOMPARE(queue.entry(a.id)->lastError,
                     a.customer.email + QStringLiteral(" は使えません"));
            QCOMPARE(queue.summary(b.id)->companyName, b.customer.companyName);
            LocalQueue::Filter f;
            f.text = QStringLiteral("SUZUKI2@crypt");
            QCOMPARE(queue.page(0, 10, f).size(), 1);
        }
        QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), typed),
                 QStringList());
    }

    void plaintextQueueIsEncryptedInPlace_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("version 1") << 1;
        QTest::newRow("version 2") << 2;
        QTest::newRow("version 4") << 4;
    }
    void plaintextQueueIsEncryptedInPlace()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QList<Application> queued{someone(1), someone(2)};
        const Application draft = someone(3);
        QVERIFY(QueueFixtures::createPlaintextQueue(dir.path(), version));
        QVERIFY(QueueFixtures::addPlaintextEntries(dir.path(), version, queued, true));
        QVERIFY(QueueFixtures::addPlaintextEntries(dir.path(), version, {draft}, false));
        QStringList values;
        for (const Application &a : queued + QList<Application>{draft})
            values += QueueFixtures::personalValues(a);
        values.removeDuplicates();
        // The old file holds them in clear (else this test could not fail).
        QVERIFY(
            !QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), values).isEmpty());

        QList<Phase> phases;
        LocalQueue::Options o = QueueFixtures::options();
        o.progress = [&](Phase p, int, int) { phases.append(p); };
        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), o), qPrintable(queue.lastError().detail));
        QVERIFY(phases.contains(Phase::Sealing));
        QCOMPARE(phases.last(), Phase::Done);
        QCOMPARE(queue.count(), 3);
        QCOMPARE(queue.entry(draft.id)->application.customer.address, draft.customer.address);
        QCOMPARE(queue.entry(queued[1].id)->state, LocalQueue::State::Queued);
        QVERIFY(!queue.payload(queued[1].id).isEmpty());
        QCOMPARE(queue.history(queued[0].id).last().note,
                 QString(QStringLiteral("一時的な障害: ") + queued[0].customer.companyName));
        LocalQueue::Filter f;
        f.text = QStringLiteral("暗号検証3");
        QCOMPARE(queue.page(0, 10, f).size(), 1);
        // Nothing of the old values anywhere: file, WAL, -shm.
        QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), values),
                 QStringList());
        queue.close();
        QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), values),
                 QStringList());
    }

    // Schema 6 moved the draft and the frozen bytes out of the row: a queue
    // of schema 5 opens with everything in it, and reads as it was where
    // it cannot be written.
    void sealedQueueOfSchema5IsLaidOutAnew_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("writable") << false;
        QTest::newRow("read-only") << true;
    }
    void sealedQueueOfSchema5IsLaidOutAnew()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        Tmpfs tmpfs(dir.path(), "size=8m");
        QVERIFY2(tmpfs.isMounted(), qPrintable(tmpfs.error()));
        const Application draft = someone(1);
        Application queued = someone(2);
        QByteArray frozen;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(draft, 2));
            queued = QueueFixtures::queued(queue, queued);
            frozen = queue.payload(queued.id);
            QVERIFY(!frozen.isEmpty());
        }
        QVERIFY(QueueFixtures::layOutAsSchema5(dir.path()));
        const QString file = QDir(dir.path()).filePath(QStringLiteral("queue.sqlite"));
        if (readOnly)
            QVERIFY(tmpfs.remountReadOnly());
        LocalQueue queue;
        QList<std::pair<Phase, int>> phases;
        LocalQueue::Options o = QueueFixtures::options();
        o.progress = [&](Phase p, int done, int) { phases.append({p, done}); };
        QVERIFY2(queue.open(dir.path(), o), qPrintable(queue.lastError().detail));
        QCOMPARE(queue.isReadOnly(), readOnly);
        if (!readOnly) {
            // Said step by step (a big queue takes seconds), and said done.
            QVERIFY(phases.size() > 2);
            QCOMPARE(phases.first(), std::make_pair(Phase::Relaying, 0));
            QCOMPARE(phases.last().first, Phase::Done);
            QCOMPARE(phases.at(phases.size() - 2).first, Phase::Relaying);
        } else {
            QVERIFY(phases.isEmpty());
        }
        QCOMPARE(queue.entry(draft.id)->application.customer.address, draft.customer.address);
        QCOMPARE(queue.entry(draft.id)->step, 2);
        QCOMPARE(queue.entry(queued.id)->state, LocalQueue::State::Queued);
        QCOMPARE(queue.payload(queued.id), frozen);
        QCOMPARE(queue.entry(queued.id)->payload, frozen);
        LocalQueue::Filter f;
        f.text = QStringLiteral("暗号検証1");
        QCOMPARE(queue.page(0, 10, f).size(), 1);
        if (readOnly)
            return;
        queue.close();
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(),
                 LocalQueue::SchemaVersion);
        // Still frozen, still released by going back to the editor, still
        // gone with the entry.
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(sqlValue(file, QStringLiteral("UPDATE application_bodies SET payload = x'00'"))
                    .toString()
                    .contains(QStringLiteral("frozen")));
        QCOMPARE(queue.payload(queued.id), frozen);
        QVERIFY(queue.transition(queued.id, LocalQueue::State::Sending));
        QVERIFY(queue.transition(queued.id, LocalQueue::State::Rejected, QStringLiteral("x")));
        QVERIFY(queue.transition(queued.id, LocalQueue::State::Draft));
        QVERIFY(queue.payload(queued.id).isEmpty());
        QVERIFY(queue.discardDraft(draft.id));
        QCOMPARE(sqlValue(file, QStringLiteral("SELECT count(*) FROM application_bodies")).toInt(),
                 1);
    }

    // Schema 8 finds an application by its postal codes and addresses too:
    // the search texts of a queue of schema 7 are made again from the
    // drafts when it opens, and the list finds what was entered before.
    void queueOfSchema7FindsAddressesAfterOpening()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("queue.sqlite"));
        Application a = someone(1);
        const Application other = someone(2);
        QByteArray oldSearchText;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(other, 1));
            // A search text as schema 7 wrote it: a company name alone (it
            // looked in no address), sealed for this entry.
            Application nameOnly;
            nameOnly.id = a.id;
            nameOnly.customer.companyName = a.customer.companyName;
            QVERIFY(queue.saveDraft(nameOnly, 1));
            oldSearchText = sqlValue(file, QStringLiteral("SELECT hex(text) FROM"
                                                          " application_search WHERE id = '%1'")
                                               .arg(a.id.toString(QUuid::WithoutBraces)))
                                .toByteArray();
            QVERIFY(!oldSearchText.isEmpty());
            a.customer.postalCode = QStringLiteral("530-0001");
            a.customer.prefecture = QStringLiteral("27");
            a.customer.address = QStringLiteral("大阪市北区梅田2-2");
            QVERIFY(queue.saveDraft(a, 1));
        }
        QCOMPARE(sqlValue(file, QStringLiteral("UPDATE application_search SET text = x'%1'"
                                               " WHERE id = '%2'")
                                    .arg(QString::fromLatin1(oldSearchText),
                                         a.id.toString(QUuid::WithoutBraces))),
                 QVariant());
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version=7")), QVariant());
        LocalQueue queue;
        QList<std::pair<Phase, int>> phases;
        LocalQueue::Options o = QueueFixtures::options();
        o.progress = [&](Phase p, int done, int) { phases.append({p, done}); };
        QVERIFY2(queue.open(dir.path(), o), qPrintable(queue.lastError().detail));
        QVERIFY(!phases.isEmpty());
        QCOMPARE(phases.last().first, Phase::Done);
        auto found = [&queue](const QString &text) {
            LocalQueue::Filter f;
            f.text = text;
            QList<QUuid> ids;
            for (const LocalQueue::Summary &hit : queue.page(0, 10, f))
                ids.append(hit.id);
            return ids;
        };
        QCOMPARE(found(QStringLiteral("〒530-0001")), QList<QUuid>{a.id});
        QCOMPARE(found(QStringLiteral("大阪府大阪市北区")), QList<QUuid>{a.id});
        QCOMPARE(found(QStringLiteral("秘密町2-2-3")), QList<QUuid>{other.id});
        QCOMPARE(found(QStringLiteral("暗号検証1")), QList<QUuid>{a.id});
        queue.close();
        QCOMPARE(sqlValue(file, QStringLiteral("PRAGMA user_version")).toInt(),
                 LocalQueue::SchemaVersion);
    }

    // SIGKILL at several points of the migration: the next start finds the
    // old queue or the new one, whole, and finishes the job.
    void killedMigrationLeavesOneWholeQueue_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::newRow("half sealed") << QStringLiteral("sealing");
        QTest::newRow("all sealed, not committed") << QStringLiteral("committing");
        QTest::newRow("committed, not scrubbed") << QStringLiteral("scrubbing");
    }
    void killedMigrationLeavesOneWholeQueue()
    {
        QFETCH(QString, phase);
        QTemporaryDir dir;
        QList<Application> apps;
        for (int i = 0; i < 1200; ++i)
            apps.append(someone(i));
        QVERIFY(QueueFixtures::createPlaintextQueue(dir.path(), 4));
        QVERIFY(QueueFixtures::addPlaintextEntries(dir.path(), 4, apps, true));

        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--queue-migrator"), dir.path(), phase});
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray said;
        while (!said.contains('\n') && child.waitForReadyRead(30000))
            said += child.readAllStandardOutput();
        QCOMPARE(said.trimmed(), QByteArray("at " + phase.toLatin1()));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());

        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        QCOMPARE(queue.count(), 1200);
        for (int i : {0, 499, 500, 1199}) {
            const std::optional<LocalQueue::Entry> e = queue.entry(apps[i].id);
            QVERIFY2(e, qPrintable(QString::number(i)));
            QCOMPARE(e->application.customer.companyName, apps[i].customer.companyName);
            QVERIFY(!e->payload.isEmpty());
        }
        queue.close();
        QStringList values;
        for (int i : {0, 1, 499, 500, 1199})
            values << apps[i].customer.companyName << apps[i].customer.email;
        QCOMPARE(QueueFixtures::readableIn(QueueFixtures::bytesUnder(dir.path()), values),
                 QStringList());
    }

    void aKeyThatDoesNotFitLeavesTheFileAsItIs_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("kind");
        using O = QueueKeyring::Answer::Outcome;
        QTest::newRow("another user's key") << int(O::Key) << int(ErrorKind::KeyRefused);
        QTest::newRow("keychain reset") << int(O::Missing) << int(ErrorKind::KeyMissing);
        QTest::newRow("no keychain now") << int(O::Unavailable) << int(ErrorKind::KeyUnavailable);
    }
    void aKeyThatDoesNotFitLeavesTheFileAsItIs()
    {
        QFETCH(int, outcome);
        QFETCH(int, kind);
        QTemporaryDir dir;
        const Application a = someone(7);
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(a, 1));
        }
        const QByteArray before = fileHash(dir.path());
        QVERIFY(!before.isEmpty());
        AnsweringKeyring other{QueueKeyring::Answer::Outcome(outcome)};
        LocalQueue queue;
        QVERIFY(!queue.open(dir.path(), with(&other)));
        QCOMPARE(int(queue.lastError().kind), kind);
        QVERIFY(!queue.isOpen());
        QCOMPARE(fileHash(dir.path()), before);
        // The right key still opens it, everything there.
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QCOMPARE(queue.entry(a.id)->application.customer, a.customer);
    }

    // Only on the person's request: the queue moved aside, a new one started.
    void aQueueWithoutItsKeyIsSetAsideOnlyOnRequest()
    {
        QTemporaryDir dir;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(someone(8), 1));
        }
        const QByteArray before = fileHash(dir.path());
        AnsweringKeyring reset(QueueKeyring::Answer::Outcome::Missing);
        LocalQueue queue;
        QVERIFY(!queue.open(dir.path(), with(&reset)));
        const QString aside = LocalQueue::setAside(dir.path());
        QVERIFY(!aside.isEmpty());
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(kept.readAll(), QCryptographicHash::Sha256), before);
        AnsweringKeyring fresh(QueueKeyring::Answer::Outcome::Key);
        QVERIFY(queue.open(dir.path(), with(&fresh)));
        QCOMPARE(queue.count(), 0);
    }

    void passphraseWithoutKeychain()
    {
        QTemporaryDir dir;
        const Application a = someone(9);
        {
            TypingPerson person({QStringLiteral("朝の電車で忘れない")});
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), with(&person)));
            QCOMPARE(person.requests.size(), 1);
            QVERIFY(person.requests[0].isNew);
            QCOMPARE(queue.protection(), QueueKeyring::Protection::Passphrase);
            QVERIFY(queue.saveDraft(a, 2));
        }
        // Cancelled: nothing opened, nothing changed.
        const QByteArray before = fileHash(dir.path());
        {
            TypingPerson nobody({});
            LocalQueue queue;
            QVERIFY(!queue.open(dir.path(), with(&nobody)));
            QCOMPARE(queue.lastError().kind, ErrorKind::KeyCancelled);
            QCOMPARE(fileHash(dir.path()), before);
        }
        // A typing mistake is asked again, and the request says so; the
        // queue remembers it wants a passphrase and which salt.
        TypingPerson person(
            {QStringLiteral("朝の電車で忘れた"), QStringLiteral("朝の電車で忘れない")});
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), with(&person)));
        QCOMPARE(person.requests.size(), 2);
        QVERIFY(!person.requests[0].isNew);
        QCOMPARE(person.requests[0].protection, QueueKeyring::Protection::Passphrase);
        QCOMPARE(person.requests[0].attempt, 0);
        QCOMPARE(person.requests[1].attempt, 1);
        QCOMPARE(person.requests[0].salt.size(), QueueCipher::SaltBytes);
        QCOMPARE(queue.entry(a.id)->application.customer, a.customer);
    }

    // The search index is decrypted on another thread after opening; what
    // is saved or discarded meanwhile is found (or not) all the same.
    void searchSeesChangesMadeWhileItsIndexIsBuilt()
    {
        QTemporaryDir dir;
        QList<Application> apps;
        for (int i = 0; i < 3000; ++i)
            apps.append(someone(i));
        QVERIFY(QueueFixtures::createPlaintextQueue(dir.path(), 4));
        QVERIFY(QueueFixtures::addPlaintextEntries(dir.path(), 4, apps, false));
        {
            LocalQueue migrating;
            QVERIFY(migrating.open(dir.path(), QueueFixtures::options()));
        }
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application late = someone(5000);
        late.customer.companyName = QStringLiteral("株式会社後から追加");
        QVERIFY(queue.saveDraft(late, 0));
        QVERIFY(queue.discardDraft(apps[1234].id));
        Application edited = apps[42];
        edited.customer.companyName = QStringLiteral("株式会社名前変更後");
        QVERIFY(queue.saveDraft(edited, 1));
        auto found = [&queue](const QString &text) {
            LocalQueue::Filter f;
            f.text = text;
            return queue.page(0, 10, f).size();
        };
        QCOMPARE(found(QStringLiteral("後から追加")), 1);
        QCOMPARE(found(QStringLiteral("suzuki1234@")), 0);
        QCOMPARE(found(QStringLiteral("名前変更後")), 1);
        // The old name finds it no more (42x and 42xx still match).
        LocalQueue::Filter old;
        old.text = QStringLiteral("暗号検証42");
        for (const LocalQueue::Summary &hit : queue.page(0, 100, old))
            QVERIFY(hit.id != edited.id);
        QCOMPARE(found(QStringLiteral("suzuki2999@")), 1);
    }

    void swappedCiphertextsAreRefused()
    {
        QTemporaryDir dir;
        const Application a = someone(10);
        const Application b = someone(11);
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(a, 1));
            QVERIFY(queue.saveDraft(b, 1));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("swap"));
            db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("queue.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Each row gets the other's draft and company.
            QVERIFY(q.exec(
                QStringLiteral("SELECT a.id, b.draft, a.company_name FROM applications a"
                               " JOIN application_bodies b ON b.seq = a.seq ORDER BY a.seq")));
            QList<std::tuple<QString, QByteArray, QByteArray>> rows;
            while (q.next())
                rows.append(
                    {q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toByteArray()});
            QCOMPARE(rows.size(), 2);
            for (int i = 0; i < 2; ++i) {
                q.prepare(QStringLiteral("UPDATE application_bodies SET draft = ? WHERE seq ="
                                         " (SELECT seq FROM applications WHERE id = ?)"));
                q.addBindValue(std::get<1>(rows[1 - i]));
                q.addBindValue(std::get<0>(rows[i]));
                QVERIFY(q.exec());
                QCOMPARE(q.numRowsAffected(), 1);
                q.prepare(QStringLiteral("UPDATE applications SET company_name = ? WHERE id = ?"));
                q.addBindValue(std::get<2>(rows[1 - i]));
                q.addBindValue(std::get<0>(rows[i]));
                QVERIFY(q.exec());
                QCOMPARE(q.numRowsAffected(), 1);
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("swap"));
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(!queue.entry(a.id));
        QCOMPARE(queue.lastError().kind, ErrorKind::Corrupt);
        QVERIFY(!queue.entry(b.id));
        QCOMPARE(queue.summary(a.id)->companyName, QString());
        QCOMPARE(queue.summary(b.id)->companyName, QString());
    }
};

// The child side of killedMigrationLeavesOneWholeQueue: migrates the queue in
// `dir` and, on reaching `phase`, says so and waits to be killed.
int runQueueMigrator(const QString &dir, const QString &phase)
{
    LocalQueue::Options o = QueueFixtures::options();
    o.progress = [&](Phase p, int done, int) {
        const QString name = p == Phase::Sealing      ? QStringLiteral("sealing")
                             : p == Phase::Committing ? QStringLiteral("committing")
                             : p == Phase::Scrubbing  ? QStringLiteral("scrubbing")
                                                      : QStringLiteral("done");
        if (name != phase || (p == Phase::Sealing && done < 500))
            return;
        std::printf("at %s\n", qPrintable(name));
        std::fflush(stdout);
        for (;;)
            ::pause();
    };
    LocalQueue queue;
    return queue.open(dir, o) ? 0 : 3;
}

MOSHIKOMI_TEST(TestQueueEncryption)
#include "tst_queueencryption.moc"
