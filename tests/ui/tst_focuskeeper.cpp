#include "showactive.h"
#include "testregistry.h"

#include "ui/focuskeeper.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

// On the X server of the test run, which has no window manager: what a kiosk
// session is like, and where the keyboard focus went nowhere after a dialog.
class TestFocusKeeper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // What a window manager does and this display lacks: a new window of the
    // application takes the keyboard, so leaving a field says what is wrong.
    void aNewWindowIsMadeActive()
    {
        FocusKeeper keeper;
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto first = new QLineEdit;
        auto second = new QLineEdit;
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        first->setFocus();
        QVERIFY(first->hasFocus());
    }

    void theOpenerIsActiveAgainAfterADialog()
    {
        FocusKeeper keeper;
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto field = new QLineEdit;
        layout->addWidget(field);
        QVERIFY(showActive(&window));
        field->setFocus();

        // A question asked from a button of the window ("Submit"), answered
        // with Enter; the button is gone once it is answered (step 6 has none).
        auto submit = new QPushButton(QStringLiteral("Submit"));
        layout->addWidget(submit);
        submit->setFocus();
        QMessageBox question(QMessageBox::Question, QStringLiteral("Submit"),
                             QStringLiteral("Submit this application?"),
                             QMessageBox::Ok | QMessageBox::Cancel, submit);
        question.setDefaultButton(QMessageBox::Ok);
        QTimer::singleShot(0, &question, [&question] {
            QVERIFY(QTest::qWaitForWindowActive(&question));
            QTest::keyClick(&question, Qt::Key_Return);
        });
        QCOMPARE(question.exec(), int(QMessageBox::Ok));
        submit->hide();
        field->setFocus();

        // The keys reach the window again, and with them its shortcuts.
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ok"));
        QCOMPARE(field->text(), QStringLiteral("ok"));
    }

    // The wizard and the list both open, the wizard shown last (a draft
    // opened from the list); staff went back to the list and opened a
    // question there: answered, the keys go to the list again, not to the
    // wizard that happened to be shown last.
    void aDialogGivesTheKeysBackToTheWindowItWasOpenedFrom()
    {
        FocusKeeper keeper;
        QWidget list;
        QVERIFY(showActive(&list));
        QWidget wizard;
        QVERIFY(showActive(&wizard));
        list.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &list);
        // Without a parent Qt hands the activation to no one when it closes
        // (as happens with a window manager that takes its time): the
        // keeper's choice is all there is.
        QMessageBox question(QMessageBox::Question, QStringLiteral("Resend"),
                             QStringLiteral("Send a fresh confirmation link?"),
                             QMessageBox::Ok | QMessageBox::Cancel);
        QTimer::singleShot(0, &question, [&question] {
            QVERIFY(QTest::qWaitForWindowActive(&question));
            QTest::keyClick(&question, Qt::Key_Escape);
        });
        QCOMPARE(question.exec(), int(QMessageBox::Cancel));
        QTest::qWait(200);
        QTRY_COMPARE(QApplication::activeWindow(), &list);
    }

    void anotherWindowClosingLeavesTheRestActive()
    {
        FocusKeeper keeper;
        QWidget main;
        QVERIFY(showActive(&main));
        {
            QWidget list; // the applications list, say, closed with Escape
            QVERIFY(showActive(&list));
        }
        QTRY_COMPARE(QApplication::activeWindow(), &main);
    }
};

MOSHIKOMI_TEST(TestFocusKeeper)
#include "tst_focuskeeper.moc"
