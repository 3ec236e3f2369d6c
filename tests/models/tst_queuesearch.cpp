#include "client/queuesearch.h"
#include "core/application.h"
#include "testdata.h"
#include "testregistry.h"

#include <QTest>

// Finding an application in the list by what a customer says on the phone:
// a name, a number, an address read out, typed as staff type it.
class TestQueueSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWhatWasSaid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");
        // 株式会社見守り商事, 山田 太郎, taro.yamada@example.co.jp,
        // 0821234567, 733-0001 広島県広島市西区大芝1-2-3; a second
        // destination 大阪支店, 530-0001 大阪府大阪市北区梅田2-2; a login
        // user 佐藤 花子, 09012345678.
        QTest::newRow("the company, in part") << QStringLiteral("見守り") << true;
        QTest::newRow("the name without a space") << QStringLiteral("山田太郎") << true;
        QTest::newRow("the name with a space") << QStringLiteral("山田 太郎") << true;
        QTest::newRow("the name with an ideographic space")
            << QStringLiteral("山田\u3000太郎") << true;
        QTest::newRow("an e-mail in capitals") << QStringLiteral("TARO.YAMADA@") << true;
        QTest::newRow("an e-mail in full width")
            << QStringLiteral("ｔａｒｏ．ｙａｍａｄａ") << true;
        QTest::newRow("a phone with hyphens") << QStringLiteral("082-123-4567") << true;
        QTest::newRow("a phone with parentheses") << QStringLiteral("(082) 123 4567") << true;
        QTest::newRow("a phone in full-width digits") << QStringLiteral("０８２１２３") << true;
        QTest::newRow("a login user's mobile") << QStringLiteral("090-1234-5678") << true;
        QTest::newRow("a login user's name") << QStringLiteral("佐藤花子") << true;
        QTest::newRow("a postal code as written") << QStringLiteral("733-0001") << true;
        QTest::newRow("a postal code as digits") << QStringLiteral("7330001") << true;
        QTest::newRow("a postal code with its mark") << QStringLiteral("〒733-0001") << true;
        QTest::newRow("a postal code in full width") << QStringLiteral("７３３－０００１") << true;
        QTest::newRow("a destination's postal code") << QStringLiteral("530-0001") << true;
        QTest::newRow("a town") << QStringLiteral("大芝") << true;
        QTest::newRow("the prefecture and the city, as read out")
            << QStringLiteral("広島県広島市") << true;
        QTest::newRow("a destination's city") << QStringLiteral("大阪市北区") << true;
        QTest::newRow("a destination's prefecture") << QStringLiteral("大阪府") << true;
        QTest::newRow("a destination's department") << QStringLiteral("大阪支店") << true;
        QTest::newRow("a phone as an input method types it")
            << QStringLiteral("０８２−１２３−４５６７") << true;
        QTest::newRow("a phone with long-vowel marks for hyphens")
            << QStringLiteral("082ー123ー4567") << true;
        QTest::newRow("an address with minus signs") << QStringLiteral("大芝１−２−３") << true;
        QTest::newRow("an address with dashes") << QStringLiteral("梅田2–2") << true;
        QTest::newRow("a destination's prefecture in English") << QStringLiteral("osaka") << true;
        QTest::newRow("another prefecture in English") << QStringLiteral("Tokyo") << false;
        QTest::newRow("another postal code") << QStringLiteral("〒100-0001") << false;
        QTest::newRow("another town") << QStringLiteral("千代田") << false;
        QTest::newRow("the application number, its first part")
            << QStringLiteral("3bd5d8f6") << true;
        QTest::newRow("the application number in capitals")
            << QStringLiteral("3BD5D8F6-4345") << true;
        // Not across two fields: the end of the company and the start of
        // the name are two things a person said.
        QTest::newRow("across two fields") << QStringLiteral("商事山田") << false;
        // A few digits are a phone number's or a postal code's, never the
        // application number's (…-4345-…).
        QTest::newRow("digits only in the number") << QStringLiteral("4345") << false;
        QTest::newRow("another name") << QStringLiteral("鈴木") << false;
    }
    void findsWhatWasSaid()
    {
        QFETCH(QString, typed);
        QFETCH(bool, found);
        Application a = TestData::validApplication();
        a.destinations.append(TestData::branchInOsaka(a.customer));
        const QString id = QStringLiteral("3bd5d8f6-4345-45f2-aa3e-bc91d49bed80");
        const QString searched = QueueSearch::searchedText(QueueSearch::key(a), id);
        QCOMPARE(QueueSearch::matches(searched, QueueSearch::needle(typed)), found);
    }

    // Every search reads every entry's text: a destination copied from step
    // 1 (as Add puts it there) adds no line to it, one of its own does.
    void aValueSaidTwiceIsKeptOnce()
    {
        Application a = TestData::validApplication();
        a.destinations = {Destination::prefilledFrom(a.customer)};
        const QStringList once = QueueSearch::key(a).split(u'\n');
        for (int i = 0; i < 9; ++i)
            a.destinations.append(Destination::prefilledFrom(a.customer));
        QCOMPARE(QueueSearch::key(a).split(u'\n'), once);
        a.destinations.last().address = QStringLiteral("広島市中区基町1-1");
        const QStringList more = QueueSearch::key(a).split(u'\n');
        QCOMPARE(more.size(), once.size() + 1);
        QVERIFY(more.contains(QStringLiteral("広島県広島市中区基町1-1")));
    }

    // Kana as a customer spells a name out: katakana and hiragana are one.
    void kanaIsOne_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("katakana") << QStringLiteral("ミマモリ") << QStringLiteral("みまもり");
        QTest::newRow("ヴ and the iteration marks")
            << QStringLiteral("ヴヽヾ") << QStringLiteral("ゔゝゞ");
        // No hiragana of its own: ヷ, and the long-vowel mark as written.
        QTest::newRow("ヷ and ー") << QStringLiteral("ヷー") << QStringLiteral("ヷー");
        QTest::newRow("kanji and Latin")
            << QStringLiteral("見守りACME") << QStringLiteral("見守りACME");
    }
    void kanaIsOne()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(QueueSearch::foldKana(text), folded);
    }

    // An application purged of its personal data has nothing to be found
    // by, not even its number.
    void aPurgedEntryIsFoundByNothing()
    {
        const QString searched = QueueSearch::searchedText(
            QString(), QStringLiteral("3bd5d8f6-4345-45f2-aa3e-bc91d49bed80"));
        QVERIFY(!QueueSearch::matches(searched, QueueSearch::needle(QStringLiteral("3bd5d8f6"))));
    }
};

MOSHIKOMI_TEST(TestQueueSearch)
#include "tst_queuesearch.moc"
