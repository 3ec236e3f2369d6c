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
    }
    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::email(input), expected);
    }

    void textIsTrimmedOnly()
    {
        QCOMPARE(Normalizer::text(QStringLiteral("　株式会社 見守り　")),
                 QStringLiteral("株式会社 見守り"));
        // Names keep their full-width letters: only codes and addresses are folded.
        QCOMPARE(Normalizer::text(QStringLiteral("ＡＢＣ商事")), QStringLiteral("ＡＢＣ商事"));
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
