#include "queuefixtures.h"
#include "shortcutowners.h"
#include "showactive.h"
#include "testdata.h"
#include "testregistry.h"

#include "client/datetimetext.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "ui/queuewindow.h"
#include "wizarddriver.h"
#include <QSqlError>

#include "ui/applicationdetaildialog.h"
#include "ui/deadlinetext.h"
#include "ui/keyboardhelp.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

#include <memory>

namespace {

// Which line of a timeline says these words; -1 when none.
int lineOf(const QStringList &lines, const QString &words)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(words))
            return i;
    }
    return -1;
}

// Many entries at once, as a year of work leaves them: every tenth awaiting
// confirmation, the rest drafts. Written in one statement into a plaintext
// queue of schema 4 (saving 10,000 drafts one by one would take the test's
// whole time budget).
bool fillQueue(const QString &dir, int count)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("queue.sqlite")));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        const bool ok = q.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                " INSERT INTO applications (id, state, step, company_name, contact_name, "
                "search_text,"
                " draft, created_at, updated_at)"
                " SELECT printf('%08x-0000-4000-8000-%012x', i, i),"
                "  CASE WHEN i % 10 = 0 THEN 'awaiting_confirmation' ELSE 'draft' END, 1,"
                "  '大量会社' || i, '山田 太郎',"
                "  '大量会社' || i || char(10) || '山田太郎' || char(10) || 'user' || i ||"
                "  '@example.co.jp' || char(10) || printf('082%07d', i),"
                "  json_object('customer', json_object('companyName', '大量会社' || i,"
                "   'lastName', '山田', 'firstName', '太郎', 'email', 'user' || i ||"
                "   '@example.co.jp', 'phone', printf('082%07d', i))),"
                "  '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z' FROM n")
                .arg(count));
        // The search text lives in a table of its own (schema 4).
        const bool searchable =
            ok &&
            q.exec(QStringLiteral("INSERT OR REPLACE INTO application_search (seq, text)"
                                  " SELECT seq, search_text FROM applications")) &&
            q.exec(QStringLiteral("UPDATE applications SET search_text = ''"));
        if (!searchable)
            qWarning() << q.lastError().text();
        db.close();
        if (!searchable)
            return false;
        if (!ok)
            return false;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return true;
}

} // namespace

// The queue list: every application with what became of it, and "今すぐ同期"
// from the keyboard.
class TestQueueWindow : public QObject
{
    Q_OBJECT

    // Shown and active, the list focused on its first row, as after a click.
    static bool showWithTheFirstRowCurrent(QueueWindow &window)
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        window.view()->setFocus();
        return QTest::qWaitFor([&window] { return window.view()->currentIndex().row() == 0; });
    }

    // An application the service's operator reported a problem with, as
    // sync leaves it: the status, and the reason in the service's timeline.
    static Application problemReported(LocalQueue &queue, const QString &reason)
    {
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        const QJsonArray timeline{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("status")},
                        {QStringLiteral("status"), QStringLiteral("problem_reported")},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("at"), QStringLiteral("2026-11-25T09:00:00Z")}}};
        if (a.id.isNull() || !queue.applyServiceStatus(a.id, LocalQueue::State::ProblemReported) ||
            !queue.setServiceTimeline(a.id, QJsonDocument(timeline).toJson()))
            return {};
        return a;
    }

    // The detail dialog of an application with a problem reported for
    // `reason`, shown at 900 × 600; null when it cannot be made.
    static std::unique_ptr<ApplicationDetailDialog> problemShown(LocalQueue &queue,
                                                                 const QString &reason)
    {
        const Application a = problemReported(queue, reason);
        if (a.id.isNull())
            return nullptr;
        auto detail =
            std::make_unique<ApplicationDetailDialog>(&queue, a.id, AdditionalInfoSchema());
        detail->resize(900, 600);
        return showActive(detail.get()) ? std::move(detail) : nullptr;
    }

    // The last entry of a detail dialog's timeline that says `words`.
    static QTreeWidgetItem *timelineEntry(QTreeWidget *timeline, const QString &words)
    {
        QTreeWidgetItem *found = nullptr;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            if (timeline->topLevelItem(i)->text(1).contains(words))
                found = timeline->topLevelItem(i);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void showsStatesAndSyncsOnRequest()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::Confirmed));
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
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
        // The toolbar's underlined letters, as its buttons show them: each
        // button marks the letter its Alt key takes.
        int buttons = 0;
        for (const QToolButton *button : window.findChildren<QToolButton *>()) {
            const QAction *action = button->defaultAction();
            if (!action || action->text().isEmpty())
                continue;
            ++buttons;
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
            QCOMPARE(button->text(), action->text());
        }
        QCOMPARE(buttons, 8);
        QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(sync.size(), 3);
        QSignalSpy create(&window, &QueueWindow::newApplicationRequested);
        QSignalSpy settings(&window, &QueueWindow::settingsRequested);
        QSignalSpy detail(&window, &QueueWindow::detailRequested);
        QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
        QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(create.size(), 1);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(detail.size(), 1);
    }

    // On a laptop's width every column is there without scrolling sideways,
    // a last change's date and time whole on one line, in both languages;
    // a column someone widened by hand keeps its width.
    void theColumnsFitTheWindow_data()
    {
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<int>("width");
        QTest::newRow("ja, 1000 px") << true << 1000;
        QTest::newRow("en, 1000 px") << false << 1000;
        QTest::newRow("ja, 1250 px") << true << 1250;
    }

    void theColumnsFitTheWindow()
    {
        QFETCH(bool, japanese);
        QFETCH(int, width);
        UiLanguage::install(japanese ? UiLanguage::japanese() : UiLanguage::english());
        const auto restore = qScopeGuard([] { UiLanguage::install(UiLanguage::japanese()); });
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(!QueueFixtures::awaitingConfirmation(queue).id.isNull());
        QueueWindow window(&queue);
        window.resize(width, 500);
        QVERIFY(showActive(&window));
        QTableView *view = window.view();
        QHeaderView *header = view->horizontalHeader();
        QTRY_VERIFY(header->length() <= view->viewport()->width());
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QTRY_VERIFY(view->model()->rowCount() == 1);
        const QModelIndex updated = view->model()->index(0, QueueTableModel::UpdatedColumn);
        QVERIFY(!updated.data().toString().isEmpty());
        const int needed = view->fontMetrics().horizontalAdvance(updated.data().toString());
        QVERIFY2(header->sectionSize(QueueTableModel::UpdatedColumn) > needed,
                 qPrintable(QStringLiteral("%1 px for %2 px of text")
                                .arg(header->sectionSize(QueueTableModel::UpdatedColumn))
                                .arg(needed)));
        const QModelIndex timeLeft = view->model()->index(0, QueueTableModel::TimeLeftColumn);
        QVERIFY(header->sectionSize(QueueTableModel::TimeLeftColumn) >
                view->fontMetrics().horizontalAdvance(timeLeft.data().toString()));
        // The company gets the room the window has beyond what is measured.
        const int company = header->sectionSize(QueueTableModel::CompanyColumn);
        window.resize(width + 200, 500);
        QTRY_VERIFY2(header->sectionSize(QueueTableModel::CompanyColumn) > company,
                     qPrintable(QStringLiteral("%1 → %2, window %3")
                                    .arg(company)
                                    .arg(header->sectionSize(QueueTableModel::CompanyColumn))
                                    .arg(window.width())));
        // Widened by hand: kept as the window changes.
        header->resizeSection(QueueTableModel::StateColumn, 333);
        window.resize(width, 500);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(QueueTableModel::StateColumn), 333);
    }

    // Each key combination does one thing, with a draft current (every
    // action on) and in both languages: two on the same keys would do nothing.
    void noTwoShortcutsOnOneKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << UiLanguage::japanese();
        QTest::newRow("en") << UiLanguage::english();
    }
    void noTwoShortcutsOnOneKey()
    {
        QFETCH(QString, language);
        UiLanguage::install(language);
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(!QueueFixtures::awaitingConfirmation(queue).id.isNull());
        QueueWindow window(&queue);
        QVERIFY(showWithTheFirstRowCurrent(window));
        const QMultiMap<QString, QString> owners = shortcutOwners(&window);
        QVERIFY(owners.contains(QKeySequence(QKeySequence::Refresh).toString()));
        const QStringList shared = keysWithTwoOwners(owners);
        QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u'\n')));
        UiLanguage::install(UiLanguage::japanese());
    }

    // An empty list, or a search that finds nothing, says 0, not "0 or more",
    // and says in the list itself what there is to do (a screen reader hears
    // it with the list).
    void theCountSaysNoneWhenThereIsNone()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        {
            QueueWindow window(&queue);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto count = window.findChild<QLabel *>(QStringLiteral("count"));
            QVERIFY(count);
            QTRY_COMPARE(count->text(), QStringLiteral("0 件を表示"));
            auto note = window.findChild<QLabel *>(QStringLiteral("emptyNote"));
            QVERIFY(note && note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral("まだ申込みはありません")) &&
                         note->text().contains(QStringLiteral("Ctrl+N")),
                     qPrintable(note->text()));
            auto list = window.findChild<QTableView *>(QStringLiteral("applications"));
            QCOMPARE(list->accessibleDescription(), note->text());
        }
        QVERIFY(!QueueFixtures::awaitingConfirmation(queue).id.isNull());
        QueueWindow window(&queue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto count = window.findChild<QLabel *>(QStringLiteral("count"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 件を表示"));
        auto note = window.findChild<QLabel *>(QStringLiteral("emptyNote"));
        QVERIFY(!note->isVisible());
        auto list = window.findChild<QTableView *>(QStringLiteral("applications"));
        QCOMPARE(list->accessibleDescription(), QString());
        auto search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("no-such-company"));
        QTRY_COMPARE(count->text(), QStringLiteral("0 件を表示"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("一致する申込みはありません")) &&
                     note->text().contains(QStringLiteral("no-such-company")),
                 qPrintable(note->text()));
        // Emptied again: the one application is back, the note gone.
        search->clear();
        QTRY_COMPARE(count->text(), QStringLiteral("1 件を表示"));
        QVERIFY(!note->isVisible());
    }

    // Alt+H and the state's first letters, on a Japanese screen too, where
    // the labels hold no Latin letter to begin with.
    void aStateIsChosenByTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("count");
        QTest::newRow("e") << QStringLiteral("e") << QStringLiteral("失効")
                           << QStringLiteral("0 件を表示");
        QTest::newRow("its kanji")
            << QStringLiteral("失") << QStringLiteral("失効") << QStringLiteral("0 件を表示");
        QTest::newRow("d") << QStringLiteral("d") << QStringLiteral("入力途中")
                           << QStringLiteral("1 件を表示");
        QTest::newRow("aw") << QStringLiteral("aw") << QStringLiteral("確認待ち")
                            << QStringLiteral("0 件を表示");
        QTest::newRow("p again: the next one")
            << QStringLiteral("pp") << QStringLiteral("問題通知済み")
            << QStringLiteral("0 件を表示");
        QTest::newRow("full-width") << QStringLiteral("ｒ") << QStringLiteral("差し戻し（要修正）")
                                    << QStringLiteral("0 件を表示");
    }
    void aStateIsChosenByTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QFETCH(QString, count);
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(queue.saveDraft(TestData::validApplication(), 1));
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("count"))->text(),
                     QStringLiteral("1 件を表示"));
        QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
        auto states = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QCOMPARE(QApplication::focusWidget(), states);
        for (const QChar c : typed)
            QTest::sendKeyEvent(QTest::Click, states, Qt::Key_unknown, QString(c), {});
        QCOMPARE(states->currentText(), shown);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("count"))->text(), count);
    }

    // A customer calls about the application for the Osaka site and gives
    // its postal code, or the town: Ctrl+F and that, as typed, finds it.
    void aPostalCodeOrTownFindsItsApplication_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("osaka");
        QTest::newRow("a destination's postal code with its mark")
            << QStringLiteral("〒530-0001") << true;
        QTest::newRow("a postal code as digits") << QStringLiteral("5300001") << true;
        QTest::newRow("a town in a destination's address") << QStringLiteral("梅田") << true;
        QTest::newRow("step 1's postal code") << QStringLiteral("733-0001") << false;
        QTest::newRow("step 1's prefecture and city") << QStringLiteral("広島県広島市") << false;
    }
    void aPostalCodeOrTownFindsItsApplication()
    {
        QFETCH(QString, typed);
        QFETCH(bool, osaka);
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application hiroshima = TestData::validApplication();
        hiroshima.customer.companyName = QStringLiteral("広島だけ株式会社");
        QVERIFY(queue.saveDraft(hiroshima, 1));
        Application withBranch = TestData::validApplication();
        withBranch.customer.companyName = QStringLiteral("大阪支店あり株式会社");
        withBranch.customer.postalCode = QStringLiteral("100-0001");
        withBranch.customer.prefecture = QStringLiteral("13");
        withBranch.customer.address = QStringLiteral("千代田区千代田1-1");
        withBranch.destinations = {Destination::prefilledFrom(withBranch.customer),
                                   TestData::branchInOsaka(withBranch.customer)};
        QVERIFY(queue.saveDraft(withBranch, 2));
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        auto count = window.findChild<QLabel *>(QStringLiteral("count"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 件を表示"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QCOMPARE(QApplication::focusWidget(), search);
        QVERIFY2(search->placeholderText().contains(QStringLiteral("郵便番号")) &&
                     search->placeholderText().contains(QStringLiteral("住所")),
                 qPrintable(search->placeholderText()));
        // Digits are typed; what has kana, kanji or 〒 is pasted (from a
        // mail or a map), as staff do.
        bool ascii = true;
        for (const QChar c : std::as_const(typed))
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(search, typed);
        } else {
            QGuiApplication::clipboard()->setText(typed);
            QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier);
        }
        QCOMPARE(search->text(), typed);
        QTest::keyClick(search, Qt::Key_Return);
        auto view = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 件を表示"));
        QCOMPARE(view->model()->index(0, 0).data().toString(),
                 osaka ? withBranch.customer.companyName : hiroshima.customer.companyName);
    }

    // Ctrl+C on a row copies its application number (said in the status
    // bar); in the search field it copies the field's text, as anywhere.
    void ctrlCCopiesTheApplicationNumber()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        QueueWindow window(&queue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto list = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        const QString number = a.id.toString(QUuid::WithoutBraces);
        QCOMPARE(QApplication::clipboard()->text(), number);
        QVERIFY(window.statusBar()->currentMessage().contains(number));
        auto search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setFocus();
        search->setText(QStringLiteral("見守り"));
        search->selectAll();
        QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("見守り"));
    }

    // A click on a column's title sorts by it, a second the other way, a
    // third brings newest first back; the selected application stays selected.
    void aColumnsTitleSortsTheList()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QList<QUuid> ids;
        for (const char *name : {"い商事", "あ商事", "う商事"}) {
            Application a = TestData::validApplication();
            a.customer.companyName = QString::fromUtf8(name);
            QVERIFY(queue.saveDraft(a, 0));
            ids.append(a.id);
        }
        QueueWindow window(&queue);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto list = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(list->model()->rowCount(), 3);
        const auto companies = [list] {
            QStringList shown;
            for (int row = 0; row < list->model()->rowCount(); ++row)
                shown
                    << list->model()->index(row, QueueTableModel::CompanyColumn).data().toString();
            return shown;
        };
        QCOMPARE(companies(), (QStringList{"う商事", "あ商事", "い商事"})); // newest first
        list->setCurrentIndex(list->model()->index(2, 0));                  // い商事
        QHeaderView *header = list->horizontalHeader();
        const auto clickTitle = [header](int column) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                       header->height() / 2));
        };
        clickTitle(QueueTableModel::CompanyColumn);
        QCOMPARE(companies(), (QStringList{"あ商事", "い商事", "う商事"}));
        QCOMPARE(header->sortIndicatorSection(), int(QueueTableModel::CompanyColumn));
        QCOMPARE(list->currentIndex().data(QueueTableModel::IdRole).toUuid(), ids.first());
        clickTitle(QueueTableModel::CompanyColumn);
        QCOMPARE(companies(), (QStringList{"う商事", "い商事", "あ商事"}));
        QCOMPARE(list->currentIndex().data(QueueTableModel::IdRole).toUuid(), ids.first());
        clickTitle(QueueTableModel::CompanyColumn);
        QCOMPARE(companies(), (QStringList{"う商事", "あ商事", "い商事"}));
        QVERIFY(header->sortIndicatorSection() < 0 ||
                header->sortIndicatorSection() >= QueueTableModel::ColumnCount);
        QCOMPARE(list->currentIndex().data(QueueTableModel::IdRole).toUuid(), ids.first());
        // The last change: newest first at the first click.
        clickTitle(QueueTableModel::UpdatedColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // From the keyboard: the Menu key's 並べ替え, an order chosen by name.
        list->setFocus();
        const auto chooseOrder = [list](const QString &name) {
            QTimer::singleShot(0, [name] {
                auto menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QMenu *order =
                    menu ? menu->findChild<QMenu *>(QStringLiteral("sortMenu")) : nullptr;
                QAction *chosen = nullptr;
                for (QAction *a : order ? order->actions() : QList<QAction *>()) {
                    if (QString(a->text())
                            .remove(QRegularExpression(QStringLiteral("\\(&.\\)|&")))
                            .startsWith(name))
                        chosen = a;
                }
                if (menu)
                    menu->close();
                if (chosen)
                    chosen->trigger();
            });
            QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(0, 0),
                                  list->mapToGlobal(QPoint(0, 0)));
            QApplication::sendEvent(list, &key);
        };
        chooseOrder(QStringLiteral("会社名"));
        QCOMPARE(companies(), (QStringList{"あ商事", "い商事", "う商事"}));
        chooseOrder(QStringLiteral("会社名（昇順）"));
        QCOMPARE(companies(), (QStringList{"う商事", "い商事", "あ商事"}));
        chooseOrder(QStringLiteral("新しい順"));
        QCOMPARE(companies(), (QStringList{"う商事", "あ商事", "い商事"}));
        QCOMPARE(list->currentIndex().data(QueueTableModel::IdRole).toUuid(), ids.first());
    }

    // A row's actions in a menu: right-clicked, on the row under the mouse
    // (it becomes the current one); from the keyboard (the Menu key), on the
    // current row. Each item does what its button does.
    void aRowsActionsInAMenu()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application older = QueueFixtures::awaitingConfirmation(queue);
        const Application newer = QueueFixtures::queued(queue);
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        auto list = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        list->setFocus();
        // Whatever menu comes up next: its items, then an item chosen by
        // its text (or Escape).
        QStringList items;
        auto answerMenu = [&items](const QString &choose) {
            QTimer::singleShot(0, [&items, choose] {
                auto menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                items.clear();
                QAction *chosen = nullptr;
                for (QAction *a : menu->actions()) {
                    if (a->isSeparator())
                        continue;
                    items << QString(a->text()).remove(
                        QRegularExpression(QStringLiteral("\\(&.\\)|&")));
                    if (a->isEnabled() && items.last() == choose)
                        chosen = a;
                }
                menu->close();
                if (chosen)
                    chosen->trigger();
            });
        };
        // Right click on the second row (the older application).
        QApplication::clipboard()->clear();
        answerMenu(QStringLiteral("申込み番号をコピー"));
        const QRect second = list->visualRect(list->model()->index(1, 0));
        QContextMenuEvent click(QContextMenuEvent::Mouse, second.center(),
                                list->viewport()->mapToGlobal(second.center()));
        QApplication::sendEvent(list->viewport(), &click);
        QCOMPARE(list->currentIndex().row(), 1);
        QCOMPARE(items, (QStringList{
                            QStringLiteral("開く"), QStringLiteral("詳細"),
                            QStringLiteral("確認メールを再送"), QStringLiteral("複製して新規作成"),
                            QStringLiteral("申込み番号をコピー"),
                            QStringLiteral("入力途中の申込みを削除"), QStringLiteral("並べ替え")}));
        QCOMPARE(QApplication::clipboard()->text(), older.id.toString(QUuid::WithoutBraces));
        // The Menu key on the first row.
        list->setCurrentIndex(list->model()->index(0, 0));
        answerMenu(QStringLiteral("申込み番号をコピー"));
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(0, 0),
                              list->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(list, &key);
        QCOMPARE(items.size(), 7);
        // Reused as new: asked for the current row's application.
        QSignalSpy reuse(&window, &QueueWindow::reuseRequested);
        answerMenu(QStringLiteral("複製して新規作成"));
        QApplication::sendEvent(list, &key);
        QCOMPARE(reuse.size(), 1);
        QCOMPARE(reuse.first().first().toUuid(), newer.id);
        QCOMPARE(QApplication::clipboard()->text(), newer.id.toString(QUuid::WithoutBraces));
    }

    // The list is left with the keyboard alone: Escape (after emptying a
    // search being typed) or Ctrl+W.
    void leftWithEscapeOrCtrlW()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("Mimamori"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(window.isVisible());
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
        QVERIFY(showActive(&window));
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!window.isVisible());
        // F1 says the keys here too; Escape then closes that, not the list.
        QVERIFY(showActive(&window));
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_F1);
        KeyboardHelp *help = nullptr;
        QTRY_VERIFY((help = window.findChild<KeyboardHelp *>()) && help->isVisible());
        QVERIFY(help->plainText().contains(QStringLiteral("Ctrl+I: 詳細")));
        QTest::keyClick(help, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<KeyboardHelp *>());
        QVERIFY(window.isVisible());
        // The state filter's list opened with Alt+Down: Escape closes the
        // list and keeps the window (it closed both, and a screen-reader
        // user heard the wizard instead of the filter).
        auto filter = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(filter->view()->isVisible());
        QTest::keyClick(filter->view(), Qt::Key_Escape);
        QTRY_VERIFY(!filter->view()->isVisible());
        QVERIFY(window.isVisible());
        QCOMPARE(filter->currentIndex(), 0);
        QTRY_COMPARE(QApplication::focusWidget(), filter);
    }

    // 10,000 entries: filtered by state and searched with the keyboard alone.
    void filterAndSearchTenThousandWithTheKeyboard()
    {
        QTemporaryDir dir;
        // A year of work as the previous version left it; opening encrypts it.
        QVERIFY(QueueFixtures::createPlaintextQueue(dir.path(), 4));
        QVERIFY(fillQueue(dir.path(), 10000));
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        auto view = window.view();
        // The view asks for the first batch only.
        QTRY_COMPARE(view->model()->rowCount(), QueueTableModel::BatchSize);
        // Alt+H: the state filter; the arrow keys pick "確認待ち".
        QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
        auto states = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QCOMPARE(QApplication::focusWidget(), states);
        while (states->currentText() != QStringLiteral("確認待ち") &&
               states->currentIndex() < states->count() - 1)
            QTest::keyClick(states, Qt::Key_Down);
        QCOMPARE(states->currentText(), QStringLiteral("確認待ち"));
        QTRY_VERIFY(view->model()->rowCount() > 0);
        while (view->model()->canFetchMore({}))
            view->model()->fetchMore({});
        QCOMPARE(view->model()->rowCount(), 1000);
        for (int row : {0, 999})
            QCOMPARE(view->model()
                         ->index(row, 0)
                         .data(QueueTableModel::StateRole)
                         .value<LocalQueue::State>(),
                     LocalQueue::State::AwaitingConfirmation);
        // Ctrl+F: the search; a phone number as it is dictated.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QCOMPARE(QApplication::focusWidget(), search);
        // Alt with a letter that is nobody's key types nothing there.
        QTest::keyClick(search, Qt::Key_J, Qt::AltModifier);
        QTest::keyClicks(search, QStringLiteral("082-000-9990"));
        QCOMPARE(search->text(), QStringLiteral("082-000-9990"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("大量会社9990"));
        // Enter took the focus to the list, on the row found.
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->currentIndex().row(), 0);
        // A draft's number with every state shown.
        states->setCurrentIndex(0);
        search->setText(QStringLiteral("USER9999@"));
        QTRY_COMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("大量会社9999"));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("count"))->text().contains(u'1'));
    }

    // A company name that looks like markup is shown in the question as typed.
    void theDeleteQuestionShowsTheNameAsTyped()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("<img src=x onerror=alert(1)>\"'&");
        QVERIFY(queue.saveDraft(a, 1));
        QueueWindow window(&queue);
        QVERIFY(showWithTheFirstRowCurrent(window));
        Qt::TextFormat format = Qt::AutoText;
        QString text;
        QTimer::singleShot(0, [&] {
            if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                format = box->textFormat();
                text = box->text();
                box->reject();
            }
        });
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QVERIFY2(text.contains(a.customer.companyName), qPrintable(text));
        QCOMPARE(format, Qt::PlainText);
        QVERIFY(queue.entry(a.id)); // kept
    }

    void aDraftIsDeletedOnlyWhenThePersonSaysSo()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application a = TestData::validApplication();
        a.customer.companyName = QStringLiteral("削除確認株式会社");
        QVERIFY(queue.saveDraft(a, 1));
        QueueWindow window(&queue);
        QVERIFY(showWithTheFirstRowCurrent(window));
        // Enter in the question keeps it.
        QString question;
        WizardDriver::answerWhenAsked(QString(), &question);
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QVERIFY(question.contains(QStringLiteral("削除確認株式会社")));
        QVERIFY(queue.entry(a.id));
        question.clear();
        QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
        // Xvfb has no window manager to give the window back its focus.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.view()->setFocus();
        WizardDriver::answerWhenAsked(QStringLiteral("削除"), &question);
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QVERIFY(!question.isEmpty());
        QVERIFY(!queue.entry(a.id));
        QCOMPARE(window.view()->model()->rowCount(), 0);
    }

    void theDetailViewTellsTheWholeStory()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        QVERIFY(queue.setDeadline(a.id, QDateTime::currentDateTimeUtc().addSecs(20 * 3600 + 60)));
        // As the service tells it (GET /api/v1/applications/{id}): accepted
        // as it was sent, its mail within the same second.
        const QDateTime accepted = QDateTime::fromSecsSinceEpoch(
            QDateTime::currentDateTimeUtc().toSecsSinceEpoch(), Qt::UTC);
        QVERIFY(queue.setServiceTimeline(
            a.id, QStringLiteral(R"([{"type":"status","status":"awaiting_confirmation","at":"%1"},)"
                                 R"({"type":"mail","mail":"confirmation_request",)"
                                 R"("recipient":"taro@example.co.jp","at":"%2"}])")
                      .arg(accepted.toString(Qt::ISODate), accepted.toString(Qt::ISODate))
                      .toUtf8()));
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        QTRY_COMPARE(
            window.view()->model()->index(0, QueueTableModel::TimeLeftColumn).data().toString(),
            QStringLiteral("確認期限まであと 20 時間"));
        // The deadline itself on the time left, for the mouse.
        {
            const QModelIndex cell =
                window.view()->model()->index(0, QueueTableModel::TimeLeftColumn);
            const QPoint at = window.view()->visualRect(cell).center();
            QHelpEvent help(QEvent::ToolTip, at, window.view()->viewport()->mapToGlobal(at));
            QApplication::sendEvent(window.view()->viewport(), &help);
            QTRY_COMPARE(QToolTip::text(), QStringLiteral("期限: ") +
                                               DeadlineText::format(queue.summary(a.id)->deadline));
            QToolTip::hideText();
        }
        QSignalSpy wanted(&window, &QueueWindow::detailRequested);
        window.view()->setFocus();
        QTRY_COMPARE(window.view()->currentIndex().row(), 0);
        // Enter on an application that cannot be edited shows its story.
        QTest::keyClick(window.view(), Qt::Key_Return);
        QCOMPARE(wanted.size(), 1);
        auto detail = window.findChild<ApplicationDetailDialog *>();
        QVERIFY(detail);
        // How long, and until when: what a customer who calls asks; where the
        // dialog opens, so that a screen reader reads it first.
        auto summaryLabel = detail->findChild<QLabel *>(QStringLiteral("detailSummary"));
        QCOMPARE(detail->focusWidget(), summaryLabel);
        const QString summary = summaryLabel->text();
        QVERIFY2(summary.contains(QStringLiteral("確認期限まであと 20 時間（期限: ") +
                                  DeadlineText::format(queue.summary(a.id)->deadline) + u'）'),
                 qPrintable(summary));
        const QStringList lines = detail->timelineLines();
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(
            QStringLiteral("メール送信: 申込み確認（宛先 taro@example.co.jp）")));
        QVERIFY(lines.last().contains(QStringLiteral("確認待ち")) ||
                lines.join(u'\n').contains(QStringLiteral("確認待ち")));
        // What was entered, from the keyboard: Tab from the tabs goes through
        // each group (a screen reader reads each as it gets there), then to
        // the buttons. The groups came last, after Close, and Tab skipped them.
        auto tabs = detail->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        detail->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(detail));
        tabs->tabBar()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(tabs->tabBar()->hasFocus());
        QStringList reached;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            reached << (qobject_cast<QAbstractButton *>(now)
                            ? static_cast<QAbstractButton *>(now)->text()
                            : now->accessibleName().section(u'\n', 0, 0));
        }
        QCOMPARE(reached,
                 QStringList({QStringLiteral("基本情報入力"), QStringLiteral("送付先 1 / 1"),
                              QStringLiteral("ログインユーザ 1 / 1"),
                              QStringLiteral("複製して新規作成(&U)"), QStringLiteral("閉じる")}));
        tabs->setCurrentIndex(0);
        // The story as it stands once the mail went out (pictured before the
        // customer's confirmation, which cannot follow within the same second).
        const QString shots = qEnvironmentVariable("MOSHIKOMI_SCREENSHOT_DIR");
        if (!shots.isEmpty() && QDir().mkpath(shots))
            detail->grab().save(QDir(shots).filePath(QStringLiteral("queue-detail.png")));
        // What the service reported later reads as words of the UI's language.
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::Confirmed));
        // The open story asks the service for its side of the change.
        QTRY_COMPARE(wanted.size(), 2);
        QCOMPARE(wanted.last().first().toUuid(), a.id);
        detail->refresh();
        const QString story = detail->timelineLines().join(u'\n');
        QVERIFY2(story.contains(QStringLiteral("確認済み（サービスからの通知）")),
                 qPrintable(story));
        QVERIFY2(!story.contains(QStringLiteral("reported")), qPrintable(story));
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("queue-window.png")));
    }

    // The service accepted the application and sent its mail within the
    // second; this computer wrote the acceptance down when the answer came,
    // a moment later. The story says accepted, then the mail.
    void theAcceptanceComesBeforeTheMailItSent()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        // The service's times are to the second.
        const QDateTime accepted = QDateTime::fromSecsSinceEpoch(
            QDateTime::currentDateTimeUtc().toSecsSinceEpoch(), Qt::UTC);
        const QString at = accepted.toString(Qt::ISODateWithMs);
        QVERIFY(queue.setServiceTimeline(
            a.id, QStringLiteral(R"([{"type":"status","status":"awaiting_confirmation","at":"%1"},)"
                                 R"({"type":"mail","mail":"confirmation_request",)"
                                 R"("recipient":"taro@example.co.jp","at":"%1"}])")
                      .arg(at)
                      .toUtf8()));
        ApplicationDetailDialog detail(&queue, a.id, AdditionalInfoSchema());
        const QStringList lines = detail.timelineLines();
        const auto lineWith = [&lines](const QString &words) { return lineOf(lines, words); };
        const int sending = lineWith(QStringLiteral("— 送信中"));
        const int awaiting = lineWith(QStringLiteral("— お客様の確認待ち"));
        const int mail = lineWith(QStringLiteral("申込み確認"));
        QVERIFY2(sending >= 0 && sending < awaiting && awaiting < mail,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(awaiting).startsWith(DateTimeText::format(
                     accepted.toLocalTime(), DateTimeText::Precision::Seconds)),
                 qPrintable(lines.join(u'\n')));

        // A service whose clock is a day behind this one's: this computer's
        // steps still read in the order they were taken.
        QVERIFY(queue.setServiceTimeline(
            a.id,
            QStringLiteral(R"([{"type":"status","status":"awaiting_confirmation","at":"%1"}])")
                .arg(accepted.addDays(-1).toString(Qt::ISODate))
                .toUtf8()));
        detail.refresh();
        const QStringList skewed = detail.timelineLines();
        QVERIFY2(lineOf(skewed, QStringLiteral("— 入力途中")) == 0 &&
                     lineOf(skewed, QStringLiteral("— 送信中")) <
                         lineOf(skewed, QStringLiteral("— お客様の確認待ち")),
                 qPrintable(skewed.join(u'\n')));
    }

    // A draft's details: a required field not filled in yet says so, as an
    // optional one says （なし）; it was left blank, as if lost.
    void aDraftsEmptyFieldsSayWhy()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application a;
        a.id = QUuid::createUuid();
        a.customer.companyName = QStringLiteral("株式会社見守り商事");
        a.destinations.append(Destination());
        a.loginUsers.append(LoginUser());
        QVERIFY(queue.saveDraft(a, 0));
        ApplicationDetailDialog detail(&queue, a.id, AdditionalInfoSchema());
        const QString entered = detail.contentText();
        for (const char *line :
             {"会社名: 株式会社見守り商事", "メールアドレス: （未入力）", "電話番号: （未入力）",
              "氏名: （未入力）", "役職: （未入力）", "住所: （未入力）", "部署名: （なし）"})
            QVERIFY2(entered.contains(QString::fromUtf8(line)), qPrintable(entered));
    }

    void theTimelineSaysWhenTheServiceSawAChange()
    {
        // The customer confirmed, then an operator registered; this computer
        // heard of both at one sync ten minutes later. The story keeps the
        // service's order and times: confirmed, its mail, registered, its mail.
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::Confirmed));
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::ProvisionallyRegistered));
        const QDateTime confirmed = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QDateTime registered = confirmed.addSecs(125);
        const auto at = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs); };
        QVERIFY(queue.setServiceTimeline(
            a.id,
            QStringLiteral(
                R"([{"type":"status","status":"confirmed","at":"%1"},)"
                R"({"type":"mail","mail":"application_complete","recipient":"taro@example.co.jp","at":"%2"},)"
                R"({"type":"status","status":"provisionally_registered","at":"%3"},)"
                R"({"type":"mail","mail":"provisional_registration","recipient":"taro@example.co.jp","at":"%4"}])")
                .arg(at(confirmed), at(confirmed.addSecs(1)), at(registered),
                     at(registered.addSecs(1)))
                .toUtf8()));
        ApplicationDetailDialog detail(&queue, a.id, AdditionalInfoSchema());
        const QStringList lines = detail.timelineLines();
        const auto lineWith = [&lines](const QString &words) { return lineOf(lines, words); };
        const int wasConfirmed = lineWith(QStringLiteral("確認済み（サービスからの通知）"));
        const int completeMail = lineWith(QStringLiteral("申込み完了"));
        const int wasRegistered = lineWith(QStringLiteral("仮登録完了（サービスからの通知）"));
        const int registrationMail = lineWith(QStringLiteral("仮登録完了通知"));
        QVERIFY2(wasConfirmed >= 0 && wasConfirmed < completeMail && completeMail < wasRegistered &&
                     wasRegistered < registrationMail,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(wasConfirmed)
                     .startsWith(DateTimeText::format(confirmed.toLocalTime(),
                                                      DateTimeText::Precision::Seconds)),
                 qPrintable(lines.join(u'\n')));
    }

    void twoOperatorActionsWithinASecondReadInTheServicesOrder()
    {
        // An operator registered the application and reported a problem with
        // it within one second; this computer heard of both at one sync. The
        // story is the service's: registered, its mails, the problem, its
        // reason, its mail (the states came first, and the mails after them).
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        const QString reason = QStringLiteral("番地が確認できません。");
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::ProvisionallyRegistered));
        QVERIFY(queue.applyServiceStatus(a.id, LocalQueue::State::ProblemReported, reason));
        const QDateTime second = QDateTime::fromSecsSinceEpoch(
            QDateTime::currentDateTimeUtc().addSecs(-60).toSecsSinceEpoch(), Qt::UTC);
        const auto at = [&second](int ms) {
            return second.addMSecs(ms).toString(Qt::ISODateWithMs);
        };
        QVERIFY(queue.setServiceTimeline(
            a.id,
            QStringLiteral(
                R"([{"type":"status","status":"provisionally_registered","at":"%1"},)"
                R"({"type":"mail","mail":"provisional_registration","recipient":"taro@example.co.jp","at":"%2"},)"
                R"({"type":"status","status":"problem_reported","reason":"%3","at":"%4"},)"
                R"({"type":"mail","mail":"problem","recipient":"taro@example.co.jp","at":"%5"}])")
                .arg(at(100), at(104), reason, at(130), at(133))
                .toUtf8()));
        ApplicationDetailDialog detail(&queue, a.id, AdditionalInfoSchema());
        const QStringList lines = detail.timelineLines();
        const auto lineWith = [&lines](const QString &words) { return lineOf(lines, words); };
        const int registered = lineWith(QStringLiteral("仮登録完了（サービスからの通知）"));
        const int registrationMail = lineWith(QStringLiteral("メール送信: 仮登録完了通知"));
        const int problem = lineWith(QStringLiteral("問題通知済み（サービスからの通知）"));
        const int problemReason = lineWith(reason);
        const int problemMail = lineWith(QStringLiteral("メール送信: 問題通知"));
        QVERIFY2(registered >= 0 && registered < registrationMail && registrationMail < problem &&
                     problem < problemReason && problemReason < problemMail,
                 qPrintable(lines.join(u'\n')));
    }

    // A reason or an error of one long line wraps in its column: cut off with
    // "…", its rest was in a tooltip that only the mouse reaches. Narrowed,
    // the window wraps it again.
    void aLongLineInTheTimelineWraps()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QString reason;
        for (int i = 1; i <= 8; ++i)
            reason += QStringLiteral("送付先%1の住所が地図で見つかりませんでした。").arg(i);
        const std::unique_ptr<ApplicationDetailDialog> detail = problemShown(queue, reason);
        QVERIFY(detail);
        auto timeline = detail->findChild<QTreeWidget *>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QTreeWidgetItem *item = timelineEntry(timeline, QStringLiteral("送付先8"));
        QVERIFY(item);
        const int lineHeight = timeline->fontMetrics().height();
        const int wide = timeline->visualItemRect(item).height();
        QVERIFY2(wide >= 2 * lineHeight, qPrintable(QString::number(wide)));
        detail->resize(500, 600);
        QTRY_VERIFY2(timeline->visualItemRect(item).height() > wide,
                     qPrintable(QString::number(timeline->visualItemRect(item).height())));
    }

    // An operator writes a reason of several lines. In the timeline its time
    // stands beside its first line: a time beside the third reads as an
    // entry of its own ("Subject: …" at 5:50:50).
    void aReasonOfSeveralLinesKeepsItsTimeAtItsFirstLine()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const std::unique_ptr<ApplicationDetailDialog> detail = problemShown(
            queue, QStringLiteral("送付先の住所が見つかりません。\n番地をご確認ください。\n\n"
                                  "ご不明な点はお問い合わせください。\n以上"));
        QVERIFY(detail);
        auto timeline = detail->findChild<QTreeWidget *>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QTreeWidgetItem *reason = timelineEntry(timeline, QStringLiteral("番地をご確認ください"));
        QVERIFY(reason);
        const QRect row = timeline->visualItemRect(reason);
        const int lineHeight = timeline->fontMetrics().height();
        QVERIFY2(row.height() > 3 * lineHeight, "the reason is shown whole, line after line");
        // Where the time's ink is in its cell.
        const QImage shot = timeline->viewport()->grab().toImage();
        const QColor background = shot.pixelColor(row.left() + 1, row.top() + 1);
        int firstInk = -1;
        int lastInk = -1;
        for (int y = row.top(); y <= row.bottom(); ++y) {
            for (int x = row.left(); x < timeline->columnWidth(0) - 2; ++x) {
                const QColor c =
                    shot.pixelColor(x * shot.devicePixelRatio(), y * shot.devicePixelRatio());
                if (qAbs(c.lightness() - background.lightness()) > 80) {
                    if (firstInk < 0)
                        firstInk = y;
                    lastInk = y;
                    break;
                }
            }
        }
        QVERIFY2(firstInk >= 0, "the time is drawn");
        QVERIFY2(lastInk < row.top() + lineHeight + 2,
                 qPrintable(QStringLiteral("the time is drawn from %1 to %2 in a row from %3 to "
                                           "%4, lines of %5")
                                .arg(firstInk)
                                .arg(lastInk)
                                .arg(row.top())
                                .arg(row.bottom())
                                .arg(lineHeight)));
    }

    void theDetailViewSaysTheProblemReported()
    {
        // The operator's reason is what the staff must put right with the
        // customer: it heads the detail view and stands in the timeline.
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a =
            problemReported(queue, QStringLiteral("送付先の住所に番地がありません。"));
        QVERIFY(!a.id.isNull());
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        window.view()->setFocus();
        QTRY_COMPARE(window.view()->currentIndex().row(), 0);
        QTest::keyClick(window.view(), Qt::Key_Return);
        auto detail = window.findChild<ApplicationDetailDialog *>();
        QVERIFY(detail);
        auto summary = detail->findChild<QLabel *>(QStringLiteral("detailSummary"));
        QVERIFY(summary);
        // Whose application, as staff say it on the phone.
        QVERIFY2(summary->text().startsWith(a.customer.companyName + u' ' + a.customer.lastName),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral(" 様")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(
                     QStringLiteral("サービスからの問題の連絡: 送付先の住所に番地がありません。")),
                 qPrintable(summary->text()));
        QVERIFY2(detail->timelineLines().join(u'\n').contains(
                     QStringLiteral("運用担当者が問題を通知: 送付先の住所に番地がありません。")),
                 qPrintable(detail->timelineLines().join(u'\n')));
        // The way on, from where the reason was read: Alt+U, a new
        // application from this one (the dialog closes).
        QSignalSpy reuse(&window, &QueueWindow::reuseRequested);
        detail->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), detail);
        auto button = detail->findChild<QPushButton *>(QStringLiteral("reuse"));
        QVERIFY(button);
        QVERIFY(!button->isDefault() && !button->autoDefault()); // Enter still only closes
        QSignalSpy clicked(button, &QPushButton::clicked);
        const QPointer<ApplicationDetailDialog> closing = detail;
        QTest::keyClick(detail, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(reuse.size(), 1);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(reuse.first().first().toUuid(), a.id);
        QTRY_VERIFY(!closing || !closing->isVisible());
    }

    void theDetailViewShowsWhatWasEntered()
    {
        // A customer calls back and asks what they applied for: an application
        // already with the service opens in no wizard, so the detail view reads
        // it back, step 3 labelled by the schema at hand.
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        Application entered = TestData::validApplication();
        entered.formVersion = QStringLiteral("2026-11-a");
        entered.additionalInfo = {{QStringLiteral("contractNumber"), QStringLiteral("AB-123456")},
                                  {QStringLiteral("plan"), QStringLiteral("premium")},
                                  {QStringLiteral("rackMount"), true},
                                  // A key of a version this computer no longer has.
                                  {QStringLiteral("legacyCode"), QStringLiteral("X-9")}};
        const Application a = QueueFixtures::awaitingConfirmation(queue, entered);
        QVERIFY(!a.id.isNull());
        QueueWindow window(&queue);
        window.setSchema(AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson()));
        QVERIFY(showActive(&window));
        window.view()->setFocus();
        QTRY_COMPARE(window.view()->currentIndex().row(), 0);
        QTest::keyClick(window.view(), Qt::Key_I, Qt::ControlModifier);
        auto detail = window.findChild<ApplicationDetailDialog *>();
        QVERIFY(detail);
        const QString content = detail->contentText();
        for (const QString &shown :
             {QStringLiteral("会社名: 株式会社見守り商事"), QStringLiteral("氏名: 山田 太郎"),
              QStringLiteral("メールアドレス: taro.yamada@example.co.jp"),
              QStringLiteral("都道府県: 広島県"), QStringLiteral("送付先 1 / 1"),
              QStringLiteral("台数: 1 台（合計 1 / 10 台）"), QStringLiteral("契約番号: AB-123456"),
              QStringLiteral("プラン: プレミアム"), QStringLiteral("ラックマウント: はい"),
              QStringLiteral("legacyCode: X-9"), QStringLiteral("ログインユーザ 1 / 1"),
              QStringLiteral("携帯番号: 09012345678")})
            QVERIFY2(content.contains(shown), qPrintable(shown + u'\n' + content));
        // Read-only: nothing leads into the wizard from here.
        QVERIFY(detail->findChildren<QPushButton *>(QStringLiteral("edit0")).isEmpty());
        // The tab is reached by its key, as the timeline's.
        auto tabs = detail->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(1), QStringLiteral("申込み内容(&A)"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("経過(&T)"));
        // Xvfb has no window manager to make the new window active.
        detail->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), detail);
        // As the keyboard gives it, through the window (shortcuts included).
        QTest::keyClick(detail->windowHandle(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(detail->windowHandle(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), 0);
    }

    void theStatusBarSaysHowTheSyncGoes()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QueueWindow window(&queue);
        QVERIFY(window.syncStatusText().contains(QStringLiteral("接続されていません")));
        window.setSyncStatus({true, true, 3, 7, {}, {}});
        QCOMPARE(window.syncStatusText(), QStringLiteral("送信中: 3 / 7 件"));
        window.setSyncStatus({true, false, 7, 7, QDateTime::currentDateTimeUtc(), {}});
        QVERIFY(window.syncStatusText().startsWith(QStringLiteral("最終同期: ")));
    }

    // Not connected, in a window 740 px across (a small screen): the whole
    // sentence is read, on two lines, not cut at "(Ctr".
    void theSyncStateIsReadWholeInANarrowWindow()
    {
        UiLanguage::install(UiLanguage::english());
        const auto restore = qScopeGuard([] { UiLanguage::install(UiLanguage::japanese()); });
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QueueWindow window(&queue);
        window.resize(740, 480);
        QVERIFY(showActive(&window));
        auto label = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
        QVERIFY(label);
        QVERIFY(label->text().endsWith(QStringLiteral("(Ctrl+,).")));
        QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) > label->width());
        const auto needed = [label] {
            return label->fontMetrics()
                .boundingRect(QRect(0, 0, label->contentsRect().width(), 10000), Qt::TextWordWrap,
                              label->text())
                .height();
        };
        QTRY_VERIFY2(label->contentsRect().height() >= needed(),
                     qPrintable(QStringLiteral("%1 px high, %2 needed")
                                    .arg(label->contentsRect().height())
                                    .arg(needed())));
    }

    // A fresh link sent: the status bar gives the deadline the service set
    // (its own validity, which an operator may have changed), not an
    // assumed 24 hours.
    void aFreshLinkSaysItsDeadline()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        const QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
        QVERIFY(queue.setDeadline(a.id, deadline));
        QueueWindow window(&queue);
        window.showResendResult(a.id, true, QString());
        const QString shown = window.statusBar()->currentMessage();
        QVERIFY2(shown.contains(a.customer.companyName), qPrintable(shown));
        QVERIFY2(shown.contains(DeadlineText::format(deadline)), qPrintable(shown));
        // The deadline the service gave, not an assumed "24 hours".
        QVERIFY2(!shown.contains(QStringLiteral("24 時間")), qPrintable(shown));
    }

    // A fresh link kills the one the customer has: asked first, with the
    // address to read back; Cancel sends nothing, Enter (the default) does.
    void aFreshLinkIsAskedForFirst()
    {
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::awaitingConfirmation(queue);
        QVERIFY(!a.id.isNull());
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        auto view = window.findChild<QTableView *>();
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->setCurrentIndex(view->model()->index(0, 0));
        auto resend = window.findChild<QAction *>(QStringLiteral("resend"));
        QVERIFY(resend && resend->isEnabled());
        QSignalSpy sent(&window, &QueueWindow::resendRequested);
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::Cancel, &question);
        QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
        QVERIFY2(question.contains(a.customer.email), qPrintable(question));
        QVERIFY(question.contains(a.customer.companyName));
        QVERIFY2(question.contains(QStringLiteral("使えなくなります")), qPrintable(question));
        QCOMPARE(sent.size(), 0);
        // The window manager gives the list back its keys once the question
        // is gone; the offscreen platform has none, so the test does.
        QVERIFY(showActive(&window));
        WizardDriver::answerWhenAsked(QString(), &question);
        QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toUuid(), a.id);

        // A link that expired already does not "stop working": it is said
        // to have expired.
        QVERIFY(queue.transition(a.id, LocalQueue::State::Expired));
        QTRY_VERIFY(resend->isEnabled());
        QVERIFY(showActive(&window));
        WizardDriver::answerNextDialog(QMessageBox::Cancel, &question);
        QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
        QVERIFY2(question.contains(QStringLiteral("期限が切れています")), qPrintable(question));
        QVERIFY2(!question.contains(QStringLiteral("使えなくなります")), qPrintable(question));
    }

    // Why no fresh link could be sent, in Japanese: the service's reason and
    // how the connection failed, never its English or the code.
    void aFreshLinkRefusedSaysWhyInWords_data()
    {
        QTest::addColumn<QString>("why");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("says");
        QTest::newRow("too many in an hour") << "too_many_resends" << 0 << "1 時間";
        // The service said when: said in minutes, to tell the customer.
        QTest::newRow("too many, the next in half an hour")
            << "too_many_resends" << 1790 << "あと 30 分";
        QTest::newRow("too many, the next in a moment") << "too_many_resends" << 20 << "あと 1 分";
        QTest::newRow("already confirmed") << "invalid_state" << 0 << "確認待ち";
        QTest::newRow("unknown on the service") << "not_found" << 0 << "サービス";
        QTest::newRow("no network") << "unreachable" << 0 << "接続できません";
        QTest::newRow("no answer at all") << "" << 0 << "接続できません";
    }
    void aFreshLinkRefusedSaysWhyInWords()
    {
        QFETCH(QString, why);
        QFETCH(int, retryAfter);
        QFETCH(QString, says);
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const Application a = QueueFixtures::queued(queue);
        QueueWindow window(&queue);
        window.showResendResult(a.id, false, why, retryAfter);
        const QString shown = window.statusBar()->currentMessage();
        QVERIFY2(shown.contains(a.customer.companyName), qPrintable(shown));
        QVERIFY2(shown.contains(says), qPrintable(shown));
        if (!why.isEmpty())
            QVERIFY2(!shown.contains(why), qPrintable(shown));
    }
};

MOSHIKOMI_TEST(TestQueueWindow)
#include "tst_queuewindow.moc"
