#include "core/application.h"
#include "core/normalizer.h"
#include "testregistry.h"

#include <QTest>

class TestNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postalCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seven digits") << QStringLiteral("7330001") << QStringLiteral("733-0001");
        QTest::newRow("canonical") << QStringLiteral("733-0001") << QStringLiteral("733-0001");
        QTest::newRow("full-width")
            << QStringLiteral("７３３－０００１") << QStringLiteral("733-0001");
        QTest::newRow("full-width no hyphen")
            << QStringLiteral("７３３０００１") << QStringLiteral("733-0001");
        QTest::newRow("spaces") << QStringLiteral("  733-0001　") << QStringLiteral("733-0001");
        QTest::newRow("postal mark") << QStringLiteral("〒733-0001") << QStringLiteral("733-0001");
        const char16_t hyphens[] = {u'ー', u'－', u'‐', u'‑', u'–', u'—', u'―', u'−', u'ｰ'};
        for (char16_t h : hyphens) {
            QTest::addRow("look-alike U+%04X", unsigned(h))
                << (QStringLiteral("733") + QChar(h) + QStringLiteral("0001"))
                << QStringLiteral("733-0001");
        }
        QTest::newRow("a space between the groups")
            << QStringLiteral("733 0001") << QStringLiteral("733-0001");
        QTest::newRow("spaces around the hyphen")
            << QStringLiteral("733 - 0001") << QStringLiteral("733-0001");
        QTest::newRow("full-width space between")
            << QStringLiteral("７３３　０００１") << QStringLiteral("733-0001");
        QTest::newRow("zero-width space pasted in")
            << QStringLiteral("733\u200B-0001") << QStringLiteral("733-0001");
        QTest::newRow("marks of writing direction around it")
            << QStringLiteral("\u202A733-0001\u202C") << QStringLiteral("733-0001");
        QTest::newRow("six digits left alone")
            << QStringLiteral("733000") << QStringLiteral("733000");
        QTest::newRow("letters left alone")
            << QStringLiteral("73a0001") << QStringLiteral("73a0001");
    }
    void postalCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::postalCode(input), expected);
        QCOMPARE(Normalizer::postalCode(expected), expected); // idempotent
    }

    void onOneLine_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two lines of a signature")
            << QStringLiteral("広島市西区大芝1-2-3\r\nABCビル5F")
            << QStringLiteral("広島市西区大芝1-2-3 ABCビル5F");
        QTest::newRow("two cells of a spreadsheet")
            << QStringLiteral("山田\t太郎") << QStringLiteral("山田 太郎");
        QTest::newRow("spaces and breaks together")
            << QStringLiteral("大芝1-2-3 \n\n  ABCビル") << QStringLiteral("大芝1-2-3 ABCビル");
        QTest::newRow("a line separator") << QStringLiteral("A\u2028B") << QStringLiteral("A B");
        QTest::newRow("a line ending the paste")
            << QStringLiteral("taro@example.co.jp\n") << QStringLiteral("taro@example.co.jp ");
        QTest::newRow("spaces alone stay as they are")
            << QStringLiteral("山田  太郎 ") << QStringLiteral("山田  太郎 ");
        QTest::newRow("other controls stay, for the rules to refuse")
            << QStringLiteral("A\u0001B") << QStringLiteral("A\u0001B");
    }
    void onOneLine()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::onOneLine(pasted), expected);
        QCOMPARE(Normalizer::onOneLine(expected), expected); // idempotent
    }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("digits") << QStringLiteral("0821234567") << QStringLiteral("0821234567");
        QTest::newRow("hyphens") << QStringLiteral("082-123-4567") << QStringLiteral("0821234567");
        QTest::newRow("full-width")
            << QStringLiteral("０８２－１２３－４５６７") << QStringLiteral("0821234567");
        QTest::newRow("katakana long mark")
            << QStringLiteral("090ー1234ー5678") << QStringLiteral("09012345678");
        QTest::newRow("spaces") << QStringLiteral(" 082 123 4567 ") << QStringLiteral("0821234567");
        // As Outlook and Teams copy a number they show.
        QTest::newRow("marks of writing direction around it")
            << QStringLiteral("\u202A+81 82-123-4567\u202C") << QStringLiteral("0821234567");
        QTest::newRow("a left-to-right mark before it")
            << QStringLiteral("\u200E082-123-4567") << QStringLiteral("0821234567");
        QTest::newRow("area code in brackets after")
            << QStringLiteral("082(123)4567") << QStringLiteral("0821234567");
        QTest::newRow("area code in brackets")
            << QStringLiteral("(082)123-4567") << QStringLiteral("0821234567");
        QTest::newRow("full-width brackets")
            << QStringLiteral("０８２（１２３）４５６７") << QStringLiteral("0821234567");
        QTest::newRow("country code")
            << QStringLiteral("+81 82 123 4567") << QStringLiteral("0821234567");
        QTest::newRow("country code, mobile")
            << QStringLiteral("+81-90-1234-5678") << QStringLiteral("09012345678");
        QTest::newRow("country code with (0)")
            << QStringLiteral("+81 (0)82 123 4567") << QStringLiteral("0821234567");
        QTest::newRow("full-width plus")
            << QStringLiteral("＋８１ ９０ １２３４ ５６７８") << QStringLiteral("09012345678");
        QTest::newRow("copied with its label")
            << QStringLiteral("TEL: 082-123-4567") << QStringLiteral("0821234567");
        QTest::newRow("with a Japanese label")
            << QStringLiteral("電話 082(123)4567") << QStringLiteral("0821234567");
        QTest::newRow("mobile, full-width colon")
            << QStringLiteral("携帯：090-1234-5678") << QStringLiteral("09012345678");
        QTest::newRow("the phone sign")
            << QStringLiteral("℡082-123-4567") << QStringLiteral("0821234567");
        QTest::newRow("the kind of line after it")
            << QStringLiteral("03-1234-5678（代表）") << QStringLiteral("0312345678");
        QTest::newRow("label before, kind after")
            << QStringLiteral("TEL：082-123-4567（直通）") << QStringLiteral("0821234567");
        QTest::newRow("abbreviated, no brackets")
            << QStringLiteral("03-1234-5678 代") << QStringLiteral("0312345678");
        QTest::newRow("in English")
            << QStringLiteral("Tel. 082-123-4567 (main)") << QStringLiteral("0821234567");
        QTest::newRow("mobile, kind after")
            << QStringLiteral("090-1234-5678(携帯)") << QStringLiteral("09012345678");
        // A word that is not the kind of line stays, to be refused.
        QTest::newRow("a note stays")
            << QStringLiteral("082-123-4567（平日のみ）") << QStringLiteral("0821234567平日のみ");
        // A fax number is not taken for the phone.
        QTest::newRow("a fax label stays")
            << QStringLiteral("FAX 082-123-4568") << QStringLiteral("FAX0821234568");
        // The extension is kept, so that the rule can refuse it rather than
        // merge it into a valid-looking wrong number.
        QTest::newRow("extension stays apart")
            << QStringLiteral("082-123-4567 内線12") << QStringLiteral("0821234567内線12");
    }
    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::phone(input), expected);
        QCOMPARE(Normalizer::phone(expected), expected);
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << QStringLiteral("a@example.jp") << QStringLiteral("a@example.jp");
        QTest::newRow("full-width") << QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
                                    << QStringLiteral("taro@example.co.jp");
        QTest::newRow("full-width hyphen")
            << QStringLiteral("ya－mada@ex.jp") << QStringLiteral("ya-mada@ex.jp");
        QTest::newRow("trimmed") << QStringLiteral("　a@example.jp ")
                                 << QStringLiteral("a@example.jp");
        QTest::newRow("internationalised domain in ASCII")
            << QStringLiteral("taro@例え.jp") << QStringLiteral("taro@xn--r8jz45g.jp");
        // The input method's hyphen key and full stop, between ASCII letters.
        QTest::newRow("an input method's hyphen and full stops")
            << QStringLiteral("taroーyamada@example。co。jp")
            << QStringLiteral("taro-yamada@example.co.jp");
        QTest::newRow("a prolonged sound mark in a Japanese domain stays")
            << QStringLiteral("taro@ラーメン.jp") << QStringLiteral("taro@xn--4dkp5a8a.jp");
        QTest::newRow("an input method's full stops in the domain")
            << QStringLiteral("taro@例え。jp") << QStringLiteral("taro@xn--r8jz45g.jp");
        // A slip, not a name: kept for the rules to point at.
        QTest::newRow("an ideographic comma in the domain")
            << QStringLiteral("taro@example、co.jp") << QStringLiteral("taro@example、co.jp");
        QTest::newRow("copied with the name, from a mail program")
            << QStringLiteral("山田 太郎 <taro@example.co.jp>")
            << QStringLiteral("taro@example.co.jp");
        QTest::newRow("quoted name, full-width brackets")
            << QStringLiteral("\"Yamada, Taro\" ＜taro@example.co.jp＞")
            << QStringLiteral("taro@example.co.jp");
        QTest::newRow("mailto link")
            << QStringLiteral("mailto:taro@example.co.jp") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("mailto link with a subject")
            << QStringLiteral("MAILTO:taro%2Bsales@example.co.jp?subject=%E7%94%B3%E8%BE%BC")
            << QStringLiteral("taro+sales@example.co.jp");
        QTest::newRow("two addresses stay as they are")
            << QStringLiteral("a@example.jp <b@example.jp>")
            << QStringLiteral("a@example.jp <b@example.jp>");
        QTest::newRow("copied with Japanese brackets")
            << QStringLiteral("「taro@example.co.jp」") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("copied with the full stop of the sentence")
            << QStringLiteral("taro@example.co.jp。") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("copied with brackets and a comma")
            << QStringLiteral("（taro@example.co.jp）、") << QStringLiteral("taro@example.co.jp");
        // Typed on the way to ".co.jp": the dot stays.
        QTest::newRow("a dot being typed")
            << QStringLiteral("taro@example.") << QStringLiteral("taro@example.");
        // Spelt out on the phone: "taro, at, example, dot, co, dot, jp".
        QTest::newRow("spaces around the @ and the dots")
            << QStringLiteral("taro @ example. co .jp") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("an ideographic space before the @")
            << QStringLiteral("taro　＠example.jp") << QStringLiteral("taro@example.jp");
        // A space between letters: a dot, a hyphen or nothing may be meant.
        QTest::newRow("a space between letters stays")
            << QStringLiteral("taro yamada@example.jp") << QStringLiteral("taro yamada@example.jp");
        QTest::newRow("copied with its label, from a signature")
            << QStringLiteral("E-mail：taro@example.co.jp") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("a Japanese label")
            << QStringLiteral("メール taro@example.co.jp") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("a label before a named address")
            << QStringLiteral("Mail: 山田 太郎 <taro@example.co.jp>")
            << QStringLiteral("taro@example.co.jp");
        // The word itself may begin an address.
        QTest::newRow("an address beginning with mail")
            << QStringLiteral("mail@example.co.jp") << QStringLiteral("mail@example.co.jp");
        QTest::newRow("an address beginning with email")
            << QStringLiteral("email.desk@example.co.jp")
            << QStringLiteral("email.desk@example.co.jp");
        QTest::newRow("zero-width joiner pasted in")
            << QStringLiteral("ta\u200Dro@example.jp") << QStringLiteral("taro@example.jp");
        QTest::newRow("marks of writing direction around it")
            << QStringLiteral("\u2066taro@example.jp\u2069") << QStringLiteral("taro@example.jp");
        QTest::newRow("the full stop of the sentence it was copied out of")
            << QStringLiteral("taro@example.co.jp.") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("a domain still to be typed keeps its dot")
            << QStringLiteral("taro@example.") << QStringLiteral("taro@example.");
        QTest::newRow("two dots at the end stay, for the rules to refuse")
            << QStringLiteral("taro@example.co.jp..") << QStringLiteral("taro@example.co.jp..");
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::email(input), expected);
        QCOMPARE(Normalizer::email(expected), expected);
    }

    void postalCodeWithItsAddress_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("code"); // empty: not of that form
        QTest::addColumn<QString>("address");
        QTest::newRow("from a web page") << QStringLiteral("〒733-0001 広島県広島市西区大芝1-1")
                                         << "733-0001" << QStringLiteral("広島県広島市西区大芝1-1");
        QTest::newRow("full-width, long mark for the hyphen, a building")
            << QStringLiteral("〒７３３ー０００１　広島市西区大芝１－１　見守りセンタービル 3F")
            << "733-0001" << QStringLiteral("広島市西区大芝１－１　見守りセンタービル 3F");
        QTest::newRow("no mark, no hyphen, a comma")
            << QStringLiteral("7330001, 広島市西区") << "733-0001" << QStringLiteral("広島市西区");
        QTest::newRow("spaces around the hyphen") << QStringLiteral("733 - 0001 広島市西区")
                                                  << "733-0001" << QStringLiteral("広島市西区");
        QTest::newRow("a letter between the groups") << QStringLiteral("733x0001 広島市") << ""
                                                     << "";
        QTest::newRow("the code alone") << QStringLiteral("〒733-0001 ") << ""
                                        << "";
        QTest::newRow("a phone number after it") << QStringLiteral("733-0001 082-123-4567") << ""
                                                 << "";
        QTest::newRow("eight digits") << QStringLiteral("73300012 広島市") << ""
                                      << "";
        QTest::newRow("typed on after the code, no space")
            << QStringLiteral("733-0001広島県広島市") << "733-0001"
            << QStringLiteral("広島県広島市");
        QTest::newRow("kana typed on after the code")
            << QStringLiteral("7330001ひろしま") << "733-0001" << QStringLiteral("ひろしま");
        QTest::newRow("a Latin letter right after the code") << QStringLiteral("733-0001a") << ""
                                                             << "";
        QTest::newRow("a long vowel mark right after the code")
            << QStringLiteral("733-0001ー") << ""
            << "";
    }
    void postalCodeWithItsAddress()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, code);
        QFETCH(QString, address);
        const std::optional<Normalizer::PostalCodeAndAddress> split =
            Normalizer::postalCodeAndAddress(pasted);
        QCOMPARE(split.has_value(), !code.isEmpty());
        if (split) {
            QCOMPARE(split->postalCode, code);
            QCOMPARE(split->address, address);
        }
    }

    void wholeNumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("expected"); // -1: not a whole number
        QTest::newRow("digits") << "250" << qint64(250);
        QTest::newRow("full-width") << "２５０" << qint64(250);
        QTest::newRow("thousands") << "1,000" << qint64(1000);
        QTest::newRow("thousands, full-width") << "１，０００，０００" << qint64(1000000);
        QTest::newRow("spaces around") << " 42 " << qint64(42);
        QTest::newRow("minus") << "-5" << qint64(-5);
        QTest::newRow("minus sign") << "−5" << qint64(-5);
        QTest::newRow("full-width minus") << "－５" << qint64(-5);
        // Copied from a table in Outlook or Teams: marks of writing direction
        // around it, which nothing can hide behind in digits.
        QTest::newRow("marks of direction around")
            << QStringLiteral("\u202A1,200\u202C") << qint64(1200);
        // Read as another number before: the point and the minus were dropped.
        QTest::newRow("a decimal") << "1.5" << qint64(-1);
        QTest::newRow("a comma out of place") << "1,00" << qint64(-1);
        QTest::newRow("with a counter") << "250人" << qint64(-1);
        QTest::newRow("a minus inside") << "12-3" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("too long") << "12345678901234567" << qint64(-1);
    }
    void wholeNumber()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        const std::optional<qint64> n = Normalizer::wholeNumber(typed);
        if (expected == -1)
            QVERIFY2(!n, qPrintable(QString::number(n.value_or(0))));
        else
            QCOMPARE(n.value_or(-1), expected);
    }

    void date_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("canonical") << QStringLiteral("2026-12-01") << QStringLiteral("2026-12-01");
        QTest::newRow("slashes, as most write it")
            << QStringLiteral("2026/12/01") << QStringLiteral("2026-12-01");
        QTest::newRow("one-digit month and day")
            << QStringLiteral("2026/1/5") << QStringLiteral("2026-01-05");
        QTest::newRow("dots") << QStringLiteral("2026.12.1") << QStringLiteral("2026-12-01");
        QTest::newRow("copied with marks of direction")
            << QStringLiteral("\u200E2026/12/01\u200E") << QStringLiteral("2026-12-01");
        QTest::newRow("in Japanese")
            << QStringLiteral("2026年12月1日") << QStringLiteral("2026-12-01");
        QTest::newRow("full-width, spaces around")
            << QStringLiteral("　２０２６／１２／０１ ") << QStringLiteral("2026-12-01");
        QTest::newRow("a long dash from an IME")
            << QStringLiteral("2026ー12ー01") << QStringLiteral("2026-12-01");
        QTest::newRow("eight digits") << QStringLiteral("20261201") << QStringLiteral("2026-12-01");
        QTest::newRow("Reiwa") << QStringLiteral("令和8年12月1日") << QStringLiteral("2026-12-01");
        QTest::newRow("Reiwa, full-width digits")
            << QStringLiteral("令和８年１２月１日") << QStringLiteral("2026-12-01");
        QTest::newRow("Reiwa, short") << QStringLiteral("R8.12.1") << QStringLiteral("2026-12-01");
        QTest::newRow("Reiwa's first year")
            << QStringLiteral("令和元年5月1日") << QStringLiteral("2019-05-01");
        QTest::newRow("Heisei") << QStringLiteral("平成31年4月30日")
                                << QStringLiteral("2019-04-30");
        QTest::newRow("Heisei, short")
            << QStringLiteral("H30/1/15") << QStringLiteral("2018-01-15");
        // With its weekday, as the review reads it back (copied from there).
        QTest::newRow("with the weekday")
            << QStringLiteral("2026年12月1日（火）") << QStringLiteral("2026-12-01");
        // The English way, with the month's name.
        QTest::newRow("day first, English")
            << QStringLiteral("1 Dec 2026") << QStringLiteral("2026-12-01");
        QTest::newRow("month first, English")
            << QStringLiteral("December 1, 2026") << QStringLiteral("2026-12-01");
        QTest::newRow("ordinal, abbreviation with a dot")
            << QStringLiteral("Sept. 30th 2026") << QStringLiteral("2026-09-30");
        QTest::newRow("as the English review reads it")
            << QStringLiteral("Tue 1 December 2026") << QStringLiteral("2026-12-01");
        QTest::newRow("not a month")
            << QStringLiteral("1 Dex 2026") << QStringLiteral("1 Dex 2026");
        // Heisei had no 32nd year: left for the rules.
        QTest::newRow("no such Heisei year")
            << QStringLiteral("平成32年1月1日") << QStringLiteral("平成32年1月1日");
        // Not a date people write: left for the rules to refuse, not guessed at.
        QTest::newRow("day first") << QStringLiteral("01/12/2026") << QStringLiteral("01/12/2026");
        QTest::newRow("two-digit year") << QStringLiteral("26/12/01") << QStringLiteral("26/12/01");
        QTest::newRow("words") << QStringLiteral("来週") << QStringLiteral("来週");
    }
    void date()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::date(input), expected);
        QCOMPARE(Normalizer::date(expected), expected); // idempotent
    }

    // Dictated without the year: the year is the typing day's business.
    void dateWithoutYear_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<QString>("expected");
        const QDate today(2026, 11, 28);
        QTest::newRow("later this year") << QStringLiteral("12/1") << today << QDate() << QDate()
                                         << QStringLiteral("2026-12-01");
        QTest::newRow("in Japanese, full-width") << QStringLiteral("１２月１日") << today << QDate()
                                                 << QDate() << QStringLiteral("2026-12-01");
        QTest::newRow("with marks of direction")
            << QStringLiteral("\u202A12/1\u202C") << today << QDate() << QDate()
            << QStringLiteral("2026-12-01");
        QTest::newRow("today is today") << QStringLiteral("11/28") << today << QDate() << QDate()
                                        << QStringLiteral("2026-11-28");
        QTest::newRow("gone this year: next year's") << QStringLiteral("1/10") << today << QDate()
                                                     << QDate() << QStringLiteral("2027-01-10");
        QTest::newRow("yesterday, for a field that ends today: this year's")
            << QStringLiteral("11月27日") << today << QDate() << today
            << QStringLiteral("2026-11-27");
        QTest::newRow("a leap day waits for its year") << QStringLiteral("2/29") << today << QDate()
                                                       << QDate() << QStringLiteral("2028-02-29");
        QTest::newRow("no such day")
            << QStringLiteral("2/30") << today << QDate() << QDate() << QString();
        QTest::newRow("no such month")
            << QStringLiteral("13/1") << today << QDate() << QDate() << QString();
        // With a year, or not a month and day: not this function's.
        QTest::newRow("with its year")
            << QStringLiteral("2026/12/1") << today << QDate() << QDate() << QString();
        QTest::newRow("three parts, day first")
            << QStringLiteral("01/12/26") << today << QDate() << QDate() << QString();
        QTest::newRow("English, month first") << QStringLiteral("Dec 1") << today << QDate()
                                              << QDate() << QStringLiteral("2026-12-01");
        QTest::newRow("English, day first") << QStringLiteral("10 January") << today << QDate()
                                            << QDate() << QStringLiteral("2027-01-10");
        QTest::newRow("words") << QStringLiteral("来月") << today << QDate() << QDate()
                               << QString();
    }
    void dateWithoutYear()
    {
        QFETCH(QString, input);
        QFETCH(QDate, today);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::dateWithoutYear(input, today, earliest, latest), expected);
    }

    void halfWidthKatakanaIsWidened_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("with sound marks")
            << QStringLiteral("ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾏﾓﾘ") << QStringLiteral("カブシキガイシャ ミマモリ");
        QTest::newRow("semi-voiced, long mark")
            << QStringLiteral("ﾊﾟｰﾄﾅｰ") << QStringLiteral("パートナー");
        QTest::newRow("among kanji")
            << QStringLiteral("株式会社ﾐﾏﾓﾘ") << QStringLiteral("株式会社ミマモリ");
        QTest::newRow("a mark after a full-width kana")
            << QStringLiteral("カﾞ") << QStringLiteral("ガ");
        QTest::newRow("a mark that joins nothing") << QStringLiteral("Aﾞ") << QStringLiteral("A゛");
        QTest::newRow("half-width punctuation")
            << QStringLiteral("｢ﾐﾏﾓﾘ｣､") << QStringLiteral("「ミマモリ」、");
        // Only that block: a variant ideograph in a name stays as typed.
        QTest::newRow("variant ideograph kept")
            << QStringLiteral("\uFA19ﾀﾞ") << QStringLiteral("\uFA19ダ");
    }
    void halfWidthKatakanaIsWidened()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::text(input), expected);
        QCOMPARE(Normalizer::text(expected), expected); // idempotent
    }

    // Each function is idempotent (client and service normalise the same
    // value, the service again what the client sent): the inputs a fuzzer
    // found where one was not (tests/core/fuzz-corpus), said in words.
    void normalisingTwiceChangesNothing_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        // A spacing sound mark's compatibility form begins with a space.
        QTest::newRow("sound mark alone, in a code")
            << "halfWidthText" << QStringLiteral("ﾞ") << QStringLiteral("\u3099");
        // キ and its mark, apart until the separator between them goes.
        QTest::newRow("letter and mark meet")
            << "phone" << QStringLiteral("キ-\u3099") << QStringLiteral("ギ");
        QTest::newRow("letter and mark meet, postal code")
            << "postalCode" << QStringLiteral("キ〒\u3099") << QStringLiteral("ギ");
        // An address in brackets inside <…>.
        QTest::newRow("brackets inside a named address")
            << "email" << QStringLiteral("山田 <[taro@example.co.jp]>")
            << QStringLiteral("taro@example.co.jp");
        // The brackets are seen once the domain is in its ASCII form.
        QTest::newRow("brackets around an internationalised domain")
            << "email" << QStringLiteral("「taro@例え.jp」")
            << QStringLiteral("taro@xn--r8jz45g.jp");
        // The country code behind a line break or a bracket.
        QTest::newRow("country code after a line break")
            << "phone" << QStringLiteral("\r+81 82 123 4567") << QStringLiteral("0821234567");
        QTest::newRow("country code in brackets")
            << "phone" << QStringLiteral("(+81)82-123-4567") << QStringLiteral("0821234567");
        QTest::newRow("postal mark alone") << "postalCode" << QStringLiteral("〒 ") << QString();
    }
    void normalisingTwiceChangesNothing()
    {
        QFETCH(QString, function);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        using F = QString (*)(const QString &);
        const QHash<QString, F> functions{
            {QStringLiteral("halfWidthText"), &Normalizer::halfWidthText},
            {QStringLiteral("phone"), &Normalizer::phone},
            {QStringLiteral("postalCode"), &Normalizer::postalCode},
            {QStringLiteral("email"), &Normalizer::email}};
        const F f = functions.value(function);
        QVERIFY(f);
        const QString once = f(typed);
        QCOMPARE(once, expected);
        QCOMPARE(f(once), once);
    }

    void textKeepsItsLetters()
    {
        QCOMPARE(Normalizer::text(QStringLiteral("　株式会社 見守り　")),
                 QStringLiteral("株式会社 見守り"));
        // Names keep their full-width letters: only codes and addresses are folded.
        QCOMPARE(Normalizer::text(QStringLiteral("ＡＢＣ商事")), QStringLiteral("ＡＢＣ商事"));
        // Invisible characters carry nothing: a value of them alone is empty.
        QCOMPARE(Normalizer::text(QStringLiteral("見守り\u200B商事\uFEFF")),
                 QStringLiteral("見守り商事"));
        QCOMPARE(Normalizer::text(QStringLiteral("\u200B\u2060\uFEFF\u00AD")), QString());
        QCOMPARE(Normalizer::text(QStringLiteral("ソフト\u00ADハイフン")),
                 QStringLiteral("ソフトハイフン"));
        // A web page's no-break space (and a typesetter's thin one) is a
        // space; the ideographic space stays as typed.
        QCOMPARE(Normalizer::text(QStringLiteral("山田\u00A0太郎")), QStringLiteral("山田 太郎"));
        QCOMPARE(Normalizer::text(QStringLiteral("\u00A0大芝1-2-3\u2009見守りビル\u202F")),
                 QStringLiteral("大芝1-2-3 見守りビル"));
        QCOMPARE(Normalizer::text(QStringLiteral("山田　太郎")), QStringLiteral("山田　太郎"));
        // Marks of writing direction stay in a name, for the rules to refuse.
        QCOMPARE(Normalizer::text(QStringLiteral("山田\u200E")), QStringLiteral("山田\u200E"));
    }

    void wholeApplication()
    {
        Application a = Application::create();
        a.customer.postalCode = QStringLiteral("７３３０００１");
        a.customer.phone = QStringLiteral("082-123-4567");
        a.destinations[0].postalCode = QStringLiteral("733ー0001");
        a.loginUsers[0].mobile = QStringLiteral("090-1234-5678");
        a.loginUsers[0].email = QStringLiteral(" ｈａｎａ＠ｅｘ．ｊｐ");
        const Application n = Normalizer::application(a);
        QCOMPARE(n.customer.postalCode, QStringLiteral("733-0001"));
        QCOMPARE(n.customer.phone, QStringLiteral("0821234567"));
        QCOMPARE(n.destinations[0].postalCode, QStringLiteral("733-0001"));
        QCOMPARE(n.loginUsers[0].mobile, QStringLiteral("09012345678"));
        QCOMPARE(n.loginUsers[0].email, QStringLiteral("hana@ex.jp"));
    }
};

MOSHIKOMI_TEST(TestNormalizer)
#include "tst_normalizer.moc"
