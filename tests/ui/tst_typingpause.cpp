#include "client/localqueue.h"
#include "client/uilanguage.h"
#include "showactive.h"
#include "testregistry.h"
#include "tmpfs.h"
#include "ui/applicationwizard.h"
#include "ui/focuskeeper.h"
#include "ui/typingpause.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

// A question that comes by itself waits for a pause in the typing: keys and
// input-method commits (how Japanese arrives) both count as typing.
class TestTypingPause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }
    void cleanupTestCase() { UiLanguage::install(UiLanguage::english()); }

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

    // The disk runs out while staff go on typing: the box that says so waits
    // for a pause, so that the keys that follow still reach the field (the
    // wizard behind a box takes none).
    void aFullDiskIsSaidInAPauseOfTheTyping()
    {
        QTemporaryDir dir;
        Tmpfs tmpfs(dir.path(), "size=160k");
        QVERIFY2(tmpfs.isMounted(), qPrintable(tmpfs.error()));
        FocusKeeper keeper; // as the app has it: on this display it is the window manager
        WizardDriver d(QByteArray(), dir.path());
        ApplicationWizard *w = d.wizard();
        QVERIFY(showActive(w));
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        QTRY_VERIFY(d.queue()->entry(w->application().id)); // room for the first draft
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        address->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), address);
        // An input method committing long runs of text (a dictated address
        // pasted line after line) into whatever has the focus, every 100 ms
        // for four seconds: the drafts saved meanwhile fill the disk.
        const QString run = QString(800, u'住');
        const auto boxUp = [w] {
            return w->findChild<QMessageBox *>(QStringLiteral("draftSaveError")) != nullptr;
        };
        int failedAt = -1;
        QString typed;
        for (int i = 0; i < 40; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus, qPrintable(QStringLiteral("no field to type into at %1").arg(i)));
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(focus, &commit);
            typed += run;
            QTest::qWait(100);
            if (failedAt < 0 && d.queue()->lastError().kind != LocalQueue::ErrorKind::None)
                failedAt = i;
            QVERIFY2(!boxUp(), qPrintable(QStringLiteral("said while typing, at %1").arg(i)));
        }
        QVERIFY2(failedAt >= 0 && failedAt < 35, "the disk ran out while typing went on");
        QCOMPARE(address->text(), typed);
        // The pause: said now.
        QTRY_VERIFY_WITH_TIMEOUT(boxUp(), 5000);
        auto box = w->findChild<QMessageBox *>(QStringLiteral("draftSaveError"));
        QVERIFY2(box->text().contains(QStringLiteral("ディスク")), qPrintable(box->text()));
        QCOMPARE(address->text(), typed);
        QVERIFY2(!box->frameGeometry().intersects(
                     QRect(address->mapToGlobal(QPoint(0, 0)), address->size())),
                 "the address stays in sight");
        // Typing on without looking up: into the address still.
        QCOMPARE(QApplication::activeWindow(), w);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("ビル"));
        QApplication::sendEvent(focus, &commit);
        QCOMPARE(address->text(), typed + QStringLiteral("ビル"));
        box->close();
    }

    // Where a window that came by itself stands: centred over the wizard it
    // hid the field being typed in.
    void itStandsWhereItHidesNothingTyped_data()
    {
        QTest::addColumn<QRect>("owner");
        QTest::addColumn<QRect>("typing");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QSize dialog(400, 300);
        const QRect fullHd(0, 0, 1920, 1040);
        const QRect laptop(0, 0, 1366, 740);
        QTest::newRow("room on the right") << QRect(100, 100, 800, 600) << QRect(200, 150, 600, 30)
                                           << fullHd << QRect(QPoint(908, 100), dialog);
        QTest::newRow("room on the left only")
            << QRect(1100, 100, 800, 600) << QRect(1200, 150, 600, 30) << fullHd
            << QRect(QPoint(692, 100), dialog);
        QTest::newRow("laptop, typing at the top: the bottom right corner")
            << laptop << QRect(200, 150, 600, 30) << laptop << QRect(QPoint(958, 432), dialog);
        QTest::newRow("laptop, typing at the bottom right: the top left corner")
            << laptop << QRect(700, 600, 600, 30) << laptop << QRect(QPoint(8, 8), dialog);
        QTest::newRow("laptop, typing in the middle, the whole width: a corner beside it")
            << laptop << QRect(8, 350, 1350, 30) << laptop << QRect();
        QTest::newRow("a window off the screen's edge: kept on the screen")
            << QRect(-200, 200, 1366, 740) << QRect(600, 250, 600, 30) << laptop << QRect();
    }

    void itStandsWhereItHidesNothingTyped()
    {
        QFETCH(QRect, owner);
        QFETCH(QRect, typing);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        const QRect place = TypingPause::asidePlace(QSize(400, 300), owner, typing, available);
        if (!expected.isNull())
            QCOMPARE(place, expected);
        QVERIFY2(available.contains(place), "wholly on the screen");
        QVERIFY2(!place.intersects(typing), "the field typed in stays in sight");
        QVERIFY2(!place.intersects(typing.translated(0, typing.height())),
                 "and its message below it");
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
