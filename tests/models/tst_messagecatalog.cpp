#include "testregistry.h"

#include "core/errorcodes.h"
#include "messages/messagecatalog.h"

#include <QCoreApplication>
#include <QTest>

using Language = MessageCatalog::Language;

// The words for the core's codes come in the language the caller names, with
// no translator installed in the process: the service answers one request in
// Japanese and the next in English.
class TestMessageCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothLanguagesInOneProcess_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("japanese");
        QTest::addColumn<QString>("english");
        QTest::newRow("required") << "required" << QStringList()
                                  << "必須項目です。入力してください。"
                                  << "This field is required.";
        QTest::newRow("too long, with its limit")
            << "too_long" << QStringList{"50"} << "長すぎます。50 文字以内で入力してください。"
            << "Too long: at most 50 characters.";
        // How many were entered, when known: a paste of a whole address
        // block is cut knowing by how much.
        QTest::newRow("too long, with what was entered")
            << "too_long" << QStringList{"100", "312"}
            << "長すぎます。100 文字以内で入力してください（入力されたのは312文字）。"
            << "Too long: at most 100 characters; this has 312.";
        QTest::newRow("too long, singular")
            << "too_long" << QStringList{"1"} << "長すぎます。1 文字以内で入力してください。"
            << "Too long: at most 1 character.";
        QTest::newRow("units total")
            << "units_total_exceeded" << QStringList{"13"}
            << "台数は合計 10 台までです（現在 13 台）。"
            << "At most 10 units in total; these destinations add up to 13.";
        QTest::newRow("a date limit") << "below_minimum_date" << QStringList{"2026-01-01"}
                                      << "2026-01-01 以降の日付を入力してください。"
                                      << "Enter 2026-01-01 or a later date.";
        QTest::newRow("a phone number a digit short")
            << "invalid_phone" << QStringList{"9"}
            << "電話番号は 0 から始まる10桁または11桁の数字です（入力されたのは9桁）。"
            << "A phone number has 10 or 11 digits, starting with 0; this has 9.";
        QTest::newRow("a mobile number a digit short")
            << "invalid_mobile" << QStringList{"10"}
            << "携帯番号は 070・080・090 から始まる11桁の数字です（入力されたのは10桁）。"
            << "A mobile number has 11 digits, starting with 070, 080 or 090; this has 10.";
        QTest::newRow("a postal code a digit short")
            << "invalid_postal_code" << QStringList{"6"}
            << "郵便番号は数字7桁です（入力されたのは6桁。例: 733-0001）。"
            << "A postal code has 7 digits (e.g. 733-0001); this has 6.";
        QTest::newRow("a mobile number of another kind")
            << "invalid_mobile" << QStringList()
            << "携帯番号は 070・080・090 から始まる11桁の数字で、ハイフン無しで入力してください。"
            << "Enter 11 digits starting with 070, 080 or 090, without hyphens.";
        QTest::newRow("unknown code")
            << "no_such_code" << QStringList() << "入力内容が正しくありません。"
            << "This value is not valid.";
    }
    void bothLanguagesInOneProcess()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, args);
        QFETCH(QString, japanese);
        QFETCH(QString, english);
        QCOMPARE(MessageCatalog::text(code, args, Language::Japanese), japanese);
        QCOMPARE(MessageCatalog::text(code, args, Language::English), english);
        QCOMPARE(MessageCatalog::text(code, args, Language::Japanese), japanese);
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<Language>("language");
        QTest::newRow("none: Japanese") << QByteArray() << Language::Japanese;
        QTest::newRow("ja") << QByteArray("ja") << Language::Japanese;
        QTest::newRow("ja-JP first") << QByteArray("ja-JP,en;q=0.5") << Language::Japanese;
        QTest::newRow("en-US first") << QByteArray("en-US,en;q=0.9,ja;q=0.8") << Language::English;
        QTest::newRow("only others: Japanese") << QByteArray("fr,de") << Language::Japanese;
        QTest::newRow("other, then English") << QByteArray("fr, EN") << Language::English;
        QTest::newRow("English refused") << QByteArray("en;q=0, ja") << Language::Japanese;
        QTest::newRow("Japanese weighs more, written second")
            << QByteArray("en;q=0.1, ja;q=0.9") << Language::Japanese;
        QTest::newRow("English weighs more, written second")
            << QByteArray("ja;q=0.2,fr,en-GB;q=0.7") << Language::English;
        QTest::newRow("equal weights: the first")
            << QByteArray("en;q=0.5, ja;q=0.5") << Language::English;
        QTest::newRow("any, then English") << QByteArray("*;q=0.1, en") << Language::English;
        QTest::newRow("only English refused") << QByteArray("en;q=0") << Language::Japanese;
    }
    void acceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(Language, language);
        QCOMPARE(MessageCatalog::fromAcceptLanguage(header), language);
    }
};

MOSHIKOMI_TEST(TestMessageCatalog)
#include "tst_messagecatalog.moc"
