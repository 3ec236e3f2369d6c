#include "testregistry.h"

#include "service/mailcomposer.h"
#include "service/mailmessage.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Mail as Japanese readers' programs need it: UTF-8, encoded words of at most
// 75 characters that never split a character, a base64 body, and no header a
// value could add.
class TestMailMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodedWordsStayShortAndWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("kana and kanji")
            << QStringLiteral("【サイバーセキュリティ見守りサービス】お申込み内容確定のお願い");
        QTest::newRow("surrogate pairs")
            << QString(40, u'x') + QStringLiteral("𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷");
        QTest::newRow("short") << QStringLiteral("確認");
    }
    void encodedWordsStayShortAndWhole()
    {
        QFETCH(QString, text);
        const QByteArray encoded = MailMessage::encodeWords(text);
        QByteArray decoded;
        static const QRegularExpression word(
            QStringLiteral("^=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=$"));
        for (const QByteArray &line : encoded.split('\n')) {
            const QByteArray w = line.trimmed();
            QVERIFY2(w.size() <= 75, w.constData());
            const QRegularExpressionMatch m = word.match(QString::fromLatin1(w));
            QVERIFY2(m.hasMatch(), w.constData());
            const QByteArray bytes = QByteArray::fromBase64(m.captured(1).toLatin1());
            // Each word decodes on its own: no character is cut in two.
            QVERIFY(QString::fromUtf8(bytes).toUtf8() == bytes);
            QVERIFY(!QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
            decoded += bytes;
        }
        QCOMPARE(QString::fromUtf8(decoded), text);
    }

    void pythonReadsTheSubjectAndSenderExactly()
    {
        MailMessage m;
        m.fromName = MailComposer::senderName();
        m.fromAddress = QStringLiteral("no-reply@nec-service.com");
        m.to = QStringLiteral("taro@example.co.jp");
        m.subject =
            QStringLiteral("【サイバーセキュリティ見守りサービス】お申込み内容確定のお願い");
        m.body = QStringLiteral("株式会社見守り商事 ご担当者様\n\n本文です。\n");
        m.messageId = QStringLiteral("abc.123@example.com");
        m.date = QDateTime::currentDateTimeUtc();
        const QByteArray bytes = m.toBytes();
        QVERIFY(bytes.contains("Auto-Submitted: auto-generated\r\n"));
        QVERIFY(bytes.contains("Content-Transfer-Encoding: base64\r\n"));
        QVERIFY(bytes.contains("Message-ID: <abc.123@example.com>\r\n"));
        QVERIFY(bytes.contains("charset=UTF-8"));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.eml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(MOSHIKOMI_SOURCE_DIR "/tests/service/decode-subject.py"),
                      file.fileName()});
        QVERIFY(python.waitForFinished());
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n');
        QCOMPARE(python.exitCode(), 0);
        QCOMPARE(lines.value(0), m.subject);
        QCOMPARE(lines.value(1), m.to);
        QCOMPARE(lines.value(2), QStringLiteral("株式会社見守り商事 ご担当者様"));
        QCOMPARE(lines.value(3), m.fromName);
    }

    void noValueAddsAHeaderLine()
    {
        MailMessage m;
        m.fromName = QStringLiteral("Service\r\nBcc: evil@example.com");
        m.fromAddress = QStringLiteral("no-reply@example.com");
        m.to = QStringLiteral("taro@example.co.jp\r\nBcc: evil@example.com");
        m.subject = QStringLiteral("Hello\r\nBcc: evil@example.com");
        m.messageId = QStringLiteral("x@y");
        m.date = QDateTime::currentDateTimeUtc();
        const QByteArray bytes = m.toBytes();
        const QByteArray headers = bytes.left(bytes.indexOf("\r\n\r\n"));
        for (const QByteArray &line : headers.split('\n'))
            QVERIFY2(!line.startsWith("Bcc"), line.constData());
    }
};

MOSHIKOMI_TEST(TestMailMessage)
#include "tst_mailmessage.moc"
