#include "client/emaildomainhint.h"
#include "testregistry.h"

#include <QTest>

// A customer's address dictated over the phone: a domain that looks like a
// slip of a well-known one is questioned, a company's own is left alone.
class TestEmailDomainHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void likelyMeant_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("meant");
        // Slips of a well-known domain.
        QTest::newRow("letters swapped") << "taro@gmial.com"
                                         << "gmail.com";
        QTest::newRow("a letter missing") << "taro@gmai.com"
                                          << "gmail.com";
        QTest::newRow("carrier, letter missing") << "taro@docmo.ne.jp"
                                                 << "docomo.ne.jp";
        QTest::newRow("carrier, wrong ending") << "taro@docomo.ne.jo"
                                               << "docomo.ne.jp";
        QTest::newRow("two slips in a long one") << "hanako@yahooo.co.jpp"
                                                 << "yahoo.co.jp";
        QTest::newRow("capitals") << "Taro@GMIAL.COM"
                                  << "gmail.com";
        // A well-known name under an ending it does not have.
        QTest::newRow("gmail under .co.jp") << "taro@gmail.co.jp"
                                            << "gmail.com";
        QTest::newRow("icloud under .jp") << "taro@icloud.jp"
                                          << "icloud.com";
        // A company's own domain with its ending mistyped.
        QTest::newRow(".co.jo") << "suzuki@example.co.jo"
                                << "example.co.jp";
        QTest::newRow(".ne.pj") << "suzuki@example.ne.pj"
                                << "example.ne.jp";
        QTest::newRow(".con") << "suzuki@example.con"
                              << "example.com";
        // Nothing to say.
        QTest::newRow("known") << "taro@gmail.com"
                               << "";
        QTest::newRow("known carrier") << "taro@ezweb.ne.jp"
                                       << "";
        QTest::newRow("known, both of a pair") << "taro@outlook.jp"
                                               << "";
        QTest::newRow("a company's own") << "suzuki@example.co.jp"
                                         << "";
        QTest::newRow("a short company domain") << "info@nec.com"
                                                << "";
        // Real domains near well-known ones are no slips.
        QTest::newRow("mail.com, not gmail.com") << "taro@mail.com"
                                                 << "";
        QTest::newRow("email.com") << "taro@email.com"
                                   << "";
        QTest::newRow("ymail.com") << "taro@ymail.com"
                                   << "";
        QTest::newRow("odn.ne.jp, not ocn.ne.jp") << "taro@odn.ne.jp"
                                                  << "";
        QTest::newRow("a short one, one letter off au.com") << "taro@ai.com"
                                                            << "";
        QTest::newRow("a test's domain") << "user@test.com"
                                         << "";
        QTest::newRow("Jordan's own .jo") << "info@example.jo"
                                          << "";
        QTest::newRow("no domain yet") << "taro@"
                                       << "";
        QTest::newRow("no at sign") << "taro"
                                    << "";
        QTest::newRow("no dot") << "taro@gmail"
                                << "";
    }
    void likelyMeant()
    {
        QFETCH(QString, email);
        QFETCH(QString, meant);
        QCOMPARE(EmailDomainHint::likelyMeant(email), meant);
    }
};

MOSHIKOMI_TEST(TestEmailDomainHint)
#include "tst_emaildomainhint.moc"
