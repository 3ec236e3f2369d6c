#include "core/contactblock.h"
#include "testregistry.h"

#include <QTest>

// A signature or a card's lines, pasted whole, parted into step 1's fields.
class TestContactBlock : public QObject
{
    Q_OBJECT

private slots:
    void aSignatureIsParted()
    {
        const std::optional<ContactBlock> block =
            ContactBlock::parse(QStringLiteral("--\n"
                                               "株式会社見守り商事 営業部\n"
                                               "部長　山田 太郎\n"
                                               "〒733-0001\n"
                                               "広島県広島市西区大芝1-2-3\n"
                                               "見守りビル5F\n"
                                               "TEL：082-123-4567（代表）\n"
                                               "FAX：082-123-4568\n"
                                               "E-mail：taro@mimamori.example.jp\n"
                                               "https://www.mimamori.example.jp/\n"));
        QVERIFY(block);
        const Customer &c = block->customer;
        QCOMPARE(c.companyName, QStringLiteral("株式会社見守り商事"));
        QCOMPARE(c.department, QStringLiteral("営業部"));
        QCOMPARE(c.postalCode, QStringLiteral("733-0001"));
        QCOMPARE(c.prefecture, QStringLiteral("34"));
        QCOMPARE(c.address, QStringLiteral("広島市西区大芝1-2-3 見守りビル5F"));
        QCOMPARE(c.phone, QStringLiteral("0821234567"));
        QCOMPARE(c.email, QStringLiteral("taro@mimamori.example.jp"));
        QCOMPARE(c.emailConfirm, QString());
        // Lines that are no field of the application are kept apart, as
        // they were, the fax number among them.
        QVERIFY2(block->unplaced.contains(QStringLiteral("FAX:082-123-4568")) ||
                     block->unplaced.contains(QStringLiteral("FAX：082-123-4568")),
                 qPrintable(block->unplaced.join(u'|')));
        QVERIFY(block->unplaced.contains(QStringLiteral("https://www.mimamori.example.jp/")));
        // The title and the name on one line.
        QCOMPARE(c.title, QStringLiteral("部長"));
        QCOMPARE(c.lastName, QStringLiteral("山田 太郎"));
        QCOMPARE(block->unplaced.size(), 2);
    }

    void aCardsLinesAreParted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("address");
        QTest::newRow("one value a line")
            << QStringLiteral("株式会社見守り商事\n情報システム部\n課長\n佐藤 花子\n"
                              "〒100-0001 東京都千代田区千代田1-1\n03-1234-5678\n"
                              "hanako@example.co.jp")
            << QStringLiteral("株式会社見守り商事") << QStringLiteral("情報システム部")
            << QStringLiteral("課長") << QStringLiteral("佐藤 花子")
            << QStringLiteral("千代田区千代田1-1");
        QTest::newRow("department and title on a line, labels")
            << QStringLiteral("会社名：見守り物産(株)\n所属：営業部 主任\n氏名：鈴木 一郎 様\n"
                              "住所：大阪府大阪市北区梅田1-1\n電話：06-1234-5678")
            << QStringLiteral("見守り物産(株)") << QStringLiteral("営業部")
            << QStringLiteral("主任") << QStringLiteral("鈴木 一郎 様")
            << QStringLiteral("大阪市北区梅田1-1");
        QTest::newRow("department, title and name on a line")
            << QStringLiteral("見守り物産株式会社\n営業部 課長 田中 一郎\n"
                              "広島県広島市中区基町1-1\n082-111-2222")
            << QStringLiteral("見守り物産株式会社") << QStringLiteral("営業部")
            << QStringLiteral("課長") << QStringLiteral("田中 一郎")
            << QStringLiteral("広島市中区基町1-1");
        QTest::newRow("department and name on a line, no title")
            << QStringLiteral("見守り物流株式会社\n情報システム部 第二課 鈴木 一郎\n"
                              "〒530-0001 大阪府大阪市北区梅田1-1-1\nTEL 06-1234-5678")
            << QStringLiteral("見守り物流株式会社") << QStringLiteral("情報システム部 第二課")
            << QString() << QStringLiteral("鈴木 一郎") << QStringLiteral("大阪市北区梅田1-1-1");
        QTest::newRow("a branch on the company's line, its section and who on the next")
            << QStringLiteral("見守り物流株式会社 大阪センター\n物流課 課長 鈴木 一郎\n"
                              "大阪府大阪市北区梅田1-1-1\n06-1234-5678")
            << QStringLiteral("見守り物流株式会社") << QStringLiteral("大阪センター 物流課")
            << QStringLiteral("課長") << QStringLiteral("鈴木 一郎")
            << QStringLiteral("大阪市北区梅田1-1-1");
        QTest::newRow("a branch on the company's line, its section and name on the next")
            << QStringLiteral("見守り物流株式会社 大阪センター\n物流課 鈴木 一郎\n"
                              "大阪府大阪市北区梅田1-1-1\n06-1234-5678")
            << QStringLiteral("見守り物流株式会社") << QStringLiteral("大阪センター 物流課")
            << QString() << QStringLiteral("鈴木 一郎") << QStringLiteral("大阪市北区梅田1-1-1");
        QTest::newRow("the address after the postal code, without its prefecture")
            << QStringLiteral("株式会社見守り商事\n山田 太郎\n〒733-0001\n広島市西区大芝1-2-3\n"
                              "taro@example.co.jp")
            << QStringLiteral("株式会社見守り商事") << QString() << QString()
            << QStringLiteral("山田 太郎") << QStringLiteral("広島市西区大芝1-2-3");
        QTest::newRow("who, on the company's line")
            << QStringLiteral("株式会社見守り商事 情報システム部 部長 山田 太郎\r\n〒733-0001 "
                              "広島県広島市西区大芝1-2-3 ABCビル5F\r\nTEL 082-123-4567 FAX "
                              "082-123-4568\r\nMail taro.yamada@example.co.jp URL "
                              "https://www.example.co.jp/")
            << QStringLiteral("株式会社見守り商事") << QStringLiteral("情報システム部")
            << QStringLiteral("部長") << QStringLiteral("山田 太郎")
            << QStringLiteral("広島市西区大芝1-2-3 ABCビル5F");
        QTest::newRow("a name with its reading")
            << QStringLiteral("見守り工業株式会社\n総務部\n高橋 美咲 (Misaki Takahashi)\n"
                              "Tel: 06-6123-4567\nm.takahashi@example.jp")
            << QStringLiteral("見守り工業株式会社") << QStringLiteral("総務部") << QString()
            << QStringLiteral("高橋 美咲") << QString();
        QTest::newRow("a title, a name and its reading")
            << QStringLiteral(
                   "株式会社見守りシステムズ\n営業一課\n主任 渡辺 直樹（わたなべ なおき）\n"
                   "東京都千代田区丸の内1-1-1\n03-5555-1234")
            << QStringLiteral("株式会社見守りシステムズ") << QStringLiteral("営業一課")
            << QStringLiteral("主任") << QStringLiteral("渡辺 直樹")
            << QStringLiteral("千代田区丸の内1-1-1");
        QTest::newRow("a title of two words, the office's number and a mobile on one line")
            << QStringLiteral("見守り電機株式会社\n技術本部　第一技術部\n部長代理　木村 拓也\n"
                              "〒100-0001　東京都千代田区千代田1-1\n"
                              "Tel 03-3213-1111　Mobile 090-2222-3333")
            << QStringLiteral("見守り電機株式会社") << QStringLiteral("技術本部　第一技術部")
            << QStringLiteral("部長代理") << QStringLiteral("木村 拓也")
            << QStringLiteral("千代田区千代田1-1");
        QTest::newRow("a shop without its legal form")
            << QStringLiteral("山田商店\n店長 山田 花子\n福岡県福岡市中央区天神1-1-1\n092-111-2222")
            << QStringLiteral("山田商店") << QString() << QStringLiteral("店長")
            << QStringLiteral("山田 花子") << QStringLiteral("福岡市中央区天神1-1-1");
        QTest::newRow("a secretariat and who is at it")
            << QStringLiteral("NPO法人みまもりネット\n事務局 斎藤 健\n"
                              "北海道札幌市中央区北1条西2丁目\nTEL 011-111-2222 FAX 011-111-2223")
            << QStringLiteral("NPO法人みまもりネット") << QStringLiteral("事務局") << QString()
            << QStringLiteral("斎藤 健") << QStringLiteral("札幌市中央区北1条西2丁目");
        QTest::newRow("in English")
            << QStringLiteral("Hanako Tanaka\nIT Department Manager\nMimamori Trading Co., Ltd.\n"
                              "Phone: +81 82-123-4567\nhanako@mimamori.example.com")
            << QStringLiteral("Mimamori Trading Co., Ltd.") << QStringLiteral("IT Department")
            << QStringLiteral("Manager") << QString() << QString();
    }
    void aCardsLinesAreParted()
    {
        QFETCH(QString, text);
        const std::optional<ContactBlock> block = ContactBlock::parse(text);
        QVERIFY(block);
        QTEST(block->customer.companyName, "company");
        QTEST(block->customer.department, "department");
        QTEST(block->customer.title, "title");
        QTEST(block->customer.lastName, "lastName");
        QTEST(block->customer.address, "address");
    }

    // The phone and the fax on one line: the phone number is taken, the fax
    // kept apart; a mobile number after the phone is kept apart too.
    void aFaxOnThePhoneLineIsKeptApart()
    {
        const std::optional<ContactBlock> block = ContactBlock::parse(
            QStringLiteral("有限会社みまもり電機\n代表取締役　伊藤 誠\n"
                           "TEL：092-123-4567　FAX：092-123-4568\n携帯：090-1234-5678"));
        QVERIFY(block);
        QCOMPARE(block->customer.phone, QStringLiteral("0921234567"));
        QCOMPARE(block->customer.title, QStringLiteral("代表取締役"));
        QCOMPARE(block->customer.lastName, QStringLiteral("伊藤 誠"));
        QCOMPARE(block->unplaced, QStringList({QStringLiteral("FAX：092-123-4568"),
                                               QStringLiteral("携帯：090-1234-5678")}));
    }

    // Two numbers on the line after the address: neither is taken for the
    // rest of the address; the office's is the phone, the mobile kept apart.
    void numbersOnTheLineAfterTheAddress()
    {
        const std::optional<ContactBlock> block = ContactBlock::parse(
            QStringLiteral("見守り電機株式会社\n〒100-0001 東京都千代田区千代田1-1\n"
                           "Tel 03-3213-1111　Mobile 090-2222-3333\n"
                           "広島市西区大芝1-2-3 TEL 082-123-4567（直通）"));
        QVERIFY(block);
        QCOMPARE(block->customer.address, QStringLiteral("千代田区千代田1-1"));
        QCOMPARE(block->customer.phone, QStringLiteral("0332131111"));
        QCOMPARE(block->unplaced.first(), QStringLiteral("Mobile 090-2222-3333"));
        // A second address with its number: the number with its kind, whole.
        QVERIFY2(block->unplaced.contains(QStringLiteral("TEL 082-123-4567（直通）")),
                 qPrintable(block->unplaced.join(u'|')));
    }

    // A login user's mobile: the block's only number, or its 携帯 line.
    void theMobileIsTakenOut()
    {
        std::optional<ContactBlock> only =
            ContactBlock::parse(QStringLiteral("鈴木 一郎\nichiro@example.co.jp\n080-3333-4444"));
        QVERIFY(only);
        QCOMPARE(only->takeMobile(), QStringLiteral("08033334444"));
        QCOMPARE(only->customer.phone, QString());
        std::optional<ContactBlock> both = ContactBlock::parse(QStringLiteral(
            "佐藤 花子\nTEL：082-123-4500\n携帯：090-1111-2222\nhanako@example.co.jp"));
        QVERIFY(both);
        QCOMPARE(both->takeMobile(), QStringLiteral("09011112222"));
        QCOMPARE(both->customer.phone, QStringLiteral("0821234500"));
        QVERIFY2(both->unplaced.isEmpty(), qPrintable(both->unplaced.join(u'|')));
        std::optional<ContactBlock> none =
            ContactBlock::parse(QStringLiteral("株式会社見守り商事\n山田 太郎\n082-123-4567"));
        QVERIFY(none);
        QCOMPARE(none->takeMobile(), QString());
        QCOMPARE(none->customer.phone, QStringLiteral("0821234567"));
    }

    // The prefecture a line leaves out comes from the postal code.
    void thePrefectureComesFromThePostalCode()
    {
        const std::optional<ContactBlock> block = ContactBlock::parse(
            QStringLiteral("株式会社見守り商事\n〒733-0001 広島市西区大芝1-2-3\n082-123-4567"));
        QVERIFY(block);
        QCOMPARE(block->customer.prefecture, QStringLiteral("34"));
        QCOMPARE(block->customer.address, QStringLiteral("広島市西区大芝1-2-3"));
    }

    // Text that is one value, or two, is no block: it is pasted as it is.
    void notABlock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("an address on two lines")
            << QStringLiteral("〒733-0001 広島県広島市西区大芝1-2-3\n見守りビル5F");
        QTest::newRow("an address on three lines")
            << QStringLiteral("〒733-0001\n広島県広島市西区大芝1-2-3\n見守りビル");
        QTest::newRow("a name and a phone") << QStringLiteral("山田 太郎\n082-123-4567");
        QTest::newRow("one line") << QStringLiteral("株式会社見守り商事");
        QTest::newRow("cells of a spreadsheet row") << QStringLiteral("山田\t太郎");
        QTest::newRow("nothing") << QString();
        QString thread;
        for (int i = 0; i < 8; ++i)
            thread +=
                QStringLiteral("株式会社見守り商事\n山田 太郎\n082-123-4567\ntaro@example.co.jp\n");
        QTest::newRow("a whole mail thread, signatures and all") << thread;
        QTest::newRow("a long page")
            << (QStringLiteral("株式会社見守り商事\n山田 太郎\n082-123-4567\n") +
                QString(3000, u'あ'));
    }
    void notABlock()
    {
        QFETCH(QString, text);
        QVERIFY(!ContactBlock::parse(text));
    }

    // Where no address can go (a login user), a name and an address on two
    // lines are enough.
    void twoPartsWhereAskedFor()
    {
        const QString text = QStringLiteral("高橋 美咲\nmisaki@example.co.jp");
        QVERIFY(!ContactBlock::parse(text));
        const std::optional<ContactBlock> block = ContactBlock::parse(text, 2);
        QVERIFY(block);
        QCOMPARE(block->customer.lastName, QStringLiteral("高橋 美咲"));
        QCOMPARE(block->customer.email, QStringLiteral("misaki@example.co.jp"));
        QVERIFY(!ContactBlock::parse(QStringLiteral("高橋 美咲"), 2));
    }
};

MOSHIKOMI_TEST(TestContactBlock)
#include "tst_contactblock.moc"
