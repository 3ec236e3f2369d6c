#include "client/connectionsettings.h"
#include "testregistry.h"

#include <QTest>

// The rules the settings dialog, the command line and the sync engine share
// for what staff type as the service's address, pins and token.
class TestConnectionSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serviceAddress_data()
    {
        using F = ConnectionSettings::Fault;
        QTest::addColumn<QString>("typed");
        QTest::addColumn<F>("fault");
        QTest::newRow("https") << "https://moshikomi.example.co.jp" << F::None;
        QTest::newRow("https with a port and a path")
            << "https://moshikomi.example.co.jp:8443/api" << F::None;
        QTest::newRow("pasted with spaces around") << "  https://moshikomi.example.co.jp \n"
                                                   << F::None;
        QTest::newRow("nothing") << "" << F::UrlMissing;
        QTest::newRow("only spaces") << "   " << F::UrlMissing;
        QTest::newRow("no scheme") << "moshikomi.example.co.jp" << F::UrlInvalid;
        QTest::newRow("ftp") << "ftp://moshikomi.example.co.jp" << F::UrlInvalid;
        QTest::newRow("a login in it")
            << "https://user:pw@moshikomi.example.co.jp" << F::UrlInvalid;
        QTest::newRow("a query") << "https://moshikomi.example.co.jp/?a=1" << F::UrlInvalid;
        QTest::newRow("http to another computer")
            << "http://moshikomi.example.co.jp" << F::UrlNotHttps;
        QTest::newRow("http to this computer by name") << "http://localhost:8080" << F::None;
        QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8080" << F::None;
        QTest::newRow("http to another loopback address") << "http://127.0.1.2:8080" << F::None;
        QTest::newRow("http to ::1") << "http://[::1]:8080" << F::None;
        // Names, looked up: they can point anywhere.
        QTest::newRow("http to a name starting with 127.")
            << "http://127.0.0.1.example.com:8080" << F::UrlNotHttps;
        QTest::newRow("http to a name that looks like 127")
            << "http://127.example.com" << F::UrlNotHttps;
        QTest::newRow("http to 0.0.0.0") << "http://0.0.0.0:8080" << F::UrlNotHttps;
        QTest::newRow("http to a private address") << "http://192.168.1.10" << F::UrlNotHttps;
    }
    void serviceAddress()
    {
        QFETCH(QString, typed);
        QFETCH(ConnectionSettings::Fault, fault);
        QCOMPARE(ConnectionSettings::checkServiceUrl(typed), fault);
    }

    // As people give it: completed to what the app uses, or left as typed
    // for the field's message.
    void serviceAddressAsGiven_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("used");
        QTest::newRow("whole") << "https://moshikomi.example.co.jp"
                               << "https://moshikomi.example.co.jp";
        QTest::newRow("without its scheme") << " moshikomi.example.co.jp:8443 "
                                            << "https://moshikomi.example.co.jp:8443";
        QTest::newRow("this computer, without its scheme") << "127.0.0.1:8443"
                                                           << "https://127.0.0.1:8443";
        QTest::newRow("the API's address copied whole")
            << "https://moshikomi.example.co.jp/api/v1/applications"
            << "https://moshikomi.example.co.jp";
        QTest::newRow("behind a path, the health check copied")
            << "moshikomi.example.co.jp/moshikomi/healthz"
            << "https://moshikomi.example.co.jp/moshikomi";
        QTest::newRow("a path of its own stays") << "https://example.co.jp/moshikomi/"
                                                 << "https://example.co.jp/moshikomi/";
        QTest::newRow("a word alone stays") << "notaurl"
                                            << "notaurl";
        QTest::newRow("http to another computer stays") << "http://example.co.jp/api/v1"
                                                        << "http://example.co.jp/api/v1";
    }
    void serviceAddressAsGiven()
    {
        QFETCH(QString, typed);
        QFETCH(QString, used);
        QCOMPARE(ConnectionSettings::completedServiceUrl(typed), used);
    }

    void tokenAsPasted_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("token");
        QTest::newRow("alone") << "abc_-123"
                               << "abc_-123";
        QTest::newRow("with the line's end") << "  abc_-123\r\n"
                                             << "abc_-123";
        QTest::newRow("from a curl example") << "Bearer abc_-123"
                                             << "abc_-123";
        QTest::newRow("in lower case") << "bearer abc_-123"
                                       << "abc_-123";
        QTest::newRow("the whole header") << "Authorization: Bearer abc_-123"
                                          << "abc_-123";
        QTest::newRow("cut by a space stays, for the field to say") << "abc def"
                                                                    << "abc def";
    }
    void tokenAsPasted()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, token);
        QCOMPARE(ConnectionSettings::tokenAsGiven(pasted), token);
    }

    void pins_data()
    {
        QTest::addColumn<QStringList>("pins");
        QTest::addColumn<int>("firstBad");
        const QString good = QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        QTest::newRow("none") << QStringList{} << -1;
        QTest::newRow("one good") << QStringList{good} << -1;
        QTest::newRow("no prefix") << QStringList{good, good.mid(8)} << 1;
        QTest::newRow("too short") << QStringList{QStringLiteral("sha256//AAAA")} << 0;
        QTest::newRow("not base64")
            << QStringList{QStringLiteral("sha256//!!!!AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")}
            << 0;
    }
    void pins()
    {
        QFETCH(QStringList, pins);
        QFETCH(int, firstBad);
        QCOMPARE(ConnectionSettings::invalidPin(pins), firstBad);
    }
};

MOSHIKOMI_TEST(TestConnectionSettings)
#include "tst_connectionsettings.moc"
