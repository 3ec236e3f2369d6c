#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/deadlinetext.h"

#include <QTest>

// The deadline staff read to the customer is the one in the customer's mail:
// Japan time, said as such on a computer set to another zone.
class TestDeadlineText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }
    void cleanupTestCase() { UiLanguage::install(UiLanguage::english()); }

    void inJapanTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        // 2026-11-27 05:18 UTC is 14:18 in Japan.
        QTest::newRow("a computer in Japan") << QByteArray("Asia/Tokyo") << "2026/11/27 14:18";
        QTest::newRow("a computer abroad (UTC)")
            << QByteArray("UTC") << "2026/11/27 14:18（日本時間）";
        QTest::newRow("a computer in Hawaii")
            << QByteArray("Pacific/Honolulu") << "2026/11/27 14:18（日本時間）";
    }
    void inJapanTime()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QDateTime deadline(QDate(2026, 11, 27), QTime(5, 18), Qt::UTC);
        QCOMPARE(DeadlineText::format(deadline, QTimeZone(zone)), expected);
    }

    // In English the month is named and the year whole: "11/27/26" is read as
    // another day by much of the world.
    void inEnglishTheMonthIsNamed_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a computer in Japan") << QByteArray("Asia/Tokyo") << "27 Nov 2026, 14:18";
        QTest::newRow("a computer in London")
            << QByteArray("Europe/London") << "27 Nov 2026, 14:18 (Japan time)";
    }
    void inEnglishTheMonthIsNamed()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        UiLanguage::install(UiLanguage::english());
        const QDateTime deadline(QDate(2026, 11, 27), QTime(5, 18), Qt::UTC);
        const QString said = DeadlineText::format(deadline, QTimeZone(zone));
        UiLanguage::install(UiLanguage::japanese());
        QCOMPARE(said, expected);
    }
};

MOSHIKOMI_TEST(TestDeadlineText)
#include "tst_deadlinetext.moc"
