#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// Values nothing else in the database could hold by chance.
Application distinctive()
{
    Application a = TestData::validApplication();
    a.customer.companyName = QStringLiteral("株式会社消去確認") + QString::number(a.id.data1);
    a.customer.lastName = QStringLiteral("消去");
    a.customer.email = QStringLiteral("erase.%1@example.co.jp").arg(a.id.data1);
    a.customer.emailConfirm = a.customer.email;
    a.customer.address = QStringLiteral("広島市中区消去町%1").arg(a.id.data2);
    a.customer.phone = QStringLiteral("082%1").arg(a.id.data1 % 10000000, 7, 10, QLatin1Char('0'));
    a.destinations = {Destination::prefilledFrom(a.customer)};
    a.loginUsers[0].email = QStringLiteral("user.%1@example.co.jp").arg(a.id.data1);
    a.loginUsers[0].emailConfirm = a.loginUsers[0].email;
    return a;
}

QByteArray databaseBytes(const ServiceProcess &service)
{
    return service.storedBytes();
}

QStringList leftIn(const QByteArray &bytes, const Application &a)
{
    QStringList found;
    for (const QString &v : {a.customer.companyName, a.customer.email, a.customer.address,
                             a.customer.phone, a.loginUsers[0].email}) {
        if (bytes.contains(v.toUtf8()))
            found << v;
    }
    return found;
}

} // namespace

// Personal data on the server: erased on request, purged after the retention
// period, with the id, status and timeline kept.
class TestPersonalData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void erasedOnRequest()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray staff = service.addStaff(QStringLiteral("alice"));
        const QByteArray op = service.addStaff(QStringLiteral("olga"), true);
        const Application a = distinctive();
        QCOMPARE(service.submit(staff, WireCodec::encode(a)).status, 201);
        QVERIFY(service.waitForMails(1));
        QCOMPARE(service.request("POST", QUrl(service.mails().first().link()).path()).status, 200);
        QVERIFY(service.waitForMails(2));
        QVERIFY(!leftIn(databaseBytes(service), a).isEmpty()); // the test can see them
        const QString path =
            QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces);
        QCOMPARE(service
                     .request("POST", path + QStringLiteral("/erase"), {},
                              {{"Authorization", "Bearer " + staff}})
                     .status,
                 403);
        QCOMPARE(service
                     .request("POST", path + QStringLiteral("/erase"), {},
                              {{"Authorization", "Bearer " + op}})
                     .status,
                 200);
        QCOMPARE(leftIn(databaseBytes(service), a), QStringList());
        const QJsonObject o =
            QJsonDocument::fromJson(
                service.request("GET", path, {}, {{"Authorization", "Bearer " + staff}}).body)
                .object();
        QCOMPARE(o.value("status").toString(), QStringLiteral("confirmed"));
        QVERIFY(o.value("application").isNull());
        QVERIFY(o.value("timeline").toArray().size() >= 3);
        // Nothing more can be mailed about it.
        QCOMPARE(service
                     .request("POST", path + QStringLiteral("/provisional-registration"), {},
                              {{"Authorization", "Bearer " + op}})
                     .status,
                 409);
    }

    void purgedAfterTheRetentionPeriod()
    {
        ServiceProcess service({QStringLiteral("--retention-days"), QStringLiteral("0")});
        QVERIFY(service.start());
        const QByteArray staff = service.addStaff(QStringLiteral("alice"));
        const QByteArray op = service.addStaff(QStringLiteral("olga"), true);
        const Application open = distinctive();
        const Application finished = distinctive();
        QCOMPARE(service.submit(staff, WireCodec::encode(open)).status, 201);
        QCOMPARE(service.submit(staff, WireCodec::encode(finished)).status, 201);
        QCOMPARE(
            service
                .request("POST",
                         QStringLiteral("/api/v1/applications/") +
                             finished.id.toString(QUuid::WithoutBraces) +
                             QStringLiteral("/problem"),
                         QByteArrayLiteral("{\"reason\": \"住所が不完全です\"}"),
                         {{"Authorization", "Bearer " + op}, {"Content-Type", "application/json"}})
                .status,
            200);
        QVERIFY(service.waitForMails(3));
        // The finished one goes; the one still waiting for its customer stays.
        QTRY_COMPARE_WITH_TIMEOUT(leftIn(databaseBytes(service), finished), QStringList(), 5000);
        // The operator's reason may name the customer's details: it goes too.
        QVERIFY(!databaseBytes(service).contains(QStringLiteral("住所が不完全です").toUtf8()));
        QVERIFY(!leftIn(databaseBytes(service), open).isEmpty());
    }

    void wrongTokensAreSlowedDown()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray staff = service.addStaff(QStringLiteral("alice"));
        int status = 0;
        for (int i = 0; i < 25 && status != 429; ++i)
            status = service
                         .request("GET", QStringLiteral("/api/v1/applications"), {},
                                  {{"Authorization", "Bearer wrong" + QByteArray::number(i)}})
                         .status;
        QCOMPARE(status, 429);
        // Even the right token waits now: guessing gains nothing.
        const ServiceProcess::Reply r =
            service.request("GET", QStringLiteral("/api/v1/applications"), {},
                            {{"Authorization", "Bearer " + staff}});
        QCOMPARE(r.status, 429);
        QVERIFY(!r.header("Retry-After").isEmpty());
    }
};

MOSHIKOMI_TEST(TestPersonalData)
#include "tst_personaldata.moc"
