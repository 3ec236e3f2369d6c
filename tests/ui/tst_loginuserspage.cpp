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
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
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

class TestLoginUsersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void tabWalksEveryFieldAndBack_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("one user") << 1;
        QTest::newRow("three users") << 3;
    }
    void tabWalksEveryFieldAndBack()
    {
        QFETCH(int, rows);
        WizardDriver d;
        d.wizard()->show();
        QVERIFY(QTest::qWaitForWindowActive(d.wizard()));
        d.fillValidCustomer();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.wizard()->currentId(), int(DestinationsPageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.wizard()->currentId(), int(LoginUsersPageId));
        LoginUsersEditor *editor = users(d.wizard());
        // Prefilled from step 1 and complete: the focus arrives on the first field.
        QTRY_COMPARE(QApplication::focusWidget(), editor->row(0)->tabChain().first());
        for (int i = 1; i < rows; ++i)
            editor->addUser();
        QCOMPARE(editor->count(), rows);
        const QList<QWidget *> expected = WizardDriver::tabOrder(editor);
        const auto [forward, backward] = WizardDriver::walkTab(expected);
        QCOMPARE(forward, expected);
        QCOMPARE(backward, expected);
    }

    // Step 4's Next leads to the review and says so, as 確認 did on the
    // customers' web form; the other steps keep 次へ.
    void nextSaysReviewOnStepFour()
    {
        WizardDriver d;
        d.wizard()->show();
        QVERIFY(QTest::qWaitForWindowActive(d.wizard()));
        QCOMPARE(d.wizard()->button(QWizard::NextButton)->text(), QStringLiteral("次へ(&N) >"));
        d.fillValidCustomer();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.wizard()->currentId(), int(LoginUsersPageId));
        QCOMPARE(d.wizard()->button(QWizard::NextButton)->text(), QStringLiteral("確認(&N) >"));
        // Alt+N, as on every step, also pressed right after arriving (no
        // turn of the event loop between).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(d.wizard()->currentId(), int(ReviewPageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(d.wizard()->currentId(), int(LoginUsersPageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(d.wizard()->currentId(), int(DestinationsPageId));
        QCOMPARE(d.wizard()->button(QWizard::NextButton)->text(), QStringLiteral("次へ(&N) >"));
    }

    void threeUsersAndUniqueEmails()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
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
        // A digit missed while the customer dictates: the count is said.
        d.type(QStringLiteral("mobile"), QStringLiteral("080-1234-567"), 1);
        d.tab();
        QVERIFY(!d.nextEnabled());
        QCOMPARE(d.messageFor(QStringLiteral("mobile"), 1),
                 QStringLiteral(
                     "携帯番号は 070・080・090 から始まる11桁の数字です（入力されたのは10桁）。"));
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

    void aSecondUsersFullNameIsParted()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        LoginUsersEditor *editor = users(w);
        editor->addUser();
        d.type(QStringLiteral("lastName"), QStringLiteral("佐藤　花子"), 1);
        d.tab();
        QCOMPARE(editor->users()[1].lastName, QStringLiteral("佐藤"));
        QCOMPARE(editor->users()[1].firstName, QStringLiteral("花子"));
    }

    // A login user's address dictated with a carrier's domain misheard: the
    // provisional registration mail would go astray. Questioned, as in
    // step 1, without stopping the page.
    void aUsersDomainLikeASlipIsQuestioned()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        LoginUsersEditor *editor = users(w);
        editor->addUser();
        d.type(QStringLiteral("lastName"), QStringLiteral("佐藤"), 1);
        d.type(QStringLiteral("firstName"), QStringLiteral("花子"), 1);
        d.type(QStringLiteral("email"), QStringLiteral("hanako@docomo.ne.jo"), 1);
        d.tab();
        QCOMPARE(d.messageFor(QStringLiteral("email"), 1),
                 QStringLiteral("「docomo.ne.jo」は「docomo.ne.jp」の誤りではありませんか？"
                                "お客様にアドレスを読み上げて確認してください。"));
        QCOMPARE(d.messageFor(QStringLiteral("email"), 0), QString());
        d.type(QStringLiteral("email"), QStringLiteral("hanako@docomo.ne.jp"), 1);
        d.tab();
        QCOMPARE(d.messageFor(QStringLiteral("email"), 1), QString());
    }

    // The contact person's address corrected in step 1 after step 4 was
    // seen: the first user, still as step 1 gave it, follows; once edited by
    // hand it keeps what was typed.
    void aCorrectionInStepOneReachesTheUntouchedFirstUser()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        w->back();
        w->back();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        d.type(QStringLiteral("customer.email"), QStringLiteral("t.yamada@example.co.jp"));
        d.type(QStringLiteral("customer.emailConfirm"), QStringLiteral("t.yamada@example.co.jp"));
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(users(w)->users()[0].email, QStringLiteral("t.yamada@example.co.jp"));
        QCOMPARE(users(w)->users()[0].emailConfirm, QStringLiteral("t.yamada@example.co.jp"));
        d.type(QStringLiteral("mobile"), QStringLiteral("09012345678"), 0);
        w->back();
        w->back();
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山本"));
        QVERIFY(d.next());
        QVERIFY(d.next());
        QCOMPARE(users(w)->users()[0].lastName, QStringLiteral("山田"));
        QCOMPARE(users(w)->users()[0].mobile, QStringLiteral("09012345678"));
    }

    // The same after the draft was opened again (the app restarted, the
    // language switched) on step 1: the first user and the destination, both
    // still as step 1 gave them, follow the address and phone corrected now.
    void aCorrectionAfterReopeningReachesTheUntouchedRows()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        const Application entered = w->application();
        ApplicationWizard again(d.queue(), w->schema());
        again.load(entered, CustomerPageId);
        again.show();
        WizardDriver r(&again);
        QCOMPARE(again.currentId(), int(CustomerPageId));
        r.type(QStringLiteral("customer.email"), QStringLiteral("t.yamada@example.co.jp"));
        r.type(QStringLiteral("customer.emailConfirm"), QStringLiteral("t.yamada@example.co.jp"));
        r.type(QStringLiteral("customer.phone"), QStringLiteral("0829876543"));
        while (again.currentId() < LoginUsersPageId)
            QVERIFY(r.next());
        QCOMPARE(users(&again)->users()[0].email, QStringLiteral("t.yamada@example.co.jp"));
        QCOMPARE(again.application().destinations[0].phone, QStringLiteral("0829876543"));
    }

    // Corrected in step 1 after steps 2 and 4 were seen, and the app ended
    // there (closed, killed) before those steps were shown again: the draft
    // held step 1 corrected and the rows stale, and opened again the rows
    // looked changed by hand and never followed. The draft holds them
    // corrected, and they follow from then on.
    void aCorrectionSavedOnStepOneReachesTheRowsInTheDraft()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        w->back();
        w->back();
        w->back();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        d.type(QStringLiteral("customer.department"), QStringLiteral("営業部"));
        d.type(QStringLiteral("customer.email"), QStringLiteral("t.yamada@example.co.jp"));
        d.type(QStringLiteral("customer.emailConfirm"), QStringLiteral("t.yamada@example.co.jp"));
        QVERIFY(w->saveDraft());
        const std::optional<LocalQueue::Entry> saved = d.queue()->entry(w->application().id);
        QVERIFY(saved);
        QCOMPARE(saved->step, int(CustomerPageId));
        QCOMPARE(saved->application.destinations.value(0).department, QStringLiteral("営業部"));
        QCOMPARE(saved->application.loginUsers.value(0).email,
                 QStringLiteral("t.yamada@example.co.jp"));
        // Opened again, a further correction still reaches them.
        ApplicationWizard again(d.queue(), w->schema());
        again.load(saved->application, saved->step);
        again.show();
        WizardDriver r(&again);
        r.type(QStringLiteral("customer.department"), QStringLiteral("営業二部"));
        r.type(QStringLiteral("customer.email"), QStringLiteral("yamada@example.co.jp"));
        r.type(QStringLiteral("customer.emailConfirm"), QStringLiteral("yamada@example.co.jp"));
        while (again.currentId() < LoginUsersPageId)
            QVERIFY(r.next());
        QCOMPARE(again.application().destinations.value(0).department, QStringLiteral("営業二部"));
        QCOMPARE(users(&again)->users()[0].email, QStringLiteral("yamada@example.co.jp"));
    }

    // The draft saved at every key while a new postal code is typed in step 1
    // (the worst a 400 ms save can catch): each half-typed code reaches the
    // copies, whose own postal look-up must not make them differ from step 1,
    // or they would stop following before the code is whole.
    void copiesFollowAPostalCodeSavedHalfTyped()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        while (w->currentId() != CustomerPageId)
            w->back();
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        address->setFocus();
        address->selectAll();
        QTest::keyClick(address, Qt::Key_Delete);
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        postal->selectAll();
        QTest::keyClick(postal, Qt::Key_Delete);
        QVERIFY(w->saveDraft());
        for (const QChar c : QStringLiteral("7330002")) {
            QTest::keyClick(postal, c.toLatin1());
            QVERIFY(w->saveDraft());
        }
        d.tab(); // the look-up fills the town in
        QVERIFY(w->saveDraft());
        QVERIFY(!address->text().isEmpty());
        address->setFocus();
        address->end(false);
        WizardDriver::keys(address, QStringLiteral("1-1"));
        QVERIFY(w->saveDraft());
        const Application saved = d.queue()->entry(w->application().id)->application;
        QCOMPARE(saved.customer.postalCode, QStringLiteral("733-0002"));
        QVERIFY(saved.customer.address.endsWith(QStringLiteral("1-1")));
        const Destination expected = Destination::prefilledFrom(saved.customer);
        QCOMPARE(saved.destinations.value(0).postalCode, expected.postalCode);
        QCOMPARE(saved.destinations.value(0).prefecture, expected.prefecture);
        QCOMPARE(saved.destinations.value(0).address, expected.address);
        QCOMPARE(saved.loginUsers.value(0).email, saved.customer.email);
        // And shown again, nothing is asked and nothing differs.
        QVERIFY(d.next());
        QCOMPARE(w->application().destinations.value(0).address, saved.customer.address);
    }

    // Enter on a focused remove button, or Ctrl+Shift+D by mistake, loses
    // nothing: a user with something typed goes only when the person says so.
    void aTypedUserIsRemovedOnlyWhenConfirmed()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        LoginUsersEditor *editor = users(w);
        editor->addUser();
        QCOMPARE(editor->count(), 2);
        // Added and left empty: removed at once.
        QTest::keyClick(editor->row(1)->firstInput(), Qt::Key_D,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->count(), 1);
        editor->addUser();
        d.typeInto(editor->row(1)->findChild<QLineEdit *>(QStringLiteral("lastName")),
                   QStringLiteral("佐藤"));
        QPushButton *remove =
            editor->row(1)->findChild<QPushButton *>(QStringLiteral("removeUser"));
        remove->setFocus();
        QString question;
        WizardDriver::answerWhenAsked(QString(), &question); // Enter: the default keeps
        QTest::keyClick(remove, Qt::Key_Return);
        QCOMPARE(question,
                 QStringLiteral("ログインユーザ 2 を削除しますか？入力した内容は失われます。"));
        QCOMPARE(editor->count(), 2);
        QCOMPARE(editor->users()[1].lastName, QStringLiteral("佐藤"));
        WizardDriver::answerWhenAsked(QStringLiteral("削除する"), &question);
        remove->click();
        QCOMPARE(editor->count(), 1);
    }

    // The customer mails who else is to log in: a block of the person's
    // name, address and mobile, pasted whole. The name is parted, the
    // mobile goes into 携帯番号, the confirmation is left to be typed (as in
    // step 1), and the address and phone of the office are said, having no
    // field here. Into the first user, step 1's person gives way to it.
    void aPastedContactBlockFillsAUser()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        LoginUsersEditor *editor = users(w);
        editor->addUser();
        QLineEdit *last = d.edit(QStringLiteral("lastName"), 1);
        last->setFocus(Qt::TabFocusReason);
        QApplication::clipboard()->setText(QStringLiteral("情報システム部 佐藤 花子\n"
                                                          "TEL：082-123-4500（直通）\n"
                                                          "携帯：090-1111-2222\n"
                                                          "hanako.sato@example.co.jp"));
        QTest::keyClick(last, Qt::Key_V, Qt::ControlModifier);
        const LoginUser second = editor->users().at(1);
        QCOMPARE(second.lastName, QStringLiteral("佐藤"));
        QCOMPARE(second.firstName, QStringLiteral("花子"));
        QCOMPARE(second.email, QStringLiteral("hanako.sato@example.co.jp"));
        QCOMPARE(second.emailConfirm, QString());
        QCOMPARE(second.mobile, QStringLiteral("09011112222"));
        const QString said = d.messageFor(QStringLiteral("lastName"), 1);
        QVERIFY2(said.contains(QStringLiteral("0821234500")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("情報システム部")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("090")), qPrintable(said));

        // The first user, as step 1 gave it: the pasted person replaces it,
        // and step 1's address does not stay as their confirmation.
        const LoginUser asGiven = editor->users().at(0);
        QCOMPARE(asGiven.emailConfirm, asGiven.email);
        QLineEdit *first = d.edit(QStringLiteral("lastName"), 0);
        first->setFocus(Qt::TabFocusReason);
        QApplication::clipboard()->setText(QStringLiteral("鈴木 一郎\n"
                                                          "ichiro@example.co.jp\n"
                                                          "080-3333-4444"));
        QTest::keyClick(first, Qt::Key_V, Qt::ControlModifier);
        const LoginUser replaced = editor->users().at(0);
        QCOMPARE(replaced.lastName, QStringLiteral("鈴木"));
        QCOMPARE(replaced.firstName, QStringLiteral("一郎"));
        QCOMPARE(replaced.email, QStringLiteral("ichiro@example.co.jp"));
        QCOMPARE(replaced.emailConfirm, QString());
        QCOMPARE(replaced.mobile, QStringLiteral("08033334444"));
        // A name and an address, on two lines of a mail, are a person here.
        editor->addUser();
        QLineEdit *third = d.edit(QStringLiteral("lastName"), 2);
        third->setFocus(Qt::TabFocusReason);
        QApplication::clipboard()->setText(QStringLiteral("高橋 美咲\nmisaki@example.co.jp"));
        QTest::keyClick(third, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(editor->users().at(2).lastName, QStringLiteral("高橋"));
        QCOMPARE(editor->users().at(2).firstName, QStringLiteral("美咲"));
        QCOMPARE(editor->users().at(2).email, QStringLiteral("misaki@example.co.jp"));
        // Step 1 is as it was.
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(), asGiven.lastName);
        QCOMPARE(w->field(QStringLiteral("customer.email")).toString(), asGiven.email);
    }
};

MOSHIKOMI_TEST(TestLoginUsersPage)
#include "tst_loginuserspage.moc"
