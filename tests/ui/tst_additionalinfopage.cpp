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
#include "ui/fieldmessage.h"
#include "ui/loginuserrow.h"
#include "ui/loginuserseditor.h"
#include "ui/loginuserspage_p.h"
#include "ui/postalautofill.h"
#include "ui/stepheader.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// What the current page's step header shows for step 3.
QString stepThreeAsShown(const ApplicationWizard *w)
{
    const QString name = StepHeader::stepName(AdditionalInfoPageId);
    for (const QLabel *label : w->currentPage()->findChildren<QLabel *>()) {
        if (label->text().contains(name))
            return label->text();
    }
    return {};
}

// The messages shown under the fields of a form, in order.
QStringList shownMessages(const QWidget *form)
{
    QStringList said;
    for (const FieldMessage *m : form->findChildren<FieldMessage *>()) {
        if (m->isVisibleTo(form))
            said << m->text();
    }
    return said;
}

} // namespace

class TestAdditionalInfoPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

    void stepThreeFromSampleSchema()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(AdditionalInfoPageId));
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        QVERIFY(editor->input(QStringLiteral("contractNumber")));
        QVERIFY(editor->input(QStringLiteral("rackMount")));
        QVERIFY(!d.nextEnabled());
        // A screen reader hears, as on the fixed steps, whether a field must
        // be filled, then its help…
        QWidget *contract = editor->input(QStringLiteral("contractNumber"));
        QCOMPARE(contract->accessibleDescription(),
                 QStringLiteral("必須。英大文字・数字・ハイフン 6〜20 文字"));
        QCOMPARE(editor->input(QStringLiteral("employees"))->accessibleDescription(), QString());
        // Passed through with Tab, never filled in: nothing is missing yet.
        contract->setFocus(Qt::TabFocusReason);
        d.tab();
        d.tab();
        QCOMPARE(contract->accessibleDescription(),
                 QStringLiteral("必須。英大文字・数字・ハイフン 6〜20 文字"));
        QVERIFY(!editor->input(QStringLiteral("plan"))
                     ->accessibleDescription()
                     .contains(QStringLiteral("必須項目")));
        // Enter on the incomplete page: each field at fault is tinted as on
        // the other steps, the list of plans too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // …and then what is wrong, which says it is required (once: not
        // "必須。必須項目です。").
        QCOMPARE(contract->accessibleDescription(),
                 QStringLiteral("必須項目です。入力してください。"));
        const auto tint = [editor](const QString &key, QPalette::ColorRole role) {
            return editor->input(key)->palette().color(role);
        };
        const QColor fault = tint(QStringLiteral("contractNumber"), QPalette::Base);
        QVERIFY(fault != tint(QStringLiteral("employees"), QPalette::Base));
        QCOMPARE(tint(QStringLiteral("plan"), QPalette::Button), fault);
        // A list is chosen from: its message says so, not "enter".
        QCOMPARE(editor->input(QStringLiteral("plan"))->accessibleDescription(),
                 QStringLiteral("必須項目です。一覧から選択してください。"));
        d.typeInto(editor->input(QStringLiteral("contractNumber")), QStringLiteral("ab_12"));
        d.tab();
        QVERIFY(!d.nextEnabled());
        // A pattern cannot say what it wants: the message, heard alone,
        // names the form the help line gives.
        QCOMPARE(contract->accessibleDescription(),
                 QStringLiteral(
                     "必須。入力形式が正しくありません（英大文字・数字・ハイフン 6〜20 文字）。"));
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

    void aChoiceIsFoundByWhatIsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("chosen");
        // The Japanese screen shows スタンダード and プレミアム: a Latin key
        // finds the English label or the value, kana the label either way.
        QTest::newRow("s") << QStringLiteral("s") << QStringLiteral("standard");
        QTest::newRow("P") << QStringLiteral("P") << QStringLiteral("premium");
        QTest::newRow("pre") << QStringLiteral("pre") << QStringLiteral("premium");
        QTest::newRow("hiragana") << QStringLiteral("す") << QStringLiteral("standard");
        QTest::newRow("katakana") << QStringLiteral("プレ") << QStringLiteral("premium");
        QTest::newRow("half-width") << QStringLiteral("ｽﾀ") << QStringLiteral("standard");
        QTest::newRow("full-width") << QStringLiteral("ｐ") << QStringLiteral("premium");
        QTest::newRow("nothing begins so") << QStringLiteral("x") << QString();
        QTest::newRow("a slip, then the right key")
            << QStringLiteral("sp") << QStringLiteral("premium");
    }

    void aChoiceIsFoundByWhatIsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, chosen);
        WizardDriver d(TestData::sampleSchemaJson());
        QVERIFY(d.reach(AdditionalInfoPageId));
        auto editor = d.wizard()->currentPage()->findChild<AdditionalInfoEditor *>();
        auto plan = static_cast<QComboBox *>(editor->input(QStringLiteral("plan")));
        plan->setFocus();
        // Each key as a keyboard (or an input method's direct mode) sends it.
        const auto type = [&typed](QWidget *into) {
            for (const QChar c : typed)
                QTest::sendKeyEvent(QTest::Click, into, Qt::Key_unknown, QString(c), {});
        };
        type(plan);
        QCOMPARE(plan->currentData().toString(), chosen);
        // The list opened: the keys move its highlight, Enter takes it.
        plan->setCurrentIndex(0);
        QTest::qWait(QApplication::keyboardInputInterval() + 50); // a new search
        QTest::keyClick(plan, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(plan->view()->isVisible());
        type(plan->view());
        QTest::keyClick(plan->view(), Qt::Key_Return);
        QTRY_VERIFY(!plan->view()->isVisible());
        QCOMPARE(plan->currentData().toString(), chosen);
    }

    // A draft or a rejected application opened again after the service's
    // form gained a required field: it opens at step 3, where the new field
    // waits, not at the review it was left on; and the review never lets an
    // application go that the rules refuse.
    void aFormThatChangedStopsAtStepThree()
    {
        QJsonObject schema = QJsonDocument::fromJson(TestData::sampleSchemaJson()).object();
        QJsonArray fields = schema.value(QStringLiteral("fields")).toArray();
        fields.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("seats")},
                                  {QStringLiteral("type"), QStringLiteral("number")},
                                  {QStringLiteral("required"), true},
                                  {QStringLiteral("label"),
                                   QJsonObject{{QStringLiteral("ja"), QStringLiteral("席数")},
                                               {QStringLiteral("en"), QStringLiteral("Seats")}}}});
        schema.insert(QStringLiteral("version"), QStringLiteral("2026-12-b"));
        schema.insert(QStringLiteral("fields"), fields);
        WizardDriver d(QJsonDocument(schema).toJson());
        ApplicationWizard *w = d.wizard();
        Application a = TestData::validApplication();
        a.formVersion = QStringLiteral("2026-11-a");
        a.additionalInfo = {{QStringLiteral("contractNumber"), QStringLiteral("AB-123456")},
                            {QStringLiteral("plan"), QStringLiteral("standard")}};
        w->load(a, ReviewPageId);
        QCOMPARE(w->currentId(), int(AdditionalInfoPageId));
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        QCOMPARE(QApplication::focusWidget(), editor->input(QStringLiteral("seats")));
        // Everything else as it was entered.
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("contractNumber")),
                 QVariant(QStringLiteral("AB-123456")));

        // Filled in, on to the review; then a value made wrong behind the
        // pages' back: Submit says so at its step and queues nothing.
        d.typeInto(editor->input(QStringLiteral("seats")), QStringLiteral("12"));
        while (w->currentId() != ReviewPageId)
            QVERIFY(d.next());
        w->setField(QStringLiteral("customer.email"), QStringLiteral("taro@"));
        WizardDriver::answerNextDialog(QMessageBox::Ok);
        d.next();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QVERIFY(!d.messageFor(QStringLiteral("customer.email")).isEmpty());
        QVERIFY(d.queue()->queued().isEmpty());
    }

    // Dictated or pasted as people write them: taken, and shown as sent
    // once the field is left.
    void datesAndNumbersAsPeopleWriteThem()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(AdditionalInfoPageId));
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        auto date = static_cast<QLineEdit *>(editor->input(QStringLiteral("installDate")));
        auto employees = static_cast<QLineEdit *>(editor->input(QStringLiteral("employees")));
        d.typeInto(date, QStringLiteral("２０２６年１２月１日"));
        d.tab();
        QCOMPARE(date->text(), QStringLiteral("2026-12-01"));
        d.typeInto(employees, QStringLiteral("２５０"));
        d.tab();
        QCOMPARE(employees->text(), QStringLiteral("250"));
        const QVariantMap values = w->application().additionalInfo;
        QCOMPARE(values.value(QStringLiteral("installDate")).toString(),
                 QStringLiteral("2026-12-01"));
        QCOMPARE(values.value(QStringLiteral("employees")).toLongLong(), 250);
        // Not a date: said at the field, and what was typed stays as typed.
        d.typeInto(date, QStringLiteral("12/01/2026"));
        d.tab();
        QCOMPARE(date->text(), QStringLiteral("12/01/2026"));
        bool said = false;
        for (const QLabel *l : editor->findChildren<QLabel *>())
            said = said || l->text().contains(QStringLiteral("YYYY-MM-DD"));
        QVERIFY(said);
        // Dictated without the year ("the 1st of next month"): the coming
        // one, shown whole so that the year is read back too.
        const QDate coming = QDate::currentDate().addMonths(1);
        d.typeInto(date, QStringLiteral("%1月%2日").arg(coming.month()).arg(coming.day()));
        d.tab();
        QCOMPARE(date->text(), coming.toString(Qt::ISODate));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("installDate")).toString(),
                 coming.toString(Qt::ISODate));
        // Understood but no such day (month 13): said so, not only the form.
        d.typeInto(date, QStringLiteral("2026/13/45"));
        d.tab();
        QCOMPARE(date->text(), QStringLiteral("2026/13/45"));
        said = false;
        for (const QLabel *l : editor->findChildren<QLabel *>())
            said = said || (l->isVisible() && l->text().contains(QStringLiteral("実在する日付")));
        QVERIFY(said);
        // Thousands as written; a decimal is said, never read as another number.
        d.typeInto(employees, QStringLiteral("１，２００"));
        d.tab();
        QCOMPARE(employees->text(), QStringLiteral("1200"));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("employees")).toLongLong(),
                 1200);
        d.typeInto(employees, QStringLiteral("12.5"));
        d.tab();
        QCOMPARE(employees->text(), QStringLiteral("12.5"));
        // Kept as typed (the draft holds it), never as a number.
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("employees")).typeId(),
                 int(QMetaType::QString));
        QVERIFY(!w->currentPage()->isComplete() || !editor->isAcceptable());
        // A code typed with the input method on comes full-width: its form
        // (^[A-Z0-9-]{6,20}$) takes it in half-width.
        auto contract = static_cast<QLineEdit *>(editor->input(QStringLiteral("contractNumber")));
        d.typeInto(contract, QStringLiteral("ＡＢ－１２３４"));
        d.tab();
        QCOMPARE(contract->text(), QStringLiteral("AB-1234"));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("contractNumber")).toString(),
                 QStringLiteral("AB-1234"));
        // Dictated letter by letter and typed in lower case: taken in the
        // capitals the form wants, shown so when the field is left, no fault said.
        contract->clear();
        d.typeInto(contract, QStringLiteral("ab-1234x"));
        d.tab();
        QCOMPARE(contract->text(), QStringLiteral("AB-1234X"));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("contractNumber")).toString(),
                 QStringLiteral("AB-1234X"));
        for (const QLabel *l : editor->findChildren<QLabel *>())
            QVERIFY2(!l->isVisible() || !l->text().contains(QStringLiteral("入力形式")),
                     qPrintable(l->text()));
        // Copied with the end of its line: read as one line, nothing to say.
        contract->clear();
        contract->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("AB-123456\r\n"));
        QTest::keyClick(contract, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(contract->text(), QStringLiteral("AB-123456 "));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("contractNumber")).toString(),
                 QStringLiteral("AB-123456"));
        for (const QLabel *l : editor->findChildren<QLabel *>())
            QVERIFY2(!l->isVisible() || !l->text().contains(QStringLiteral("使用できない文字")),
                     qPrintable(l->text()));
    }

    // The app ended (or the language was switched) with a number typed
    // wrong: the draft brings it back as typed, and the page says again
    // what was wrong, at the field the cursor was in.
    void aNumberTypedWrongComesBackFromTheDraftWithItsMessage()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(AdditionalInfoPageId));
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        auto employees = static_cast<QLineEdit *>(editor->input(QStringLiteral("employees")));
        auto contract = static_cast<QLineEdit *>(editor->input(QStringLiteral("contractNumber")));
        d.typeInto(employees, QStringLiteral("12 people"));
        d.tab();
        d.typeInto(contract, QStringLiteral("AB-1"));
        contract->setCursorPosition(2);
        const std::unique_ptr<ApplicationWizard> again = d.reopenedFromDraft(w->viewState());
        QVERIFY(again);
        QCOMPARE(again->currentId(), int(AdditionalInfoPageId));
        auto shown = again->currentPage()->findChild<AdditionalInfoEditor *>();
        auto employeesAgain = static_cast<QLineEdit *>(shown->input(QStringLiteral("employees")));
        QCOMPARE(employeesAgain->text(), QStringLiteral("12 people"));
        // What was said is said again, and only that.
        QCOMPARE(shownMessages(shown), shownMessages(editor));
        QVERIFY2(
            shownMessages(shown).contains(QStringLiteral("整数を数字だけで入力してください。")),
            qPrintable(shownMessages(shown).join(u'|')));
        auto contractAgain =
            static_cast<QLineEdit *>(shown->input(QStringLiteral("contractNumber")));
        QCOMPARE(again->focusWidget(), contractAgain);
        QCOMPARE(contractAgain->cursorPosition(), 2);
    }

    void stepThreeSkippedWithoutFields()
    {
        WizardDriver d(QByteArray("{\"version\":\"empty\",\"fields\":[]}"));
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        QVERIFY(w->application().formVersion.isNull());
        // Back from step 4 goes to step 2.
        w->back();
        QCOMPARE(w->currentId(), int(DestinationsPageId));
    }

    // The first application after installing is typed while the service's
    // schema arrives: step 3 asks for it, since it was not shown yet.
    void aSchemaArrivingBeforeStepThreeIsTaken()
    {
        WizardDriver d; // nothing cached yet
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(DestinationsPageId));
        const QString skipped = StepHeader::tr("(skipped)");
        QVERIFY2(stepThreeAsShown(w).contains(skipped), qPrintable(stepThreeAsShown(w)));
        QVERIFY(w->offerSchema(AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson())));
        QVERIFY2(!stepThreeAsShown(w).isEmpty() && !stepThreeAsShown(w).contains(skipped),
                 qPrintable(stepThreeAsShown(w)));
        QVERIFY(d.next());
        QCOMPARE(w->currentId(), int(AdditionalInfoPageId));
        QVERIFY(w->currentPage()->findChild<AdditionalInfoEditor *>()->input(
            QStringLiteral("contractNumber")));
        QCOMPARE(w->application().formVersion, QStringLiteral("2026-11-a"));
    }

    // Step 3 filled in, then left with Back: a schema arriving now does not
    // take what was typed there.
    void aSchemaArrivingAfterStepThreeWasFilledKeepsIt()
    {
        WizardDriver d(TestData::sampleSchemaJson());
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(AdditionalInfoPageId));
        auto editor = w->currentPage()->findChild<AdditionalInfoEditor *>();
        d.typeInto(editor->input(QStringLiteral("contractNumber")), QStringLiteral("AB-1234"));
        w->back();
        w->back();
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QVERIFY(!w->offerSchema(AdditionalInfoSchema::fromJson(
            QByteArray("{\"version\":\"2027-01-b\",\"fields\":[]}"))));
        QCOMPARE(w->application().formVersion, QStringLiteral("2026-11-a"));
        QCOMPARE(w->application().additionalInfo.value(QStringLiteral("contractNumber")).toString(),
                 QStringLiteral("AB-1234"));
    }

    // Past step 2 the application keeps the schema it was entered with: a
    // page the person already passed does not grow fields behind their back.
    void anApplicationPastStepTwoKeepsItsSchema()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(d.reach(LoginUsersPageId));
        QVERIFY(!w->offerSchema(AdditionalInfoSchema::fromJson(TestData::sampleSchemaJson())));
        QVERIFY(stepThreeAsShown(w).contains(StepHeader::tr("(skipped)")));
        QVERIFY(w->application().formVersion.isNull());
        w->back();
        QCOMPARE(w->currentId(), int(DestinationsPageId));
    }
};

MOSHIKOMI_TEST(TestAdditionalInfoPage)
#include "tst_additionalinfopage.moc"
