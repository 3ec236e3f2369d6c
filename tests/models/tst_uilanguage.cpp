#include "client/uilanguage.h"
#include "testregistry.h"

#include <QCoreApplication>
#include <QTest>

class TestUiLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTheSystem_data()
    {
        QTest::addColumn<QLocale::Language>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("Japanese") << QLocale::Japanese << "ja";
        QTest::newRow("no language (C/POSIX)") << QLocale::C << "ja";
        QTest::newRow("English") << QLocale::English << "en";
        QTest::newRow("French") << QLocale::French << "en";
        QTest::newRow("Chinese") << QLocale::Chinese << "en";
    }
    void fromTheSystem()
    {
        QFETCH(QLocale::Language, system);
        QFETCH(QString, language);
        QCOMPARE(UiLanguage::forSystemLanguage(system), language);
    }

    void installSwitchesTextsAndLocale()
    {
        QVERIFY(UiLanguage::install(UiLanguage::japanese()));
        QCOMPARE(UiLanguage::current(), QStringLiteral("ja"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QCOMPARE(QCoreApplication::translate("QueueTableModel", "Draft"),
                 QStringLiteral("入力途中"));
        QVERIFY(UiLanguage::install(UiLanguage::english()));
        QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QueueTableModel", "Draft"), QStringLiteral("Draft"));
        // Anything else is English, the language of the source texts.
        UiLanguage::install(QStringLiteral("xx"));
        QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
    }
};

MOSHIKOMI_TEST(TestUiLanguage)
#include "tst_uilanguage.moc"
