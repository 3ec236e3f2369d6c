// The client's side of sync, for tools/bench-sync.sh:
//   bench_sync bodies N DIR URL CA TOKEN  N frozen bodies and a curl config that sends them
//   bench_sync client N URL CA TOKEN    queue N and sync them: "<seconds> <peak KiB>"
//   bench_sync e2e N URL CA TOKEN SINK  N times: queue one, sync, wait for the SMTP
//                                       server's file: "<p50 ms> <p99 ms> <slowest ms>"
#include "benchdata.h"
#include "benchutil.h"

#include "app/syncengine.h"
#include "client/localqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

SyncEngine::Settings settings(const QString &url, const QString &ca, const QByteArray &token)
{
    SyncEngine::Settings s;
    s.serviceUrl = QUrl(url);
    s.caFile = ca;
    s.token = token;
    return s;
}

int bodies(int n, const QString &dir, const QString &url, const QString &ca,
           const QByteArray &token)
{
    QTemporaryDir tmp;
    LocalQueue queue;
    if (!queue.open(tmp.path(), Bench::queueOptions()))
        return 1;
    QFile config(QDir(dir).filePath(QStringLiteral("curl.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < n; ++i) {
        Application a = Bench::fullApplication();
        queue.saveDraft(a, 4);
        queue.enqueue(a, 4);
        // Each request its own headers (curl's options hold until "next").
        if (i > 0)
            config.write("next\n");
        const QString body = QDir(dir).filePath(QStringLiteral("%1.json").arg(i));
        QFile out(body);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(queue.entry(a.id)->payload); // the very bytes the client would send
        const QByteArray id = a.id.toString(QUuid::WithoutBraces).toLatin1();
        config.write("url = \"" + url.toUtf8() +
                     "/api/v1/applications\"\n"
                     "header = \"Authorization: Bearer " +
                     token +
                     "\"\n"
                     "header = \"Content-Type: application/json\"\n"
                     "header = \"Idempotency-Key: " +
                     id +
                     "\"\n"
                     "data-binary = \"@" +
                     body.toUtf8() +
                     "\"\n"
                     "output = \"/dev/null\"\n"
                     "cacert = \"" +
                     ca.toUtf8() + "\"\n");
    }
    return 0;
}

int client(int n, const QString &url, const QString &ca, const QByteArray &token)
{
    QTemporaryDir tmp;
    LocalQueue queue;
    if (!queue.open(tmp.path(), Bench::queueOptions()))
        return 1;
    for (int i = 0; i < n; ++i) {
        Application a = Bench::fullApplication();
        queue.saveDraft(a, 4);
        queue.enqueue(a, 4);
    }
    SyncEngine sync(&queue);
    SyncEngine::Settings s = settings(url, ca, token);
    s.parallel = qEnvironmentVariableIntValue("BENCH_PARALLEL") > 0
                     ? qEnvironmentVariableIntValue("BENCH_PARALLEL")
                     : s.parallel;
    sync.setSettings(s);
    int sent = 0;
    QObject::connect(&sync, &SyncEngine::applicationSent, [&sent] { ++sent; });
    QObject::connect(&sync, &SyncEngine::idle, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    QElapsedTimer t;
    const double cpuBefore = cpuSeconds();
    t.start();
    sync.syncNow();
    QCoreApplication::exec();
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("%.3f %lld %d %.3f\n", seconds, Bench::statusKiB("VmHWM:"), sent,
                cpuSeconds() - cpuBefore);
    return sent == n ? 0 : 1;
}

int endToEnd(int n, const QString &url, const QString &ca, const QByteArray &token,
             const QString &sink)
{
    QTemporaryDir tmp;
    LocalQueue queue;
    if (!queue.open(tmp.path(), Bench::queueOptions()))
        return 1;
    SyncEngine sync(&queue);
    sync.setSettings(settings(url, ca, token));
    QDir mails(sink);
    QList<double> samples;
    for (int i = 0; i < n; ++i) {
        Application a = Bench::fullApplication();
        queue.saveDraft(a, 4);
        const qsizetype before = mails.entryList({QStringLiteral("*.eml")}, QDir::Files).size();
        // OK on the review page: queued, then sent at once.
        QElapsedTimer t;
        t.start();
        queue.enqueue(a, 4);
        sync.syncNow();
        while (mails.entryList({QStringLiteral("*.eml")}, QDir::Files).size() <= before &&
               t.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QThread::usleep(200);
        }
        samples.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    std::printf("%.1f %.1f %.1f\n", samples[samples.size() / 2],
                samples[qMin<qsizetype>(samples.size() - 1, samples.size() * 99 / 100)],
                samples.last());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 7 && a[1] == u"bodies")
        return bodies(a[2].toInt(), a[3], a[4], a[5], a[6].toLatin1());
    if (a.size() >= 6 && a[1] == u"client")
        return client(a[2].toInt(), a[3], a[4], a[5].toLatin1());
    if (a.size() >= 7 && a[1] == u"e2e")
        return endToEnd(a[2].toInt(), a[3], a[4], a[5].toLatin1(), a[6]);
    std::fprintf(stderr, "usage: see the top of bench/bench_sync.cpp\n");
    return 2;
}
