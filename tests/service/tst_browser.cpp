#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// The customer's pages in a real browser (Debian's headless Chromium through
// chromedriver) at a phone's width: plain forms without JavaScript, the button
// confirms. The screenshots go to MOSHIKOMI_SCREENSHOT_DIR for a person to see.
class TestBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void confirmInABrowser()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        Application a = TestData::validApplication();
        // A company name with no place to break (a Latin name written as
        // one word) still fits a phone's width.
        a.customer.companyName =
            QStringLiteral("MimamoriCyberSecurityServicesInternationalHoldingsKabushikiKaisha");
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        QVERIFY(service.waitForMails(1));
        const QString link = service.mails().first().link();
        // Another customer's first link, replaced by a resend.
        const Application b = TestData::validApplication();
        QCOMPARE(service.submit(token, WireCodec::encode(b)).status, 201);
        QVERIFY(service.waitForMails(2));
        QString replaced;
        for (const ServiceProcess::Mail &m : service.mails()) {
            if (m.link() != link)
                replaced = m.link();
        }
        QCOMPARE(service
                     .request("POST",
                              QStringLiteral("/api/v1/applications/%1/resend-confirmation")
                                  .arg(b.id.toString(QUuid::WithoutBraces)),
                              {}, {{"Authorization", "Bearer " + token}})
                     .status,
                 200);
        QString out = qEnvironmentVariable("MOSHIKOMI_SCREENSHOT_DIR");
        QTemporaryDir tmp;
        if (out.isEmpty())
            out = tmp.path();
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        browser.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(MOSHIKOMI_SOURCE_DIR "/tests/service/browser-confirm.py"),
                       link, out, replaced});
        QVERIFY(browser.waitForFinished(120000));
        const QByteArray said = browser.readAll();
        QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0,
                 said.constData());
        for (const char *name : {"confirm-ask.png", "confirm-accepted.png", "confirm-used.png",
                                 "confirm-unknown.png", "confirm-replaced.png"})
            QVERIFY(QFileInfo(QDir(out).filePath(QLatin1StringView(name))).size() > 1000);
        QCOMPARE(QJsonDocument::fromJson(service
                                             .request("GET",
                                                      QStringLiteral("/api/v1/applications/") +
                                                          a.id.toString(QUuid::WithoutBraces),
                                                      {}, {{"Authorization", "Bearer " + token}})
                                             .body)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("confirmed"));
    }
};

MOSHIKOMI_TEST(TestBrowser)
#include "tst_browser.moc"
