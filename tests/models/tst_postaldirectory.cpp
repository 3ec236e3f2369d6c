#include "core/postaldirectory.h"
#include "testregistry.h"

#include <QTest>

class TestPostalDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeCountryIsThere()
    {
        // Japan Post's data has about 120,000 residential and 20,000 business codes.
        QVERIFY2(PostalDirectory::instance().recordCount() > 140000,
                 qPrintable(QString::number(PostalDirectory::instance().recordCount())));
    }
    void oneCandidate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("prefecture");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("town");
        QTest::newRow("spec example")
            << "733-0001"
            << "34" << QStringLiteral("広島市西区") << QStringLiteral("大芝");
        QTest::newRow("without hyphen")
            << "7330001"
            << "34" << QStringLiteral("広島市西区") << QStringLiteral("大芝");
        QTest::newRow("Chiyoda") << "100-0001"
                                 << "13" << QStringLiteral("千代田区") << QStringLiteral("千代田");
        QTest::newRow("Hokkaido") << "060-0000"
                                  << "01" << QStringLiteral("札幌市中央区") << QString();
        QTest::newRow("Okinawa") << "900-0001"
                                 << "47" << QStringLiteral("那覇市") << QStringLiteral("港町");
    }
    void oneCandidate()
    {
        QFETCH(QString, code);
        QFETCH(QString, prefecture);
        QFETCH(QString, city);
        QFETCH(QString, town);
        const QList<PostalCandidate> found = PostalDirectory::instance().lookup(code);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].prefecture, prefecture);
        QCOMPARE(found[0].city, city);
        QCOMPARE(found[0].town, town);
        QCOMPARE(found[0].address(), city + town);
    }
    void severalCandidatesAcrossPrefectures()
    {
        // 498-0000 covers towns in both Aichi (23) and Mie (24).
        const QList<PostalCandidate> found =
            PostalDirectory::instance().lookup(QStringLiteral("498-0000"));
        QVERIFY(found.size() >= 2);
        QSet<QString> prefectures;
        for (const PostalCandidate &c : found)
            prefectures.insert(c.prefecture);
        QCOMPARE(prefectures, (QSet<QString>{QStringLiteral("23"), QStringLiteral("24")}));
    }
    // Which prefecture a code belongs to, when another was chosen: none to
    // say when they agree, when the code spans both, or is not known.
    void otherPrefectures_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QStringList>("others");
        QTest::newRow("agree") << "733-0001"
                               << "34" << QStringList();
        QTest::newRow("another") << "733-0001"
                                 << "33" << QStringList{QStringLiteral("34")};
        QTest::newRow("without hyphen") << "7330001"
                                        << "13" << QStringList{QStringLiteral("34")};
        QTest::newRow("spans both, one chosen") << "498-0000"
                                                << "24" << QStringList();
        // Both are said: naming only the first sent people to the wrong one.
        QTest::newRow("spans both, neither chosen")
            << "498-0000"
            << "13" << QStringList{QStringLiteral("23"), QStringLiteral("24")};
        QTest::newRow("unknown code") << "999-9999"
                                      << "13" << QStringList();
        QTest::newRow("nothing chosen") << "733-0001"
                                        << "" << QStringList();
    }
    void otherPrefectures()
    {
        QFETCH(QString, code);
        QFETCH(QString, chosen);
        QFETCH(QStringList, others);
        QCOMPARE(PostalDirectory::instance().otherPrefectures(code, chosen), others);
    }
    void severalTownsOneCode()
    {
        // 004-0000 lists several towns of Sapporo; every one must come back.
        const QList<PostalCandidate> found =
            PostalDirectory::instance().lookup(QStringLiteral("004-0000"));
        QVERIFY2(found.size() >= 2, qPrintable(QString::number(found.size())));
        for (const PostalCandidate &c : found)
            QCOMPARE(c.prefecture, QStringLiteral("01"));
    }
    void businessCode()
    {
        const QList<PostalCandidate> found =
            PostalDirectory::instance().lookup(QStringLiteral("001-8501"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].prefecture, QStringLiteral("01"));
        QVERIFY(!found[0].business.isEmpty());
        QVERIFY(!found[0].street.isEmpty());
        QVERIFY(found[0].address().endsWith(found[0].street));
    }
    void remarksAreNotPartOfTheAddress()
    {
        PostalCandidate c{QStringLiteral("01"),
                          QStringLiteral("札幌市中央区"),
                          QStringLiteral("大通西（２０～２８丁目）"),
                          {},
                          {}};
        QCOMPARE(c.address(), QStringLiteral("札幌市中央区大通西"));
    }
    void noCandidate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("unused") << "000-0000";
        QTest::newRow("six digits") << "733000";
        QTest::newRow("nine characters") << "733-00011";
        QTest::newRow("letters") << "abc-defg";
        QTest::newRow("empty") << "";
    }
    void noCandidate()
    {
        QFETCH(QString, code);
        QVERIFY(PostalDirectory::instance().lookup(code).isEmpty());
    }
    void missingDataIsReportedNotFatal()
    {
        PostalDirectory broken(QStringLiteral(":/no/such/file.bin"));
        QVERIFY(!broken.load());
        QVERIFY(broken.lookup(QStringLiteral("733-0001")).isEmpty());
    }
};

MOSHIKOMI_TEST(TestPostalDirectory)
#include "tst_postaldirectory.moc"
