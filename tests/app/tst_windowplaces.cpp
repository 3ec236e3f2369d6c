#include "app/moshikomiapp.h"
#include "testregistry.h"
#include "ui/applicationwizard.h"
#include "ui/queuewindow.h"

#include <QApplication>
#include <QPointer>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

// Where windows come back, on the screen of a 1366×768 laptop less its task
// bar (tests/ui/small-screen.json, given to the offscreen platform by ctest).
class TestWindowPlaces : public QObject
{
    Q_OBJECT

    static QueueWindow *shownList()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto list = qobject_cast<QueueWindow *>(w); list && list->isVisible())
                return list;
        return nullptr;
    }

    static QStringList arguments(const QTemporaryDir &dir)
    {
        return {QStringLiteral("moshikomi"), QStringLiteral("--data-dir"), dir.path(),
                QStringLiteral("--new")};
    }

private Q_SLOTS:
    // A window comes back where its kind was last: the next application's
    // wizard where the last one was, and both windows after a restart.
    void windowsComeBackWhereTheyWere()
    {
        QTemporaryDir dir;
        const QRect wizardPlace(70, 50, 1040, 660);
        const QRect listPlace(120, 90, 760, 480);
        {
            MoshikomiApp app;
            QVERIFY(app.start(arguments(dir)));
            QPointer<ApplicationWizard> first = app.wizard();
            QVERIFY(QTest::qWaitForWindowExposed(first));
            first->setGeometry(wizardPlace);
            QTRY_COMPARE(first->geometry(), wizardPlace);
            // Ctrl+N after a submit: a new wizard, where the last one was.
            app.newApplication();
            QVERIFY(app.wizard() != first);
            QVERIFY(QTest::qWaitForWindowExposed(app.wizard()));
            QCOMPARE(app.wizard()->geometry(), wizardPlace);
            app.showQueueList();
            QueueWindow *list = shownList();
            QVERIFY(list);
            QVERIFY(QTest::qWaitForWindowExposed(list));
            list->setGeometry(listPlace);
            QTRY_COMPARE(list->geometry(), listPlace);
            QTest::keyClick(list, Qt::Key_Q, Qt::ControlModifier);
            QTRY_VERIFY(!shownList());
        }
        MoshikomiApp again;
        QVERIFY(again.start(arguments(dir)));
        QVERIFY(QTest::qWaitForWindowExposed(again.wizard()));
        QCOMPARE(again.wizard()->geometry(), wizardPlace);
        again.showQueueList();
        QVERIFY(shownList());
        QVERIFY(QTest::qWaitForWindowExposed(shownList()));
        QCOMPARE(shownList()->geometry(), listPlace);
    }

    // Kept at a lower scale, or on a larger screen: brought back whole onto
    // this one, Next and all, not hanging off its bottom edge.
    void aPlaceLargerThanTheScreenIsFittedToIt()
    {
        QTemporaryDir dir;
        const QRect available = QApplication::primaryScreen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1366, 728));
        {
            MoshikomiApp app;
            QVERIFY(app.start(arguments(dir)));
            QVERIFY(QTest::qWaitForWindowExposed(app.wizard()));
            app.wizard()->setGeometry(QRect(300, 200, 1300, 900));
            QTRY_COMPARE(app.wizard()->size(), QSize(1300, 900));
            app.wizard()->close();
        }
        MoshikomiApp again;
        QVERIFY(again.start(arguments(dir)));
        QVERIFY(QTest::qWaitForWindowExposed(again.wizard()));
        const QRect place = again.wizard()->geometry();
        QVERIFY2(available.contains(place), qPrintable(QStringLiteral("%1,%2 %3×%4")
                                                           .arg(place.x())
                                                           .arg(place.y())
                                                           .arg(place.width())
                                                           .arg(place.height())));
        QAbstractButton *next = again.wizard()->button(QWizard::NextButton);
        QVERIFY(available.contains(QRect(next->mapToGlobal(QPoint(0, 0)), next->size())));
    }
};

MOSHIKOMI_TEST(TestWindowPlaces)
#include "tst_windowplaces.moc"
