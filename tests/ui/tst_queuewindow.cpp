#include "testdata.h"
#include "testregistry.h"

#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "ui/queuewindow.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The queue list: every application with what became of it, and "今すぐ同期"
// from the keyboard.
class TestQueueWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void showsStatesAndSyncsOnRequest()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path()));
        const Application a = TestData::validApplication();
        QVERIFY(queue.saveDraft(a, 4));
        QVERIFY(queue.enqueue(a, 4));
        QVERIFY(queue.transition(a.id, LocalQueue::State::Sending));
        QVERIFY(queue.transition(a.id, LocalQueue::State::AwaitingConfirmation));
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::Confirmed));
        QueueWindow window(&queue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto view = window.findChild<QTableView *>();
        QVERIFY(view);
        // Rows come in batches as the view asks for them.
        QTRY_COMPARE(view->model()->index(0, QueueTableModel::StateColumn).data().toString(),
                     QueueTableModel::stateLabel(LocalQueue::State::Confirmed));
        QSignalSpy sync(&window, &QueueWindow::syncRequested);
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_F5);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(sync.size(), 2);
    }
};

MOSHIKOMI_TEST(TestQueueWindow)
#include "tst_queuewindow.moc"
