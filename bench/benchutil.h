#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

// Small helpers shared by the benchmarks: a median timer and the table row
// printer that tools/bench.sh collects into docs/performance.md.
namespace Bench {

// Median of `rounds` timings of `body`, each repeated `inner` times; in µs per call.
template<typename Body> double medianMicros(int rounds, int inner, Body body)
{
    QList<double> samples;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < inner; ++i)
            body();
        samples.append(double(t.nsecsElapsed()) / 1000.0 / inner);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// A memory figure of /proc/self/status in KiB ("VmRSS:" now, "VmHWM:" the peak).
inline qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const qsizetype skip = qsizetype(qstrlen(field));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(skip).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline qint64 residentKiB()
{
    return statusKiB("VmRSS:");
}

// | what | measured | baseline | ratio or goal | verdict |
inline void row(const char *what, const QString &measured, const QString &baseline,
                const QString &goal, bool met)
{
    std::printf("| %s | %s | %s | %s | %s |\n", what, qPrintable(measured), qPrintable(baseline),
                qPrintable(goal), met ? "met" : "**not met**");
    std::fflush(stdout);
}

inline QString us(double v)
{
    return QStringLiteral("%1 µs").arg(v, 0, 'f', v < 10 ? 2 : 1);
}

inline QString ms(double v)
{
    return QStringLiteral("%1 ms").arg(v, 0, 'f', 2);
}

} // namespace Bench
