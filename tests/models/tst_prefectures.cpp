#include "core/prefectures.h"
#include "testregistry.h"

#include <QSet>
#include <QTest>

class TestPrefectures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fortySevenInJisOrder()
    {
        const QStringList codes = Prefectures::codes();
        QCOMPARE(codes.size(), 47);
        QCOMPARE(codes.first(), QStringLiteral("01"));
        QCOMPARE(codes.last(), QStringLiteral("47"));
        for (int i = 0; i < codes.size(); ++i)
            QCOMPARE(codes[i].toInt(), i + 1);
    }
    // Every prefecture has its reading in hiragana, each a different one, so
    // that a reading left unconverted by an input method finds one prefecture.
    void readings()
    {
        QSet<QString> seen;
        for (const QString &code : Prefectures::codes()) {
            const QString reading = Prefectures::reading(code);
            QVERIFY2(!reading.isEmpty(), qPrintable(code));
            for (QChar c : reading)
                QVERIFY2(c.script() == QChar::Script_Hiragana || c == u'ー', qPrintable(reading));
            QVERIFY2(!seen.contains(reading), qPrintable(reading));
            seen.insert(reading);
        }
        QCOMPARE(Prefectures::reading(QStringLiteral("34")), QStringLiteral("ひろしま"));
        QCOMPARE(Prefectures::reading(QStringLiteral("01")), QStringLiteral("ほっかいどう"));
        QCOMPARE(Prefectures::reading(QStringLiteral("48")), QString());
    }

    void names_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("english");
        QTest::newRow("01") << "01" << QStringLiteral("北海道") << "Hokkaido";
        QTest::newRow("13") << "13" << QStringLiteral("東京都") << "Tokyo";
        QTest::newRow("14") << "14" << QStringLiteral("神奈川県") << "Kanagawa";
        QTest::newRow("26") << "26" << QStringLiteral("京都府") << "Kyoto";
        QTest::newRow("27") << "27" << QStringLiteral("大阪府") << "Osaka";
        QTest::newRow("34") << "34" << QStringLiteral("広島県") << "Hiroshima";
        QTest::newRow("47") << "47" << QStringLiteral("沖縄県") << "Okinawa";
    }
    void names()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, english);
        QCOMPARE(Prefectures::name(code), name);
        QCOMPARE(Prefectures::englishName(code), english);
        QCOMPARE(Prefectures::codeForName(name), code);
        QCOMPARE(Prefectures::codeForName(english.toLower()), code);
    }
    void prefectureAtTheStartOfAnAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("length");
        QTest::newRow("dictated whole") << QStringLiteral("広島県広島市南区京橋町1-1") << "34" << 3;
        QTest::newRow("four characters") << QStringLiteral("神奈川県横浜市") << "14" << 4;
        QTest::newRow("Kyoto, not Tokyo") << QStringLiteral("京都府京都市") << "26" << 3;
        QTest::newRow("Tokyo") << QStringLiteral("東京都港区") << "13" << 3;
        QTest::newRow("after a space") << QStringLiteral("　北海道札幌市") << "01" << 4;
        QTest::newRow("the city only") << QStringLiteral("広島市南区") << "" << 0;
        QTest::newRow("a city named like one") << QStringLiteral("京都市下京区") << "" << 0;
        QTest::newRow("inside, not at the start") << QStringLiteral("南区広島県") << "" << 0;
        QTest::newRow("empty") << QString() << "" << 0;
    }
    void prefectureAtTheStartOfAnAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, code);
        QFETCH(int, length);
        qsizetype reaches = 0;
        QCOMPARE(Prefectures::codeAtStart(address, &reaches), code);
        QCOMPARE(reaches, qsizetype(length));
    }
    void invalidCodes_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *c : {"", "0", "00", "1", "48", "99", "ab", "013"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void invalidCodes()
    {
        QFETCH(QString, code);
        QVERIFY(!Prefectures::isValidCode(code));
        QVERIFY(Prefectures::name(code).isEmpty());
    }
};

MOSHIKOMI_TEST(TestPrefectures)
#include "tst_prefectures.moc"
