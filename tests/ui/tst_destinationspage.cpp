#include "client/uilanguage.h"
#include "core/wirecodec.h"
#include "testdata.h"
#include "testregistry.h"
#include "tmpfs.h"
#include "ui/additionalinfoeditor.h"
#include "ui/applicationwizard.h"
#include "ui/destinationrow.h"
#include "ui/destinationseditor.h"
#include "ui/destinationspage_p.h"
#include "ui/loginuserrow.h"
#include "ui/loginuserseditor.h"
#include "ui/loginuserspage_p.h"
#include "ui/postalautofill.h"
#include "ui/prefecturefield.h"
#include "ui/unitsspinbox.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Step 2 reached with a valid step 1, and destinations added up to `rows`
// with Ctrl+Shift+A from the first one's first field.
bool addedWithTheirKey(WizardDriver *d, int rows, DestinationsEditor **editor)
{
    d->fillValidCustomer();
    if (!d->next())
        return false;
    *editor = destinations(d->wizard());
    (*editor)->row(0)->firstInput()->setFocus();
    for (int i = 1; i < rows; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                        Qt::ControlModifier | Qt::ShiftModifier);
    return (*editor)->count() == rows;
}

// The messages a person reads in the editor (under its fields, under the counter).
QStringList shownMessages(const DestinationsEditor *editor)
{
    QStringList shown;
    for (QLabel *l : editor->findChildren<QLabel *>(QStringLiteral("fieldMessage"))) {
        if (l->isVisible() && !l->text().isEmpty())
            shown << l->text();
    }
    return shown;
}

} // namespace

class TestDestinationsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void tabWalksEveryFieldAndBack_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("one destination") << 1;
        QTest::newRow("three destinations") << 3;
    }
    void tabWalksEveryFieldAndBack()
    {
        QFETCH(int, rows);
        WizardDriver d;
        d.wizard()->show();
        QVERIFY(QTest::qWaitForWindowActive(d.wizard()));
        d.fillValidCustomer();
        // Step 1 has no first name, which step 2 requires.
        d.edit(QStringLiteral("customer.firstName"))->clear();
        // Arriving with Enter, as a person does.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.wizard()->currentId(), int(DestinationsPageId));
        DestinationsEditor *editor = destinations(d.wizard());
        // The focus arrives on the first field still to fill: 氏名(名).
        QTRY_COMPARE(QApplication::focusWidget(), editor->row(0)->tabChain().at(2));
        for (int i = 1; i < rows; ++i)
            editor->addDestination();
        QCOMPARE(editor->count(), rows);
        const QList<QWidget *> expected = WizardDriver::tabOrder(editor);
        // Forward from the first field of the first row through every field
        // of every row, in order; then back, exactly mirrored.
        const auto [forward, backward] = WizardDriver::walkTab(expected);
        QCOMPARE(forward, expected);
        QCOMPARE(backward, expected);
    }

    void tenDestinationsSummingToTen()
    {
        WizardDriver d;
        DestinationsEditor *editor = nullptr;
        QVERIFY(addedWithTheirKey(&d, 10, &editor));
        QVERIFY(!editor->addButton()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->count(), 10);
        for (const Destination &dest : editor->destinations()) {
            QCOMPARE(dest.companyName, QStringLiteral("株式会社見守り商事"));
            QCOMPARE(dest.units, 1);
        }
        QCOMPARE(editor->counter()->text(), QStringLiteral("合計 10 / 10 台"));
        // A screen reader meeting the counter hears the total, not only what it is.
        QCOMPARE(QAccessible::queryAccessibleInterface(editor->counter())->text(QAccessible::Name),
                 QStringLiteral("合計 10 / 10 台"));
        QVERIFY(d.nextEnabled());
        // An 11th unit is refused: the counter turns into the error and Next stops.
        editor->row(3)->unitsBox()->setFocus();
        QTest::keyClick(editor->row(3)->unitsBox(), Qt::Key_Up);
        QCOMPARE(editor->counter()->text(), QStringLiteral("合計 11 / 10 台"));
        QVERIFY(!d.nextEnabled());
        // The message a person reads under the counter says what is wrong.
        QCOMPARE(shownMessages(editor),
                 QStringList{QStringLiteral("台数は合計 10 台までです（現在 11 台）。")});
        // Every 台数 is tinted as a field at fault is, since each counts.
        const QColor plain = editor->row(0)->firstInput()->palette().color(QPalette::Base);
        const QColor fault = editor->row(3)->unitsBox()->palette().color(QPalette::Base);
        QVERIFY(fault != plain);
        QCOMPARE(editor->row(9)->unitsBox()->palette().color(QPalette::Base), fault);
        QTest::keyClick(editor->row(3)->unitsBox(), Qt::Key_Down);
        QVERIFY(d.nextEnabled());
        QCOMPARE(editor->row(3)->unitsBox()->palette().color(QPalette::Base), plain);
        // Removing keeps at least one.
        for (int i = 0; i < 12; ++i)
            editor->removeDestination(editor->row(0));
        QCOMPARE(editor->count(), 1);
        QVERIFY(!editor->row(0)->removeButton()->isEnabled());
    }

    // The wheel turned to scroll the page, with the pointer passing over a
    // destination's units or prefecture, changed them (and nobody noticed);
    // the page did not move. Now the page scrolls; a field takes the wheel
    // once it has the focus, as someone who means it gives it.
    void theWheelAndPageKeysScrollThePageNotTheFields()
    {
        WizardDriver d;
        DestinationsEditor *editor = nullptr;
        QVERIFY(addedWithTheirKey(&d, 4, &editor));
        auto scrollArea =
            editor->findChild<QAbstractScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(scrollArea);
        QTRY_VERIFY(scrollArea->verticalScrollBar()->maximum() > 0);
        QWidget *typing = QApplication::focusWidget(); // the new row's first field
        QScrollBar *bar = scrollArea->verticalScrollBar();
        QSpinBox *units = editor->row(2)->unitsBox();
        QComboBox *prefecture = editor->row(2)->findChild<QComboBox *>();
        QVERIFY(prefecture);
        const QString wasPrefecture = prefecture->currentText();
        // A turn as the window system delivers it: to the widget under the
        // pointer (inside a spin box, its text), which may take the focus.
        const auto turn = [](QWidget *over, int delta) {
            const QPoint at = over->rect().center();
            QWidget *under = over->childAt(at) ? over->childAt(at) : over;
            QWheelEvent wheel(under->mapFrom(over, QPointF(at)), QPointF(over->mapToGlobal(at)),
                              QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            // As QTest does: sendEvent() would make it one of the app's own.
            QSpontaneKeyEvent::setSpontaneous(&wheel);
            qApp->notify(under, &wheel);
        };
        for (QWidget *over : QList<QWidget *>{units, prefecture}) {
            bar->setValue(bar->minimum());
            const int scrolled = bar->value();
            turn(over, -120);
            turn(over, -120);
            QVERIFY2(bar->value() > scrolled, over->metaObject()->className());
        }
        QCOMPARE(units->value(), 1);
        QCOMPARE(prefecture->currentText(), wasPrefecture);
        QCOMPARE(QApplication::focusWidget(), typing);
        QCOMPARE(editor->destinations().at(2).units, 1);
        // Chosen (a click or Tab gives the focus): the wheel turns it.
        units->setFocus(Qt::MouseFocusReason);
        turn(units, 120);
        QCOMPARE(units->value(), 2);
        // Page Down there scrolls the page as from any other field; it does
        // not make the units 1 (nor Page Up 10), nor choose the next prefecture.
        for (QWidget *field : QList<QWidget *>{units, prefecture}) {
            field->setFocus(Qt::TabFocusReason);
            bar->setValue(bar->minimum());
            QTest::keyClick(field, Qt::Key_PageDown);
            QVERIFY2(bar->value() > bar->minimum(), field->metaObject()->className());
            QTest::keyClick(field, Qt::Key_PageUp);
        }
        QCOMPARE(units->value(), 2);
        QCOMPARE(prefecture->currentText(), wasPrefecture);
    }

    // With the Japanese input method on, a digit comes full-width (３): the
    // number of units takes it instead of dropping it.
    void unitsTypedFullWidth()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        QSpinBox *units = destinations(w)->row(0)->unitsBox();
        units->setFocus();
        units->selectAll();
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("３"));
        QApplication::sendEvent(units->findChild<QLineEdit *>(), &typed);
        QCOMPARE(units->value(), 3);
        QCOMPARE(destinations(w)->destinations().constFirst().units, 3);
        // Pasted with its counter, as copied from a mail: the paste was refused whole.
        units->selectAll();
        QGuiApplication::clipboard()->setText(QStringLiteral("5 台"));
        QTest::keyClick(units, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(units->value(), 5);
        QCOMPARE(destinations(w)->destinations().constFirst().units, 5);
    }

    // "12台" dictated: the second digit was dropped without a word and 1 stayed.
    // What is typed stays, the field says what is allowed, Next waits; an
    // arrow key brings it back into the range.
    void unitsTypedOutOfRangeAreKeptAndSaid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kept");
        QTest::addColumn<Qt::Key>("arrow");
        QTest::addColumn<int>("afterArrow");
        QTest::newRow("12") << QStringLiteral("12") << 12 << Qt::Key_Down << 10;
        QTest::newRow("full-width 15") << QStringLiteral("１５") << 15 << Qt::Key_Down << 10;
        QTest::newRow("0") << QStringLiteral("0") << 0 << Qt::Key_Up << 1;
        QTest::newRow("with its counter") << QStringLiteral("１２台") << 12 << Qt::Key_Down << 10;
    }

    void unitsTypedOutOfRangeAreKeptAndSaid()
    {
        QFETCH(QString, typed);
        QFETCH(int, kept);
        QFETCH(Qt::Key, arrow);
        QFETCH(int, afterArrow);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        DestinationsEditor *editor = destinations(w);
        QSpinBox *units = editor->row(0)->unitsBox();
        const QColor plain = editor->row(0)->firstInput()->palette().color(QPalette::Base);
        units->setFocus();
        units->selectAll();
        QInputMethodEvent commit;
        commit.setCommitString(typed);
        QApplication::sendEvent(units->findChild<QLineEdit *>(), &commit);
        QCOMPARE(units->value(), kept);
        // Leaving the field keeps it too.
        QTest::keyClick(units, Qt::Key_Tab);
        QCOMPARE(units->text(), QString::number(kept));
        QCOMPARE(editor->destinations().constFirst().units, kept);
        QVERIFY(!d.nextEnabled());
        const QStringList shown = shownMessages(editor);
        QCOMPARE(shown, QStringList{QStringLiteral("台数は 1〜10 台で入力してください。")});
        QVERIFY(units->palette().color(QPalette::Base) != plain);
        // A screen reader, on the field, hears it there too.
        const QString help = units->toolTip();
        QCOMPARE(units->accessibleDescription(), shown.constFirst());
        // Enter on the page goes to the field at fault.
        QTest::keyClick(editor->row(0)->firstInput(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        QCOMPARE(QApplication::focusWidget(), units);
        QTest::keyClick(units, arrow);
        QCOMPARE(units->value(), afterArrow);
        QVERIFY(d.nextEnabled());
        QCOMPARE(units->palette().color(QPalette::Base), plain);
        QCOMPARE(units->accessibleDescription(), help);
        QCOMPARE(shownMessages(editor), QStringList());
    }

    void copyPreviousAndFirstNameRequired()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QTest::keyClick(d.edit(QStringLiteral("customer.firstName")), Qt::Key_A,
                        Qt::ControlModifier);
        QTest::keyClick(d.edit(QStringLiteral("customer.firstName")), Qt::Key_Delete);
        QVERIFY(d.nextEnabled()); // optional in step 1
        QVERIFY(d.next());
        QVERIFY(!d.nextEnabled()); // required for a destination
        d.type(QStringLiteral("firstName"), QStringLiteral("次郎"), 0);
        QVERIFY(d.nextEnabled());
        DestinationsEditor *editor = destinations(w);
        editor->addDestination();
        d.type(QStringLiteral("address"), QStringLiteral("別の住所"), 1);
        // What was typed is replaced only when the person says so; Enter on
        // the question (or on the focused button by mistake) keeps it.
        QString question;
        WizardDriver::answerWhenAsked(QString(), &question);
        editor->row(1)->copyButton()->setFocus();
        QTest::keyClick(editor->row(1)->copyButton(), Qt::Key_Return);
        QCOMPARE(question,
                 QStringLiteral("送付先 2 の入力内容を、送付先 1 の内容で置き換えますか？"));
        QCOMPARE(editor->destinations()[1].address, QStringLiteral("別の住所"));
        WizardDriver::answerWhenAsked(QStringLiteral("置き換える"), &question);
        editor->row(1)->copyButton()->click();
        QCOMPARE(editor->destinations()[1].address, QStringLiteral("広島市西区大芝1-2-3"));
        QCOMPARE(editor->destinations()[1].firstName, QStringLiteral("次郎"));
        // A row as Add made it is removed at once.
        editor->addDestination();
        QCOMPARE(editor->count(), 3);
        editor->row(2)->removeButton()->click();
        QCOMPARE(editor->count(), 2);
        // One with something of its own is removed only when the person says so.
        d.type(QStringLiteral("department"), QStringLiteral("倉庫係"), 1);
        WizardDriver::answerWhenAsked(QString(), &question);
        editor->row(1)->removeButton()->click();
        QCOMPARE(question, QStringLiteral("送付先 2 を削除しますか？入力した内容は失われます。"));
        QCOMPARE(editor->count(), 2);
        WizardDriver::answerWhenAsked(QStringLiteral("削除する"), &question);
        editor->row(1)->removeButton()->click();
        QCOMPARE(editor->count(), 1);
    }

    // A typo fixed in step 1 after step 2 was seen: destinations still as
    // step 1 gave them follow it; one changed by hand keeps what was typed.
    void aCorrectionInStepOneReachesUntouchedDestinations()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        DestinationsEditor *editor = destinations(w);
        editor->addDestination();
        editor->addDestination();
        editor->row(1)->unitsBox()->setValue(3);
        d.type(QStringLiteral("department"), QStringLiteral("倉庫係"), 2);
        w->back();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        d.type(QStringLiteral("customer.phone"), QStringLiteral("0829998888"));
        QVERIFY(d.next());
        const DestinationList list = editor->destinations();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].phone, QStringLiteral("0829998888"));
        QCOMPARE(list[1].phone, QStringLiteral("0829998888"));
        QCOMPARE(list[1].units, 3); // units are not step 1's
        QCOMPARE(list[2].phone, QStringLiteral("0821234567"));
        QCOMPARE(list[2].department, QStringLiteral("倉庫係"));
        QCOMPARE(w->application().destinations, list);
    }

    void refusalsInRows_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("destination phone") << int(DestinationsPageId) << "phone"
                                           << "08212345"
                                           << "10桁または11桁";
        QTest::newRow("destination postal") << int(DestinationsPageId) << "postalCode"
                                            << "73300"
                                            << "7桁";
        QTest::newRow("destination company") << int(DestinationsPageId) << "companyName"
                                             << ""
                                             << "必須項目";
        QTest::newRow("user mobile landline") << int(LoginUsersPageId) << "mobile"
                                              << "0821234567"
                                              << "070・080・090";
        // Prefilled with step 1's 広島県: an address dictated with another.
        QTest::newRow("address in another prefecture")
            << int(DestinationsPageId) << "address" << QStringLiteral("東京都港区芝公園1-1")
            << QStringLiteral("選んだ都道府県と違います");
        QTest::newRow("user email") << int(LoginUsersPageId) << "email"
                                    << "hanako@"
                                    << "@ の後は example.co.jp";
        QTest::newRow("user confirmation") << int(LoginUsersPageId) << "emailConfirm"
                                           << "other@example.co.jp"
                                           << "一致しません";
        QTest::newRow("user last name") << int(LoginUsersPageId) << "lastName"
                                        << ""
                                        << "必須項目";
    }

    void refusalsInRows()
    {
        QFETCH(int, page);
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        WizardDriver d;
        d.fillValidCustomer();
        while (d.wizard()->currentId() != page)
            QVERIFY(d.next());
        QVERIFY(d.nextEnabled());
        d.type(field, typed, 0);
        QVERIFY(!d.nextEnabled());
        d.tab();
        QVERIFY2(d.messageFor(field, 0).contains(message), qPrintable(d.messageFor(field, 0)));
    }

    // A note beneath 都道府県 (the code is another prefecture's) makes its
    // row taller: 郵便番号 beside it stays level with its label and with
    // 都道府県, instead of slipping down to the row's middle.
    void aNoteBesideAFieldLeavesItLevelWithItsLabel()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        w->resize(1000, 700);
        d.fillValidCustomer();
        QVERIFY(d.next());
        QWidget *row = w->currentPage()->findChild<QWidget *>(QStringLiteral("destination1"));
        auto prefecture = row->findChild<PrefectureField *>();
        QVERIFY(prefecture);
        prefecture->setCode(QStringLiteral("13")); // 733-0001 is 広島県's
        QTRY_VERIFY(!prefecture->shownMessage().isEmpty());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QLineEdit *postal = d.edit(QStringLiteral("postalCode"), 0);
        QComboBox *box = prefecture->findChild<QComboBox *>();
        QVERIFY(postal && box);
        const int postalTop = postal->mapTo(row, QPoint()).y();
        QCOMPARE(postalTop, box->mapTo(row, QPoint()).y());
    }

    // A destination's address as Add put it there (step 1's) is replaced by
    // its own postal code's town: nothing typed is lost, step 1 still has
    // it. (A modal question at the seventh digit took the Tab and the keys
    // typed on, in every destination but the first.) An address typed for
    // the destination is kept, and the code's town offered beside it.
    void postalAutofillPerDestination()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        destinations(w)->addDestination();
        QString asked;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&asked] {
            if (auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->reject();
            }
        });
        watch.start(10);
        d.type(QStringLiteral("postalCode"), QStringLiteral("1000001"), 1);
        QTRY_COMPARE(destinations(w)->destinations()[1].prefecture, QStringLiteral("13"));
        watch.stop();
        QCOMPARE(asked, QString());
        QCOMPARE(destinations(w)->destinations()[1].address, QStringLiteral("千代田区千代田"));
        QCOMPARE(destinations(w)->destinations()[0].prefecture, QStringLiteral("34"));
        QCOMPARE(destinations(w)->destinations()[0].address,
                 w->field(QStringLiteral("customer.address")).toString());

        // Typed for this destination: kept, and the code's town offered.
        d.type(QStringLiteral("address"), QStringLiteral("千代田区丸の内9-9-9"), 1);
        watch.start(10);
        d.type(QStringLiteral("postalCode"), QStringLiteral("7330001"), 1);
        watch.stop();
        QCOMPARE(asked, QString());
        QCOMPARE(destinations(w)->destinations()[1].address, QStringLiteral("千代田区丸の内9-9-9"));
        QCOMPARE(destinations(w)->destinations()[1].prefecture, QStringLiteral("13"));
        QVERIFY(d.messageFor(QStringLiteral("postalCode"), 1).contains(u"広島市西区大芝"));
    }

    // The shipping site's contact block, copied from the customer's mail and
    // pasted into a destination Add made: step 1's details give way to it
    // (they still stand in step 1), what was typed into the row stays, and
    // step 1's department is not left beside the pasted person.
    void aPastedContactBlockTakesOverStepOnesDetails()
    {
        WizardDriver d;
        DestinationsEditor *editor = nullptr;
        QVERIFY(addedWithTheirKey(&d, 2, &editor));
        const Destination asAdded = editor->destinations().at(0);
        QCOMPARE(asAdded.department, QStringLiteral("情報システム部"));
        d.type(QStringLiteral("phone"), QStringLiteral("0661112222"), 1);
        QLineEdit *company = d.edit(QStringLiteral("companyName"), 1);
        company->setFocus(Qt::TabFocusReason);
        QVERIFY(company->hasSelectedText()); // as Tab leaves it
        QApplication::clipboard()->setText(QStringLiteral("見守り物流株式会社\n"
                                                          "鈴木 一郎\n"
                                                          "〒530-0001 大阪府大阪市北区梅田1-1-1\n"
                                                          "TEL 06-1234-5678\n"
                                                          "suzuki@example.co.jp"));
        QTest::keyClick(company, Qt::Key_V, Qt::ControlModifier);
        const Destination pasted = editor->destinations().at(1);
        QCOMPARE(pasted.companyName, QStringLiteral("見守り物流株式会社"));
        QCOMPARE(pasted.lastName, QStringLiteral("鈴木"));
        QCOMPARE(pasted.firstName, QStringLiteral("一郎"));
        QCOMPARE(pasted.department, QString());
        QCOMPARE(pasted.postalCode, QStringLiteral("530-0001"));
        QCOMPARE(pasted.prefecture, QStringLiteral("27"));
        QCOMPARE(pasted.address, QStringLiteral("大阪市北区梅田1-1-1"));
        QCOMPARE(pasted.phone, QStringLiteral("0661112222"));
        QCOMPARE(pasted.units, 1);
        // The number that found the field taken and the address that has no
        // field here are said where the paste went.
        const QString said = d.messageFor(QStringLiteral("companyName"), 1);
        QVERIFY2(said.contains(QStringLiteral("0612345678")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("suzuki@example.co.jp")), qPrintable(said));
        // The other destination and step 1 are as they were.
        QCOMPARE(editor->destinations().at(0), asAdded);
        QCOMPARE(d.wizard()->field(QStringLiteral("customer.department")).toString(),
                 QStringLiteral("情報システム部"));
        // A destination's own values are not given way: pasted into the
        // row again, the block finds them taken and says so.
        d.type(QStringLiteral("lastName"), QStringLiteral("佐藤"), 1);
        QLineEdit *address = d.edit(QStringLiteral("address"), 1);
        address->setFocus();
        address->deselect();
        QTest::keyClick(address, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(editor->destinations().at(1).lastName, QStringLiteral("佐藤"));
        QVERIFY2(d.messageFor(QStringLiteral("address"), 1).contains(QStringLiteral("鈴木")),
                 qPrintable(d.messageFor(QStringLiteral("address"), 1)));
        QVERIFY2(d.messageFor(QStringLiteral("address"), 1)
                     .startsWith(QStringLiteral("貼り付けた行はどの欄にも入れませんでした。")),
                 qPrintable(d.messageFor(QStringLiteral("address"), 1)));
        // A block without a company (the same company's warehouse): the
        // company stays as step 1 gave it.
        editor->addDestination();
        QLineEdit *third = d.edit(QStringLiteral("lastName"), 2);
        third->setFocus(Qt::TabFocusReason);
        QApplication::clipboard()->setText(QStringLiteral("物流センター 山田 太郎\n"
                                                          "〒530-0001 大阪府大阪市北区梅田1-1-1\n"
                                                          "06-1234-5678"));
        QTest::keyClick(third, Qt::Key_V, Qt::ControlModifier);
        const Destination warehouse = editor->destinations().at(2);
        QCOMPARE(warehouse.companyName, asAdded.companyName);
        QCOMPARE(warehouse.lastName, QStringLiteral("山田"));
        QCOMPARE(warehouse.firstName, QStringLiteral("太郎"));
        QCOMPARE(warehouse.department, QStringLiteral("物流センター"));
        QCOMPARE(warehouse.phone, QStringLiteral("0612345678"));
    }
};

MOSHIKOMI_TEST(TestDestinationsPage)
#include "tst_destinationspage.moc"
