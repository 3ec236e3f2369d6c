#include "client/localqueue.h"
#include "core/wirecodec.h"
#include "queuefixtures.h"
#include "testdata.h"
#include "testregistry.h"
#include "tmpfs.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <thread>

using State = LocalQueue::State;
using ErrorKind = LocalQueue::ErrorKind;
Q_DECLARE_METATYPE(LocalQueue::State)

namespace {

// A raw connection beside the queue's own, as another process would have.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.exec(sql);
        return q;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QList<State> pathTo(State s)
{
    switch (s) {
    case State::Draft:
        return {};
    case State::Queued:
        return {State::Queued};
    case State::Sending:
        return {State::Queued, State::Sending};
    case State::AwaitingConfirmation:
        return {State::Queued, State::Sending, State::AwaitingConfirmation};
    case State::Confirmed:
        return pathTo(State::AwaitingConfirmation) << State::Confirmed;
    case State::ProvisionallyRegistered:
        return pathTo(State::Confirmed) << State::ProvisionallyRegistered;
    case State::Expired:
        return pathTo(State::AwaitingConfirmation) << State::Expired;
    case State::ProblemReported:
        return pathTo(State::AwaitingConfirmation) << State::ProblemReported;
    case State::Rejected:
        return {State::Queued, State::Sending, State::Rejected};
    }
    return {};
}

// The life of an application (application-form.md), written out independently
// of the implementation's table.
bool allowedBySpec(State from, State to)
{
    static const QList<std::pair<State, State>> allowed = {
        {State::Draft, State::Queued},
        {State::Queued, State::Sending},
        {State::Queued, State::Draft},
        {State::Sending, State::Queued},
        {State::Sending, State::AwaitingConfirmation},
        {State::Sending, State::Rejected},
        {State::AwaitingConfirmation, State::Confirmed},
        {State::AwaitingConfirmation, State::Expired},
        {State::AwaitingConfirmation, State::ProblemReported},
        {State::Expired, State::AwaitingConfirmation},
        {State::Expired, State::ProblemReported},
        {State::Confirmed, State::ProvisionallyRegistered},
        {State::Confirmed, State::ProblemReported},
        {State::ProvisionallyRegistered, State::ProblemReported},
        {State::Rejected, State::Draft},
    };
    return allowed.contains(std::pair{from, to});
}

} // namespace

class TestLocalQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openPreparesTheDatabase()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        QVERIFY(queue.movedAsideTo().isEmpty());
        QCOMPARE(queue.databasePath(), dir.filePath(QStringLiteral("queue.sqlite")));
        RawConnection raw(queue.databasePath());
        QCOMPARE(raw.query(QStringLiteral("PRAGMA journal_mode")).next(), true);
        QSqlQuery q = raw.query(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q = raw.query(QStringLiteral("PRAGMA user_version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), LocalQueue::SchemaVersion);
        // Reopening an up-to-date database changes nothing.
        LocalQueue again;
        QVERIFY(again.open(dir.path(), QueueFixtures::options()));
        QCOMPARE(again.count(), 0);
    }

    void draftIsSavedWhole()
    {
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        a.customer.emailConfirm = QStringLiteral("taro.yamada@exa"); // half-typed
        a.destinations.append(TestData::validDestination());
        a.destinations[1].units = 4;
        a.additionalInfo.insert(QStringLiteral("plan"), QStringLiteral("premium"));
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QSignalSpy added(&queue, &LocalQueue::entryAdded);
            QVERIFY(queue.saveDraft(a, 1));
            QCOMPARE(added.size(), 1);
            a.customer.title = QStringLiteral("課長");
            QVERIFY(queue.saveDraft(a, 2));
        }
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const std::optional<LocalQueue::Entry> e = queue.entry(a.id);
        QVERIFY(e);
        QCOMPARE(e->state, State::Draft);
        QCOMPARE(e->step, 2);
        Application stored = e->application;
        QVERIFY(stored.updatedAt.isValid());
        stored.createdAt = a.createdAt;
        stored.updatedAt = a.updatedAt;
        QCOMPARE(stored, a);
        QCOMPARE(queue.drafts().size(), 1);
        QCOMPARE(queue.drafts().first().companyName, a.customer.companyName);
        QCOMPARE(queue.drafts().first().step, 2); // said in the list of drafts
        QCOMPARE(queue.drafts().first().contactName, QStringLiteral("山田 太郎"));
    }

    // A draft begun with the customer's address, no name yet: the list and
    // the drafts window tell it from the others by the address.
    void aDraftWithoutANameIsKnownByItsAddress()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application a = TestData::validApplication();
        // As the wizard leaves fields nothing was typed in: empty, not null.
        a.customer.companyName = QStringLiteral("");
        a.customer.lastName = QStringLiteral("");
        a.customer.firstName = QStringLiteral("");
        a.customer.email = QStringLiteral("taro@example.co.jp");
        QVERIFY2(queue.saveDraft(a, 0), qPrintable(queue.lastError().detail));
        QCOMPARE(queue.drafts().first().contactName, QStringLiteral("taro@example.co.jp"));
        a.customer.lastName = QStringLiteral("山田");
        QVERIFY(queue.saveDraft(a, 0));
        QCOMPARE(queue.drafts().first().contactName, QStringLiteral("山田"));
    }

    void transitions_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<State>("to");
        QTest::addColumn<bool>("allowed");
        const QList<State> all = {State::Draft,     State::Queued,
                                  State::Sending,   State::AwaitingConfirmation,
                                  State::Confirmed, State::ProvisionallyRegistered,
                                  State::Expired,   State::ProblemReported,
                                  State::Rejected};
        for (State from : all) {
            for (State to : all) {
                QTest::addRow("%s -> %s", qPrintable(ApplicationStates::name(from)),
                              qPrintable(ApplicationStates::name(to)))
                    << from << to << allowedBySpec(from, to);
            }
        }
    }
    void transitions()
    {
        QFETCH(State, from);
        QFETCH(State, to);
        QFETCH(bool, allowed);
        QCOMPARE(ApplicationStates::isTransitionAllowed(from, to), allowed);
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = TestData::validApplication();
        QVERIFY(queue.saveDraft(a, 4));
        for (State step : pathTo(from)) {
            const bool ok =
                step == State::Queued ? queue.enqueue(a, 4) : queue.transition(a.id, step);
            QVERIFY2(ok, qPrintable(queue.lastError().detail));
        }
        QCOMPARE(queue.entry(a.id)->state, from);
        if (to == State::Queued && from == State::Draft) {
            QVERIFY(queue.enqueue(a, 4));
        } else {
            QCOMPARE(queue.transition(a.id, to, QStringLiteral("why")), allowed);
            if (!allowed)
                QCOMPARE(queue.lastError().kind, ErrorKind::InvalidTransition);
        }
        QCOMPARE(queue.entry(a.id)->state, allowed ? to : from);
    }

    // At a customer site without network the customer notices a slip after
    // the submit: one the service cannot have goes back to a draft, its
    // frozen bytes let go; once a send may have reached the service it stays
    // as it is (the service may hold the first bytes under its id).
    void aQueuedApplicationIsTakenBackOnlyIfTheServiceCannotHaveIt()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application a = TestData::validApplication();
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        QVERIFY(!queue.mayHaveReachedService(a.id));
        QVERIFY2(queue.transition(a.id, State::Draft), qPrintable(queue.lastError().detail));
        QVERIFY(queue.entry(a.id)->payload.isEmpty());
        a.customer.email = QStringLiteral("taro.yamada@example.co.jp");
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        QCOMPARE(WireCodec::decode(queue.entry(a.id)->payload).application.customer.email,
                 QStringLiteral("taro.yamada@example.co.jp"));
        // Tries that prove nothing arrived (the sync engine's notes: no
        // connection; marked, then let go before it was handed over).
        QVERIFY(queue.transition(a.id, State::Sending));
        QVERIFY(queue.transition(
            a.id, State::Queued,
            QStringLiteral(R"({"error":"connection","outcome":"unreachable","taken":false})")));
        QVERIFY(queue.transition(a.id, State::Sending));
        QVERIFY(queue.transition(a.id, State::Queued));
        QVERIFY(!queue.mayHaveReachedService(a.id));
        // A try that failed without proof (no answer in time): never a draft.
        QVERIFY(queue.transition(a.id, State::Sending));
        QVERIFY(queue.transition(a.id, State::Queued,
                                 QStringLiteral(R"({"error":"connection","outcome":"timeout"})")));
        QVERIFY(queue.mayHaveReachedService(a.id));
        QVERIFY(!queue.transition(a.id, State::Draft));
        QCOMPARE(queue.lastError().kind, ErrorKind::InvalidTransition);
        QCOMPARE(queue.entry(a.id)->state, State::Queued);
        QVERIFY(!queue.entry(a.id)->payload.isEmpty());
        // Marked as the sync engine marks, then a crash: recovered, the same.
        Application b = TestData::validApplication();
        b.id = QUuid::createUuid();
        QVERIFY(queue.saveDraft(b, 4));
        QVERIFY(queue.enqueue(b, 4));
        QCOMPARE(queue.applyMarks({{b.id, State::Queued, State::Sending, std::nullopt}}),
                 (QList<bool>{true}));
        QVERIFY(queue.mayHaveReachedService(b.id));
        QVERIFY(queue.recoverSending() >= 1);
        QCOMPARE(queue.entry(b.id)->state, State::Queued);
        QVERIFY(queue.mayHaveReachedService(b.id));
        QVERIFY(!queue.transition(b.id, State::Draft));
    }

    void queuedBytesAreFrozen()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application a = TestData::validApplication();
        a.customer.postalCode = QStringLiteral("７３３０００１");
        a.customer.phone = QStringLiteral("082-123-4567");
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        const QByteArray frozen = queue.entry(a.id)->payload;
        const WireCodec::Result sent = WireCodec::decode(frozen);
        QVERIFY(sent.ok());
        QCOMPARE(sent.application.customer.postalCode, QStringLiteral("733-0001"));
        QCOMPARE(sent.application.customer.phone, QStringLiteral("0821234567"));
        QVERIFY(sent.application.enteredAt.isValid());

        // No longer editable through the queue...
        a.customer.companyName = QStringLiteral("別の会社");
        QVERIFY(!queue.saveDraft(a, 4));
        QCOMPARE(queue.lastError().kind, ErrorKind::NotEditable);
        QVERIFY(!queue.enqueue(a, 4));
        // ...nor behind its back.
        {
            RawConnection raw(queue.databasePath());
            QSqlQuery q =
                raw.query(QStringLiteral("UPDATE application_bodies SET payload = x'00'"));
            QVERIFY(q.lastError().isValid());
            QVERIFY(q.lastError().text().contains(QStringLiteral("frozen")));
        }
        QVERIFY(queue.transition(a.id, State::Sending));
        QVERIFY(queue.transition(a.id, State::Queued));
        QCOMPARE(queue.entry(a.id)->payload, frozen);

        // Rejected goes back to the editor and lets go of the old bytes.
        QVERIFY(queue.transition(a.id, State::Sending));
        QVERIFY(queue.transition(a.id, State::Rejected, QStringLiteral("customer.phone: invalid")));
        QCOMPARE(queue.entry(a.id)->lastError, QStringLiteral("customer.phone: invalid"));
        QVERIFY(queue.transition(a.id, State::Draft));
        QVERIFY(queue.entry(a.id)->payload.isNull());
        QVERIFY(queue.saveDraft(a, 0));
        QVERIFY(queue.enqueue(a, 4));
        QVERIFY(WireCodec::decode(queue.entry(a.id)->payload).application.customer.companyName ==
                QStringLiteral("別の会社"));
    }

    void corruptFileIsMovedAsideNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
        const QByteArray garbage = QByteArray("this is not a database ").repeated(500);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        QVERIFY(!queue.movedAsideTo().isEmpty());
        QVERIFY(queue.movedAsideTo().startsWith(path + QStringLiteral(".corrupt-")));
        QFile aside(queue.movedAsideTo());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage);
        QCOMPARE(queue.count(), 0);
        QVERIFY(queue.saveDraft(TestData::validApplication(), 0));
    }

    void damagedPagesAreFoundByIntegrityCheck()
    {
        QTemporaryDir dir;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            for (int i = 0; i < 50; ++i)
                QVERIFY(queue.saveDraft(TestData::validApplication(), 0));
        } // the last connection to close checkpoints the WAL into the file
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("queue.sqlite-wal"))));
        const QString path = dir.filePath(QStringLiteral("queue.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096); // the b-tree header of the second page
        f.write(QByteArray(12, '\x7f'));
        f.close();
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(!queue.movedAsideTo().isEmpty());
        QVERIFY(QFile::exists(queue.movedAsideTo()));
    }

    void lockedDatabaseIsReported()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options(200)));
        const Application a = TestData::validApplication();
        QVERIFY(queue.saveDraft(a, 0));
        RawConnection other(queue.databasePath());
        QVERIFY(!other.query(QStringLiteral("BEGIN EXCLUSIVE")).lastError().isValid());
        QSignalSpy errors(&queue, &LocalQueue::errorOccurred);
        Application changed = a;
        changed.customer.title = QStringLiteral("社長");
        QVERIFY(!queue.saveDraft(changed, 1));
        QCOMPARE(queue.lastError().kind, ErrorKind::Locked);
        QVERIFY(!queue.lastError().detail.isEmpty());
        QCOMPARE(errors.size(), 1);
        other.query(QStringLiteral("COMMIT"));
        QVERIFY(queue.saveDraft(changed, 1));
        QCOMPARE(queue.entry(a.id)->application.customer.title, QStringLiteral("社長"));
    }

    // Another process writing for a moment (`moshikomi --sync` from a
    // scheduled job while the window is open): the save waits for it and
    // goes through, nothing said.
    void aMomentaryLockIsWaitedFor()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options(2000)));
        const Application a = TestData::validApplication();
        QVERIFY(queue.saveDraft(a, 0));
        std::promise<void> locked;
        std::thread other([&locked, path = queue.databasePath()] {
            RawConnection raw(path);
            raw.query(QStringLiteral("BEGIN IMMEDIATE"));
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            raw.query(QStringLiteral("COMMIT"));
        });
        locked.get_future().wait();
        QSignalSpy errors(&queue, &LocalQueue::errorOccurred);
        Application changed = a;
        changed.customer.title = QStringLiteral("社長");
        const bool saved = queue.saveDraft(changed, 1);
        other.join();
        QVERIFY(saved);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(queue.entry(a.id)->application.customer.title, QStringLiteral("社長"));
    }

    void fullDiskIsReportedAndLosesNothingCommitted()
    {
        QTemporaryDir dir;
        Tmpfs tmpfs(dir.path(), "size=400k");
        QVERIFY2(tmpfs.isMounted(), qPrintable(tmpfs.error()));
        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        QList<Application> saved;
        bool full = false;
        for (int i = 0; i < 100 && !full; ++i) {
            Application a = TestData::validApplication();
            a.customer.address = QString(9000, QChar(u'a' + i % 26));
            if (queue.saveDraft(a, 0))
                saved.append(a);
            else
                full = true;
        }
        QVERIFY(full);
        QCOMPARE(queue.lastError().kind, ErrorKind::DiskFull);
        QVERIFY2(queue.lastError().detail.contains(QStringLiteral("full")),
                 qPrintable(queue.lastError().detail));
        QVERIFY(!saved.isEmpty());
        // What was committed before the disk filled up is all there.
        for (const Application &a : std::as_const(saved))
            QCOMPARE(queue.entry(a.id)->application.customer.address, a.customer.address);
        queue.close();
    }

    void readOnlyDatabaseOpensReadOnly()
    {
        QTemporaryDir dir;
        Tmpfs tmpfs(dir.path(), "size=4m");
        QVERIFY2(tmpfs.isMounted(), qPrintable(tmpfs.error()));
        const Application a = TestData::validApplication();
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(a, 3));
        }
        QVERIFY(tmpfs.remountReadOnly());
        LocalQueue queue;
        // The drafts can be read; saving says why it cannot be.
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(queue.isReadOnly());
        QCOMPARE(queue.lastError().kind, ErrorKind::ReadOnly);
        QCOMPARE(queue.drafts().size(), 1);
        QCOMPARE(queue.entry(a.id)->application.customer, a.customer);
        Application changed = a;
        changed.customer.title = QStringLiteral("社長");
        QVERIFY(!queue.saveDraft(changed, 3));
        QCOMPARE(queue.lastError().kind, ErrorKind::ReadOnly);
        QVERIFY2(!queue.lastError().detail.isEmpty(), "no detail for the log");
    }

    void serviceStatusesApplyOnlyToWhatTheServiceHas()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application draft = TestData::validApplication();
        QVERIFY(queue.saveDraft(draft, 0));
        const Application sent = TestData::validApplication();
        QVERIFY(queue.saveDraft(sent, 4));
        QVERIFY(queue.enqueue(sent, 4));
        QVERIFY(queue.transition(sent.id, State::Sending));
        QVERIFY(queue.transition(sent.id, State::AwaitingConfirmation));
        // Not the service's yet: nothing changes.
        QVERIFY(queue.applyServiceStatus(draft.id, State::Confirmed));
        QCOMPARE(queue.entry(draft.id)->state, State::Draft);
        // The service may have moved on by several steps between two looks.
        QVERIFY(queue.applyServiceStatus(sent.id, State::ProvisionallyRegistered));
        QCOMPARE(queue.entry(sent.id)->state, State::ProvisionallyRegistered);
        // Only service statuses.
        QVERIFY(!queue.applyServiceStatus(sent.id, State::Draft));
        QCOMPARE(queue.entry(sent.id)->state, State::ProvisionallyRegistered);
    }

    // A name is searched as it was said: in hiragana or katakana, full or
    // half width, any case, and an application by its number; also after the
    // queue is opened again (the search texts read back from the file).
    void searchFindsWhatWasDictated_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");
        QTest::newRow("katakana stored, hiragana typed")
            << QStringLiteral("株式会社ミマモリ") << QStringLiteral("みまもり") << true;
        QTest::newRow("hiragana stored, katakana typed")
            << QStringLiteral("株式会社みまもり") << QStringLiteral("ミマモリ") << true;
        QTest::newRow("half-width katakana stored")
            << QStringLiteral("株式会社ﾐﾏﾓﾘ") << QStringLiteral("みまもり") << true;
        QTest::newRow("Latin in another case")
            << QStringLiteral("ACME株式会社") << QStringLiteral("ａｃｍｅ") << true;
        QTest::newRow("another name")
            << QStringLiteral("株式会社ミマモリ") << QStringLiteral("まもる") << false;
        // The number a customer reads from a mail (申込み番号): whole, its
        // first part, in capitals.
        const QString company = TestData::validCustomer().companyName;
        QTest::newRow("application number")
            << company << QStringLiteral("3bd5d8f6-4345-45f2-aa3e-bc91d49bed80") << true;
        QTest::newRow("its first part") << company << QStringLiteral("3bd5d8f6") << true;
        QTest::newRow("read out in capitals")
            << company << QStringLiteral("3BD5D8F6-4345-45F2-AA3E-BC91D49BED80") << true;
        QTest::newRow("another number") << company << QStringLiteral("4bd5d8f6") << false;
        // A few digits are a phone number's (0821234567), never the
        // application number's (…-4345-…).
        QTest::newRow("digits of the phone") << company << QStringLiteral("4567") << true;
        QTest::newRow("digits only in the number") << company << QStringLiteral("4345") << false;
    }
    void searchFindsWhatWasDictated()
    {
        QFETCH(QString, company);
        QFETCH(QString, typed);
        QFETCH(bool, found);
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        a.id = QUuid(QStringLiteral("3bd5d8f6-4345-45f2-aa3e-bc91d49bed80"));
        a.customer.companyName = company;
        LocalQueue::Filter f;
        f.text = typed;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(a, 1));
            QCOMPARE(queue.page(0, 10, f).size(), found ? 1 : 0);
        }
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QCOMPARE(queue.page(0, 10, f).size(), found ? 1 : 0);
        QCOMPARE(f.matches(*queue.summary(a.id)), found);
    }

    void version1IsMigratedKeepingEverything()
    {
        QTemporaryDir dir;
        const Application a = TestData::validApplication();
        // The file as version 1 left it.
        QVERIFY(QueueFixtures::createPlaintextQueue(dir.path(), 1));
        QVERIFY(QueueFixtures::addPlaintextEntries(dir.path(), 1, {a}, false));
        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        QCOMPARE(queue.entry(a.id)->application.customer, a.customer);
        QCOMPARE(queue.entry(a.id)->step, 2);
        // The new columns are there and used: the old entry is found by a search.
        QVERIFY(queue.setNotBefore(a.id, QDateTime::currentDateTimeUtc().addSecs(60)));
        LocalQueue::Filter f;
        f.text = a.customer.companyName;
        QCOMPARE(queue.page(0, 10, f).size(), 1);
        QVERIFY(queue.setDeadline(a.id, QDateTime::currentDateTimeUtc().addDays(1)));
    }

    // The drafts are offered newest first, also when one was saved at a
    // whole second by the version before ("…:41Z" sorted after "…:41.500Z").
    void draftsComeNewestFirstAfterAnUpgrade()
    {
        QTemporaryDir dir;
        Application earlier = TestData::validApplication();
        earlier.id = QUuid::createUuid();
        earlier.customer.companyName = QStringLiteral("株式会社先");
        Application later = TestData::validApplication();
        later.id = QUuid::createUuid();
        later.customer.companyName = QStringLiteral("株式会社後");
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(earlier, 1));
            QVERIFY(queue.saveDraft(later, 1));
        }
        {
            RawConnection raw(dir.filePath(QStringLiteral("queue.sqlite")));
            // Nothing captured: a capture of a type of this file's anonymous
            // namespace is refused in a unity build (-Wsubobject-linkage).
            const auto setUpdated = [](RawConnection &connection, const Application &a,
                                       const char *at) {
                return connection
                           .query(
                               QStringLiteral(
                                   "UPDATE applications SET updated_at = '%1' WHERE id = '%2'")
                                   .arg(QLatin1StringView(at), a.id.toString(QUuid::WithoutBraces)))
                           .numRowsAffected() == 1;
            };
            QVERIFY(setUpdated(raw, earlier, "2026-11-26T08:15:41Z"));
            QVERIFY(setUpdated(raw, later, "2026-11-26T08:15:41.500Z"));
            raw.query(QStringLiteral("PRAGMA user_version=6"));
        }
        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        const QList<LocalQueue::Summary> drafts = queue.drafts();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).companyName, later.customer.companyName);
        QCOMPARE(drafts.at(1).companyName, earlier.customer.companyName);
        QCOMPARE(drafts.at(1).updatedAt, QDateTime(QDate(2026, 11, 26), QTime(8, 15, 41), Qt::UTC));
        // And one saved now sorts first.
        QVERIFY(queue.saveDraft(earlier, 1));
        QCOMPARE(queue.drafts().at(0).id, earlier.id);
    }

    // Retention: what is over loses its personal data after the period,
    // keeping id, state and history; the rest is untouched.
    void finishedApplicationsArePurgedAfterTheRetentionPeriod()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QList<Application> apps;
        for (int i = 0; i < 3; ++i) {
            Application a = TestData::validApplication();
            a.customer.companyName = QStringLiteral("保持テスト%1株式会社").arg(i);
            QVERIFY(queue.saveDraft(a, 4));
            QVERIFY(queue.enqueue(a, 4));
            QVERIFY(queue.transition(a.id, State::Sending));
            QVERIFY(queue.transition(a.id, State::AwaitingConfirmation));
            apps << a;
        }
        QVERIFY(queue.applyServiceStatus(apps[0].id, State::ProvisionallyRegistered));
        QVERIFY(queue.applyServiceStatus(apps[1].id, State::ProblemReported));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Not yet 30 days: nothing goes.
        QCOMPARE(queue.purgeFinished(30, now.addDays(29)), 0);
        QCOMPARE(queue.purgeFinished(30, now.addDays(31)), 2);
        for (int i : {0, 1}) {
            const LocalQueue::Summary s = *queue.summary(apps[i].id);
            QVERIFY(s.purged);
            QCOMPARE(s.companyName, QString());
            QVERIFY(queue.entry(apps[i].id)->payload.isEmpty());
            QCOMPARE(queue.entry(apps[i].id)->application.customer.email, QString());
            QVERIFY(queue.history(apps[i].id).size() >= 4);
        }
        QCOMPARE(queue.summary(apps[0].id)->state, State::ProvisionallyRegistered);
        // Still awaiting confirmation: kept whole.
        QCOMPARE(queue.summary(apps[2].id)->companyName, apps[2].customer.companyName);
        // Not found by what it was.
        LocalQueue::Filter f;
        f.text = QStringLiteral("保持テスト0");
        QCOMPARE(queue.page(0, 10, f).size(), 0);
        queue.close();
        // Not even sealed: whoever gets the key later finds nothing of them.
        RawConnection raw(dir.filePath(QStringLiteral("queue.sqlite")));
        QSqlQuery q = raw.query(
            QStringLiteral("SELECT length(b.draft), b.payload IS NULL, length(a.company_name),"
                           " (SELECT length(text) FROM application_search s WHERE s.seq = a.seq)"
                           " FROM applications a JOIN application_bodies b ON b.seq = a.seq"
                           " WHERE a.purged_at IS NOT NULL"));
        int purgedRows = 0;
        while (q.next()) {
            ++purgedRows;
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.value(1).toBool());
            QCOMPARE(q.value(2).toInt(), 0);
            QCOMPARE(q.value(3).toInt(), 0);
        }
        QCOMPARE(purgedRows, 2);
    }

    void filesArePrivate()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::Permissions(0x7755)); // as created, 0755
        LocalQueue queue;
        QVERIFY(queue.open(dir, QueueFixtures::options()));
        QVERIFY(queue.saveDraft(TestData::validApplication(), 0));
        auto mode = [](const QString &path) {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 0777
                                                                           : 0xFFFFu;
        };
        QCOMPARE(mode(dir), 0700u);
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(mode(queue.databasePath() + QLatin1StringView(suffix)), 0600u);
    }

    void symbolicLinkIsRefused()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("victim"));
        QFile(target).open(QIODevice::WriteOnly);
        QVERIFY(QFile::link(target, QDir(dir.path()).filePath(QStringLiteral("queue.sqlite"))));
        LocalQueue queue;
        QVERIFY(!queue.open(dir.path(), QueueFixtures::options()));
        QCOMPARE(queue.lastError().kind, ErrorKind::SymbolicLink);
        QCOMPARE(QFileInfo(target).size(), 0); // nothing written through the link
    }

    void folderOfAnotherUserIsRefused()
    {
        QTemporaryDir parent;
        QString dir = parent.filePath(QStringLiteral("theirs"));
        QVERIFY(QDir().mkpath(dir));
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(dir).constData(), 65534, 65534) == 0); // nobody
        else
            dir = QStringLiteral("/tmp"); // root's
        LocalQueue queue;
        QVERIFY(!queue.open(dir, QueueFixtures::options()));
        QCOMPARE(queue.lastError().kind, ErrorKind::NotOwned);
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("queue.sqlite"))) ||
                dir == QStringLiteral("/tmp"));
    }

    void anEditedValueDoesNotLinger()
    {
        QTemporaryDir dir;
        const QByteArray secret = QStringLiteral("機密の旧住所１２３").toUtf8();
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            Application a = TestData::validApplication();
            a.customer.address = QString::fromUtf8(secret);
            QVERIFY(queue.saveDraft(a, 0));
            a.customer.address = QStringLiteral("広島市西区大芝1-2-3");
            QVERIFY(queue.saveDraft(a, 0));
            Application other = TestData::validApplication();
            other.customer.address = QString::fromUtf8(secret) + QStringLiteral("別");
            QVERIFY(queue.saveDraft(other, 0));
            QVERIFY(queue.discardDraft(other.id));
        }
        QByteArray bytes;
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile f(QDir(dir.path())
                        .filePath(QStringLiteral("queue.sqlite") + QLatin1StringView(suffix)));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret));
    }

    void newerSchemaIsNotTouched()
    {
        QTemporaryDir dir;
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            RawConnection raw(queue.databasePath());
            raw.query(QStringLiteral("PRAGMA user_version=99"));
        }
        LocalQueue queue;
        QVERIFY(!queue.open(dir.path(), QueueFixtures::options()));
        QCOMPARE(queue.lastError().kind, ErrorKind::TooNew);
        RawConnection raw(dir.filePath(QStringLiteral("queue.sqlite")));
        QSqlQuery q = raw.query(QStringLiteral("PRAGMA user_version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 99);
    }

    void killedWriterLosesNoCommittedDraft()
    {
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--queue-writer"), dir.path()});
        child.start();
        QVERIFY(child.waitForStarted());
        QStringList committed;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        while (committed.size() < 150 && timer.elapsed() < 60000) {
            child.waitForReadyRead(1000);
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                committed.append(QString::fromLatin1(pending.left(nl)));
                pending.remove(0, nl + 1);
            }
        }
        child.kill(); // SIGKILL, in the middle of some write
        child.waitForFinished();
        QVERIFY2(committed.size() >= 150, "the writer did not get far enough");

        LocalQueue queue;
        QVERIFY2(queue.open(dir.path(), QueueFixtures::options()),
                 qPrintable(queue.lastError().detail));
        QVERIFY(queue.movedAsideTo().isEmpty()); // integrity_check passed
        for (const QString &line : std::as_const(committed)) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            const std::optional<LocalQueue::Entry> e = queue.entry(QUuid::fromString(parts[0]));
            QVERIFY2(e, qPrintable(line));
            // Each draft holds at least the revision reported for it.
            QVERIFY(e->application.customer.address.size() >= parts[1].toInt());
        }
    }
};

// The child side of killedWriterLosesNoCommittedDraft: saves drafts as fast as
// it can and prints "id revision" after each commit, until it is killed.
int runQueueWriter(const QString &dir)
{
    LocalQueue queue;
    if (!queue.open(dir, QueueFixtures::options()))
        return 3;
    QList<Application> apps;
    for (int i = 0; i < 5; ++i)
        apps.append(TestData::validApplication());
    for (int revision = 1;; ++revision) {
        Application &a = apps[revision % apps.size()];
        a.customer.address = QString(revision, u'x');
        if (!queue.saveDraft(a, revision % 6))
            return 4;
        std::printf("%s %d\n", qPrintable(a.id.toString(QUuid::WithoutBraces)), revision);
        std::fflush(stdout);
    }
}

MOSHIKOMI_TEST(TestLocalQueue)
#include "tst_localqueue.moc"
