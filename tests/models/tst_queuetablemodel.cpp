#include "client/connectionsettings.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "queuefixtures.h"
#include "testdata.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestQueueTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // What the queue's "last error" column, the detail view and --sync say:
    // words in the UI's language, never the JSON kept behind them.
    void lastErrorInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("shown");
        const QString unreachable = QStringLiteral(
            R"({"error":"connection","outcome":"unreachable","detail":"Connection refused"})");
        const QString pin = QStringLiteral(
            R"({"error":"connection","outcome":"pin_mismatch","detail":"no key matches"})");
        QTest::newRow("unreachable, English")
            << "en" << unreachable
            << "The service cannot be reached: check the address and the network.";
        QTest::newRow("unreachable, Japanese")
            << "ja" << unreachable
            << "サービスに接続できません。アドレスとネットワークを確認してください。";
        QTest::newRow("pin, English")
            << "en" << pin
            << "The service's key matches none of the public-key pins: nothing was sent. Check "
               "the pins with your administrator.";
        QTest::newRow("an outcome of a later version: its detail")
            << "en" << QStringLiteral(R"({"error":"connection","outcome":"new","detail":"x y"})")
            << "x y";
        QTest::newRow("the service's refusal: its words")
            << "en"
            << QStringLiteral(
                   R"({"error":"validation_failed","fields":[{"path":"customer.phone",)"
                   R"("code":"invalid","message":"電話番号の形式が正しくありません。"}]})")
            << "電話番号の形式が正しくありません。";
        QTest::newRow("kept by an earlier version as text") << "en"
                                                            << "HTTP 503 unavailable"
                                                            << "HTTP 503 unavailable";
    }
    void lastErrorInWords()
    {
        QFETCH(QString, language);
        QFETCH(QString, kept);
        QFETCH(QString, shown);
        QVERIFY(UiLanguage::install(language == u"ja" ? UiLanguage::japanese()
                                                      : UiLanguage::english()));
        QCOMPARE(QueueTableModel::lastErrorText(kept), shown);
        QVERIFY(UiLanguage::install(UiLanguage::english()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_queue = std::make_unique<LocalQueue>();
        QVERIFY(m_queue->open(m_dir->path(), QueueFixtures::options()));
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
        QSignalSpy loaded(&model, &QueueTableModel::allLoaded);
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
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.index(249, QueueTableModel::CompanyColumn).data().toString(),
                 QStringLiteral("会社 0"));
        QCOMPARE(model.index(249, 0).data(QueueTableModel::IdRole).toUuid(), m_ids.first());
    }

    // Hovering the last error shows it in words, never the service's JSON.
    void theLastErrorsTipIsInWords()
    {
        const Application a = QueueFixtures::rejected(
            *m_queue, TestData::validApplication(),
            {{QStringLiteral("customer.phone"), QStringLiteral("invalid_phone"),
              QStringLiteral("Enter 10 or 11 digits.")}});
        QVERIFY(!a.id.isNull());
        QueueTableModel model(m_queue.get());
        model.fetchMore({});
        const QModelIndex cell = model.index(0, QueueTableModel::LastErrorColumn);
        QCOMPARE(cell.data(QueueTableModel::IdRole).toUuid(), a.id);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("Enter 10 or 11 digits."));
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

    // A click on a column: every entry in that order, names as people sort
    // them (会社 2 before 会社 10); newest first again with -1, a batch at a time.
    void sortsByAColumnAndBack()
    {
        QueueTableModel model(m_queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        const auto company = [&model](int row) {
            return model.index(row, QueueTableModel::CompanyColumn).data().toString();
        };
        model.sort(QueueTableModel::CompanyColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(company(0), QStringLiteral("会社 0"));
        QCOMPARE(company(1), QStringLiteral("会社 1"));
        QCOMPARE(company(2), QStringLiteral("会社 2"));
        QCOMPARE(company(249), QStringLiteral("会社 249"));
        model.sort(QueueTableModel::CompanyColumn, Qt::DescendingOrder);
        QCOMPARE(company(0), QStringLiteral("会社 249"));
        QCOMPARE(company(249), QStringLiteral("会社 0"));
        // A new one lands at its place in the order, not on top.
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("会社 1000");
        QVERIFY(m_queue->saveDraft(a, 0));
        QCOMPARE(company(0), QStringLiteral("会社 1000"));
        a.customer.companyName = QStringLiteral("会社 100");
        QVERIFY(m_queue->saveDraft(a, 0));
        QCOMPARE(company(0), QStringLiteral("会社 249"));
        QCOMPARE(model.indexOf(a.id).row(), 149); // before the older 会社 100
        model.sort(-1);
        QCOMPARE(model.rowCount(), QueueTableModel::BatchSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(company(0), QStringLiteral("会社 100"));
        QCOMPARE(company(1), QStringLiteral("会社 249"));
    }

    // Which confirmations run out first: the soonest deadline leads, what has
    // no clock running follows in either direction; a row whose deadline
    // changes moves to its new place and keeps its selection.
    void sortsByTheTimeLeft()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QUuid> waiting;
        for (int hours : {20, 2, 11}) {
            Application a = TestData::validApplication();
            a.customer.companyName = QStringLiteral("待ち %1").arg(hours);
            a = QueueFixtures::awaitingConfirmation(*m_queue, a);
            QVERIFY(m_queue->setDeadline(a.id, now.addSecs(hours * 3600)));
            waiting.append(a.id);
        }
        QueueTableModel model(m_queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto company = [&model](int row) {
            return model.index(row, QueueTableModel::CompanyColumn).data().toString();
        };
        model.sort(QueueTableModel::TimeLeftColumn,
                   QueueTableModel::initialOrder(QueueTableModel::TimeLeftColumn));
        QCOMPARE(company(0), QStringLiteral("待ち 2"));
        QCOMPARE(company(1), QStringLiteral("待ち 11"));
        QCOMPARE(company(2), QStringLiteral("待ち 20"));
        QCOMPARE(model.index(3, QueueTableModel::TimeLeftColumn).data().toString(), QString());
        model.sort(QueueTableModel::TimeLeftColumn, Qt::DescendingOrder);
        QCOMPARE(company(0), QStringLiteral("待ち 20"));
        QCOMPARE(company(2), QStringLiteral("待ち 2"));
        QCOMPARE(model.index(3, QueueTableModel::TimeLeftColumn).data().toString(), QString());

        model.sort(QueueTableModel::TimeLeftColumn, Qt::AscendingOrder);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.indexOf(waiting.first()), // 待ち 20, row 2
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(m_queue->setDeadline(waiting.first(), now.addSecs(600)));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(company(0), QStringLiteral("待ち 20"));
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(selection.currentIndex().data(QueueTableModel::IdRole).toUuid(), waiting.first());
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

    void searchFindsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("found");
        QTest::newRow("company, part of it") << QStringLiteral("会社 24") << 11; // 24, 240…249
        QTest::newRow("email in capitals") << QStringLiteral("KENSAKU.HANAKO@EXAMPLE") << 1;
        QTest::newRow("phone with hyphens") << QStringLiteral("082-555-0199") << 1;
        QTest::newRow("phone in full width") << QStringLiteral("０８２５５５０１９９") << 1;
        QTest::newRow("name with a space") << QStringLiteral("検索 花子") << 1;
        QTest::newRow("name without a space") << QStringLiteral("検索花子") << 1;
        QTest::newRow("nothing like it") << QStringLiteral("存在しない会社") << 0;
    }

    void searchFindsWhatPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(int, found);
        Application a = m_queue->entry(m_ids.at(7))->application;
        a.customer.email = QStringLiteral("Kensaku.Hanako@Example.co.jp");
        a.customer.emailConfirm = a.customer.email;
        a.customer.phone = QStringLiteral("0825550199");
        a.customer.lastName = QStringLiteral("検索");
        a.customer.firstName = QStringLiteral("花子");
        QVERIFY(m_queue->saveDraft(a, 0));
        QueueTableModel model(m_queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({{}, typed});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), found);
        if (found == 1)
            QCOMPARE(model.index(0, 0).data(QueueTableModel::IdRole).toUuid(), a.id);
    }

    // Filtered on "awaiting confirmation", an application that gets there
    // appears, one that leaves goes, in order, without a reset.
    void aStateFilterFollowsTheChanges()
    {
        for (int i : {10, 20, 30}) {
            Application a = m_queue->entry(m_ids.at(i))->application;
            QVERIFY(m_queue->enqueue(a, 4));
            QVERIFY(m_queue->transition(a.id, LocalQueue::State::Sending));
            if (i != 20)
                QVERIFY(m_queue->transition(a.id, LocalQueue::State::AwaitingConfirmation));
        }
        QueueTableModel model(m_queue.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({{LocalQueue::State::AwaitingConfirmation}, {}});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_queue->transition(m_ids.at(20), LocalQueue::State::AwaitingConfirmation));
        QCOMPARE(model.rowCount(), 3);
        // Newest first, the new one in its place.
        QCOMPARE(model.index(1, 0).data(QueueTableModel::IdRole).toUuid(), m_ids.at(20));
        QVERIFY(m_queue->applyServiceStatus(m_ids.at(30), LocalQueue::State::Confirmed));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(QueueTableModel::IdRole).toUuid(), m_ids.at(20));
        QCOMPARE(reset.size(), 0);
        // A deleted draft leaves the unfiltered list.
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int all = model.rowCount();
        QVERIFY(m_queue->discardDraft(m_ids.last()));
        QCOMPARE(model.rowCount(), all - 1);
    }

    void timeLeftIsSaidInWords_data()
    {
        QTest::addColumn<LocalQueue::State>("state");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("words");
        using S = LocalQueue::State;
        QTest::newRow("a day to confirm") << S::AwaitingConfirmation << qint64(23 * 3600 + 59)
                                          << QStringLiteral("23 hours left to confirm");
        QTest::newRow("minutes to confirm") << S::AwaitingConfirmation << qint64(5 * 60 + 3)
                                            << QStringLiteral("5 minutes left to confirm");
        QTest::newRow("over") << S::AwaitingConfirmation << qint64(-10)
                              << QStringLiteral("Confirmation time is over");
        QTest::newRow("days to register") << S::ProvisionallyRegistered << qint64(13 * 86400 + 100)
                                          << QStringLiteral("13 days left to register");
        QTest::newRow("nothing for a draft") << S::Draft << qint64(3600) << QString();
    }

    void timeLeftIsSaidInWords()
    {
        QFETCH(LocalQueue::State, state);
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, words);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        LocalQueue::Summary s;
        s.state = state;
        s.deadline = now.addSecs(secondsLeft);
        QCOMPARE(QueueTableModel::timeLeftText(s, now), words);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalQueue> m_queue;
    QList<QUuid> m_ids;
};

MOSHIKOMI_TEST(TestQueueTableModel)
#include "tst_queuetablemodel.moc"
