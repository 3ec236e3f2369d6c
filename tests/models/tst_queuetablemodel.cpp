#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "testdata.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestQueueTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_queue = std::make_unique<LocalQueue>();
        QVERIFY(m_queue->open(m_dir->path()));
        m_ids.clear();
        for (int i = 0; i < 250; ++i) {
            Application a = TestData::validApplication();
            a.customer.companyName = QStringLiteral("会社 %1").arg(i);
            QVERIFY(m_queue->saveDraft(a, 0));
            m_ids.append(a.id);
        }
    }
    void cleanup()
    {
        m_queue.reset();
        m_dir.reset();
    }

    void fetchesInBatchesNewestFirst()
    {
        QueueTableModel model(m_queue.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), QueueTableModel::BatchSize);
        QCOMPARE(model.index(0, QueueTableModel::CompanyColumn).data().toString(),
                 QStringLiteral("会社 249"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.index(249, QueueTableModel::CompanyColumn).data().toString(),
                 QStringLiteral("会社 0"));
        QCOMPARE(model.index(249, 0).data(QueueTableModel::IdRole).toUuid(), m_ids.first());
    }

    void stateChangeUpdatesOneRowWithoutReset()
    {
        QueueTableModel model(m_queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int rows = model.rowCount();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QUuid id = m_ids.last(); // row 0
        Application a = m_queue->entry(id)->application;
        QVERIFY(m_queue->enqueue(a, 4));
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, QueueTableModel::StateColumn).data().toString(),
                 QueueTableModel::stateLabel(LocalQueue::State::Queued));
        QCOMPARE(model.rowCount(), rows);
    }

    void newApplicationAppearsOnTop()
    {
        QueueTableModel model(m_queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int rows = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("新規");
        QVERIFY(m_queue->saveDraft(a, 0));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, QueueTableModel::CompanyColumn).data().toString(),
                 QStringLiteral("新規"));
        QCOMPARE(model.rowCount(), rows + 1);
        QVERIFY(m_queue->discardDraft(a.id));
        QCOMPARE(model.rowCount(), rows);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalQueue> m_queue;
    QList<QUuid> m_ids;
};

MOSHIKOMI_TEST(TestQueueTableModel)
#include "tst_queuetablemodel.moc"
