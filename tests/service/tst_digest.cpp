#include "testregistry.h"

#include "service/digest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

// The hashes stored for tokens and request bodies must stay what they were
// when QCryptographicHash made them: a database written before still has to
// recognise its staff tokens and retries.
class TestDigest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb924"
                                                    "27ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArrayLiteral("abc")
                             << QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223"
                                                  "b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039"
                                 "a33ce45964ff2167f6ecedd419db06c1");
    }
    void sha256()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        QCOMPARE(Digest::sha256(data).toHex(), hex);
    }

    void sameAsQtForEveryLength()
    {
        QByteArray data;
        for (int size = 0; size < 300; ++size) {
            QCOMPARE(Digest::sha256(data),
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256));
            const QByteArray key = data.left(size % 97);
            QCOMPARE(Digest::hmacSha256(key, data),
                     QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256));
            data.append(char(size * 7 + 1));
        }
    }

    void hmacSha256_data()
    {
        // RFC 4231, test cases 1, 2 and 6 (a key longer than a block).
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                                << QByteArrayLiteral("b0344c61d8db38535ca8afceaf0bf12b"
                                                     "881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2") << QByteArrayLiteral("Jefe")
                                << QByteArrayLiteral("what do ya want for nothing?")
                                << QByteArrayLiteral("5bdcc146bf60754e6a042426089575c7"
                                                     "5a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 6") << QByteArray(131, '\xaa')
                                << QByteArrayLiteral(
                                       "Test Using Larger Than Block-Size Key - Hash Key First")
                                << QByteArrayLiteral("60e431591ee0b67f0d8a26aacbf5b77f"
                                                     "8e0bc6213728c5140546040f0ee37f54");
    }
    void hmacSha256()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        QCOMPARE(Digest::hmacSha256(key, data).toHex(), hex);
    }
};

MOSHIKOMI_TEST(TestDigest)
#include "tst_digest.moc"
