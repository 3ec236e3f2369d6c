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
    void latinKeys_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("Tokyo") << QStringLiteral("tokyo");
        QTest::newRow("ou") << QStringLiteral("Toukyou") << QStringLiteral("tokyo");
        QTest::newRow("oo") << QStringLiteral("Oosaka") << QStringLiteral("osaka");
        QTest::newRow("oh before a consonant")
            << QStringLiteral("Ohsaka") << QStringLiteral("osaka");
        QTest::newRow("oh before a vowel stays")
            << QStringLiteral("Ohara") << QStringLiteral("ohara");
        QTest::newRow("uu") << QStringLiteral("Kyuushuu") << QStringLiteral("kyushu");
        QTest::newRow("mm") << QStringLiteral("Gumma") << QStringLiteral("gunma");
        QTest::newRow("marks and spaces")
            << QStringLiteral("Hiroshima-ken ") << QStringLiteral("hiroshimaken");
        QTest::newRow("no Latin letters") << QStringLiteral("広島 34") << QString();
        QTest::newRow("digits stay")
            << QStringLiteral("hokkaido11") << QStringLiteral("hokkaido11");
    }

    void latinKeys()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QCOMPARE(Prefectures::latinKey(typed), key);
    }

    void latinNames_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("matches");
        QTest::newRow("start") << QStringLiteral("hiro") << "34" << true;
        QTest::newRow("with its kind") << QStringLiteral("Hiroshima-ken") << "34" << true;
        QTest::newRow("fu") << QStringLiteral("Oosaka Fu") << "27" << true;
        QTest::newRow("to") << QStringLiteral("Toukyou-to") << "13" << true;
        QTest::newRow("prefecture") << QStringLiteral("Hyogo Prefecture") << "28" << true;
        QTest::newRow("a slip") << QStringLiteral("hokkaido11") << "01" << false;
        QTest::newRow("a city after it") << QStringLiteral("Hiroshima-shi") << "34" << false;
        QTest::newRow("another") << QStringLiteral("Okayama") << "34" << false;
        QTest::newRow("nothing Latin") << QStringLiteral("広島") << "34" << false;
    }

    void latinNames()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QFETCH(bool, matches);
        QCOMPARE(Prefectures::latinNameMatches(code, Prefectures::latinKey(typed)), matches);
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
