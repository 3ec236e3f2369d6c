#include "client/queuecipher.h"
#include "testregistry.h"

#include <QTest>

// Sealing the queue's personal values: readable back with the key, for the
// row and column they were sealed for, and by nothing else.
class TestQueueCipher : public QObject
{
    Q_OBJECT

    const QByteArray m_value =
        QStringLiteral("株式会社見守り商事 山田太郎 taro@example.co.jp 0821234567").toUtf8();

private Q_SLOTS:
    void initTestCase() { QVERIFY(QueueCipher::initialize()); }

    void roundTrip()
    {
        const QueueCipher cipher(QueueCipher::newKey());
        QVERIFY(cipher.isValid());
        const QUuid id = QUuid::createUuid();
        const QByteArray sealed = cipher.seal(m_value, id, "draft");
        QCOMPARE(cipher.open(sealed, id, "draft"), std::optional(m_value));
        // Nothing of the value shows, in UTF-8 or in UTF-16.
        QVERIFY(!sealed.contains(QByteArrayLiteral("taro@example")));
        QVERIFY(!sealed.contains(QStringLiteral("見守り").toUtf8()));
        const QString utf16 = QStringLiteral("見守り");
        QVERIFY(!sealed.contains(
            QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2)));
        // A fresh nonce every time: the same value seals differently.
        QVERIFY(cipher.seal(m_value, id, "draft") != sealed);
        // Empty values too.
        QCOMPARE(cipher.open(cipher.seal({}, id, "draft"), id, "draft"),
                 std::optional(QByteArray()));
    }

    void refusesWhatItDidNotSealThere_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("another row (swapped ciphertexts)") << "row";
        QTest::newRow("another column") << "column";
        QTest::newRow("another key") << "key";
        QTest::newRow("one byte changed") << "byte";
        QTest::newRow("cut short") << "short";
        QTest::newRow("unknown version") << "version";
    }

    void refusesWhatItDidNotSealThere()
    {
        QFETCH(QString, change);
        const QueueCipher cipher(QueueCipher::newKey());
        const QUuid id = QUuid::createUuid();
        QByteArray sealed = cipher.seal(m_value, id, "draft");
        QUuid readAs = id;
        QByteArray column = "draft";
        const QueueCipher other(QueueCipher::newKey());
        const QueueCipher *reader = &cipher;
        if (change == u"row")
            readAs = QUuid::createUuid();
        else if (change == u"column")
            column = "payload";
        else if (change == u"key")
            reader = &other;
        else if (change == u"byte")
            sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x01);
        else if (change == u"short")
            sealed.chop(1);
        else if (change == u"version")
            sealed[0] = 9;
        QCOMPARE(reader->open(sealed, readAs, column), std::nullopt);
    }

    void theDataKeyIsKeptWrapped()
    {
        const QByteArray dataKey = QueueCipher::newKey();
        const QByteArray kek = QueueCipher::newKey();
        const QByteArray wrapped = QueueCipher::wrapKey(dataKey, kek, "queue-1");
        QVERIFY(!wrapped.contains(dataKey));
        QCOMPARE(QueueCipher::unwrapKey(wrapped, kek, "queue-1"), std::optional(dataKey));
        // Not for another queue, not with another key.
        QCOMPARE(QueueCipher::unwrapKey(wrapped, kek, "queue-2"), std::nullopt);
        QCOMPARE(QueueCipher::unwrapKey(wrapped, QueueCipher::newKey(), "queue-1"), std::nullopt);
    }

    void aPassphraseGivesTheSameKeyOnlyWithTheSameSalt()
    {
        const QByteArray salt = QueueCipher::newSalt();
        const QByteArray a = QueueCipher::keyFromPassphrase(QStringLiteral("見守り-2026"), salt);
        QCOMPARE(a.size(), QueueCipher::KeyBytes);
        QCOMPARE(QueueCipher::keyFromPassphrase(QStringLiteral("見守り-2026"), salt), a);
        QVERIFY(QueueCipher::keyFromPassphrase(QStringLiteral("見守り-2027"), salt) != a);
        QVERIFY(QueueCipher::keyFromPassphrase(QStringLiteral("見守り-2026"),
                                               QueueCipher::newSalt()) != a);
    }
};

MOSHIKOMI_TEST(TestQueueCipher)
#include "tst_queuecipher.moc"
