#include "serviceprocess.h"
#include "testdata.h"
#include "testregistry.h"

#include "core/wirecodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString writeSchema(const QString &dir, const QByteArray &version, bool requirePlan)
{
    const QString path = QDir(dir).filePath(QString::fromLatin1("schema-" + version + ".json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("{\"version\":\"" + version +
            "\",\"fields\":[{\"key\":\"plan\",\"type\":\"choice\",\"required\":" +
            (requirePlan ? "true" : "false") +
            ",\"options\":[{\"value\":\"standard\",\"label\":{\"ja\":\"スタンダード\",\"en\":"
            "\"Standard\"}}]}]}");
    return path;
}

} // namespace

// The step-3 schema as the service publishes it: with an ETag, and every
// version it ever published kept, so that an application entered offline
// against an earlier one still validates.
class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionsAreKeptAndTagged()
    {
        QTemporaryDir data;
        QTemporaryDir files;
        const QString first = writeSchema(files.path(), "2026-11-a", true);
        const QString second = writeSchema(files.path(), "2026-12-b", false);
        Application a = TestData::validApplication();
        a.formVersion = QStringLiteral("2026-11-a");
        a.additionalInfo.insert(QStringLiteral("plan"), QStringLiteral("standard"));
        QByteArray token;
        {
            ServiceProcess service({QStringLiteral("--additional-info"), first}, data.path());
            QVERIFY(service.start());
            token = service.addStaff(QStringLiteral("alice"));
            const ServiceProcess::Reply r =
                service.request("GET", QStringLiteral("/api/v1/forms/additional-info"), {},
                                {{"Authorization", "Bearer " + token}});
            QCOMPARE(r.status, 200);
            QCOMPARE(QJsonDocument::fromJson(r.body).object().value("version").toString(),
                     QStringLiteral("2026-11-a"));
            QVERIFY(!r.header("ETag").isEmpty());
            const ServiceProcess::Reply again = service.request(
                "GET", QStringLiteral("/api/v1/forms/additional-info"), {},
                {{"Authorization", "Bearer " + token}, {"If-None-Match", r.header("ETag")}});
            QCOMPARE(again.status, 304);
            // As a compressing proxy hands it back (weak), among others, or
            // any: the same; another tag: the schema.
            const QByteArray etag = r.header("ETag");
            for (const QByteArray &ifNoneMatch :
                 QList<QByteArray>{"W/" + etag, "\"old\", " + etag, "*", "\"old\""}) {
                const ServiceProcess::Reply asked = service.request(
                    "GET", QStringLiteral("/api/v1/forms/additional-info"), {},
                    {{"Authorization", "Bearer " + token}, {"If-None-Match", ifNoneMatch}});
                QCOMPARE(asked.status, ifNoneMatch == "\"old\"" ? 200 : 304);
            }
            // A required choice missing: refused by the schema named.
            Application missing = a;
            missing.additionalInfo.clear();
            const ServiceProcess::Reply refused = service.submit(token, WireCodec::encode(missing));
            QCOMPARE(refused.status, 422);
            QVERIFY(refused.body.contains("additionalInfo.plan"));
        }
        // A new schema is published; an application entered against the
        // first one still validates by it.
        ServiceProcess service({QStringLiteral("--additional-info"), second}, data.path());
        QVERIFY(service.start());
        const ServiceProcess::Reply r =
            service.request("GET", QStringLiteral("/api/v1/forms/additional-info"), {},
                            {{"Authorization", "Bearer " + token}});
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("version").toString(),
                 QStringLiteral("2026-12-b"));
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        Application old = TestData::validApplication();
        old.formVersion = QStringLiteral("2026-11-a");
        QCOMPARE(service.submit(token, WireCodec::encode(old)).status, 422); // still required there
    }

    // A version keeps its meaning: a file changed under the same version is
    // refused at start (an application entered against it would be judged
    // two ways), the same fields written another way are not.
    void aChangedSchemaNeedsANewVersion()
    {
        QTemporaryDir data;
        QTemporaryDir files;
        const QString path = writeSchema(files.path(), "2026-11-a", true);
        QFile first(path);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray firstText = first.readAll();
        first.close();
        {
            ServiceProcess service({QStringLiteral("--additional-info"), path}, data.path());
            QVERIFY(service.start());
        }
        writeSchema(files.path(), "2026-11-a", false);
        QByteArray err;
        const int code = ServiceProcess::runCommand(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--additional-info"), path, QStringLiteral("--data-dir"), data.path()},
            nullptr, &err);
        QVERIFY(code > 0);
        const QString said = QString::fromUtf8(err).trimmed();
        QVERIFY2(said.contains(QStringLiteral("\"2026-11-a\" was published before with other "
                                              "fields")),
                 qPrintable(said));
        QVERIFY(!said.contains(u'\n'));

        // The first fields again, laid out another way: the same schema.
        QFile again(path);
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write(QJsonDocument::fromJson(firstText).toJson(QJsonDocument::Indented));
        again.close();
        ServiceProcess service({QStringLiteral("--additional-info"), path}, data.path());
        QVERIFY(service.start());
    }

    // The service normalises as the client does: a date written as people
    // write it is stored as YYYY-MM-DD; what is no date is refused at its path.
    void datesAreStoredInTheirCanonicalForm()
    {
        QTemporaryDir files;
        const QString schema = TestData::writeSampleSchema(files.path());
        ServiceProcess service({QStringLiteral("--additional-info"), schema});
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("dana"));
        Application a = TestData::validApplication();
        a.formVersion = QStringLiteral("2026-11-a");
        a.additionalInfo = {{QStringLiteral("contractNumber"), QStringLiteral("AB-123456")},
                            {QStringLiteral("plan"), QStringLiteral("standard")},
                            {QStringLiteral("installDate"), QStringLiteral("2026年12月1日")}};
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        const ServiceProcess::Reply stored = service.request(
            "GET", QStringLiteral("/api/v1/applications/") + a.id.toString(QUuid::WithoutBraces),
            {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(stored.status, 200);
        QCOMPARE(QJsonDocument::fromJson(stored.body)
                     .object()
                     .value(QStringLiteral("application"))
                     .toObject()
                     .value(QStringLiteral("additionalInfo"))
                     .toObject()
                     .value(QStringLiteral("installDate"))
                     .toString(),
                 QStringLiteral("2026-12-01"));
        Application notADate = TestData::validApplication();
        notADate.formVersion = a.formVersion;
        notADate.additionalInfo = a.additionalInfo;
        notADate.additionalInfo.insert(QStringLiteral("installDate"), QStringLiteral("来週"));
        const ServiceProcess::Reply refused = service.submit(token, WireCodec::encode(notADate));
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("additionalInfo.installDate"), refused.body.constData());
    }

    void resendsAreLimited()
    {
        ServiceProcess service;
        QVERIFY(service.start());
        const QByteArray token = service.addStaff(QStringLiteral("alice"));
        const Application a = TestData::validApplication();
        QCOMPARE(service.submit(token, WireCodec::encode(a)).status, 201);
        const QString path = QStringLiteral("/api/v1/applications/") +
                             a.id.toString(QUuid::WithoutBraces) +
                             QStringLiteral("/resend-confirmation");
        QList<int> statuses;
        ServiceProcess::Reply last;
        for (int i = 0; i < 6; ++i) {
            last = service.request("POST", path, {}, {{"Authorization", "Bearer " + token}});
            statuses << last.status;
            // The first a little before the others: the next is allowed
            // when it leaves the hour, that much sooner than an hour from now.
            if (i == 0)
                QTest::qWait(2100);
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 429}));
        const int retryAfter = last.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 3500 && retryAfter <= 3598, QByteArray::number(retryAfter));
    }
};

MOSHIKOMI_TEST(TestSchema)
#include "tst_schema.moc"
