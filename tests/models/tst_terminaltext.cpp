#include "testregistry.h"

#include "messages/terminaltext.h"

#include <QTest>

// Help text wrapped for a terminal: Japanese characters take two columns,
// lines break between them but never inside a Latin word, and 、。） never
// start a line.
class TestTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns()
    {
        QCOMPARE(TerminalText::columns(u"abc"), 3);
        QCOMPARE(TerminalText::columns(u"申込み"), 6);
        QCOMPARE(TerminalText::columns(u"（PEM）"), 7);
        QCOMPARE(TerminalText::columns(u"ｱｲｳ"), 3); // half-width katakana
    }

    void wrap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("English at spaces")
            << "Send the applications waiting in the queue" << 20
            << QStringList{"Send the", "applications waiting", "in the queue"};
        QTest::newRow("Japanese between characters")
            << "送信待ちの申込みを送ります" << 10
            << QStringList{"送信待ちの", "申込みを送", "ります"};
        QTest::newRow("a comma stays with the word before it")
            << "送信待ちの申込み、センター" << 16 << QStringList{"送信待ちの申込", "み、センター"};
        QTest::newRow("a bracket stays with what it opens")
            << "確認に、この証明書（PEM）だけ" << 20
            << QStringList{"確認に、この証明書", "（PEM）だけ"};
        QTest::newRow("a Latin word is never cut")
            << "トークンはMOSHIKOMI_STAFF_TOKENを指定" << 20
            << QStringList{"トークンは", "MOSHIKOMI_STAFF_TOKEN", "を指定"};
        QTest::newRow("empty") << "" << 20 << QStringList{""};
    }
    void wrap()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QStringList, lines);
        QCOMPARE(TerminalText::wrap(text, width), lines);
    }
};

MOSHIKOMI_TEST(TestTerminalText)
#include "tst_terminaltext.moc"
