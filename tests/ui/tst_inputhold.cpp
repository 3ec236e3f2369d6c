#include "testregistry.h"

#include "ui/inputhold.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

namespace {

// A window as the wizard's first page is to the keyboard: fields in a row.
struct TwoFields
{
    TwoFields()
    {
        auto layout = new QVBoxLayout(&window);
        first = new QLineEdit;
        second = new QLineEdit;
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        QApplication::setActiveWindow(&window);
        first->setFocus();
    }
    QWidget window;
    QLineEdit *first;
    QLineEdit *second;
};

} // namespace

// The window is on screen while the app finishes starting: what is typed then
// must wait, and arrive.
class TestInputHold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysTypedMeanwhileArriveInOrderOnRelease()
    {
        TwoFields w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        InputHold hold(&w.window);
        // Busy over the held window alone.
        QCOMPARE(w.window.cursor().shape(), Qt::BusyCursor);
        QVERIFY(!QApplication::overrideCursor());
        QTest::keyClicks(w.first, QStringLiteral("Yamada "));
        // Japanese comes from the input method, committed as a whole word.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("商事"));
        QApplication::sendEvent(w.first, &commit);
        QTest::keyClick(w.first, Qt::Key_Tab);
        QTest::keyClicks(w.first, QStringLiteral("082123456"));
        // And one through the window, as the window system delivers a key.
        QTest::keyClick(w.window.windowHandle(), Qt::Key_7, Qt::NoModifier);
        // Held: nothing reached the fields, the focus did not move.
        QCOMPARE(w.first->text(), QString());
        QCOMPARE(w.second->text(), QString());
        QVERIFY(w.first->hasFocus());
        QVERIFY(hold.heldKeys() > 0);

        hold.release();
        QCOMPARE(w.window.cursor().shape(), Qt::ArrowCursor);
        // Each key went where the focus was at its turn: Tab moved it.
        QCOMPARE(w.first->text(), QStringLiteral("Yamada 商事"));
        QCOMPARE(w.second->text(), QStringLiteral("0821234567"));
        QVERIFY(w.second->hasFocus());
        // Released: typing goes straight in again.
        QTest::keyClicks(w.second, QStringLiteral("8"));
        QCOMPARE(w.second->text(), QStringLiteral("08212345678"));
    }

    void clicksAndClosingWait()
    {
        TwoFields w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QVERIFY(w.first->hasFocus());
        InputHold hold(&w.window);
        // Through the window, as the window system delivers a click.
        const QPoint onSecond = w.second->mapTo(&w.window, w.second->rect().center());
        QTest::mouseClick(w.window.windowHandle(), Qt::LeftButton, {}, onSecond);
        QVERIFY(w.first->hasFocus());
        QVERIFY(!w.window.close());
        QVERIFY(w.window.isVisible());
        hold.release();
        QTest::mouseClick(w.window.windowHandle(), Qt::LeftButton, {}, onSecond);
        QVERIFY(w.second->hasFocus());
        QVERIFY(w.window.close());
    }

    void anotherWindowIsNotHeld()
    {
        // A keychain's or passphrase question beside the held window.
        TwoFields held;
        TwoFields other;
        InputHold hold(&held.window);
        QTest::keyClicks(other.first, QStringLiteral("pass"));
        QCOMPARE(other.first->text(), QStringLiteral("pass"));
    }

    void notReleasedDropsWhatWasHeld()
    {
        // The start failed (the queue did not open): nothing is typed into a
        // window about to close.
        TwoFields w;
        {
            InputHold hold(&w.window);
            QTest::keyClicks(w.first, QStringLiteral("abc"));
        }
        QCOMPARE(w.first->text(), QString());
        QTest::keyClicks(w.first, QStringLiteral("d"));
        QCOMPARE(w.first->text(), QStringLiteral("d"));
    }
};

MOSHIKOMI_TEST(TestInputHold)
#include "tst_inputhold.moc"
