#include "testregistry.h"
#include "ui/typingpause.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>

// A question that comes by itself waits for a pause in the typing: keys and
// input-method commits (how Japanese arrives) both count as typing.
class TestTypingPause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withNothingTypedItComesAtOnce()
    {
        TypingPause pause;
        bool asked = false;
        pause.whenQuiet(2000, this, [&asked] { asked = true; });
        QVERIFY(asked);
    }

    void itWaitsWhileTheTypingGoesOn_data()
    {
        QTest::addColumn<bool>("inputMethod");
        QTest::newRow("keys") << false;
        QTest::newRow("an input method's commits") << true;
    }
    void itWaitsWhileTheTypingGoesOn()
    {
        QFETCH(bool, inputMethod);
        TypingPause pause;
        QLineEdit edit;
        edit.show();
        const auto type = [&] {
            if (inputMethod) {
                QInputMethodEvent commit;
                commit.setCommitString(QStringLiteral("山"));
                QApplication::sendEvent(&edit, &commit);
            } else {
                QTest::keyClick(&edit, Qt::Key_A);
            }
        };
        type();
        bool asked = false;
        pause.whenQuiet(400, this, [&asked] { asked = true; });
        QVERIFY(!asked);
        // A key every 100 ms for a second: never a pause of 400 ms.
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 1000) {
            QTest::qWait(100);
            QVERIFY2(!asked, "asked while typing");
            type();
        }
        QTRY_VERIFY_WITH_TIMEOUT(asked, 2000);
    }

    void notWhenItsContextIsGone()
    {
        TypingPause pause;
        QLineEdit edit;
        QTest::keyClick(&edit, Qt::Key_A);
        bool asked = false;
        auto context = new QObject;
        pause.whenQuiet(200, context, [&asked] { asked = true; });
        delete context;
        QTest::qWait(500);
        QVERIFY(!asked);
    }
};

MOSHIKOMI_TEST(TestTypingPause)
#include "tst_typingpause.moc"
