// Benchmarks of the wizard: start-up to the first page shown against a bare
// QWizard with one page (each in a fresh process), and keystroke-to-validated
// latency in step 1. Prints markdown table rows (see tools/bench.sh).
#include "app/moshikomiapp.h"
#include "benchdata.h"
#include "benchutil.h"
#include "client/localqueue.h"
#include "client/uilanguage.h"
#include "ui/applicationwizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWindow>
#include <QWizard>

#include <chrono>

using namespace Bench;

namespace {

qint64 nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The moment a window's first expose has been handled: its first page
// painted and flushed to the screen. Measured here rather than when start()
// returns, since the application shows its first page before it has finished
// starting (the keychain answers while the page is on screen).
class FirstFrame : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Expose || m_at || m_inside)
            return false;
        auto *window = qobject_cast<QWindow *>(watched);
        if (!window || !window->isExposed() || !isWizardWindow(window))
            return false;
        m_inside = true;
        static_cast<QObject *>(window)->event(event); // paints and flushes
        m_inside = false;
        m_at = nowMicros();
        return true;
    }
    qint64 at() const { return m_at; }

private:
    static bool isWizardWindow(QWindow *window)
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->windowHandle() == window && qobject_cast<QWizard *>(w))
                return true;
        return false;
    }
    qint64 m_at = 0;
    bool m_inside = false;
};

// Child: start, show the first page, print "<µs since process start to the
// first page on screen> <µs to ready for typing> <RSS KiB>".
int child(const QString &what, const QString &dir, qint64 startedAtMs)
{
    QLocale::setDefault(QLocale::c());
    FirstFrame firstFrame;
    qApp->installEventFilter(&firstFrame);
    std::unique_ptr<QWidget> window;
    std::unique_ptr<MoshikomiApp> moshikomi;
    QWidget *shown = nullptr;
    if (what == QLatin1StringView("--child-bare")) {
        // The floor: a bare QWizard with one page, in Japanese like the app
        // (so that both pay for loading a Japanese font).
        auto wizard = std::make_unique<QWizard>();
        auto page = new QWizardPage;
        page->setTitle(QStringLiteral("基本情報入力"));
        auto layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("会社名")));
        layout->addWidget(new QLineEdit);
        wizard->addPage(page);
        wizard->resize(1100, 760); // the application wizard's size: same pixels to fill
        window = std::move(wizard);
        window->show();
        shown = window.get();
    } else {
        // The application's own start-up, as `moshikomi --data-dir DIR` runs it.
        moshikomi = std::make_unique<MoshikomiApp>();
        if (!moshikomi->start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir,
                               QStringLiteral("--language"), QStringLiteral("ja")}))
            return 3;
        shown = moshikomi->wizard();
    }
    // Not QTest::qWaitForWindowExposed(): it sleeps 10 ms between looks,
    // which would swamp the difference being measured.
    QDeadlineTimer deadline(5000);
    while (!firstFrame.at() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (deadline.hasExpired() || !shown->isVisible())
        return 2;
    // Ready for typing: start() has returned (the queue is open) and the
    // page is on screen.
    const qint64 ready = std::max(firstFrame.at(), nowMicros());
    std::printf("%lld %lld %lld\n", qint64(firstFrame.at() - startedAtMs),
                qint64(ready - startedAtMs), residentKiB());
    return 0;
}

struct StartResult
{
    double shownMs;
    double readyMs;
    qint64 rssKiB;
};

StartResult startOnce(const QString &program, const QString &what, const QString &dir)
{
    QProcess p;
    const qint64 started = nowMicros();
    p.start(program, {what, dir, QString::number(started)});
    p.waitForFinished(30000);
    const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 3)
        return {-1, -1, -1};
    return {parts[0].toDouble() / 1000.0, parts[1].toDouble() / 1000.0, parts[2].toLongLong()};
}

void startUp(const QString &program)
{
    QTemporaryDir dir;
    QList<double> bare, wizard, wizardReady;
    qint64 bareRss = 0, wizardRss = 0;
    startOnce(program, QStringLiteral("--child-wizard"), dir.path()); // creates the database once
    for (int i = 0; i < 21; ++i) {
        const StartResult b = startOnce(program, QStringLiteral("--child-bare"), dir.path());
        const StartResult w = startOnce(program, QStringLiteral("--child-wizard"), dir.path());
        bare.append(b.shownMs);
        wizard.append(w.shownMs);
        wizardReady.append(w.readyMs);
        bareRss = b.rssKiB;
        wizardRss = w.rssKiB;
    }
    std::sort(bare.begin(), bare.end());
    std::sort(wizard.begin(), wizard.end());
    std::sort(wizardReady.begin(), wizardReady.end());
    const double b = bare[bare.size() / 2], w = wizard[wizard.size() / 2],
                 r = wizardReady[wizardReady.size() / 2];
    row("start to first page shown (process start → first page painted)",
        ms(w) + QStringLiteral(", %1 KiB resident").arg(wizardRss),
        ms(b) + QStringLiteral(" bare QWizard, %1 KiB resident").arg(bareRss),
        QStringLiteral("≤ 1.5× (%1×)").arg(w / b, 0, 'f', 2), w <= 1.5 * b);
    std::printf("| start to ready for typing (the queue open with its key from the keychain; "
                "keys typed before are kept) | %s | %s bare QWizard shown | (reported: %.2f×) | — "
                "|\n",
                qPrintable(ms(r)), qPrintable(ms(b)), r / b);
}

void keystroke()
{
    QTemporaryDir dir;
    LocalQueue queue;
    queue.open(dir.path(), Bench::queueOptions());
    UiLanguage::install(UiLanguage::japanese());
    ApplicationWizard wizard(&queue, AdditionalInfoSchema());
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        qFatal("the wizard was not shown");
    auto edit = wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("customer.phone"));
    edit->setFocus();
    const char digits[] = "0821234567";
    int i = 0;
    // One keystroke: the validator normalises, the rule runs, the message and
    // the page's completeness are updated and the draft timer restarts.
    const double t = medianMicros(9, 200, [&] {
        if (i % 10 == 0)
            edit->clear();
        QTest::keyClick(edit, digits[i++ % 10]);
    });
    row("keystroke to validated (step 1, phone field)", us(t), QStringLiteral("—"),
        QStringLiteral("≤ 1 ms"), t <= 1000);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]).startsWith("--child"))
        return child(QString::fromLatin1(argv[1]), QString::fromLocal8Bit(argv[2]),
                     QByteArray(argv[3]).toLongLong());
    startUp(QCoreApplication::applicationFilePath());
    keystroke();
    return 0;
}
