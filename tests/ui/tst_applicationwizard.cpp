#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "core/wirecodec.h"
#include "queuefixtures.h"
#include "shortcutowners.h"
#include "showactive.h"
#include "testdata.h"
#include "testregistry.h"
#include "tmpfs.h"
#include "typistprocess.h"
#include "ui/additionalinfoeditor.h"
#include "ui/applicationcontentview.h"
#include "ui/applicationwizard.h"
#include "ui/deadlinetext.h"
#include "ui/destinationrow.h"
#include "ui/destinationseditor.h"
#include "ui/destinationspage_p.h"
#include "ui/fieldmessage.h"
#include "ui/keyboardhelp.h"
#include "ui/loginuserrow.h"
#include "ui/loginuserseditor.h"
#include "ui/loginuserspage_p.h"
#include "ui/postalautofill.h"
#include "ui/screenfit.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

Q_DECLARE_METATYPE(LocalQueue::State)

class TestApplicationWizard : public QObject
{
    Q_OBJECT

    // The entry as the next start finds it in the queue's file.
    static std::optional<LocalQueue::Entry> storedEntry(const QString &dir, const QUuid &id)
    {
        LocalQueue queue;
        if (!queue.open(dir, QueueFixtures::options()))
            return std::nullopt;
        return queue.entry(id);
    }

    // The wizard shown at `step`, with what it takes to get there (step 1
    // filled in; the done page after a submission).
    static bool showAt(WizardDriver &d, int step)
    {
        ApplicationWizard *w = d.wizard();
        w->show();
        if (!QTest::qWaitForWindowActive(w))
            return false;
        if (step == CustomerPageId) {
            d.fillValidCustomer();
            return true;
        }
        if (step == DonePageId) {
            if (!d.reach(ReviewPageId))
                return false;
            return d.submit();
        }
        return d.reach(step);
    }

private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void fieldsFollowTheTable()
    {
        // Every field of the table is a wizard field that reaches the
        // application; a name the wizard does not know would warn.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("No such field")));
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        const Customer sample = TestData::validCustomer();
        for (const RecordField<Customer> &f : FieldTable::customer()) {
            const QString name = ApplicationWizard::customerFieldName(f.spec);
            QCOMPARE(name, QStringLiteral("customer.") + f.spec.wireName());
            w->setField(name, sample.*f.text);
            QCOMPARE(w->field(name).toString(), sample.*f.text);
        }
        QCOMPARE(w->application().customer, sample);
        const DestinationList destinations{TestData::validDestination()};
        w->setField(QStringLiteral("destinations"), QVariant::fromValue(destinations));
        QCOMPARE(w->application().destinations, destinations);
        const LoginUserList users{TestData::validLoginUser()};
        w->setField(QStringLiteral("loginUsers"), QVariant::fromValue(users));
        QCOMPARE(w->application().loginUsers, users);
    }

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
        // The review shows everything in fixed width; confusable characters
        // are marked where a confusion can happen (an email address), not in
        // digits alone (a phone number).
        QString review;
        QString spoken;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>()) {
            review += l->text();
            spoken += l->accessibleName();
        }
        QVERIFY(review.contains(QStringLiteral("株式会社見守り商事")));
        QVERIFY(review.contains(QStringLiteral("広島県")));
        QVERIFY(review.contains(QStringLiteral("広島市西区大芝1-2-3")));
        QVERIFY(!review.contains(QStringLiteral("郵便番号 733-0001 は"))); // they agree
        QVERIFY(review.contains(QStringLiteral("monospace")));
        QVERIFY(review.contains(QStringLiteral(">0821234567<")));
        QVERIFY(!review.contains(QStringLiteral("<u>0</u></span>82")));
        QVERIFY(review.contains(QStringLiteral("tar<span style=\"background-color:#ffe08a; "
                                               "color:#7a3e00;\"><u>o</u></span>@")));
        // The header's sample of confusable characters is marked as they are.
        QLabel *sample = nullptr;
        for (QLabel *l : w->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QStringLiteral("紛らわしい")))
                sample = l;
        QVERIFY(sample);
        const QImage shown = sample->grab().toImage();
        bool marked = false;
        for (int y = 0; y < shown.height() && !marked; ++y)
            for (int x = 0; x < shown.width() && !marked; ++x)
                marked = shown.pixel(x, y) == qRgb(0xff, 0xe0, 0x8a);
        QVERIFY2(marked, qPrintable(sample->text()));
        // A screen reader hears the values, not only the group titles…
        QVERIFY2(spoken.contains(QStringLiteral("電話番号: 0821234567")), qPrintable(spoken));
        QVERIFY(spoken.contains(QStringLiteral("会社名: 株式会社見守り商事")));
        // …also as the focus enters a group on its way to 修正: Orca reads
        // the texts of a group that no one labels (a titled group box labels
        // its own children, and Orca passed over the values).
        int groupTexts = 0;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>()) {
            if (!l->accessibleName().contains(u'\n'))
                continue;
            ++groupTexts;
            QAccessibleInterface *text = QAccessible::queryAccessibleInterface(l);
            QVERIFY(text);
            QVERIFY2(text->relations(QAccessible::Label).isEmpty(),
                     qPrintable(l->accessibleName()));
        }
        QCOMPARE(groupTexts, 3); // the customer, one destination, one login user: no step 3 here

        // Submitting asks first; Cancel changes nothing.
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::Cancel, &question);
        QVERIFY(!d.next());
        QVERIFY(question.contains(QStringLiteral("申し込みますか")));
        QCOMPARE(d.queue()->entry(w->application().id)->state, LocalQueue::State::Draft);
        QVERIFY(d.submit());
        QCOMPARE(w->currentId(), int(DonePageId));
        // The window (and the task bar) says whose application it is now.
        QCOMPARE(w->windowTitle(), QStringLiteral("Moshikomi — 申込み 株式会社見守り商事"));
        const std::optional<LocalQueue::Entry> e = d.queue()->entry(w->application().id);
        QVERIFY(e);
        QCOMPARE(e->state, LocalQueue::State::Queued);
        const WireCodec::Result sent = WireCodec::decode(e->payload);
        QVERIFY(sent.ok());
        QCOMPARE(sent.application.customer.companyName, QStringLiteral("株式会社見守り商事"));
        QCOMPARE(sent.application.customer.email, QStringLiteral("taro@example.co.jp"));
        QCOMPARE(sent.application.destinations.size(), 1);
        QCOMPARE(sent.application.loginUsers.size(), 1);
        QLabel *done = w->currentPage()->findChild<QLabel *>(QStringLiteral("doneText"));
        QVERIFY(done->text().contains(QStringLiteral("送信待ち")));
        // Once the service has it, the page says so (another application's
        // news changes nothing).
        w->applicationSent(QUuid::createUuid());
        QVERIFY(done->text().contains(QStringLiteral("送信待ち")));
        // The deadline as the service gave it (the sync engine writes it
        // before it says the application was sent).
        const QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(d.queue()->transition(w->application().id, LocalQueue::State::Sending));
        QVERIFY(
            d.queue()->transition(w->application().id, LocalQueue::State::AwaitingConfirmation));
        QVERIFY(d.queue()->setDeadline(w->application().id, deadline));
        w->applicationSent(w->application().id);
        QVERIFY(done->text().contains(QStringLiteral("申込みを送信しました")));
        QVERIFY2(done->text().contains(DeadlineText::format(deadline)), qPrintable(done->text()));
        QVERIFY(done->accessibleName().contains(QStringLiteral("taro@example.co.jp")));
        // The page opens on New application: a screen reader says the button
        // and then where the application stands, again when that changes.
        auto fresh = w->currentPage()->findChild<QPushButton *>(QStringLiteral("newApplication"));
        QCOMPARE(w->focusWidget(), fresh);
        const QString heard = fresh->accessibleDescription();
        QVERIFY2(heard.startsWith(QStringLiteral("申込みを送信しました。")) &&
                     heard.contains(QStringLiteral("taro@example.co.jp")) &&
                     heard.contains(DeadlineText::format(deadline)) &&
                     heard.contains(w->application().id.toString(QUuid::WithoutBraces)),
                 qPrintable(heard));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        // The number onto the clipboard with Alt+P, and the button says so.
        QApplication::clipboard()->clear();
        auto copy = w->currentPage()->findChild<QPushButton *>(QStringLiteral("copyNumber"));
        QVERIFY(copy && copy->isVisible());
        QTest::keyClick(w, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(),
                     w->application().id.toString(QUuid::WithoutBraces));
        QVERIFY2(copy->text().contains(QStringLiteral("コピーしました")), qPrintable(copy->text()));
        // The next customer on the line: Alt+N, as the page's button says.
        QSignalSpy again(w, &ApplicationWizard::newApplicationRequested);
        QTest::keyClick(w, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(again.size(), 1); // a button pressed by its letter is shown pressed first
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier); // as its tooltip says
        QTRY_COMPARE(again.size(), 2);
        // The connection settings from here too, as from the list: Ctrl+,.
        QSignalSpy settings(w, &ApplicationWizard::settingsRequested);
        QTest::keyClick(w, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settings.size(), 1);
    }

    // Alt with a letter no shortcut takes types nothing: Alt+S out of habit
    // on step 1 (it submits on the review) put an "s" after the company
    // name, Alt+R (back to the review after a Change…) an "r".
    // The customer who calls again because no mail came is entered again:
    // the submit question names what this computer already holds for that
    // address (a second application means a second mail).
    void theSubmitQuestionNamesEarlierApplicationsToTheSameAddress_data()
    {
        QTest::addColumn<QString>("earlierEmail");
        QTest::addColumn<LocalQueue::State>("earlierState");
        QTest::addColumn<bool>("named");
        QTest::newRow("sent, awaiting confirmation")
            << QStringLiteral("taro.yamada@example.co.jp")
            << LocalQueue::State::AwaitingConfirmation << true;
        QTest::newRow("waiting to be sent, typed in capitals")
            << QStringLiteral("Taro.Yamada@EXAMPLE.co.jp") << LocalQueue::State::Queued << true;
        QTest::newRow("typed full-width (queued as sent)")
            << QStringLiteral("ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
            << LocalQueue::State::Queued << true;
        QTest::newRow("expired") << QStringLiteral("taro.yamada@example.co.jp")
                                 << LocalQueue::State::Expired << true;
        QTest::newRow("a draft only (offered at start)")
            << QStringLiteral("taro.yamada@example.co.jp") << LocalQueue::State::Draft << false;
        QTest::newRow("an address that holds this one")
            << QStringLiteral("mtaro.yamada@example.co.jp")
            << LocalQueue::State::AwaitingConfirmation << false;
        QTest::newRow("another address") << QStringLiteral("hanako@example.co.jp")
                                         << LocalQueue::State::AwaitingConfirmation << false;
    }

    void theSubmitQuestionNamesEarlierApplicationsToTheSameAddress()
    {
        QFETCH(QString, earlierEmail);
        QFETCH(LocalQueue::State, earlierState);
        QFETCH(bool, named);
        WizardDriver d;
        Application earlier = TestData::validApplication();
        earlier.customer.companyName = QStringLiteral("株式会社先の申込み");
        earlier.customer.email = earlierEmail;
        QVERIFY(d.queue()->saveDraft(earlier, ReviewPageId));
        if (earlierState != LocalQueue::State::Draft) {
            QVERIFY(d.queue()->enqueue(earlier, ReviewPageId));
            using S = LocalQueue::State;
            QList<S> path;
            if (earlierState != S::Queued)
                path << S::Sending << S::AwaitingConfirmation;
            if (earlierState == S::Expired)
                path << S::Expired;
            for (S next : path)
                QVERIFY(d.queue()->transition(earlier.id, next));
        }
        QVERIFY(d.reach(ReviewPageId));
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::Cancel, &question);
        QVERIFY(!d.next());
        QVERIFY(question.contains(QStringLiteral("申し込みますか")));
        QVERIFY2(question.contains(
                     QStringLiteral("申込み確認メールの送信先: taro.yamada@example.co.jp")),
                 qPrintable(question));
        QCOMPARE(question.contains(QStringLiteral("株式会社先の申込み")), named);
        if (named) {
            QVERIFY2(question.contains(QStringLiteral("taro.yamada@example.co.jp")),
                     qPrintable(question));
            QVERIFY2(question.contains(QueueTableModel::stateLabel(earlierState)),
                     qPrintable(question));
            QVERIFY2(question.contains(QStringLiteral("再送")), qPrintable(question));
        }
        // Asked, not refused: OK submits it all the same.
        QVERIFY(d.submit());
        QCOMPARE(d.wizard()->currentId(), int(DonePageId));
    }

    // The last look before the mail goes: a domain like a slip of a
    // well-known one is asked about there too, and OK still submits.
    void theSubmitQuestionAsksAboutADomainLikeASlip()
    {
        WizardDriver d;
        d.fillValidCustomer();
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro@gmial.com"));
        d.type(QStringLiteral("customer.emailConfirm"), QStringLiteral("taro@gmial.com"));
        while (d.wizard()->currentId() < ReviewPageId)
            QVERIFY(d.next());
        QString question;
        WizardDriver::answerNextDialog(QMessageBox::Cancel, &question);
        QVERIFY(!d.next());
        QVERIFY2(question.contains(
                     QStringLiteral("申込み確認メールの送信先: taro@gmial.com\n"
                                    "「gmial.com」は「gmail.com」の誤りではありませんか？")),
                 qPrintable(question));
        QVERIFY(d.submit());
    }

    void aStrayAltLetterTypesNothing()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        QLineEdit *company = d.edit(QStringLiteral("customer.companyName"));
        for (Qt::Key key : {Qt::Key_S, Qt::Key_R, Qt::Key_Z, Qt::Key_1})
            QTest::keyClick(company, key, Qt::AltModifier);
        QCOMPARE(company->text(), QStringLiteral("見守り商事"));
        // The list to choose a prefecture from takes typing too.
        auto prefecture = d.wizard()->currentPage()->findChild<QComboBox *>();
        QVERIFY(prefecture && prefecture->isEditable());
        d.typeInto(prefecture, QStringLiteral("広島"));
        QTest::keyClick(prefecture, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(prefecture->lineEdit()->text(), QStringLiteral("広島"));
        // Plain letters and shortcuts are as before.
        QTest::keyClick(company, Qt::Key_S);
        QCOMPARE(company->text(), QStringLiteral("見守り商事s"));
        d.fillValidCustomer();
        QTest::keyClick(company, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(d.wizard()->currentId(), int(DestinationsPageId));
        // Step 2's number of units, a spin box.
        auto units = d.wizard()->currentPage()->findChild<QAbstractSpinBox *>();
        QVERIFY(units);
        units->setFocus();
        QTest::keyClick(units, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(units->text(), QStringLiteral("1"));
    }

    // Dictation tools and xdotool type a line break as the X keysym Linefeed,
    // which Qt hands on with its character as the key: "new line" said at
    // the last field of step 1 goes on to step 2, as Enter does.
    void aLineFeedTypedByAProgramIsEnter()
    {
        WizardDriver d;
        d.fillValidCustomer();
        QLineEdit *phone = d.edit(QStringLiteral("customer.phone"));
        phone->setFocus();
        const QString before = phone->text();
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            QKeyEvent lineFeed(type, 0x0a, Qt::NoModifier, 0, 0xff0a, 0, QStringLiteral("\n"));
            QApplication::sendEvent(phone, &lineFeed);
        }
        QTRY_COMPARE(d.wizard()->currentId(), int(DestinationsPageId));
        QCOMPARE(phone->text(), before);
    }

    // A typist tabs past the last field of an incomplete page and presses
    // Enter for Next: the focus is on the language button (Next is disabled).
    void enterOnTheLanguageButtonTriesNext()
    {
        WizardDriver d;
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        QAbstractButton *language = d.wizard()->button(QWizard::CustomButton2);
        QAbstractButton *list = d.wizard()->button(QWizard::CustomButton1);
        QSignalSpy switched(d.wizard(), &ApplicationWizard::languageSwitchRequested);
        QSignalSpy listed(d.wizard(), &ApplicationWizard::queueListRequested);
        for (QAbstractButton *b : {language, list}) {
            b->setFocus();
            QVERIFY(b->hasFocus());
            QTest::keyClick(b, Qt::Key_Return);
        }
        QCOMPARE(switched.count(), 0);
        QCOMPARE(listed.count(), 0);
        // What is missing is said, and the focus is on the first of it.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.lastName"));
        QString said;
        for (FieldMessage *m : d.wizard()->currentPage()->findChildren<FieldMessage *>())
            said += m->message();
        QVERIFY2(!said.isEmpty(), "no message shown");
        // Space still presses the focused button.
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Space);
        QCOMPARE(switched.count(), 1);
    }

    // The same on step 2: Tab from the last field of the only destination
    // reaches "Add a destination"; Enter goes on to the next step, it adds no
    // destination the customer did not ask for.
    void enterOnAddADestinationGoesNext()
    {
        WizardDriver d;
        QVERIFY(d.reach(DestinationsPageId));
        auto editor = d.wizard()->currentPage()->findChild<DestinationsEditor *>();
        QVERIFY(editor);
        const int rows = editor->findChildren<DestinationRow *>().size();
        QAbstractButton *add = nullptr;
        for (QAbstractButton *b : editor->findChildren<QAbstractButton *>())
            if (b->isVisible() && b->isEnabled() && b->focusPolicy() & Qt::TabFocus &&
                !qobject_cast<DestinationRow *>(b->parentWidget()))
                add = b;
        QVERIFY(add);
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(editor->findChildren<DestinationRow *>().size(), rows);
        QVERIFY(d.wizard()->currentId() > DestinationsPageId);
    }

    // Enter goes on from whatever has the focus, whichever platform theme
    // runs: GNOME's (ui/GnomeTheme runs this under it) has a focused button,
    // check box or group box take Enter as Space, so that a destination's
    // box swallowed the key from the field inside it.
    void enterGoesNextFromEveryKindOfControl()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        // The keypad's Enter, after a phone number typed on the keypad, on an
        // incomplete page: what is missing is said.
        QLineEdit *company = d.edit(QStringLiteral("customer.companyName"));
        company->setFocus();
        QTest::keyClick(company, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QVERIFY(d.messageFor(QStringLiteral("customer.phone")).contains(QStringLiteral("必須")));
        d.fillValidCustomer();
        // The prefecture, a list typed into.
        auto prefecture = w->currentPage()->findChild<QComboBox *>();
        QVERIFY(prefecture);
        prefecture->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        w->back();
        QTest::keyClick(d.edit(QStringLiteral("customer.phone")), Qt::Key_Enter,
                        Qt::KeypadModifier);
        QCOMPARE(w->currentId(), int(DestinationsPageId));
        // Step 2: the units, and a field inside a destination's box.
        auto units = w->currentPage()->findChild<QSpinBox *>();
        QVERIFY(units);
        units->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w->currentId(), int(AdditionalInfoPageId));
        w->back();
        QLineEdit *destinationField = d.edit(QStringLiteral("companyName"), 0);
        QVERIFY(destinationField);
        destinationField->setFocus();
        QTest::keyClick(destinationField, Qt::Key_Return);
        QCOMPARE(w->currentId(), int(AdditionalInfoPageId));
        // Step 3: a check box keeps its state, Enter goes on.
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        d.typeInto(editor->input(QStringLiteral("contractNumber")), QStringLiteral("AB-1234"));
        auto plan = qobject_cast<QComboBox *>(editor->input(QStringLiteral("plan")));
        QVERIFY(plan);
        plan->setCurrentIndex(1);
        auto rackMount =
            qobject_cast<QAbstractButton *>(editor->input(QStringLiteral("rackMount")));
        QVERIFY(rackMount);
        rackMount->setFocus();
        QTest::keyClick(rackMount, Qt::Key_Return);
        QVERIFY(!rackMount->isChecked());
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        // A list to choose from opens nothing on Enter either.
        w->back();
        QCOMPARE(w->currentId(), int(AdditionalInfoPageId));
        plan->setFocus();
        QTest::keyClick(plan, Qt::Key_Return);
        QCOMPARE(plan->currentIndex(), 1);
        QCOMPARE(w->currentId(), int(LoginUsersPageId));
        // Step 4: a field inside a login user's box.
        QLineEdit *userField = d.edit(QStringLiteral("lastName"), 0);
        QVERIFY(userField);
        userField->setFocus();
        QTest::keyClick(userField, Qt::Key_Return);
        QCOMPARE(w->currentId(), int(ReviewPageId));
    }

    // What the service refused where the wizard has no field for it is
    // named in words, as staff read the form, not as the wire spells it.
    void refusedPathsInWords_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("customer") << QStringLiteral("customer.prefecture")
                                  << QStringLiteral("基本情報入力 > 都道府県");
        QTest::newRow("a destination's field")
            << QStringLiteral("destinations[1].units") << QStringLiteral("送付先 2 > 台数");
        QTest::newRow("a destination")
            << QStringLiteral("destinations[0]") << QStringLiteral("送付先 1");
        QTest::newRow("the destinations")
            << QStringLiteral("destinations") << QStringLiteral("UTM送付先入力");
        QTest::newRow("a login user's field") << QStringLiteral("loginUsers[2].mobile")
                                              << QStringLiteral("ログインユーザ 3 > 携帯番号");
        QTest::newRow("step 3") << QStringLiteral("additionalInfo.plan")
                                << QStringLiteral("追加情報入力 > プラン");
        QTest::newRow("a step-3 field no longer known")
            << QStringLiteral("additionalInfo.seats") << QStringLiteral("追加情報入力 > seats");
        QTest::newRow("the form's version")
            << QStringLiteral("formVersion") << QStringLiteral("追加情報フォームの版");
        QTest::newRow("anything else")
            << QStringLiteral("enteredAt") << QStringLiteral("enteredAt");
    }
    void refusedPathsInWords()
    {
        QFETCH(QString, path);
        QFETCH(QString, words);
        WizardDriver d(TestData::sampleSchemaJson());
        QCOMPARE(d.wizard()->pathInWords(path), words);
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

    void screenFitKeepsRoomForTheFrame_data()
    {
        QTest::addColumn<QSize>("wanted");
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("full HD") << QSize(1100, 760) << QSize(1920, 1040) << QSize(1100, 760);
        QTest::newRow("1366×768 under a task bar")
            << QSize(1100, 760) << QSize(1366, 728) << QSize(1100, 664);
        QTest::newRow("1280×720 (a projector)")
            << QSize(1180, 640) << QSize(1280, 680) << QSize(1180, 616);
        QTest::newRow("tiny: not below a usable size")
            << QSize(1100, 760) << QSize(400, 300) << QSize(480, 360);
    }

    void screenFitKeepsRoomForTheFrame()
    {
        QFETCH(QSize, wanted);
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        QCOMPARE(ScreenFit::within(wanted, available), expected);
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
        const std::optional<LocalQueue::Entry> e = storedEntry(dir.path(), id);
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
            QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
            QVERIFY(queue.saveDraft(a, CustomerPageId));
        }
        WizardDriver d(QByteArray(), dir.path());
        d.wizard()->load(a, CustomerPageId);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.title"));
        QVERIFY(d.messageFor(QStringLiteral("customer.title")).isEmpty()); // no message yet
    }

    // A draft left on a later step comes back on that step, the focus on its
    // first field (not on whatever button Qt would pick), also when nothing
    // was typed on the way there.
    void resumedOnTheStepItWasLeftAtWithTheFocusOnItsFirstField()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            // Shown and closed untouched: nothing to resume.
            WizardDriver d(QByteArray(), dir.path());
            QVERIFY(d.wizard()->isVisible());
            d.wizard()->close();
            QVERIFY(d.queue()->drafts().isEmpty());
        }
        {
            WizardDriver d(QByteArray(), dir.path());
            id = d.wizard()->application().id;
            QVERIFY(d.reach(ReviewPageId));
            QTRY_VERIFY_WITH_TIMEOUT(
                d.queue()->entry(id) && d.queue()->entry(id)->step == int(ReviewPageId), 2000);
        }
        const std::optional<LocalQueue::Entry> e = storedEntry(dir.path(), id);
        QVERIFY(e);
        {
            WizardDriver again(QByteArray(), dir.path());
            again.wizard()->load(e->application, e->step);
            QCOMPARE(again.wizard()->currentId(), int(ReviewPageId));
        }
        WizardDriver again(QByteArray(), dir.path());
        again.wizard()->load(e->application, LoginUsersPageId);
        QCOMPARE(again.wizard()->currentId(), int(LoginUsersPageId));
        QCOMPARE(QApplication::focusWidget(), users(again.wizard())->row(0)->firstInput());
    }

    // F1 says every key, in the window's language, and Escape closes it.
    // QWizard sets up its buttons again on every completeChanged() and hides
    // and shows its whole content to do it: with a screen reader on, each
    // key typed sent a hundred "hidden" and "shown" events. Typing hides
    // nothing; the page becoming complete still enables Next.
    void typingHidesNothing()
    {
        WizardDriver d;
        struct HideCounter : QObject
        {
            int hidden = 0;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() == QEvent::Hide && watched->isWidgetType())
                    ++hidden;
                return false;
            }
        } counter;
        qApp->installEventFilter(&counter);
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社見守り商事"));
        d.type(QStringLiteral("customer.title"), QStringLiteral("部長"));
        qApp->removeEventFilter(&counter);
        QCOMPARE(counter.hidden, 0);
        QVERIFY(!d.nextEnabled());
        d.fillValidCustomer();
        QTRY_VERIFY(d.nextEnabled());
        // And disabled again when a required field is emptied.
        d.type(QStringLiteral("customer.companyName"), QString());
        QTRY_VERIFY(!d.nextEnabled());
    }

    void f1SaysTheKeys()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        KeyboardHelp *help = nullptr;
        QTRY_VERIFY((help = w->findChild<KeyboardHelp *>()) && help->isVisible());
        const QString said = help->plainText();
        for (const char *line :
             {"Alt+N: 次のステップへ", "Ctrl+Shift+A: 送付先（ステップ2）", "Alt+R: 「修正…」の後",
              "Ctrl+F: 検索", "F1: このキー操作の一覧", "↓: 郵便番号の欄で、その地域の一覧を開く"})
            QVERIFY2(said.contains(QString::fromUtf8(line)), qPrintable(said));
        // A screen reader reads them as the list opens: the text's name.
        bool toldByName = false;
        for (QLabel *l : help->findChildren<QLabel *>())
            toldByName |= l->accessibleName().contains(QStringLiteral("Alt+N: 次のステップへ"));
        QVERIFY(toldByName);
        QTest::keyClick(help, Qt::Key_Escape);
        QTRY_VERIFY(!w->findChild<KeyboardHelp *>());
    }

    void draftSurvivesAKilledProcess()
    {
        QTemporaryDir dir;
        TypistProcess child(dir.path(), false);
        QVERIFY(child.started());
        QElapsedTimer t;
        t.start();
        bool typed = false;
        while (!typed && t.elapsed() < 30000)
            typed = child.readLines(500).contains("typed");
        QVERIFY2(typed, "the typist did not finish typing");
        const QUuid id = child.id();
        // The typist has stopped: its draft reaches the disk after the pause
        // (watched through a second connection, as another process would).
        {
            LocalQueue watcher;
            QVERIFY(watcher.open(dir.path(), QueueFixtures::options()));
            QTRY_VERIFY_WITH_TIMEOUT(
                watcher.entry(id) && watcher.entry(id)->application.destinations.size() == 2 &&
                    watcher.entry(id)->application.destinations[1].department ==
                        QStringLiteral("倉庫係"),
                5000);
        }
        child.kill();
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
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
        TypistProcess child(dir.path(), true);
        QVERIFY(child.started());
        QList<int> typed; // characters typed so far, one line per keystroke
        auto read = [&] {
            for (const QByteArray &line : child.readLines(100)) {
                if (line.startsWith("len "))
                    typed.append(line.mid(4).toInt());
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
        QVERIFY(typed.last() > typedEarlier); // it really was still typing
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        const std::optional<LocalQueue::Entry> e = queue.entry(child.id());
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

    // A prefecture that is not the postal code's is read back with the
    // code's own, for the customer to say which is right (step 1 and the
    // destination filled from it alike).
    void theReviewSaysAPostalCodeOfAnotherPrefecture()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        d.typeInto(prefectureBox(w), QStringLiteral("岡山県"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("33"));
        while (w->currentId() < ReviewPageId)
            QVERIFY(d.next());
        QStringList spoken;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>()) {
            if (l->accessibleName().contains(u'\n'))
                spoken << l->accessibleName();
        }
        const QString said = QStringLiteral("都道府県: 岡山県 （郵便番号 733-0001 は広島県）");
        QCOMPARE(spoken.filter(said).size(), 2);
    }

    // A code two prefectures share is read back with both.
    void theReviewNamesBothPrefecturesOfASharedCode()
    {
        Application a = TestData::validApplication();
        a.customer.postalCode = QStringLiteral("498-0000");
        a.customer.prefecture = QStringLiteral("13");
        ApplicationContentView view(ApplicationContentView::Editing::None);
        view.setApplication(a, AdditionalInfoSchema());
        QVERIFY2(view.plainText().contains(
                     QStringLiteral("都道府県: 東京都 （郵便番号 498-0000 は愛知県または三重県）")),
                 qPrintable(view.plainText()));
    }

    // An address whose domain looks like a slip is read back with the
    // domain it may have been meant for, the customer's own and the users'.
    void theReviewAsksAboutADomainLikeASlip()
    {
        Application a = TestData::validApplication();
        a.customer.email = QStringLiteral("taro@gmial.com");
        a.loginUsers[0].email = QStringLiteral("hanako@docomo.ne.jo");
        ApplicationContentView view(ApplicationContentView::Editing::None);
        view.setApplication(a, AdditionalInfoSchema());
        const QString text = view.plainText();
        QVERIFY2(text.contains(QStringLiteral("taro@gmial.com （「gmail.com」の誤りでは？）")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("hanako@docomo.ne.jo （「docomo.ne.jp」の誤りでは？）")),
            qPrintable(text));
        a.customer.email = QStringLiteral("taro@example.co.jp");
        view.setApplication(a, AdditionalInfoSchema());
        QCOMPARE(view.plainText().count(QStringLiteral("誤りでは")), 1); // the user's only
    }

    // A draft whose prefecture was typed but names none (広島市): its
    // contents show what was typed, not a blank.
    void aPrefectureTypedAsNoneIsShownAsTyped()
    {
        Application a = TestData::validApplication();
        a.customer.prefecture = QStringLiteral("広島市");
        ApplicationContentView view(ApplicationContentView::Editing::None);
        view.setApplication(a, AdditionalInfoSchema());
        QVERIFY2(view.plainText().contains(QStringLiteral("都道府県: 広島市")),
                 qPrintable(view.plainText()));
    }

    // An optional field left empty is read back as "none", not as a blank a
    // listener (or a screen reader) passes over.
    void theReviewSaysAnEmptyFieldIsEmpty()
    {
        Application a = TestData::validApplication();
        a.customer.department.clear();
        a.destinations[0].department.clear();
        ApplicationContentView view(ApplicationContentView::Editing::None);
        view.setApplication(a, AdditionalInfoSchema());
        QCOMPARE(view.plainText().count(QStringLiteral("部署名: （なし）")), 2);
        a.customer.department = QStringLiteral("総務部");
        view.setApplication(a, AdditionalInfoSchema());
        QCOMPARE(view.plainText().count(QStringLiteral("部署名: （なし）")), 1);
        QVERIFY(view.plainText().contains(QStringLiteral("部署名: 総務部")));
    }

    // Step 3's numbers and dates are read back as people say them: 1,200,
    // and a date with its weekday (the customer checks it on a calendar).
    void theReviewReadsNumbersAndDatesAsSaid_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("date");
        QTest::newRow("Japanese") << UiLanguage::japanese() << QStringLiteral("従業員数: 1,200")
                                  << QStringLiteral("設置希望日: 2026年12月1日（火）");
        QTest::newRow("English") << UiLanguage::english() << QStringLiteral("Employees: 1,200")
                                 << QStringLiteral(
                                        "Preferred installation date: Tue 1 December 2026");
    }
    void theReviewReadsNumbersAndDatesAsSaid()
    {
        QFETCH(QString, language);
        QFETCH(QString, number);
        QFETCH(QString, date);
        UiLanguage::install(language);
        auto back = qScopeGuard([] { UiLanguage::install(UiLanguage::japanese()); });
        Application a = TestData::validApplication();
        a.additionalInfo = {{QStringLiteral("employees"), 1200},
                            {QStringLiteral("installDate"), QStringLiteral("2026-12-01")}};
        ApplicationContentView view(ApplicationContentView::Editing::None);
        view.setApplication(a, AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson()));
        QVERIFY2(view.plainText().contains(number), qPrintable(view.plainText()));
        QVERIFY2(view.plainText().contains(date), qPrintable(view.plainText()));
        // A field of step 3 without a value is said as such, too (a required
        // one as not entered yet).
        const QString none = language == UiLanguage::japanese()
                                 ? QStringLiteral("契約番号: （未入力）")
                                 : QStringLiteral("Contract number: (not entered yet)");
        QVERIFY2(view.plainText().contains(none), qPrintable(view.plainText()));
    }

    // The app ended while a whole name was still in 氏名(姓) (it is parted
    // when the field is left): opened again, it is parted as if it had been.
    // A Latin name, whose order is not known, stays as it was.
    void aWholeNameLeftInTheFamilyNameIsPartedWhenOpened()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        Application a = TestData::validApplication();
        a.customer.lastName = QStringLiteral("佐藤 花子");
        a.customer.firstName.clear();
        a.destinations[0].lastName = QStringLiteral("Yamada Taro");
        a.destinations[0].firstName.clear();
        a.loginUsers[0].lastName = QStringLiteral("鈴木　一郎");
        a.loginUsers[0].firstName.clear();
        QVERIFY(d.queue()->saveDraft(a, CustomerPageId));
        w->load(a, CustomerPageId);
        QCOMPARE(d.edit(QStringLiteral("customer.lastName"))->text(), QStringLiteral("佐藤"));
        QCOMPARE(d.edit(QStringLiteral("customer.firstName"))->text(), QStringLiteral("花子"));
        // Saved so, without a key pressed: the list names it as the window does.
        QTRY_COMPARE(d.queue()->entry(a.id)->application.customer.firstName,
                     QStringLiteral("花子"));
        const Application shown = w->application();
        QCOMPARE(shown.destinations[0].lastName, QStringLiteral("Yamada Taro"));
        QCOMPARE(shown.destinations[0].firstName, QString());
        QCOMPARE(shown.loginUsers[0].lastName, QStringLiteral("鈴木"));
        QCOMPARE(shown.loginUsers[0].firstName, QStringLiteral("一郎"));
    }

    // An application opened again is named in the window's title (and the
    // task bar) as its company is now, also after the name is corrected; a
    // new one is called new until it is submitted.
    void theTitleNamesTheCompanyAsItIsNow()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QCOMPARE(w->windowTitle(), QStringLiteral("Moshikomi — 新しい申込み"));
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社新規"));
        QVERIFY(w->saveDraft());
        QCOMPARE(w->windowTitle(), QStringLiteral("Moshikomi — 新しい申込み"));

        Application a = TestData::validApplication();
        w->load(a, CustomerPageId);
        QCOMPARE(w->windowTitle(), QStringLiteral("Moshikomi — 申込み 株式会社見守り商事"));
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社見守り物産"));
        QVERIFY(w->saveDraft());
        QCOMPARE(w->windowTitle(), QStringLiteral("Moshikomi — 申込み 株式会社見守り物産"));

        // Opened again (or shown in the other language) before a company was
        // typed: still new, not "application" with nothing after it.
        Application unnamed = TestData::validApplication();
        unnamed.customer.companyName.clear();
        w->load(unnamed, CustomerPageId);
        QCOMPARE(w->windowTitle(), QStringLiteral("Moshikomi — 新しい申込み"));
    }

    // Read back on the phone line by line, the values of every group stand
    // in one column: a destination's short labels (住所) do not pull its
    // values left of the customer's (メールアドレス), in either language.
    void theReviewsValuesStandInOneColumn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Japanese") << UiLanguage::japanese();
        QTest::newRow("English") << UiLanguage::english();
    }
    void theReviewsValuesStandInOneColumn()
    {
        QFETCH(QString, language);
        UiLanguage::install(language);
        auto back = qScopeGuard([] { UiLanguage::install(UiLanguage::japanese()); });
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QVERIFY(d.next());
        d.type(QStringLiteral("firstName"), QStringLiteral("太郎"));
        while (w->currentId() < ReviewPageId)
            QVERIFY(d.next());
        // Where the value of each group's first line begins, as Qt lays out
        // the label's rich text.
        QList<qreal> starts;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>()) {
            if (!l->accessibleName().contains(u'\n'))
                continue;
            QTextDocument doc;
            doc.setDefaultFont(l->font());
            doc.setHtml(l->text());
            QTextTable *table = nullptr;
            for (QTextFrame *f : doc.rootFrame()->childFrames())
                table = table ? table : qobject_cast<QTextTable *>(f);
            QVERIFY(table);
            const QTextBlock value = table->cellAt(0, 1).firstCursorPosition().block();
            starts << doc.documentLayout()->blockBoundingRect(value).left();
        }
        QVERIFY2(starts.size() >= 3, qPrintable(QString::number(starts.size())));
        for (qreal x : std::as_const(starts))
            QCOMPARE(x, starts.first());
    }

    // A long address (the field takes 200 characters) or company name is
    // read back whole in the window's width: lines break as in the field's
    // own language, the page never scrolls sideways, and every group's
    // 修正 button stays in sight. It had run off to the right in one line.
    void theReviewBreaksLongValuesIntoLines_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("address");
        QTest::newRow("Japanese") << QString(60, QChar(0x8449)) + QStringLiteral("株式会社")
                                  << QStringLiteral(
                                         "広島市西区大芝一丁目二番三号 見守りビルディング") +
                                         QString(150, u'ビ');
        // At the fields' limits, as one word each (a boundary typed by a
        // tester, a name written without spaces): nowhere to break.
        QTest::newRow("one Latin word each") << QString(100, u'A') << QString(200, u'x');
    }
    void theReviewBreaksLongValuesIntoLines()
    {
        QFETCH(QString, company);
        QFETCH(QString, address);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        w->resize(800, 600);
        d.fillValidCustomer();
        d.type(QStringLiteral("customer.companyName"), company);
        d.type(QStringLiteral("customer.address"), address);
        while (w->currentId() < ReviewPageId)
            QVERIFY(d.next());
        QTest::qWait(50); // the layout settles
        auto pane = w->currentPage()->findChild<QScrollArea *>(QStringLiteral("readingPane"));
        QVERIFY(pane);
        QCOMPARE(pane->horizontalScrollBar()->maximum(), 0);
        const QRect viewport = pane->viewport()->rect();
        for (QPushButton *edit : w->currentPage()->findChildren<QPushButton *>()) {
            if (!edit->objectName().startsWith(QStringLiteral("edit")))
                continue;
            const QPoint right = edit->mapTo(pane->viewport(), QPoint(edit->width() - 1, 0));
            QVERIFY2(right.x() < viewport.width(), qPrintable(edit->objectName()));
        }
        QLabel *customer = nullptr;
        for (QLabel *l : w->currentPage()->findChildren<QLabel *>()) {
            if (l->accessibleName().contains(address))
                customer = customer ? customer : l;
        }
        QVERIFY(customer);
        QVERIFY(customer->accessibleName().contains(company));
        QVERIFY(customer->mapTo(pane->viewport(), QPoint(customer->width(), 0)).x() <=
                viewport.width());
        // What is copied from it is the values as entered: the places where
        // a long word may break are not in it.
        QApplication::clipboard()->clear();
        QTest::keySequence(customer, QKeySequence::SelectAll);
        QVERIFY(customer->hasSelectedText());
        QTest::keySequence(customer, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(company) && copied.contains(address), qPrintable(copied));
        QVERIFY(!copied.contains(QChar(0x200B)));
        QVERIFY(w->application().customer.companyName == company);
    }

    // Two shortcuts on the same keys are ambiguous in Qt: neither acts (a
    // button only takes the focus). On every step, in both languages, with
    // the most rows, each key combination a person can press does one thing.
    void noTwoShortcutsOnOneKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("step");
        for (const QString &language : {UiLanguage::japanese(), UiLanguage::english()}) {
            for (int step : {CustomerPageId, DestinationsPageId, AdditionalInfoPageId,
                             LoginUsersPageId, ReviewPageId, DonePageId})
                QTest::addRow("%s, step %d", qPrintable(language), step + 1) << language << step;
        }
    }
    void noTwoShortcutsOnOneKey()
    {
        QFETCH(QString, language);
        QFETCH(int, step);
        UiLanguage::install(language);
        // With step 3's fields up to step 3; beyond it, step 3 is left out.
        WizardDriver d(step <= AdditionalInfoPageId ? TestData::sampleSchemaJson() : QByteArray());
        ApplicationWizard *w = d.wizard();
        QVERIFY(showAt(d, step));
        if (auto *destinations = w->findChild<DestinationsEditor *>(); step == DestinationsPageId) {
            destinations->addDestination();
            destinations->addDestination();
        }
        if (auto *users = w->findChild<LoginUsersEditor *>(); step == LoginUsersPageId) {
            users->addUser();
            users->addUser();
        }
        QCoreApplication::processEvents();
        const QMultiMap<QString, QString> owners = shortcutOwners(w);
        QVERIFY(owners.contains(QKeySequence(Qt::ALT | Qt::Key_L).toString())); // the list
        const QStringList shared = keysWithTwoOwners(owners);
        QVERIFY2(shared.isEmpty(), qPrintable(shared.join(u'\n')));
        UiLanguage::install(UiLanguage::japanese());
    }

    // A laptop's screen at 150 % or 200 % leaves about 900 px across, an
    // older one 800: the window, its buttons with it, fits in 800 less a
    // frame; the step names wrap where they may instead (it needed 1008 px).
    void fitsASmallScreen_data() { noTwoShortcutsOnOneKey_data(); }
    void fitsASmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(int, step);
        UiLanguage::install(language);
        const auto restore = qScopeGuard([] { UiLanguage::install(UiLanguage::japanese()); });
        WizardDriver d(step <= AdditionalInfoPageId ? TestData::sampleSchemaJson() : QByteArray());
        ApplicationWizard *w = d.wizard();
        QVERIFY(showAt(d, step));
        const int room = 800 - 24;
        w->resize(room, 560);
        QCoreApplication::processEvents();
        QVERIFY2(w->width() <= room, qPrintable(QString::number(w->width())));
        for (QAbstractButton *b : w->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || !qobject_cast<QPushButton *>(b))
                continue;
            // Across: one in a scrolled list may lie below the window's edge.
            const QRect place(b->mapTo(w, QPoint(0, 0)), b->size());
            QVERIFY2(place.left() >= 0 && place.right() < w->width(), qPrintable(b->text()));
        }
    }
};

MOSHIKOMI_TEST(TestApplicationWizard)
#include "tst_applicationwizard.moc"
