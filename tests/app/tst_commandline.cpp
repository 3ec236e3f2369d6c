#include "testcertificates.h"
#include "testregistry.h"

#include "app/commandline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The real executable on a machine with no display at all.
Run runWithoutDisplay(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANG"), lang);
    QTemporaryDir home;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MOSHIKOMI_APP_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

// --help, --version and mistakes work without a display (over SSH, in
// scripts), in the UI language, and a mistake is one line and exit code 2.
class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("says");
        QTest::newRow("no language: Japanese") << "C.UTF-8"
                                               << "使い方";
        QTest::newRow("Japanese system") << "ja_JP.UTF-8"
                                         << "使い方";
        QTest::newRow("English system") << "en_US.UTF-8"
                                        << "Usage:";
    }
    void helpWithoutDisplay()
    {
        QFETCH(QString, lang);
        QFETCH(QString, says);
        const Run r = runWithoutDisplay({QStringLiteral("--help")}, lang);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(says), qPrintable(r.out + r.err));
        for (const char *option : {"--help", "--version", "--data-dir <DIR>", "--language <LANG>",
                                   "--additional-info <FILE>", "--resume <ID>", "--new",
                                   "--service-url <URL>", "--ca-file <FILE>", "--sync"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
        // It fits an 80-column terminal, where a Japanese character takes two
        // (Qt's own help counted characters and ran to 120 columns).
        for (const QString &line : r.out.split(u'\n')) {
            int columns = 0;
            for (const char32_t c : line.toUcs4())
                columns += c >= 0x1100 && !(c >= 0xFF61 && c <= 0xFFDC) ? 2 : 1;
            QVERIFY2(columns <= 80, qPrintable(line));
        }
    }

    void versionWithoutDisplay()
    {
        const Run r = runWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Moshikomi ")), qPrintable(r.out));
    }

    void mistakesInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown option") << QStringList{"--bogus"} << "bogus";
        QTest::newRow("unknown language") << QStringList{"--language", "xx"} << "xx";
        QTest::newRow("stray argument") << QStringList{"extra"} << "extra";
        QTest::newRow("option without its value") << QStringList{"--data-dir"} << "data-dir";
        QTest::newRow("not an address")
            << QStringList{"--service-url", "notaurl"} << "give an https:// address";
        // The token would travel unencrypted to another computer.
        QTest::newRow("plain http to another computer")
            << QStringList{"--service-url", "http://moshikomi.example.co.jp"}
            << "must not travel unencrypted";
        QTest::newRow("a CA file that is not there")
            << QStringList{"--ca-file", "/nonexistent/ca.pem"} << "no such file";
        QTest::newRow("a CA file with no certificate in it")
            << QStringList{"--ca-file", QStringLiteral(MOSHIKOMI_SOURCE_DIR "/README.md")}
            << "holds no certificate";
        // Said before any window: a dialog would wait for a click nobody at a
        // terminal or in a script can give.
        QTest::newRow("a step-3 schema that is not there")
            << QStringList{"--additional-info", "/nonexistent/schema.json"}
            << "schema /nonexistent/schema.json was not found";
        QTest::newRow("a step-3 schema that is not JSON")
            << QStringList{"--additional-info", QStringLiteral(MOSHIKOMI_SOURCE_DIR "/README.md")}
            << "cannot be used: it is not valid JSON";
        // A launcher or a script that passes something else: said at once,
        // not in a dialog that waits for a click.
        QTest::newRow("a resume that is no application number")
            << QStringList{"--resume", "12345"}
            << "--resume \"12345\": this is not an application number";
        QTest::newRow("an empty resume")
            << QStringList{"--resume", ""} << "this is not an application number";
        QTest::newRow("new and resume together")
            << QStringList{"--new", "--resume", "3f0c9a2e-8b1d-4c5e-9a7f-2b6d1e0c4a93"}
            << "give one of them";
        QTest::newRow("a login in the address")
            << QStringList{"--service-url", "https://user:pw@moshikomi.example.co.jp"}
            << "give an https:// address";
    }
    void mistakesInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = runWithoutDisplay(arguments, QStringLiteral("en_US.UTF-8"));
        QCOMPARE(r.code, 2);
        const QStringList lines = r.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(says), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());
    }

    // A CA file named from the current folder is remembered by its whole
    // path: the next start may be from another folder.
    void aRelativeCaFileIsRememberedWhole()
    {
        TestCertificates certs;
        QVERIFY2(certs.isValid(), qPrintable(certs.error()));
        QTemporaryDir dir;
        QVERIFY(QFile::copy(certs.caCertificate(), dir.filePath(QStringLiteral("ca.pem"))));
        const QString before = QDir::currentPath();
        const auto back = qScopeGuard([&before] { QDir::setCurrent(before); });
        QVERIFY(QDir::setCurrent(dir.path()));
        const CommandLine::Result r = CommandLine::parse(
            {QStringLiteral("moshikomi"), QStringLiteral("--ca-file"), QStringLiteral("ca.pem")});
        QCOMPARE(int(r.action), int(CommandLine::Action::Run));
        QCOMPARE(r.options.caFile, QDir(dir.path()).absoluteFilePath(QStringLiteral("ca.pem")));
    }

    // Started over SSH without X: one line that says why and what works
    // without a window, not Qt's page about platform plugins and an abort.
    void noDisplayIsSaidInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("says");
        QTest::newRow("English") << QStringList{"--new"} << "en_US.UTF-8"
                                 << "no display";
        QTest::newRow("Japanese") << QStringList{} << "ja_JP.UTF-8"
                                  << "ディスプレイ";
    }
    void noDisplayIsSaidInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const Run r = runWithoutDisplay(arguments + QStringList{"--data-dir", dir.path()}, lang);
        QCOMPARE(r.code, 1);
        const QStringList lines = r.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(says), qPrintable(r.err));
        QVERIFY2(lines.first().contains(QStringLiteral("--sync")), qPrintable(r.err));
    }

    void unknownLanguageIsNeverStored()
    {
        QTemporaryDir dir;
        const Run r = runWithoutDisplay({QStringLiteral("--data-dir"), dir.path(),
                                         QStringLiteral("--language"), QStringLiteral("xx")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("settings.ini"))));
    }

    void parse()
    {
        const CommandLine::Result r = CommandLine::parse(
            {QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
             QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--resume"),
             QStringLiteral("3F0C9A2E-8B1D-4C5E-9A7F-2B6D1E0C4A93")});
        QCOMPARE(r.action, CommandLine::Action::Run);
        QCOMPARE(r.options.dataDir, QStringLiteral("/tmp/x"));
        QVERIFY(r.options.portable);
        QCOMPARE(r.options.language, QStringLiteral("en"));
        // Checked against the queue later: said, and the drafts offered. As
        // a mail prints it or in capitals, as a spreadsheet may: both are one.
        QCOMPARE(r.options.resume, QStringLiteral("3F0C9A2E-8B1D-4C5E-9A7F-2B6D1E0C4A93"));
        // Plain HTTP to this computer is fine (the reference service behind a proxy).
        const CommandLine::Result local =
            CommandLine::parse({QStringLiteral("moshikomi"), QStringLiteral("--service-url"),
                                QStringLiteral("http://127.0.0.1:8080")});
        QCOMPARE(local.action, CommandLine::Action::Run);
        // Without its scheme, as people say it: https is meant.
        const CommandLine::Result bare =
            CommandLine::parse({QStringLiteral("moshikomi"), QStringLiteral("--service-url"),
                                QStringLiteral("moshikomi.example.co.jp:8443")});
        QCOMPARE(bare.action, CommandLine::Action::Run);
        QCOMPARE(bare.options.serviceUrl, QStringLiteral("https://moshikomi.example.co.jp:8443"));
    }
};

MOSHIKOMI_TEST(TestCommandLine)
#include "tst_commandline.moc"
