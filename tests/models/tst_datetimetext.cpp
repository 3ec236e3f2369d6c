#include "client/datetimetext.h"
#include "client/uilanguage.h"
#include "testregistry.h"

#include <QTest>

// Dates and times in the windows: the applications list, the drafts offered
// at start, the story of an application, the deadline read to a customer.
class TestDateTimeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { UiLanguage::install(UiLanguage::english()); }

    void inEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ja") << UiLanguage::japanese() << false << "2026/11/08 3:05";
        QTest::newRow("ja, with seconds") << UiLanguage::japanese() << true << "2026/11/08 3:05:09";
        // Not 11/8/26: the month named, the year whole, a 24-hour clock.
        QTest::newRow("en") << UiLanguage::english() << false << "8 Nov 2026, 03:05";
        QTest::newRow("en, with seconds")
            << UiLanguage::english() << true << "8 Nov 2026, 03:05:09";
    }
    void inEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, seconds);
        QFETCH(QString, expected);
        UiLanguage::install(language);
        const QDateTime at(QDate(2026, 11, 8), QTime(3, 5, 9));
        QCOMPARE(DateTimeText::format(at, seconds ? DateTimeText::Precision::Seconds
                                                  : DateTimeText::Precision::Minutes),
                 expected);
    }
};

MOSHIKOMI_TEST(TestDateTimeText)
#include "tst_datetimetext.moc"
