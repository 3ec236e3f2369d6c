#include "client/uilanguage.h"
#include "core/wirecodec.h"
#include "testdata.h"
#include "testregistry.h"
#include "tmpfs.h"
#include "ui/additionalinfoeditor.h"
#include "ui/applicationwizard.h"
#include "ui/destinationrow.h"
#include "ui/destinationseditor.h"
#include "ui/destinationspage.h"
#include "ui/loginuserrow.h"
#include "ui/loginuserseditor.h"
#include "ui/loginuserspage.h"
#include "ui/postalautofill.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
QComboBox *prefectureBox(ApplicationWizard *w, int row = -1)
{
    QWidget *scope = w->currentPage();
    if (row >= 0)
        scope = scope->findChild<QWidget *>(QStringLiteral("destination%1").arg(row + 1));
    return scope->findChild<QComboBox *>(row >= 0 ? QStringLiteral("prefecture")
                                                  : QStringLiteral("customer.prefecture"));
}
DestinationsEditor *destinations(ApplicationWizard *w)
{
    return static_cast<DestinationsPage *>(w->page(DestinationsPageId))->editor();
}
LoginUsersEditor *users(ApplicationWizard *w)
{
    return static_cast<LoginUsersPage *>(w->page(LoginUsersPageId))->editor();
}
} // namespace

class TestApplicationWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void completeApplicationByKeyboardOnly()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QVERIFY(!d.nextEnabled());
        // Tab order through step 1, typing as the customer dictates; full-width
        // input is normalised as it is typed.
        d.edit(QStringLiteral("customer.companyName"))->setFocus();
        const QStringList values = {QStringLiteral("株式会社見守り商事"),
                                    QStringLiteral("山田"),
                                    QStringLiteral("太郎"),
                                    QStringLiteral("情報システム部"),
                                    QStringLiteral("部長"),
                                    QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ"),
                                    QStringLiteral("taro@example.co.jp"),
                                    QStringLiteral("７３３ー０００１")};
        for (const QString &v : values) {
            WizardDriver::keys(QApplication::focusWidget(), v);
            d.tab();
        }
        // The postal code filled prefecture and address: Tab passes the prefecture.
        QCOMPARE(prefectureBox(w)->currentData().toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝"));
        d.tab(); // prefecture → address
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.address"));
        WizardDriver::keys(QApplication::focusWidget(), QStringLiteral("1-2-3"));
        d.tab();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.phone"));
        WizardDriver::keys(QApplication::focusWidget(), QStringLiteral("082-123-4567"));
        QVERIFY(d.nextEnabled());
        QCOMPARE(w->field(QStringLiteral("customer.email")).toString(),
                 QStringLiteral("taro@example.co.jp"));
        QCOMPARE(w->field(QStringLiteral("customer.postalCode")).toString(),
                 QStringLiteral("733-0001"));
        QCOMPARE(w->field(QStringLiteral("customer.phone")).toString(),
                 QStringLiteral("0821234567"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(DestinationsPageId));

        // Step 2: the first destination is step 1's details, 1 unit; the first
        // name is required here.
        const Destination first = destinations(w)->destinations().first();
        QCOMPARE(first.companyName, QStringLiteral("株式会社見守り商事"));
        QCOMPARE(first.postalCode, QStringLiteral("733-0001"));
        QCOMPARE(first.prefecture, QStringLiteral("34"));
        QCOMPARE(first.address, QStringLiteral("広島市西区大芝1-2-3"));
        QCOMPARE(first.units, 1);
        QCOMPARE(destinations(w)->counter()->text(), QStringLiteral("合計 1 / 10 台"));
        QVERIFY(d.nextEnabled());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w,
                        Qt::Key_Return);
        // No schema: step 3 is skipped.
        QCOMPARE(w->currentId(), int(LoginUsersPageId));

        // Step 4: the first user is step 1's contact person.
        const LoginUser user = users(w)->users().first();
        QCOMPARE(user.lastName, QStringLiteral("山田"));
        QCOMPARE(user.email, QStringLiteral("taro@example.co.jp"));
        QCOMPARE(user.emailConfirm, QStringLiteral("taro@example.co.jp"));
        QVERIFY(d.nextEnabled());
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(ReviewPageId));
        // The review shows everything, phone numbers with confusable characters marked.
        QString review;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>())
            review += l->text();
        QVERIFY(review.contains(QStringLiteral("株式会社見守り商事")));
        QVERIFY(review.contains(QStringLiteral("広島県")));
        QVERIFY(review.contains(QStringLiteral("広島市西区大芝1-2-3")));
        QVERIFY(review.contains(QStringLiteral("<u>0</u></span>82")));
        QVERIFY(review.contains(QStringLiteral("monospace")));

        // Submitting asks first; Cancel changes nothing.
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::Cancel, &question);
        QVERIFY(!d.next());
        QVERIFY(question.contains(QStringLiteral("申し込みますか")));
        QCOMPARE(d.queue()->entry(w->application().id)->state, LocalQueue::State::Draft);
        WizardDriver::answerNextDialog(QMessageBox::Ok);
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(DonePageId));
        const std::optional<LocalQueue::Entry> e = d.queue()->entry(w->application().id);
        QVERIFY(e);
        QCOMPARE(e->state, LocalQueue::State::Queued);
        const WireCodec::Result sent = WireCodec::decode(e->payload);
        QVERIFY(sent.ok());
        QCOMPARE(sent.application.customer.companyName, QStringLiteral("株式会社見守り商事"));
        QCOMPARE(sent.application.customer.email, QStringLiteral("taro@example.co.jp"));
        QCOMPARE(sent.application.destinations.size(), 1);
        QCOMPARE(sent.application.loginUsers.size(), 1);
        QVERIFY(w->currentPage()
                    ->findChild<QLabel *>(QStringLiteral("doneText"))
                    ->text()
                    .contains(QStringLiteral("送信待ち")));
    }

    void tenDestinationsSummingToTen()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        DestinationsEditor *editor = destinations(w);
        editor->row(0)->firstInput()->setFocus();
        for (int i = 1; i < 10; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                            Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->count(), 10);
        QVERIFY(!editor->addButton()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->count(), 10);
        for (const Destination &dest : editor->destinations()) {
            QCOMPARE(dest.companyName, QStringLiteral("株式会社見守り商事"));
            QCOMPARE(dest.units, 1);
        }
        QCOMPARE(editor->counter()->text(), QStringLiteral("合計 10 / 10 台"));
        QVERIFY(d.nextEnabled());
        // An 11th unit is refused: the counter turns into the error and Next stops.
        editor->row(3)->unitsBox()->setFocus();
        QTest::keyClick(editor->row(3)->unitsBox(), Qt::Key_Up);
        QCOMPARE(editor->counter()->text(), QStringLiteral("合計 11 / 10 台"));
        QVERIFY(!d.nextEnabled());
        QVERIFY(w->currentPage()
                    ->findChild<QLabel *>(QStringLiteral("fieldMessage"))
                    ->parentWidget()
                    ->findChildren<QLabel *>(QStringLiteral("fieldMessage"))
                    .size() > 0);
        bool shown = false;
        for (QLabel *l : editor->findChildren<QLabel *>(QStringLiteral("fieldMessage")))
            shown =
                shown || (l->isVisible() && l->text().contains(QStringLiteral("合計 10 台まで")));
        QVERIFY(shown);
        QTest::keyClick(editor->row(3)->unitsBox(), Qt::Key_Down);
        QVERIFY(d.nextEnabled());
        // Removing keeps at least one.
        for (int i = 0; i < 12; ++i)
            editor->removeDestination(editor->row(0));
        QCOMPARE(editor->count(), 1);
        QVERIFY(!editor->row(0)->removeButton()->isEnabled());
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
        editor->row(1)->copyButton()->click();
        QCOMPARE(editor->destinations()[1].address, QStringLiteral("広島市西区大芝1-2-3"));
        QCOMPARE(editor->destinations()[1].firstName, QStringLiteral("次郎"));
    }

    void threeUsersAndUniqueEmails()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        LoginUsersEditor *editor = users(w);
        editor->row(0)->firstInput()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->count(), 2);
        QCOMPARE(QApplication::focusWidget(), editor->row(1)->firstInput());
        d.type(QStringLiteral("lastName"), QStringLiteral("佐藤"), 1);
        d.type(QStringLiteral("firstName"), QStringLiteral("花子"), 1);
        d.type(QStringLiteral("email"), QStringLiteral("TARO.YAMADA@example.co.jp"), 1);
        d.type(QStringLiteral("emailConfirm"), QStringLiteral("TARO.YAMADA@example.co.jp"), 1);
        QVERIFY(!d.nextEnabled());
        QVERIFY(d.messageFor(QStringLiteral("email"), 1)
                    .contains(QStringLiteral("他のログインユーザ")));
        d.type(QStringLiteral("email"), QStringLiteral("hanako@example.co.jp"), 1);
        d.type(QStringLiteral("emailConfirm"), QStringLiteral("hanako@example.co.jp"), 1);
        d.type(QStringLiteral("mobile"), QStringLiteral("080-1234-5678"), 1);
        QVERIFY(d.nextEnabled());
        editor->addUser();
        QCOMPARE(editor->count(), 3);
        QVERIFY(!editor->addButton()->isEnabled());
        editor->addUser();
        QCOMPARE(editor->count(), 3);
        d.type(QStringLiteral("lastName"), QStringLiteral("鈴木"), 2);
        d.type(QStringLiteral("firstName"), QStringLiteral("一郎"), 2);
        d.type(QStringLiteral("email"), QStringLiteral("ichiro@example.co.jp"), 2);
        d.type(QStringLiteral("emailConfirm"), QStringLiteral("ichiro@example.co.jp"), 2);
        QVERIFY(d.nextEnabled());
        QCOMPARE(editor->users()[1].mobile, QStringLiteral("08012345678"));
        QVERIFY(d.next());
        QCOMPARE(w->application().loginUsers.size(), 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("company empty") << "customer.companyName"
                                       << ""
                                       << "必須項目";
        QTest::newRow("title empty") << "customer.title"
                                     << ""
                                     << "必須項目";
        QTest::newRow("email shape") << "customer.email"
                                     << "taro@example"
                                     << "name@example.co.jp";
        QTest::newRow("email mismatch") << "customer.emailConfirm"
                                        << "taro@example.co.jq"
                                        << "一致しません";
        QTest::newRow("postal 6") << "customer.postalCode"
                                  << "733000"
                                  << "7桁";
        QTest::newRow("phone 9") << "customer.phone"
                                 << "082123456"
                                 << "10桁または11桁";
        QTest::newRow("phone from 1") << "customer.phone"
                                      << "1821234567"
                                      << "0 から始まる";
        QTest::newRow("address empty") << "customer.address"
                                       << ""
                                       << "必須項目";
    }
    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        WizardDriver d;
        d.fillValidCustomer();
        QVERIFY(d.nextEnabled());
        d.type(field, typed);
        QVERIFY(!d.nextEnabled());
        // The message appears once the field is left.
        d.tab();
        QVERIFY2(d.messageFor(field).contains(message), qPrintable(d.messageFor(field)));
        QVERIFY(!d.next());
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
        QTest::newRow("user email") << int(LoginUsersPageId) << "email"
                                    << "hanako@"
                                    << "name@example.co.jp";
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

    void enterOnIncompletePageShowsEveryMessage()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.lastName"));
        QVERIFY(d.messageFor(QStringLiteral("customer.lastName")).contains(QStringLiteral("必須")));
        QVERIFY(d.messageFor(QStringLiteral("customer.phone")).contains(QStringLiteral("必須")));
        QVERIFY(d.messageFor(QStringLiteral("customer.firstName")).isEmpty());
        // Alt+N, the Next button's mnemonic, does the same.
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山田"));
        QCoreApplication::processEvents();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.title"));
    }

    void escapeDoesNotCloseTheApplication()
    {
        WizardDriver d;
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(d.wizard()->isVisible());
        QCOMPARE(d.edit(QStringLiteral("customer.companyName"))->text(),
                 QStringLiteral("見守り商事"));
    }

    void postalAutofillWithSeveralCandidates()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("4980000"));
        auto picker = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(picker);
        QVERIFY(picker->actions().size() >= 2);
        const QString second = picker->actions().at(1)->text();
        QTest::keyClick(picker, Qt::Key_Down);
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        const QString prefecture = w->field(QStringLiteral("customer.prefecture")).toString();
        QVERIFY(prefecture == QStringLiteral("23") || prefecture == QStringLiteral("24"));
        QVERIFY(!w->field(QStringLiteral("customer.address")).toString().isEmpty());
        QVERIFY(second.contains(w->field(QStringLiteral("customer.address")).toString()));
    }

    void postalAutofillAsksBeforeReplacingTypedAddress()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.address"), QStringLiteral("千代田区千代田1-1"));
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::No, &question);
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("733-0001"));
        QTRY_VERIFY(question.contains(QStringLiteral("置き換えますか")));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("千代田区千代田1-1"));
        WizardDriver::answerNextDialog(QMessageBox::Yes);
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0001"));
        QTRY_COMPARE(w->field(QStringLiteral("customer.address")).toString(),
                     QStringLiteral("千代田区千代田"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("13"));
    }

    void postalAutofillPerDestination()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        destinations(w)->addDestination();
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::Yes, &question);
        d.type(QStringLiteral("postalCode"), QStringLiteral("1000001"), 1);
        QTRY_VERIFY(!question.isEmpty()); // the prefilled address was step 1's, so it asks
        QTRY_COMPARE(destinations(w)->destinations()[1].prefecture, QStringLiteral("13"));
        QCOMPARE(destinations(w)->destinations()[1].address, QStringLiteral("千代田区千代田"));
        QCOMPARE(destinations(w)->destinations()[0].prefecture, QStringLiteral("34"));
    }

    void prefectureFoundByTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::newRow("full name") << QStringLiteral("広島県") << "34";
        QTest::newRow("part") << QStringLiteral("広島") << "34";
        QTest::newRow("english") << QStringLiteral("okinawa") << "47";
        QTest::newRow("code") << QStringLiteral("13") << "13";
    }
    void prefectureFoundByTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QComboBox *box = prefectureBox(w);
        d.typeInto(box, typed);
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), code);
    }

    void stepThreeFromSampleSchema()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(AdditionalInfoPageId));
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        QVERIFY(editor->input(QStringLiteral("contractNumber")));
        QVERIFY(editor->input(QStringLiteral("rackMount")));
        QVERIFY(!d.nextEnabled());
        d.typeInto(editor->input(QStringLiteral("contractNumber")), QStringLiteral("ab-12"));
        d.tab();
        QVERIFY(!d.nextEnabled());
        d.typeInto(editor->input(QStringLiteral("contractNumber")), QStringLiteral("AB-1234"));
        auto plan = static_cast<QComboBox *>(editor->input(QStringLiteral("plan")));
        plan->setFocus();
        QTest::keyClick(plan, Qt::Key_Down);
        QVERIFY(d.nextEnabled());
        d.typeInto(editor->input(QStringLiteral("employees")), QStringLiteral("0"));
        QVERIFY(!d.nextEnabled());
        d.typeInto(editor->input(QStringLiteral("employees")), QStringLiteral("250"));
        QVERIFY(d.nextEnabled());
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        const Application a = w->application();
        QCOMPARE(a.formVersion, QStringLiteral("2026-11-a"));
        QCOMPARE(a.additionalInfo.value(QStringLiteral("contractNumber")).toString(),
                 QStringLiteral("AB-1234"));
        QCOMPARE(a.additionalInfo.value(QStringLiteral("plan")).toString(),
                 QStringLiteral("standard"));
        QCOMPARE(a.additionalInfo.value(QStringLiteral("employees")).toLongLong(), 250);
        QCOMPARE(a.additionalInfo.value(QStringLiteral("rackMount")).toBool(), false);
    }

    void stepThreeSkippedWithoutFields()
    {
        WizardDriver d(QByteArray("{\"version\":\"empty\",\"fields\":[]}"));
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        QVERIFY(w->application().formVersion.isNull());
        // Back from step 4 goes to step 2.
        w->back();
        QCOMPARE(w->currentId(), int(DestinationsPageId));
    }

    void draftSavedAfterAPauseAndResumedWithEveryRow()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            WizardDriver d(QByteArray(), dir.path());
            ApplicationWizard *w = d.wizard();
            id = w->application().id;
            d.fillValidCustomer();
            QVERIFY(d.next());
            destinations(w)->addDestination();
            destinations(w)->addDestination();
            d.type(QStringLiteral("department"), QStringLiteral("倉庫"), 2);
            QTRY_VERIFY_WITH_TIMEOUT(
                d.queue()->entry(id) &&
                    d.queue()->entry(id)->application.destinations.size() == 3 &&
                    d.queue()->entry(id)->application.destinations[2].department ==
                        QStringLiteral("倉庫"),
                2000);
            QCOMPARE(d.queue()->entry(id)->step, int(DestinationsPageId));
        }
        LocalQueue queue;
        QVERIFY(queue.open(dir.path()));
        const std::optional<LocalQueue::Entry> e = queue.entry(id);
        QVERIFY(e);
        WizardDriver again(QByteArray(), dir.path());
        again.wizard()->load(e->application, e->step);
        QCOMPARE(again.wizard()->currentId(), int(DestinationsPageId));
        QCOMPARE(destinations(again.wizard())->count(), 3);
        QCOMPARE(destinations(again.wizard())->destinations()[2].department,
                 QStringLiteral("倉庫"));
        QCOMPARE(again.wizard()->field(QStringLiteral("customer.email")).toString(),
                 QStringLiteral("taro.yamada@example.co.jp"));
        // Back goes to step 1 with everything there.
        again.wizard()->back();
        QCOMPARE(again.edit(QStringLiteral("customer.companyName"))->text(),
                 QStringLiteral("株式会社見守り商事"));
    }

    void resumedDraftFocusesWhatIsMissing()
    {
        QTemporaryDir dir;
        Application a = TestData::validApplication();
        a.customer.title.clear();
        a.destinations.clear();
        a.loginUsers.clear();
        {
            LocalQueue queue;
            QVERIFY(queue.open(dir.path()));
            QVERIFY(queue.saveDraft(a, CustomerPageId));
        }
        WizardDriver d(QByteArray(), dir.path());
        d.wizard()->load(a, CustomerPageId);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.title"));
        QVERIFY(d.messageFor(QStringLiteral("customer.title")).isEmpty()); // no message yet
    }

    void draftSurvivesAKilledProcess()
    {
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--wizard-typist"), dir.path()});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("typed\n") && t.elapsed() < 30000) {
            child.waitForReadyRead(500);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("typed\n"), out.constData());
        const QUuid id = QUuid::fromString(QString::fromLatin1(out.split('\n').first()));
        // The typist has stopped: its draft reaches the disk after the pause
        // (watched through a second connection, as another process would).
        {
            LocalQueue watcher;
            QVERIFY(watcher.open(dir.path()));
            QTRY_VERIFY_WITH_TIMEOUT(
                watcher.entry(id) && watcher.entry(id)->application.destinations.size() == 2 &&
                    watcher.entry(id)->application.destinations[1].department ==
                        QStringLiteral("倉庫係"),
                5000);
        }
        child.kill(); // SIGKILL: no chance to save anything more on the way out
        child.waitForFinished();
        LocalQueue queue;
        QVERIFY(queue.open(dir.path()));
        QVERIFY(queue.movedAsideTo().isEmpty());
        const std::optional<LocalQueue::Entry> e = queue.entry(id);
        QVERIFY(e);
        QCOMPARE(e->step, int(DestinationsPageId));
        QCOMPARE(e->application.customer.companyName, QStringLiteral("株式会社見守り商事"));
        QCOMPARE(e->application.destinations.size(), 2);
        QCOMPARE(e->application.destinations[1].department, QStringLiteral("倉庫係"));
    }

    void fullDiskIsSaidAndTheTypingKept()
    {
        QTemporaryDir dir;
        Tmpfs tmpfs(dir.path(), "size=160k");
        QVERIFY2(tmpfs.isMounted(), qPrintable(tmpfs.error()));
        {
            WizardDriver d(QByteArray(), dir.path());
            ApplicationWizard *w = d.wizard();
            d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
            QTRY_VERIFY(d.queue()->entry(w->application().id)); // room for the first draft
            // A long paste into the address: too long for the rule, but typed,
            // so the draft tries to keep it and the disk runs out.
            const QString pasted = QString(9000, u'住');
            QLineEdit *address = d.edit(QStringLiteral("customer.address"));
            for (int i = 0;
                 i < 20 && !w->findChild<QMessageBox *>(QStringLiteral("draftSaveError")); ++i) {
                address->setFocus();
                address->insert(pasted);
                QTest::qWait(ApplicationWizard::DraftDelayMs + 100);
            }
            auto box = w->findChild<QMessageBox *>(QStringLiteral("draftSaveError"));
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("ディスク")), qPrintable(box->text()));
            QVERIFY(box->text().contains(QStringLiteral("入力内容は画面に残っています")));
            // Nothing typed is gone from the screen.
            QVERIFY(address->text().startsWith(pasted));
            QCOMPARE(d.edit(QStringLiteral("customer.companyName"))->text(),
                     QStringLiteral("見守り商事"));
            box->close();
        }
    }

    void continuousTypingIsSavedAsItGoes()
    {
        // Someone who never pauses: the typist adds a character every 30 ms
        // and says how many it has typed; it is killed in the middle.
        QTemporaryDir dir;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments(
            {QStringLiteral("--wizard-typist"), dir.path(), QStringLiteral("--nonstop")});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QList<int> typed; // characters typed so far, one line per keystroke
        auto read = [&] {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = out.indexOf('\n')) >= 0) {
                const QByteArray line = out.left(nl);
                out.remove(0, nl + 1);
                if (line.startsWith("len "))
                    typed.append(line.mid(4).toInt());
                else if (!line.isEmpty())
                    m_typistId = QUuid::fromString(QString::fromLatin1(line));
            }
        };
        QElapsedTimer t;
        t.start();
        while ((typed.isEmpty() || typed.last() < 60) && t.elapsed() < 60000)
            read();
        QVERIFY2(!typed.isEmpty() && typed.last() >= 60, "the typist did not get going");
        const int typedEarlier = typed.last();
        // Another second of typing, then the process dies mid-keystroke.
        QElapsedTimer more;
        more.start();
        while (more.elapsed() < 1000)
            read();
        child.kill();
        child.waitForFinished();
        QVERIFY(typed.last() > typedEarlier); // it really was still typing
        LocalQueue queue;
        QVERIFY(queue.open(dir.path()));
        const std::optional<LocalQueue::Entry> e = queue.entry(m_typistId);
        QVERIFY(e);
        // Everything typed a second before the end is on disk although
        // there was never a pause.
        QVERIFY2(e->application.customer.address.size() >= typedEarlier,
                 qPrintable(QStringLiteral("%1 saved, %2 typed a second before the kill")
                                .arg(e->application.customer.address.size())
                                .arg(typedEarlier)));
    }

    void followsTheUiLanguage()
    {
        UiLanguage::install(UiLanguage::english());
        {
            WizardDriver d;
            QCOMPARE(d.wizard()->currentPage()->title(), QStringLiteral("Basic information"));
            QCOMPARE(d.wizard()->buttonText(QWizard::NextButton), QStringLiteral("&Next >"));
            d.type(QStringLiteral("customer.phone"), QStringLiteral("123"));
            d.tab();
            QVERIFY(
                d.messageFor(QStringLiteral("customer.phone")).contains(QStringLiteral("digits")));
        }
        UiLanguage::install(UiLanguage::japanese());
        WizardDriver d;
        QCOMPARE(d.wizard()->currentPage()->title(), QStringLiteral("基本情報入力"));
        QCOMPARE(d.wizard()->buttonText(QWizard::NextButton), QStringLiteral("次へ(&N) >"));
    }

    void screenReadersHearTheHelpAndThenTheMessage()
    {
        WizardDriver d;
        QLineEdit *phone = d.edit(QStringLiteral("customer.phone"));
        QCOMPARE(phone->accessibleName(), QStringLiteral("電話番号"));
        const QString help = phone->accessibleDescription();
        QVERIFY(help.contains(QStringLiteral("半角数字のみ")));
        d.type(QStringLiteral("customer.phone"), QStringLiteral("123"));
        d.tab();
        QCOMPARE(phone->accessibleDescription(), d.messageFor(QStringLiteral("customer.phone")));
        QVERIFY(phone->accessibleDescription().contains(QStringLiteral("入力してください")));
        d.type(QStringLiteral("customer.phone"), QStringLiteral("0821234567"));
        QCOMPARE(phone->accessibleDescription(), help);
    }

    void everyInputHasAnAccessibleName()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        for (int id : w->pageIds()) {
            for (QWidget *input : w->page(id)->findChildren<QWidget *>()) {
                // The line edits inside spin and combo boxes speak through them.
                if (qobject_cast<QComboBox *>(input->parentWidget()) ||
                    qobject_cast<QAbstractSpinBox *>(input->parentWidget()))
                    continue;
                if (qobject_cast<QLineEdit *>(input) || qobject_cast<QSpinBox *>(input) ||
                    qobject_cast<QComboBox *>(input))
                    QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
            }
        }
    }

private:
    QUuid m_typistId;
};

// The child side of draftSurvivesAKilledProcess: types an application as a
// person would, then says so and waits to be killed.
int runWizardTypist(const QString &dir, bool nonstop)
{
    UiLanguage::install(UiLanguage::japanese());
    WizardDriver d(QByteArray(), dir);
    std::printf("%s\n", qPrintable(d.wizard()->application().id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    if (nonstop) {
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        address->setFocus();
        for (int n = 1;; ++n) {
            QTest::keyClick(address, 'a');
            std::printf("len %d\n", n);
            std::fflush(stdout);
            QTest::qWait(30);
        }
    }
    d.fillValidCustomer();
    d.next();
    destinations(d.wizard())->addDestination();
    d.type(QStringLiteral("department"), QStringLiteral("倉庫係"), 1);
    std::printf("typed\n");
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000)
        QTest::qWait(50);
    return 0;
}

MOSHIKOMI_TEST(TestApplicationWizard)
#include "tst_applicationwizard.moc"
