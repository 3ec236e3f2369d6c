// Benchmarks of the shared model: the local queue against the raw SQLite
// floor, validation + normalisation, postal look-up, and a 100,000-entry queue
// in the item model. Prints markdown table rows (see tools/bench.sh).
#include "benchutil.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "core/applicationrules.h"
#include "core/normalizer.h"
#include "core/postaldirectory.h"
#include "core/wirecodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Bench;

namespace {

Application fullApplication()
{
    Application a = Application::create();
    Customer &c = a.customer;
    c.companyName = QStringLiteral("株式会社見守り商事");
    c.lastName = QStringLiteral("山田");
    c.firstName = QStringLiteral("太郎");
    c.department = QStringLiteral("情報システム部");
    c.title = QStringLiteral("部長");
    c.email = c.emailConfirm = QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ");
    c.postalCode = QStringLiteral("７３３０００１");
    c.prefecture = QStringLiteral("34");
    c.address = QStringLiteral("広島市西区大芝1-2-3");
    c.phone = QStringLiteral("082-123-4567");
    a.destinations.clear();
    for (int i = 0; i < 10; ++i)
        a.destinations.append(Destination::prefilledFrom(c));
    a.loginUsers.clear();
    for (int i = 0; i < 3; ++i) {
        LoginUser u = LoginUser::prefilledFrom(c);
        u.email = u.emailConfirm = QStringLiteral("user%1@example.co.jp").arg(i);
        u.mobile = QStringLiteral("090-1234-567%1").arg(i);
        a.loginUsers.append(u);
    }
    return a;
}

// The floor: one INSERT of the same bytes per transaction, through the C
// API, with the queue's PRAGMAs.
class RawFloor
{
public:
    RawFloor(const QString &dir, const QByteArray &bytes)
        : m_bytes(bytes)
    {
        sqlite3_open(
            QFile::encodeName(QDir(dir).filePath(QStringLiteral("raw.sqlite"))).constData(), &m_db);
        sqlite3_exec(m_db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                     "CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)",
                     nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "INSERT INTO t (body) VALUES (?)", -1, &m_insert, nullptr);
    }
    ~RawFloor()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void insert()
    {
        sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_blob(m_insert, 1, m_bytes.constData(), int(m_bytes.size()), SQLITE_STATIC);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    QByteArray m_bytes;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void queueAgainstFloor()
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    LocalQueue queue;
    queue.open(dir.path());
    Application a = fullApplication();
    RawFloor raw(dir.path(), WireCodec::encode(a, WireCodec::Form::Draft));
    const int n = 30, rounds = 9;
    // As in the wizard: an application has been a draft all along when it is queued.
    QList<Application> drafts;
    for (int i = 0; i < n * rounds; ++i) {
        drafts.append(fullApplication());
        queue.saveDraft(drafts.last(), 4);
    }
    // Rounds interleave the three so that the disk's mood affects all alike.
    QList<double> floor, save, enqueue;
    int revision = 0, next = 0;
    for (int r = 0; r < rounds; ++r) {
        floor.append(medianMicros(1, n, [&] { raw.insert(); }));
        save.append(medianMicros(1, n, [&] {
            a.customer.address = QStringLiteral("広島市西区大芝%1").arg(++revision);
            queue.saveDraft(a, 1);
        }));
        enqueue.append(medianMicros(1, n, [&] { queue.enqueue(drafts[next++], 4); }));
    }
    const double f = median(floor), s = median(save), e = median(enqueue);
    row("save a draft (10 destinations, 3 users)", us(s), us(f) + QStringLiteral(" raw INSERT"),
        QStringLiteral("≤ 1.5× (%1×)").arg(s / f, 0, 'f', 2), s <= 1.5 * f);
    row("queue an application (draft + frozen bytes)", us(e), us(f) + QStringLiteral(" raw INSERT"),
        QStringLiteral("≤ 1.5× (%1×)").arg(e / f, 0, 'f', 2), e <= 1.5 * f);
}

void validation()
{
    const Application a = fullApplication();
    volatile qsizetype sink = 0;
    const double t = medianMicros(9, 2000, [&] {
        const Application n = Normalizer::application(a);
        sink = sink + ApplicationRules::validate(n, ApplicationRules::Confirmation::Check).size();
    });
    row("validate + normalise a full application", us(t), QStringLiteral("—"),
        QStringLiteral("≤ 50 µs"), t <= 50);
}

void postal()
{
    QElapsedTimer load;
    load.start();
    PostalDirectory directory(QStringLiteral(":/postal/postal-directory.bin"));
    directory.load();
    const double loadMs = load.nsecsElapsed() / 1.0e6;
    row("postal directory: first load (lazy)", ms(loadMs), QStringLiteral("—"),
        QStringLiteral("≤ 50 ms"), loadMs <= 50);
    const QStringList codes = {QStringLiteral("733-0001"), QStringLiteral("100-0001"),
                               QStringLiteral("498-0000"), QStringLiteral("001-8501"),
                               QStringLiteral("900-0001"), QStringLiteral("999-9999")};
    int i = 0;
    volatile qsizetype sink = 0;
    const double t = medianMicros(
        9, 20000, [&] { sink = sink + directory.lookup(codes[i++ % codes.size()]).size(); });
    row("postal look-up", us(t), QStringLiteral("—"), QStringLiteral("≤ 5 µs"), t <= 5);
}

void bigQueue()
{
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    {
        LocalQueue queue;
        queue.open(dir.path()); // creates the schema
    }
    // Filled through SQL in one transaction: the point is reading, not writing.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("queue.sqlite")));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(
            QStringLiteral("INSERT INTO applications (id, state, company_name, contact_name,"
                           " draft, created_at, updated_at) VALUES (?, 'queued', ?, ?, ?, ?, ?)"));
        const QByteArray draft = WireCodec::encode(fullApplication(), WireCodec::Form::Draft);
        for (int i = 0; i < 100000; ++i) {
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(QStringLiteral("会社 %1").arg(i));
            q.addBindValue(QStringLiteral("山田 太郎"));
            q.addBindValue(draft);
            q.addBindValue(QStringLiteral("2026-11-25T08:15:00Z"));
            q.addBindValue(QStringLiteral("2026-11-25T08:15:00Z"));
            q.exec();
        }
        q.exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));

    const qint64 before = residentKiB();
    QElapsedTimer t;
    t.start();
    LocalQueue queue;
    queue.open(dir.path());
    const double open = t.nsecsElapsed() / 1.0e6;
    std::printf("| 100,000-entry queue: open with PRAGMA checks and integrity_check | %s | — | "
                "(reported; grows with the file) | — |\n",
                qPrintable(ms(open)));
    t.restart();
    QueueTableModel model(&queue);
    model.fetchMore({});
    const double first = t.nsecsElapsed() / 1.0e6;
    row("100,000-entry queue: first 100 rows in the item model", ms(first), QStringLiteral("—"),
        QStringLiteral("≤ 50 ms"), first <= 50 && model.rowCount() == 100);
    const qint64 after = residentKiB();
    std::printf("| 100,000-entry queue: resident memory | %lld KiB total, +%lld KiB for the open "
                "queue and 100 rows | — | (reported) | — |\n",
                after, after - before);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    queueAgainstFloor();
    validation();
    postal();
    bigQueue();
    return 0;
}
