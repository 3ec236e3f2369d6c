#include "core/applicationrules.h"
#include "core/normalizer.h"
#include "core/wirecodec.h"
#include "messages/messagecatalog.h"
#include "testdata.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <limits>

namespace {
QStringList paths(const FieldErrors &errors)
{
    QStringList p;
    for (const FieldError &e : errors)
        p.append(e.path + u':' + e.code);
    return p;
}
QJsonObject validJson()
{
    return WireCodec::toJson(TestData::validApplication());
}
} // namespace

class TestWireCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsExact()
    {
        Application a = TestData::validApplication();
        a.formVersion = QStringLiteral("2026-11-a");
        a.customer.companyName = QString::fromUtf8("A \"B\" \\ C\n\t\x01 \xF0\x9F\x98\x80 見守り");
        a.additionalInfo = {{QStringLiteral("contractNumber"), QStringLiteral("AB-1234")},
                            {QStringLiteral("employees"), qint64(250)},
                            {QStringLiteral("rackMount"), true},
                            {QStringLiteral("key \"quoted\""), QStringLiteral("v")}};
        a.destinations.append(TestData::validDestination());
        a.destinations[1].units = 3;
        a.loginUsers.append(TestData::validLoginUser(1));
        const QByteArray bytes = WireCodec::encode(a);
        const WireCodec::Result r = WireCodec::decode(bytes);
        QVERIFY2(r.ok(), qPrintable(paths(r.errors).join(u' ')));
        // The wire form drops what the service must never see and local timestamps.
        Application expected = a;
        expected.customer.emailConfirm.clear();
        for (LoginUser &u : expected.loginUsers)
            u.emailConfirm.clear();
        expected.createdAt = expected.updatedAt = QDateTime();
        QCOMPARE(r.application, expected);
        QCOMPARE(WireCodec::encode(r.application), bytes);
    }

    void wireFormFollowsTheContract()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(WireCodec::encode(TestData::validApplication())).object();
        QCOMPARE(o.value(QStringLiteral("enteredAt")).toString(),
                 QStringLiteral("2026-11-25T08:15:00Z"));
        QVERIFY(o.value(QStringLiteral("formVersion")).isNull());
        QVERIFY(!o.value(QStringLiteral("customer"))
                     .toObject()
                     .contains(QStringLiteral("emailConfirm")));
        QCOMPARE(o.value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("prefecture"))
                     .toString(),
                 QStringLiteral("34"));
        QCOMPARE(o.value(QStringLiteral("destinations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("units"))
                     .toInt(),
                 1);
        QCOMPARE(QUuid::fromString(o.value(QStringLiteral("id")).toString()).version(),
                 QUuid::Random);
    }

    void draftFormKeepsEverythingTyped()
    {
        Application a = TestData::validApplication();
        a.customer.emailConfirm = QStringLiteral("half-typed@");
        a.destinations[0].units = 42; // not valid, but typed: a draft keeps it
        const WireCodec::Result r =
            WireCodec::decode(WireCodec::encode(a, WireCodec::Form::Draft), WireCodec::Form::Draft);
        QVERIFY(r.ok());
        QCOMPARE(r.application, a);
    }

    // The contract's form (RFC 3339, UTC, "Z"), whatever the zone the time
    // was made in: the same text as Qt's own ISO formatting.
    void timesAreWrittenAsTheContractSays_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0)
                               << QStringLiteral("1970-01-01T00:00:00Z");
        QTest::newRow("contract example")
            << utc(2026, 11, 25, 8, 15, 0) << QStringLiteral("2026-11-25T08:15:00Z");
        QTest::newRow("milliseconds")
            << utc(2026, 11, 25, 8, 15, 0, 7) << QStringLiteral("2026-11-25T08:15:00.007Z");
        QTest::newRow("leap day") << utc(2028, 2, 29, 23, 59, 59)
                                  << QStringLiteral("2028-02-29T23:59:59Z");
        QTest::newRow("day after a century's non-leap February")
            << utc(2100, 3, 1, 0, 0, 0) << QStringLiteral("2100-03-01T00:00:00Z");
        QTest::newRow("leap century")
            << utc(2000, 2, 29, 12, 0, 0) << QStringLiteral("2000-02-29T12:00:00Z");
        QTest::newRow("new year's eve")
            << utc(2026, 12, 31, 23, 59, 59, 999) << QStringLiteral("2026-12-31T23:59:59.999Z");
        QTest::newRow("last second of 9999")
            << utc(9999, 12, 31, 23, 59, 59) << QStringLiteral("9999-12-31T23:59:59Z");
        QTest::newRow("Japan's time, written in UTC")
            << QDateTime(QDate(2026, 11, 26), QTime(9, 0, 0), QTimeZone(9 * 3600))
            << QStringLiteral("2026-11-26T00:00:00Z");
        QTest::newRow("before 1970")
            << utc(1969, 7, 20, 20, 17, 40) << QStringLiteral("1969-07-20T20:17:40Z");
    }
    void timesAreWrittenAsTheContractSays()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, expected);
        QCOMPARE(WireCodec::formatTime(time), expected);
        QCOMPARE(WireCodec::parseTime(expected), time);
        // Every day of four centuries against Qt's own formatting.
        if (QTest::currentDataTag() == QByteArrayLiteral("epoch")) {
            for (qint64 day = 0; day < 146097; ++day) {
                const QDateTime t = time.addDays(day).addMSecs((day * 7919) % 86400000);
                const QDateTime u = t.toUTC();
                QCOMPARE(WireCodec::formatTime(t),
                         u.toString(u.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
            }
        }
    }

    // Kept in a database column and compared there as text: at a whole
    // second too, a time sorts before every later one of the same second
    // (with the contract's form, "…:41Z" sorted after "…:41.500Z", and a
    // mail queued at a whole second waited for the next one).
    void storedTimesSortAsTimesDo_data()
    {
        QTest::addColumn<QDateTime>("earlier");
        QTest::addColumn<QDateTime>("later");
        const QDateTime second(QDate(2026, 11, 26), QTime(8, 15, 41), Qt::UTC);
        QTest::newRow("whole second, then within it") << second << second.addMSecs(500);
        QTest::newRow("within a second, then the next whole one") << second.addMSecs(-1) << second;
        QTest::newRow("a millisecond apart") << second << second.addMSecs(1);
        QTest::newRow("a day apart") << second << second.addDays(1);
        QTest::newRow("before 1970, then after")
            << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC)
            << QDateTime(QDate(1970, 1, 1), QTime(0, 0, 0, 1), Qt::UTC);
    }
    void storedTimesSortAsTimesDo()
    {
        QFETCH(QDateTime, earlier);
        QFETCH(QDateTime, later);
        const QString a = WireCodec::formatSortableTime(earlier);
        const QString b = WireCodec::formatSortableTime(later);
        QVERIFY2(a < b, qPrintable(a + u" ≮ " + b));
        QCOMPARE(a.size(), 24);
        QCOMPARE(WireCodec::parseTime(a), earlier);
        QCOMPARE(WireCodec::parseTime(b), later);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        auto doc = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("empty") << QByteArray() << QStringList{":malformed_json"};
        QTest::newRow("not json") << QByteArray("<html>") << QStringList{":malformed_json"};
        QTest::newRow("truncated") << doc(validJson()).chopped(5) << QStringList{":malformed_json"};
        QTest::newRow("array") << QByteArray("[1,2]") << QStringList{":invalid_type"};
        QTest::newRow("too large") << QByteArray(300 * 1024, ' ') << QStringList{":too_large"};
        QJsonObject o = validJson();
        o.remove(QStringLiteral("customer"));
        QTest::newRow("customer missing") << doc(o) << QStringList{"customer:required"};
        o.insert(QStringLiteral("customer"), QStringLiteral("ACME"));
        QTest::newRow("customer not object") << doc(o) << QStringList{"customer:invalid_type"};
        o = validJson();
        QJsonObject c = o.value(QStringLiteral("customer")).toObject();
        c.insert(QStringLiteral("email"), 42);
        c.remove(QStringLiteral("title"));
        o.insert(QStringLiteral("customer"), c);
        QTest::newRow("wrong type and missing")
            << doc(o) << QStringList{"customer.title:required", "customer.email:invalid_type"};
        o = validJson();
        QJsonArray dests = o.value(QStringLiteral("destinations")).toArray();
        QJsonObject d = dests[0].toObject();
        d.insert(QStringLiteral("units"), QStringLiteral("1"));
        dests[0] = d;
        o.insert(QStringLiteral("destinations"), dests);
        QTest::newRow("units as text")
            << doc(o) << QStringList{"destinations[0].units:invalid_type"};
        d.insert(QStringLiteral("units"), 1.5);
        dests[0] = d;
        o.insert(QStringLiteral("destinations"), dests);
        QTest::newRow("units fraction")
            << doc(o) << QStringList{"destinations[0].units:invalid_type"};
        o = validJson();
        dests = QJsonArray();
        for (int i = 0; i < 11; ++i)
            dests.append(d);
        o.insert(QStringLiteral("destinations"), dests);
        QTest::newRow("11 destinations")
            << doc(o) << QStringList{"destinations:too_many_destinations"};
        o = validJson();
        o.insert(QStringLiteral("destinations"), QJsonArray{1});
        QTest::newRow("destination not object")
            << doc(o) << QStringList{"destinations[0]:invalid_type"};
        o = validJson();
        o.insert(QStringLiteral("loginUsers"), QStringLiteral("everyone"));
        QTest::newRow("users not array") << doc(o) << QStringList{"loginUsers:invalid_type"};
        o = validJson();
        o.insert(QStringLiteral("id"), QStringLiteral("3f0c0000-0000-1000-8000-000000000000"));
        QTest::newRow("uuid v1") << doc(o) << QStringList{"id:invalid_id"};
        o.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid"));
        QTest::newRow("not uuid") << doc(o) << QStringList{"id:invalid_id"};
        o = validJson();
        o.insert(QStringLiteral("enteredAt"), QStringLiteral("2026-11-25 08:15"));
        QTest::newRow("bad time") << doc(o) << QStringList{"enteredAt:invalid_date_time"};
        o.insert(QStringLiteral("enteredAt"), QStringLiteral("2026-11-25T08:15:00"));
        QTest::newRow("time without offset")
            << doc(o) << QStringList{"enteredAt:invalid_date_time"};
        o = validJson();
        c = o.value(QStringLiteral("customer")).toObject();
        c.insert(QStringLiteral("address"), QString(20000, u'x'));
        o.insert(QStringLiteral("customer"), c);
        QTest::newRow("huge string") << doc(o) << QStringList{"customer.address:too_long"};
        o = validJson();
        o.insert(QStringLiteral("additionalInfo"),
                 QJsonObject{{QStringLiteral("nested"), QJsonObject{}}});
        QTest::newRow("nested additional info")
            << doc(o) << QStringList{"additionalInfo.nested:invalid_type"};
        o = validJson();
        o.insert(QStringLiteral("formVersion"), 3);
        QTest::newRow("form version number") << doc(o) << QStringList{"formVersion:invalid_type"};
        // A huge array inside the size limit: reported once, not walked.
        QByteArray big = "{\"destinations\":[";
        for (int i = 0; i < 60000; ++i)
            big += "{},";
        big.chop(1);
        big += "]}";
        QTest::newRow("huge array")
            << big
            << QStringList{"id:required", "enteredAt:required", "customer:required",
                           "destinations:too_many_destinations", "loginUsers:required"};
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        const WireCodec::Result r = WireCodec::decode(bytes);
        QVERIFY(!r.ok());
        QStringList got = paths(r.errors);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        // Every code the codec gives has words of its own in both languages.
        const QString unknown = MessageCatalog::text(QStringLiteral("no such code"), {},
                                                     MessageCatalog::Language::English);
        for (const FieldError &e : r.errors) {
            QVERIFY2(MessageCatalog::text(e, MessageCatalog::Language::English) != unknown,
                     qPrintable(e.code));
            QVERIFY2(!MessageCatalog::text(e, MessageCatalog::Language::Japanese).isEmpty(),
                     qPrintable(e.code));
        }
    }

    void randomBytesNeverCrash()
    {
        // Mutations of a valid document: every answer is either ok or a list
        // of errors, never a crash (ASan/UBSan in the test build watch this).
        const QByteArray valid = WireCodec::encode(TestData::validApplication());
        QRandomGenerator rng(20261125);
        for (int i = 0; i < 3000; ++i) {
            QByteArray b = valid;
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits; ++e)
                b[int(rng.bounded(int(b.size())))] = char(rng.bounded(256));
            const WireCodec::Result r = WireCodec::decode(b);
            if (!r.ok())
                QVERIFY(!r.errors.first().code.isEmpty());
        }
    }

    void hostileNumbersAndTextNeverReachUndefinedBehaviour()
    {
        // Numbers and strings a request body may carry, put at every place a
        // number or string can go; float-cast-overflow and the other UBSan
        // checks of the test build watch the conversions. Bounded: every
        // case at every place, seeded mutations around them.
        const QList<QByteArray> numbers = {"1e20", "-1e300", "1e308", "-0",     "4294967297",
                                           "2.5",  "-1",     "0",     "1e-320", "9007199254740993"};
        const QList<QByteArray> strings = {"\"\\u0000\"", "\"\\ud800\"", "\"a\\u202eb\"",
                                           "\"\\ufeff\"", "\"\\n\""};
        const QByteArray valid = WireCodec::encode(TestData::validApplication());
        QRandomGenerator rng(20261125);
        int checked = 0;
        for (const QByteArray &literal : numbers + strings) {
            // Every value position: after each ':'.
            for (qsizetype at = valid.indexOf(':'); at >= 0; at = valid.indexOf(':', at + 1)) {
                const qsizetype end = [&] {
                    qsizetype e = at + 1;
                    int depth = 0;
                    bool inString = false;
                    for (; e < valid.size(); ++e) {
                        const char c = valid[e];
                        if (inString) {
                            if (c == '\\')
                                ++e;
                            else if (c == '"')
                                inString = false;
                            continue;
                        }
                        if (c == '"')
                            inString = true;
                        else if (c == '{' || c == '[')
                            ++depth;
                        else if ((c == '}' || c == ']') && depth-- == 0)
                            break;
                        else if (c == ',' && depth == 0)
                            break;
                    }
                    return e;
                }();
                QByteArray b = valid;
                b.replace(at + 1, end - at - 1, literal);
                if (rng.bounded(4) == 0)
                    b[int(rng.bounded(int(b.size())))] = char(rng.bounded(256));
                const WireCodec::Result r = WireCodec::decode(b);
                if (!r.ok())
                    QVERIFY(!r.errors.first().code.isEmpty());
                // What decodes is judged without any undefined behaviour too.
                ApplicationRules::validate(Normalizer::application(r.application),
                                           ApplicationRules::Confirmation::Ignore);
                ++checked;
            }
        }
        QVERIFY(checked >= 15 * 20); // every literal at every value position
    }

    void encoderWritesOnlyValidJson()
    {
        Application a = TestData::validApplication();
        a.additionalInfo.insert(QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN());
        a.additionalInfo.insert(QStringLiteral("inf"), std::numeric_limits<double>::infinity());
        a.customer.companyName = QStringLiteral("\u0001\"\\\n");
        QJsonParseError e;
        const QByteArray bytes = WireCodec::encode(a);
        QJsonDocument::fromJson(bytes, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        // Escaped as short as JSON allows, the text around each escape kept.
        a.customer.companyName = QStringLiteral("見\u0001守\"り\\ \n\t\r end");
        const QByteArray escaped =
            QStringLiteral("\"companyName\":\"見\\u0001守\\\"り\\\\ \\n\\t\\r end\"").toUtf8();
        QVERIFY2(WireCodec::encode(a).contains(escaped), WireCodec::encode(a).constData());
    }
};

MOSHIKOMI_TEST(TestWireCodec)
#include "tst_wirecodec.moc"
