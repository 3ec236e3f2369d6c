#include "appqueue.h"
#include "testregistry.h"

#include "app/moshikomiapp.h"
#include "app/terminationwatcher.h"
#include "client/localqueue.h"
#include "ui/applicationwizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

// The child: the app as main() wires it, typing without a pause into the
// address; it is ended with SIGTERM as a logout or shutdown ends it.
int runTerminatedTypist(const QString &dir)
{
    MoshikomiApp app;
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app,
                     &MoshikomiApp::saveAndQuit);
    if (!app.start({QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir,
                    QStringLiteral("--new"), QStringLiteral("--language"), QStringLiteral("ja")}))
        return 3;
    std::printf("%s\n", qPrintable(app.wizard()->application().id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    QLineEdit *address = app.wizard()->findChild<QLineEdit *>(QStringLiteral("customer.address"));
    address->setFocus();
    QTimer keys;
    QObject::connect(&keys, &QTimer::timeout, [&] {
        QTest::keyClick(address, 'a');
        // What the field holds: a key sent once the session ended is not
        // taken (the window no longer takes keys) and not counted.
        std::printf("len %d\n", int(address->text().size()));
        std::fflush(stdout);
    });
    keys.start(20);
    return QApplication::exec();
}

class TestTermination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A logout while the app asks for the queue's passphrase (no keychain):
    // the question goes away and the app ends at once, saying nothing more.
    void sigtermWhileThePassphraseIsAsked()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        endsAtOnceWhenTerminatedWhileAsking({}, env);
    }

    // The same while another question of the start is open (here: the
    // application --resume names is not on this computer): it goes away, and
    // the app ends instead of going on to its window.
    void sigtermWhileAStartQuestionIsOpen()
    {
        endsAtOnceWhenTerminatedWhileAsking(
            {QStringLiteral("--resume"), QStringLiteral("0b6f7a3e-5a4d-4c1e-9f2a-1d2c3b4a5f60")},
            QProcessEnvironment::systemEnvironment());
    }

    void sigtermSavesTheOpenDraft()
    {
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--terminated-typist"), dir.path()});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QUuid id;
        int typed = 0;
        QElapsedTimer t;
        t.start();
        while (typed < 40 && t.elapsed() < 30000) {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("len "))
                    typed = line.mid(4).toInt();
                else if (id.isNull() && line.size() == 36)
                    id = QUuid::fromString(QString::fromLatin1(line));
            }
        }
        QVERIFY2(typed >= 40, "the typist did not get going");
        child.terminate(); // SIGTERM, while keys are still coming
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        out += child.readAllStandardOutput();
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("len "))
                typed = line.mid(4).toInt();
        }
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), appQueueOptions()));
        const std::optional<LocalQueue::Entry> e = queue.entry(id);
        QVERIFY(e);
        // Every key typed before the signal is on disk, not only what the
        // 400 ms draft timer had saved.
        QCOMPARE(int(e->application.customer.address.size()), typed);
    }

private:
    // The app started with `arguments` waits for the person; ended with
    // SIGTERM as a logout ends it, it goes at once, with 1 (nothing opened).
    void endsAtOnceWhenTerminatedWhileAsking(const QStringList &arguments,
                                             const QProcessEnvironment &environment)
    {
        QTemporaryDir dir;
        QProcess app;
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(MOSHIKOMI_APP_BINARY),
                  QStringList{QStringLiteral("--data-dir"), dir.path(),
                              QStringLiteral("--language"), QStringLiteral("ja")} +
                      arguments);
        QVERIFY(app.waitForStarted());
        QVERIFY(!app.waitForFinished(2500));
        QElapsedTimer t;
        t.start();
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
    }
};

MOSHIKOMI_TEST(TestTermination)
#include "tst_termination.moc"
