#include "client/uilanguage.h"
#include "core/wirecodec.h"
#include "showactive.h"
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
#include "ui/prefecturefield.h"
#include "ui/validatedfield.h"
#include "ui/wizardpageid.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

namespace {

// Typed into 都道府県 as staff do, the completer's list closed, then Tab.
QComboBox *typeThePrefectureAndLeave(WizardDriver &d, const QString &typed)
{
    QComboBox *box = prefectureBox(d.wizard());
    d.typeInto(box, typed);
    if (QApplication::activePopupWidget())
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    d.tab();
    return box;
}

} // namespace

class TestCustomerPage : public QObject
{
    Q_OBJECT
private:
    // WCAG's contrast ratio of two colours.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

private Q_SLOTS:
    void initTestCase() { UiLanguage::install(UiLanguage::japanese()); }

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
                                     << "example.co.jp のようにドット";
        // What a typist makes of a dictated address, said by name.
        QTest::newRow("email with a space between letters") << "customer.email"
                                                            << "taro yamada@example.co.jp"
                                                            << "空白は使えません";
        QTest::newRow("email with two addresses") << "customer.email"
                                                  << "taro@example.co.jp; hanako@example.co.jp"
                                                  << "1 つだけ";
        QTest::newRow("email without its @") << "customer.email"
                                             << "taro.example.co.jp"
                                             << "@ がありません";
        // The comma once vanished as typed, leaving exampleco.jp: valid, and
        // someone else's.
        QTest::newRow("email with a comma for a dot") << "customer.email"
                                                      << "taro@example,co.jp"
                                                      << "ドット（.）ではありませんか";
        QTest::newRow("email with an ideographic comma") << "customer.email"
                                                         << "taro@example、co.jp"
                                                         << "ドット（.）ではありませんか";
        QTest::newRow("email mismatch") << "customer.emailConfirm"
                                        << "taro@example.co.jq"
                                        << "一致しません";
        QTest::newRow("email in other capitals") << "customer.emailConfirm"
                                                 << "Taro.Yamada@example.co.jp"
                                                 << "大文字と小文字";
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

    // A key a field does not take is not lost without a sign: the field says
    // at once what it takes (and beeps), and the next key that is taken
    // brings back the field's own message.
    void aRefusedKeyIsSaid_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("said");
        QTest::newRow("the address typed on after the postal code") << "customer.postalCode"
                                                                    << "7330001 1-2-3"
                                                                    << "7330001"
                                                                    << "住所は住所欄";
        QTest::newRow("a ninth character") << "customer.postalCode"
                                           << "733-00011"
                                           << "733-0001"
                                           << "郵便番号の数字 7 桁";
        QTest::newRow("a letter in a phone number") << "customer.phone"
                                                    << "082a"
                                                    << "082"
                                                    << "数字だけ";
    }
    void aRefusedKeyIsSaid()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QFETCH(QString, said);
        WizardDriver d;
        QCOMPARE(d.messageFor(field), QString());
        d.type(field, typed);
        QCOMPARE(d.edit(field)->text(), kept);
        QVERIFY2(d.messageFor(field).contains(said), qPrintable(d.messageFor(field)));
        // A screen reader on the field hears it too.
        QVERIFY2(d.edit(field)->accessibleDescription().contains(said),
                 qPrintable(d.edit(field)->accessibleDescription()));
        QTest::keyClick(d.edit(field), Qt::Key_Backspace);
        QVERIFY2(!d.messageFor(field).contains(said), qPrintable(d.messageFor(field)));
        // Leaving the field says what is wrong with the value, as before.
        QTest::keyClicks(d.edit(field), QStringLiteral("a"));
        QVERIFY(d.messageFor(field).contains(said));
        d.tab();
        QVERIFY2(!d.messageFor(field).contains(said), qPrintable(d.messageFor(field)));
    }

    // The customer reads out the postal code and the address in one breath;
    // the Tab after the code is forgotten. Each piece is given to whichever
    // field has the keys at that moment, as a keyboard does: what follows the
    // code goes on in 住所, and nothing typed is lost.
    void theAddressTypedOnInThePostalCode_data()
    {
        // As the pieces arrive: keys, or an input method's commits.
        QTest::addColumn<QStringList>("pieces");
        // Kept as typed (full-width digits too).
        QTest::addColumn<QString>("address");
        const auto pieces = [](const char16_t *joined) {
            return QString::fromUtf16(joined).split(u'|');
        };
        QTest::newRow("with a space, key by key")
            << pieces(u"〒|7|3|3|-|0|0|0|1| |広|島|県|広|島|市|西|区|大|芝|1|-|2|-|3")
            << QStringLiteral("広島市西区大芝1-2-3");
        QTest::newRow("no space, as an input method commits phrases")
            << pieces(u"7|3|3|0|0|0|1|広島県|広島市|西区大芝|1|-|2|-|3")
            << QStringLiteral("広島市西区大芝1-2-3");
        QTest::newRow("full-width digits and space from the input method")
            << pieces(u"７３３|－|０００１|　|広島市西区大芝|１－２－３")
            << QStringLiteral("広島市西区大芝１－２－３");
    }
    void theAddressTypedOnInThePostalCode()
    {
        QFETCH(QStringList, pieces);
        QFETCH(QString, address);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.edit(QStringLiteral("customer.postalCode"))->setFocus();
        for (const QString &piece : std::as_const(pieces))
            WizardDriver::keys(QApplication::focusWidget(), piece);
        QCOMPARE(QApplication::focusWidget(), d.edit(QStringLiteral("customer.address")));
        d.tab();
        QCOMPARE(d.edit(QStringLiteral("customer.postalCode"))->text(), QStringLiteral("733-0001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(), address);
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")), QString());
        QCOMPARE(d.messageFor(QStringLiteral("customer.address")), QString());
    }

    // A code several towns share opens a list to choose from. A typist who
    // goes on at once (Tab to the next field, or the address typed on) does
    // not lose those keys to the list: it closes, the keys go where they
    // would have gone, the field says a town is still to be chosen, and ↓
    // in it opens the list again.
    void aPostalPickerTakesNoKeysTypedOn()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        const auto typeOn = [](const QString &text) {
            for (QChar c : text) {
                QWidget *keys = QApplication::activePopupWidget()
                                    ? QApplication::activePopupWidget()
                                    : QApplication::focusWidget();
                if (c == u'\t')
                    QTest::keyClick(keys, Qt::Key_Tab);
                else
                    WizardDriver::keys(keys, QString(c));
            }
        };
        typeOn(QStringLiteral("4980000"));
        QVERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        // The list stands beneath the note that says what it is for.
        auto note = postal->parentWidget()->findChild<FieldMessage *>();
        QVERIFY(note && note->isVisible());
        QVERIFY(QApplication::activePopupWidget()->geometry().top() >=
                note->mapToGlobal(QPoint(0, note->height())).y());
        typeOn(QStringLiteral("\t"));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(prefectureBox(w)->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == prefectureBox(w));
        QVERIFY2(d.messageFor(QStringLiteral("customer.postalCode")).contains(QStringLiteral("↓")),
                 qPrintable(d.messageFor(QStringLiteral("customer.postalCode"))));
        // Back in the field, ↓ opens the list again; the town chosen fills in.
        postal->setFocus();
        QTest::keyClick(postal, Qt::Key_Down);
        auto picker = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(picker);
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(!w->field(QStringLiteral("customer.prefecture")).toString().isEmpty());
        QVERIFY(!w->field(QStringLiteral("customer.address")).toString().isEmpty());
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")), QString());

        // The address typed on after such a code goes on in 住所.
        WizardDriver other;
        other.edit(QStringLiteral("customer.postalCode"))->setFocus();
        typeOn(QStringLiteral("4980000 弥富市"));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(QApplication::focusWidget(), other.edit(QStringLiteral("customer.address")));
        QCOMPARE(other.edit(QStringLiteral("customer.postalCode"))->text(),
                 QStringLiteral("498-0000"));
        QCOMPARE(other.edit(QStringLiteral("customer.address"))->text(), QStringLiteral("弥富市"));
    }

    // An application opened again (a draft, one the service refused) shows
    // what was left: no list of towns for a code several share, no question
    // about an address kept on purpose against its code's town.
    void anOpenedApplicationAsksNothingOfItsPostalCodes()
    {
        WizardDriver d;
        Application a = TestData::validApplication();
        a.customer.postalCode = QStringLiteral("498-0000");
        a.customer.prefecture = QStringLiteral("23");
        a.customer.address = QStringLiteral("弥富市1-1");
        a.destinations[0].postalCode = QStringLiteral("733-0001");
        a.destinations[0].prefecture = QStringLiteral("13");
        a.destinations[0].address = QStringLiteral("千代田区千代田1-1");
        QStringList interruptions;
        QTimer watch;
        connect(&watch, &QTimer::timeout, &watch, [&interruptions] {
            if (QWidget *w = QApplication::activeModalWidget()) {
                interruptions << w->metaObject()->className();
                w->close();
            }
            if (QWidget *w = QApplication::activePopupWidget()) {
                interruptions << w->metaObject()->className();
                w->close();
            }
        });
        watch.start(50);
        d.wizard()->load(a, CustomerPageId);
        QTest::qWait(300);
        QCOMPARE(interruptions, QStringList());
        QVERIFY(!QApplication::activePopupWidget());
        const Application shown = d.wizard()->application();
        QCOMPARE(shown.customer.address, QStringLiteral("弥富市1-1"));
        QCOMPARE(shown.customer.prefecture, QStringLiteral("23"));
        QCOMPARE(shown.destinations[0].address, QStringLiteral("千代田区千代田1-1"));
        QCOMPARE(shown.destinations[0].prefecture, QStringLiteral("13"));
        // The person may still ask for the code's towns: ↓ in the field.
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        QTest::keyClick(postal, Qt::Key_Down);
        QVERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    }

    void pastesAreKeptAndExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("message"); // empty: accepted as it is
        QTest::newRow("phone with extension") << "customer.phone"
                                              << "082-123-4567 内線12"
                                              << "0821234567内線12"
                                              << "内線";
        QTest::newRow("phone with words") << "customer.phone"
                                          << "082-123-4567（平日のみ）"
                                          << "0821234567平日のみ"
                                          << "10桁または11桁";
        QTest::newRow("phone with the kind of line, from a web page")
            << "customer.phone" << QStringLiteral("TEL：082-123-4567（代表）") << "0821234567"
            << "";
        QTest::newRow("phone with its label, from a signature") << "customer.phone"
                                                                << "電話 082-123-4567"
                                                                << "0821234567"
                                                                << "";
        QTest::newRow("phone as written") << "customer.phone"
                                          << "（０８２）１２３－４５６７"
                                          << "0821234567"
                                          << "";
        QTest::newRow("phone copied from Outlook, with marks of writing direction")
            << "customer.phone" << QStringLiteral("\u202A+81 82-123-4567\u202C") << "0821234567"
            << "";
        QTest::newRow("postal code with a space") << "customer.postalCode"
                                                  << "733 0001"
                                                  << "733-0001"
                                                  << "";
        QTest::newRow("postal code too long") << "customer.postalCode"
                                              << "733-00012"
                                              << "733-00012"
                                              << "7桁";
        QTest::newRow("email with its name, from a mail program")
            << "customer.email" << QStringLiteral("山田 太郎 <taro@example.co.jp>")
            << "taro@example.co.jp"
            << "";
        QTest::newRow("email with its label, from a signature")
            << "customer.email" << QStringLiteral("E-mail：taro@example.co.jp")
            << "taro@example.co.jp"
            << "";
        QTest::newRow("email spelt out with spaces")
            << "customer.email" << QStringLiteral("taro @ example . co . jp")
            << "taro@example.co.jp"
            << "";
        QTest::newRow("half-width katakana") << "customer.companyName"
                                             << "ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾏﾓﾘ"
                                             << "ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾏﾓﾘ"
                                             << "";
        QTest::newRow("company as two cells of a spreadsheet") << "customer.companyName"
                                                               << "株式会社\t見守り"
                                                               << "株式会社 見守り"
                                                               << "";
        QTest::newRow("address as two lines of a signature")
            << "customer.address" << QStringLiteral("西区大芝1-2-3\r\nABCビル5F")
            << QStringLiteral("西区大芝1-2-3 ABCビル5F") << "";
        QTest::newRow("phone on a line of its own") << "customer.phone"
                                                    << "\n082-123-4567\n"
                                                    << "0821234567"
                                                    << "";
        // A web page's one-line footer pasted where the company name was
        // meant: kept, and said by how much it is over. (A signature of
        // several lines goes into its fields: aPastedSignatureFillsTheStep.)
        QTest::newRow("a footer pasted into the company name")
            << "customer.companyName"
            << QStringLiteral("株式会社見守り商事 情報システム部 部長 山田 太郎 〒733-0001 "
                              "広島県広島市西区大芝1-2-3 ABCビル5F TEL 082-123-4567 FAX "
                              "082-123-4568 Mail taro.yamada@example.co.jp URL "
                              "https://www.example.co.jp/")
            << QStringLiteral("株式会社見守り商事 情報システム部 部長 山田 太郎 〒733-0001 "
                              "広島県広島市西区大芝1-2-3 ABCビル5F TEL 082-123-4567 FAX "
                              "082-123-4568 Mail taro.yamada@example.co.jp URL "
                              "https://www.example.co.jp/")
            << QStringLiteral("100 文字以内で入力してください（入力されたのは156文字）");
        QTest::newRow("company with a control character") << "customer.companyName"
                                                          << "株式会社\u0001見守り"
                                                          << "株式会社\u0001見守り"
                                                          << "使用できない文字";
    }
    void pastesAreKeptAndExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, pasted);
        QFETCH(QString, kept);
        QFETCH(QString, message);
        WizardDriver d;
        QLineEdit *edit = d.edit(field);
        edit->setFocus();
        QApplication::clipboard()->setText(pasted);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        // Never dropped: what was pasted stays, and what is wrong is said at once.
        QCOMPARE(edit->text(), kept);
        if (message.isEmpty())
            QCOMPARE(d.messageFor(field), QString());
        else
            QVERIFY2(d.messageFor(field).contains(message), qPrintable(d.messageFor(field)));
    }

    // The customer's signature copied whole from a mail and pasted into the
    // first field: each line goes into its field, only empty ones; what found
    // no field is said at the field pasted into.
    void aPastedSignatureFillsTheStep()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.phone"), QStringLiteral("0829999999"));
        QLineEdit *company = d.edit(QStringLiteral("customer.companyName"));
        company->setFocus();
        QApplication::clipboard()->setText(QStringLiteral("株式会社見守り商事 御中\n"
                                                          "営業部 部長 山田 太郎\n"
                                                          "〒733-0001\n"
                                                          "広島県広島市西区大芝1-2-3\n"
                                                          "見守りビル5F\n"
                                                          "TEL：082-123-4567（代表）\n"
                                                          "FAX：082-123-4568\n"
                                                          "E-mail：taro@mimamori.example.jp\n"
                                                          "本メールは機密情報を含む場合があります。"
                                                          "お心当たりのない方は、お手数ですが"
                                                          "送信者にご連絡のうえ破棄してください。"
                                                          "無断での転載を禁じます。"));
        QTest::keyClick(company, Qt::Key_V, Qt::ControlModifier);
        const auto value = [w](const char *name) {
            return w->field(QLatin1StringView(name)).toString();
        };
        QCOMPARE(value("customer.companyName"), QStringLiteral("株式会社見守り商事"));
        QCOMPARE(value("customer.department"), QStringLiteral("営業部"));
        QCOMPARE(value("customer.title"), QStringLiteral("部長"));
        QCOMPARE(value("customer.lastName"), QStringLiteral("山田"));
        QCOMPARE(value("customer.firstName"), QStringLiteral("太郎"));
        QCOMPARE(value("customer.postalCode"), QStringLiteral("733-0001"));
        QCOMPARE(value("customer.prefecture"), QStringLiteral("34"));
        QCOMPARE(value("customer.address"), QStringLiteral("広島市西区大芝1-2-3 見守りビル5F"));
        QCOMPARE(value("customer.email"), QStringLiteral("taro@mimamori.example.jp"));
        // Typed already: kept, and the pasted number is said, with the fax.
        QCOMPARE(value("customer.phone"), QStringLiteral("0829999999"));
        const QString said = d.messageFor(QStringLiteral("customer.companyName"));
        QVERIFY2(said.contains(QStringLiteral("0821234567")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("082-123-4568")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("。 ")), qPrintable(said)); // Japanese spacing
        // A disclaimer under it is named by its start: the note stays short.
        QVERIFY2(said.contains(QStringLiteral("本メールは機密情報を含む")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("転載を禁じます")), qPrintable(said));
        // The confirmation is still typed (or pasted) by the person.
        QCOMPARE(value("customer.emailConfirm"), QString());
        QCOMPARE(QApplication::focusWidget(), company);
        // Pasted over a selection, the block replaces it, as any paste does.
        WizardDriver over;
        over.type(QStringLiteral("customer.companyName"), QStringLiteral("仮の名前"));
        QLineEdit *typed = over.edit(QStringLiteral("customer.companyName"));
        typed->setFocus();
        typed->selectAll();
        QTest::keyClick(typed, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(typed->text(), QStringLiteral("株式会社見守り商事"));
        // One value pasted is pasted as it is.
        QLineEdit *department = d.edit(QStringLiteral("customer.department"));
        department->setFocus();
        department->selectAll();
        QApplication::clipboard()->setText(QStringLiteral("情報システム部\n第二課"));
        QTest::keyClick(department, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(department->text(), QStringLiteral("情報システム部 第二課"));
    }

    // An address typed key by key as the customer spells it: with the
    // input method on (its ＠ and 。), or with spaces around the @ and dots.
    // Every key is kept while typing, and the address is whole once left.
    void anAddressTypedAsSpeltOut_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("whole");
        QTest::newRow("the input method's full stops")
            << QStringLiteral("taro@example。co。jp") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("the input method's full stop and hyphen in the local part")
            << QStringLiteral("taro。yamaーda@example.co.jp")
            << QStringLiteral("taro.yama-da@example.co.jp");
        QTest::newRow("the input method's full-width letters")
            << QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
            << QStringLiteral("taro@example.co.jp");
        QTest::newRow("spaces around the @ and the dots")
            << QStringLiteral("taro @ example . co . jp") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("a full stop after it, as at the end of a sentence")
            << QStringLiteral("taro@example.co.jp.") << QStringLiteral("taro@example.co.jp");
    }
    void anAddressTypedAsSpeltOut()
    {
        QFETCH(QString, typed);
        QFETCH(QString, whole);
        WizardDriver d;
        QLineEdit *edit = d.edit(QStringLiteral("customer.email"));
        edit->setFocus();
        // Character by character, each ASCII one a key, each other one an
        // input method's commit.
        for (const QChar c : typed)
            WizardDriver::keys(edit, QString(c));
        d.tab();
        QCOMPARE(edit->text(), whole);
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString());
    }

    // The customer starts with the postal code: Tab past the fields before
    // it leaves them without a word (nothing was wrong in them yet); one
    // typed in and emptied again says it is required, and Enter says what
    // is still missing everywhere.
    void tabbingPastEmptyFieldsSaysNothingYet()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        for (int i = 0; i < 7; ++i)
            d.tab();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.postalCode"));
        for (const char *name : {"customer.companyName", "customer.lastName", "customer.title",
                                 "customer.email", "customer.emailConfirm"})
            QCOMPARE(d.messageFor(QLatin1StringView(name)), QString());
        // On through the prefecture list and back: it says nothing either.
        d.tab();
        QVERIFY(prefectureBox(w)->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == prefectureBox(w));
        d.tab();
        auto prefecture = w->currentPage()->findChild<PrefectureField *>();
        QCOMPARE(prefecture->shownMessage(), QString());
        // Typed in and emptied again: that field says so when left.
        d.type(QStringLiteral("customer.title"), QStringLiteral("部長"));
        d.type(QStringLiteral("customer.title"), QString());
        d.tab();
        QVERIFY(d.messageFor(QStringLiteral("customer.title")).contains(QStringLiteral("必須")));
        QCOMPARE(d.messageFor(QStringLiteral("customer.companyName")), QString());
        // Enter says everything still missing, the prefecture too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.companyName"));
        QVERIFY(
            d.messageFor(QStringLiteral("customer.companyName")).contains(QStringLiteral("必須")));
        QVERIFY(!prefecture->shownMessage().isEmpty());
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
        // Every field at fault looks the same, the prefecture list too.
        const auto base = [w](const QString &name) {
            return w->currentPage()->findChild<QWidget *>(name)->palette().color(QPalette::Base);
        };
        const QColor fault = base(QStringLiteral("customer.lastName"));
        QVERIFY(fault != base(QStringLiteral("customer.firstName")));
        QCOMPARE(prefectureBox(w)->palette().color(QPalette::Base), fault);
        QCOMPARE(prefectureBox(w)->lineEdit()->palette().color(QPalette::Base), fault);
        // Alt+N, the Next button's mnemonic, does the same.
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山田"));
        QCoreApplication::processEvents();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.title"));
    }

    void aClickOnTheDisabledNextShowsEveryMessage()
    {
        // The mouse gets what Enter and Alt+N get, not silence.
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("見守り商事"));
        QAbstractButton *next = w->button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        QVERIFY(d.messageFor(QStringLiteral("customer.phone")).isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(CustomerPageId));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.lastName"));
        QVERIFY(d.messageFor(QStringLiteral("customer.lastName")).contains(QStringLiteral("必須")));
        QVERIFY(d.messageFor(QStringLiteral("customer.phone")).contains(QStringLiteral("必須")));
        // Another button than the left one does nothing of the kind.
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山田"));
        QCoreApplication::processEvents();
        QTest::mouseClick(next, Qt::RightButton);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("customer.lastName"));
    }

    // A field at fault and its message stay readable in a light and in a
    // dark theme (a desktop set dark gives the app light text on dark
    // ground: the light theme's pale tint hid what was typed).
    void faultsStayReadableInEitherTheme_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void faultsStayReadableInEitherTheme()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
        if (dark) {
            QPalette p = before;
            for (auto [role, colour] : {std::pair{QPalette::Window, QColor(0x35, 0x35, 0x35)},
                                        {QPalette::WindowText, Qt::white},
                                        {QPalette::Base, QColor(0x2d, 0x2d, 0x2d)},
                                        {QPalette::Text, Qt::white},
                                        {QPalette::Button, QColor(0x35, 0x35, 0x35)},
                                        {QPalette::ButtonText, Qt::white}})
                p.setColor(role, colour);
            QApplication::setPalette(p);
        }
        WizardDriver d;
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro@example"));
        d.tab();
        QLineEdit *email = d.edit(QStringLiteral("customer.email"));
        const QPalette field = email->palette();
        // Still marked, and what was typed readable on the mark.
        QVERIFY(field.color(QPalette::Base) !=
                d.edit(QStringLiteral("customer.department"))->palette().color(QPalette::Base));
        QVERIFY2(contrast(field.color(QPalette::Text), field.color(QPalette::Base)) >= 4.5,
                 qPrintable(field.color(QPalette::Base).name()));
        FieldMessage *message = nullptr;
        for (FieldMessage *m : d.wizard()->currentPage()->findChildren<FieldMessage *>())
            if (!m->message().isEmpty())
                message = m;
        QVERIFY(message);
        const QPalette said = message->palette();
        QVERIFY2(contrast(said.color(QPalette::WindowText), said.color(QPalette::Window)) >= 4.5,
                 qPrintable(said.color(QPalette::WindowText).name()));
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

    // An address typed is never replaced unasked, and nothing is asked at
    // the code's last digit either (a modal question there took the Tab and
    // what was typed on): the typing goes on, and 郵便番号 offers the code's
    // town, which ↓ there puts in place of prefecture and address.
    void postalAutofillKeepsATypedAddressAndOffersTheCodesTown()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.address"), QStringLiteral("千代田区千代田1-1"));
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        WizardDriver::keys(postal, QStringLiteral("7330001\t"));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(prefectureBox(w)->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("千代田区千代田1-1"));
        // The prefecture, not chosen yet, takes the code's all the same.
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        const QString offer = QStringLiteral("郵便番号 733-0001 の住所は広島県 広島市西区大芝です。"
                                             "都道府県と住所をこれにするには、この欄で ↓ "
                                             "キーを押してください。");
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")), offer);
        QVERIFY(postal->accessibleDescription().contains(offer));
        // ↓ there: the town, chosen with Return.
        postal->setFocus();
        QTest::keyClick(postal, Qt::Key_Down);
        auto picker = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(picker);
        QCOMPARE(picker->actions().size(), 1);
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")), QString());

        // Edited after the offer: the offer ends.
        d.type(QStringLiteral("customer.address"), QStringLiteral("中区1-2"));
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0001"));
        QVERIFY(!d.messageFor(QStringLiteral("customer.postalCode")).isEmpty());
        d.type(QStringLiteral("customer.address"), QStringLiteral("中区1-2-3"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")), QString());
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));

        // A code several towns share: no list pops up over an address typed;
        // the note says so, and ↓ lists them.
        WizardDriver shared;
        shared.type(QStringLiteral("customer.address"), QStringLiteral("弥富市1-2"));
        QLineEdit *sharedPostal = shared.edit(QStringLiteral("customer.postalCode"));
        sharedPostal->setFocus();
        WizardDriver::keys(sharedPostal, QStringLiteral("4980000"));
        QVERIFY(!QApplication::activePopupWidget());
        QCOMPARE(shared.messageFor(QStringLiteral("customer.postalCode")),
                 QStringLiteral("郵便番号 498-0000 の地域は複数あります。都道府県と住所をそのどれか"
                                "にするには、この欄で ↓ キーを押してください。"));
        QTest::keyClick(sharedPostal, Qt::Key_Down);
        auto towns = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(towns && towns->actions().size() >= 2);
        QTest::keyClick(towns, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(shared.wizard()->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("弥富市1-2"));

        // The code of the town typed: the address typed is the more precise,
        // and only the prefecture is filled in, with nothing offered.
        WizardDriver town;
        town.type(QStringLiteral("customer.address"), QStringLiteral("千代田区千代田1-1"));
        town.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0001"));
        QCOMPARE(town.wizard()->field(QStringLiteral("customer.prefecture")).toString(),
                 QStringLiteral("13"));
        QCOMPARE(town.wizard()->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("千代田区千代田1-1"));
        QCOMPARE(town.messageFor(QStringLiteral("customer.postalCode")), QString());
    }

    void anAddressDictatedWithItsPrefecture()
    {
        // The customer says it in one breath: 広島県広島市… goes into 住所.
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島県広島市南区京橋町1-1"));
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市南区京橋町1-1"));
        QCOMPARE(prefectureBox(w)->currentText(), QStringLiteral("広島県"));
        QVERIFY(d.messageFor(QStringLiteral("customer.address")).isEmpty());
        // With the prefecture chosen, the same name at the start of the
        // address is left as typed: nothing to correct there.
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島県広島市中区1-2"));
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島県広島市中区1-2"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QVERIFY(d.messageFor(QStringLiteral("customer.address")).isEmpty());
    }

    void aFullNameIsPartedWhenLeft_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("half-width space")
            << QStringLiteral("山田 太郎") << QStringLiteral("山田") << QStringLiteral("太郎");
        QTest::newRow("full-width space, kana")
            << QStringLiteral("佐々木　はるか") << QStringLiteral("佐々木")
            << QStringLiteral("はるか");
        QTest::newRow("a character beyond the BMP")
            << QStringLiteral("𠮷田 一郎") << QStringLiteral("𠮷田") << QStringLiteral("一郎");
        QTest::newRow("a Western name stays")
            << QStringLiteral("Van Dyke") << QStringLiteral("Van Dyke") << QString();
        QTest::newRow("an honorific goes")
            << QStringLiteral("山田 太郎 様") << QStringLiteral("山田") << QStringLiteral("太郎");
        QTest::newRow("an honorific written on")
            << QStringLiteral("佐藤　花子様") << QStringLiteral("佐藤") << QStringLiteral("花子");
        QTest::newRow("the family name with an honorific")
            << QStringLiteral("山田 様") << QStringLiteral("山田") << QString();
        QTest::newRow("san") << QStringLiteral("鈴木 さん") << QStringLiteral("鈴木") << QString();
        QTest::newRow("a family name ending in 殿 stays")
            << QStringLiteral("鵜殿") << QStringLiteral("鵜殿") << QString();
        QTest::newRow("an honorific alone stays")
            << QStringLiteral("様") << QStringLiteral("様") << QString();
        QTest::newRow("three parts stay")
            << QStringLiteral("山田 太郎 次郎") << QStringLiteral("山田 太郎 次郎") << QString();
        QTest::newRow("one part") << QStringLiteral("山田") << QStringLiteral("山田") << QString();
    }
    void aFullNameIsPartedWhenLeft()
    {
        QFETCH(QString, typed);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.lastName"), typed);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(), lastName);
        QCOMPARE(w->field(QStringLiteral("customer.firstName")).toString(), firstName);
    }

    // Copied from a mail or an address label: the mails address the company
    // themselves (… ご担当者様), and a 御中 kept read twice.
    void aCompanyNameLosesWhatAMailAddsToIt_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("御中") << QStringLiteral("株式会社見守り商事 御中")
                              << QStringLiteral("株式会社見守り商事");
        QTest::newRow("御中, full-width space")
            << QStringLiteral("見守り商事株式会社　御中") << QStringLiteral("見守り商事株式会社");
        QTest::newRow("様 written on")
            << QStringLiteral("株式会社見守り商事様") << QStringLiteral("株式会社見守り商事");
        QTest::newRow("a name alone stays")
            << QStringLiteral("株式会社見守り商事") << QStringLiteral("株式会社見守り商事");
        QTest::newRow("the word alone stays") << QStringLiteral("御中") << QStringLiteral("御中");
    }
    void aCompanyNameLosesWhatAMailAddsToIt()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        WizardDriver d;
        d.type(QStringLiteral("customer.companyName"), typed);
        d.tab();
        QCOMPARE(d.wizard()->field(QStringLiteral("customer.companyName")).toString(), kept);
        // A destination's company name too.
        d.fillValidCustomer();
        QVERIFY(d.next());
        d.type(QStringLiteral("companyName"), typed, 0);
        d.tab();
        QCOMPARE(d.wizard()->application().destinations.at(0).companyName, kept);
    }

    void aFullNameInTheGivenNameIsParted_data()
    {
        QTest::addColumn<QString>("lastTyped"); // before the given name
        QTest::addColumn<QString>("firstTyped");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        // A Tab too many before the customer said the name.
        QTest::newRow("the family name empty") << QString() << QStringLiteral("山田　太郎")
                                               << QStringLiteral("山田") << QStringLiteral("太郎");
        QTest::newRow("a Western name stays")
            << QString() << QStringLiteral("Van Dyke") << QString() << QStringLiteral("Van Dyke");
        // The family name typed, then the whole name again.
        QTest::newRow("the family name said twice")
            << QStringLiteral("山田") << QStringLiteral("山田 太郎") << QStringLiteral("山田")
            << QStringLiteral("太郎");
        QTest::newRow("given name first") << QStringLiteral("田中") << QStringLiteral("花子 田中")
                                          << QStringLiteral("田中") << QStringLiteral("花子");
        QTest::newRow("romanised") << QStringLiteral("Smith") << QStringLiteral("John Smith")
                                   << QStringLiteral("Smith") << QStringLiteral("John");
        QTest::newRow("nothing said twice stays")
            << QStringLiteral("山田") << QStringLiteral("花子 太郎") << QStringLiteral("山田")
            << QStringLiteral("花子 太郎");
    }
    void aFullNameInTheGivenNameIsParted()
    {
        QFETCH(QString, lastTyped);
        QFETCH(QString, firstTyped);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        if (!lastTyped.isEmpty())
            d.type(QStringLiteral("customer.lastName"), lastTyped);
        d.type(QStringLiteral("customer.firstName"), firstTyped);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(), lastName);
        QCOMPARE(w->field(QStringLiteral("customer.firstName")).toString(), firstName);
    }

    void anotherWindowMidWordPartsNothing()
    {
        // Half-way through 山田 太郎 the person looks at another window: the
        // name is not parted there, and typing goes on where it was.
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QVERIFY(QTest::qWaitForWindowActive(w));
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山田 太"));
        QWidget other;
        QVERIFY(showActive(&other));
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(),
                 QStringLiteral("山田 太"));
        QVERIFY(w->field(QStringLiteral("customer.firstName")).toString().isEmpty());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        WizardDriver::keys(QApplication::focusWidget(), QStringLiteral("郎"));
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(), QStringLiteral("山田"));
        QCOMPARE(w->field(QStringLiteral("customer.firstName")).toString(), QStringLiteral("太郎"));
    }

    void aGivenNameTypedAlreadyIsKept()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.firstName"), QStringLiteral("花子"));
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山田 太郎"));
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(),
                 QStringLiteral("山田 太郎"));
        QCOMPARE(w->field(QStringLiteral("customer.firstName")).toString(), QStringLiteral("花子"));
    }

    void theGivenNameTypedTwiceIsTakenOutOfTheFamilyName_data()
    {
        QTest::addColumn<QString>("firstTyped"); // "last" or "first"
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("expectedLastName");
        QTest::newRow("romanised, family first")
            << QStringLiteral("last") << QStringLiteral("Tanaka Hanako") << QStringLiteral("Hanako")
            << QStringLiteral("Tanaka");
        QTest::newRow("Western order") << QStringLiteral("last") << QStringLiteral("John Smith")
                                       << QStringLiteral("John") << QStringLiteral("Smith");
        QTest::newRow("capitals differ")
            << QStringLiteral("last") << QStringLiteral("TANAKA HANAKO") << QStringLiteral("hanako")
            << QStringLiteral("TANAKA");
        QTest::newRow("given name first, then the whole name")
            << QStringLiteral("first") << QStringLiteral("田中　花子") << QStringLiteral("花子")
            << QStringLiteral("田中");
        QTest::newRow("another given name stays")
            << QStringLiteral("last") << QStringLiteral("Van Dyke") << QStringLiteral("Dick")
            << QStringLiteral("Van Dyke");
        QTest::newRow("the same word twice stays")
            << QStringLiteral("last") << QStringLiteral("Lee Lee") << QStringLiteral("Lee")
            << QStringLiteral("Lee Lee");
        QTest::newRow("a part of a word stays")
            << QStringLiteral("last") << QStringLiteral("Tanaka Hanakoko")
            << QStringLiteral("Hanako") << QStringLiteral("Tanaka Hanakoko");
    }
    void theGivenNameTypedTwiceIsTakenOutOfTheFamilyName()
    {
        // A romanised name dictated whole goes into 氏名(姓) as said (Latin
        // names are never parted), and the given name is then typed into
        // 氏名(名) too: "Tanaka Hanako Hanako 様" would head the mails.
        QFETCH(QString, firstTyped);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        QFETCH(QString, expectedLastName);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        if (firstTyped == QLatin1StringView("first")) {
            d.type(QStringLiteral("customer.firstName"), firstName);
            d.type(QStringLiteral("customer.lastName"), lastName);
        } else {
            d.type(QStringLiteral("customer.lastName"), lastName);
            d.type(QStringLiteral("customer.firstName"), firstName);
        }
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.lastName")).toString(), expectedLastName);
        QCOMPARE(w->field(QStringLiteral("customer.firstName")).toString(), firstName);
    }

    void theWholeAddressPastedAfterTheTown_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message"); // empty: nothing to say
        const QString whole = QStringLiteral("広島市西区大芝1-2-3 見守りビル3F");
        QTest::newRow("the address") << whole << whole << QString();
        QTest::newRow("with its prefecture")
            << QStringLiteral("広島県広島市西区大芝1-2-3 見守りビル3F") << whole << QString();
        QTest::newRow("with its postal code")
            << QStringLiteral("〒733-0001 広島県広島市西区大芝1-2-3 見守りビル3F") << whole
            << QString();
        QTest::newRow("as two lines of a signature")
            << QStringLiteral("広島県広島市西区大芝1-2-3\n見守りビル3F") << whole << QString();
        QTest::newRow("another town of the prefecture")
            << QStringLiteral("広島県広島市西区己斐本町1-1")
            << QStringLiteral("広島市西区己斐本町1-1") << QString();
        QTest::newRow("in another prefecture")
            << QStringLiteral("東京都千代田区丸の内1-1")
            << QStringLiteral("東京都千代田区丸の内1-1") << QStringLiteral("都道府県と違います");
    }
    void theWholeAddressPastedAfterTheTown()
    {
        // The postal code filled in the town and left the cursor after it;
        // the customer's address, copied from their mail, is pasted there.
        QFETCH(QString, pasted);
        QFETCH(QString, address);
        QFETCH(QString, message);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("7330001"));
        d.tab();
        QLineEdit *edit = d.edit(QStringLiteral("customer.address"));
        QCOMPARE(edit->text(), QStringLiteral("広島市西区大芝"));
        edit->setFocus();
        edit->end(false);
        QApplication::clipboard()->setText(pasted);
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->text(), address);
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        d.tab();
        if (message.isEmpty())
            QCOMPARE(d.messageFor(QStringLiteral("customer.address")), QString());
        else
            QVERIFY2(d.messageFor(QStringLiteral("customer.address")).contains(message),
                     qPrintable(d.messageFor(QStringLiteral("customer.address"))));
        // Typed after the town, the street number simply follows it.
        edit->clear();
        WizardDriver::keys(edit, QStringLiteral("広島市西区大芝"));
        WizardDriver::keys(edit, QStringLiteral("1-2"));
        QCOMPARE(edit->text(), QStringLiteral("広島市西区大芝1-2"));
    }

    void aPostalCodePastedWithItsAddress()
    {
        // Copied whole from the customer's web page into 郵便番号.
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        QApplication::clipboard()->setText(
            QStringLiteral("〒733-0001 広島県広島市西区大芝1-1 見守りビル3F"));
        QTest::keyClick(postal, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(postal->text(), QStringLiteral("733-0001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        // The more precise address pasted stays; the directory asks nothing.
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝1-1 見守りビル3F"));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(d.messageFor(QStringLiteral("customer.postalCode")).isEmpty());
        // After a paste the cursor stays where the person put it: Tab goes
        // on to the prefecture as always.
        QCOMPARE(QApplication::focusWidget(), postal);
    }

    void aPostalCodePastedIntoTheAddress()
    {
        // The same line pasted into 住所 instead: each part goes to its field
        // when the address is left.
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QLineEdit *address = d.edit(QStringLiteral("customer.address"));
        address->setFocus();
        QApplication::clipboard()->setText(
            QStringLiteral("〒733-0001 広島県広島市西区大芝1-1 見守りビル3F"));
        QTest::keyClick(address, Qt::Key_V, Qt::ControlModifier);
        static QString asked;
        asked.clear();
        WizardDriver::answerNextDialog(QMessageBox::No, &asked);
        d.tab();
        QCOMPARE(d.edit(QStringLiteral("customer.postalCode"))->text(), QStringLiteral("733-0001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝1-1 見守りビル3F"));
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        QVERIFY(d.messageFor(QStringLiteral("customer.address")).isEmpty());

        // Another code typed already: nothing is moved, which is right is for
        // the person to say.
        WizardDriver other;
        other.type(QStringLiteral("customer.postalCode"), QStringLiteral("1000001"));
        other.type(QStringLiteral("customer.address"),
                   QStringLiteral("〒733-0001 広島県広島市西区大芝1-1"));
        other.tab();
        QCOMPARE(other.edit(QStringLiteral("customer.postalCode"))->text(),
                 QStringLiteral("100-0001"));
        QCOMPARE(other.wizard()->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("〒733-0001 広島県広島市西区大芝1-1"));
        QVERIFY2(other.messageFor(QStringLiteral("customer.address"))
                     .contains(QStringLiteral("郵便番号")),
                 qPrintable(other.messageFor(QStringLiteral("customer.address"))));
    }

    void aPostalCodeAfterTheWholeAddressAsksNothing()
    {
        // The address typed with its prefecture and more than the town: the
        // postal code's look-up has nothing better to offer.
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島県広島市西区大芝1-1"));
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島県広島市西区大芝1-1"));
        static QString asked;
        asked.clear();
        WizardDriver::answerNextDialog(QMessageBox::Yes, &asked);
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("7330001"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島県広島市西区大芝1-1"));
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
    }

    void aPostalCodePastedWithAnAddressWhenOneIsTyped()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.address"), QStringLiteral("中区1-2"));
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        const QString pasted = QStringLiteral("〒733-0001 広島県広島市西区大芝1-1");
        QApplication::clipboard()->setText(pasted);
        QTest::keyClick(postal, Qt::Key_V, Qt::ControlModifier);
        // Nothing typed is replaced, nothing pasted is lost: it waits whole,
        // and its message says what is wrong.
        QCOMPARE(postal->text(), pasted);
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("中区1-2"));
        QVERIFY(!d.messageFor(QStringLiteral("customer.postalCode")).isEmpty());
    }

    void anAddressInAnotherPrefectureIsSaidAndKept()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.typeInto(prefectureBox(w), QStringLiteral("岡山県"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("33"));
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島県広島市南区京橋町1-1"));
        d.tab();
        // Which one is right is for the person to say: nothing is changed.
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("33"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島県広島市南区京橋町1-1"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.address")),
                 QStringLiteral("住所の先頭の都道府県名が、選んだ都道府県と違います。"));
        // Choosing 広島県 settles it; the address stays as typed.
        d.typeInto(prefectureBox(w), QStringLiteral("広島県"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島県広島市南区京橋町1-1"));
        QVERIFY(d.messageFor(QStringLiteral("customer.address")).isEmpty());
    }

    // A postal code of another prefecture than the one chosen (the customer
    // said 岡山, the code is Hiroshima's) is said at the prefecture, in
    // words and to a screen reader, without stopping the page (the code may
    // be newer than this computer's directory); the right choice ends it.
    void aPostalCodeOfAnotherPrefectureIsNoted()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        auto prefecture = w->currentPage()->findChild<PrefectureField *>();
        QVERIFY(prefecture);
        QCOMPARE(prefecture->shownMessage(), QString());
        QComboBox *box = prefectureBox(w);
        const QColor untinted = box->palette().color(QPalette::Base);
        d.typeInto(box, QStringLiteral("岡山県"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("33"));
        const QString notice = QStringLiteral(
            "郵便番号 733-0001 は広島県の番号です。都道府県と郵便番号を確かめてください。");
        QCOMPARE(prefecture->shownMessage(), notice);
        QVERIFY(box->lineEdit()->accessibleDescription().contains(notice));
        QCOMPARE(box->palette().color(QPalette::Base), untinted);
        QVERIFY(w->currentPage()->isComplete());
        // Which is right is the person's call: here the code was misheard
        // (the address typed stays, nothing asked; the code's town is offered).
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("700-0011"));
        QVERIFY(!QApplication::activeModalWidget());
        QTRY_COMPARE(prefecture->shownMessage(), QString());
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("33"));
        // A code the directory does not know says nothing either.
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("733-0001"));
        QTRY_COMPARE(prefecture->shownMessage(), notice);
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("999-9999"));
        QCOMPARE(prefecture->shownMessage(), QString());
    }

    // A code misheard and corrected: the prefecture and the town that the
    // wrong code put in, left as they were, follow the right one (they stayed
    // in the other prefecture, with a note to check it). Once the address
    // has been typed on, it is the person's and stays.
    void aCorrectedPostalCodeMovesThePrefectureAndTownItFilledIn()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        auto prefecture = w->currentPage()->findChild<PrefectureField *>();
        QVERIFY(prefecture);
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("7330001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝"));
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("13"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("千代田区千代田"));
        QCOMPARE(prefecture->shownMessage(), QString());
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")), QString());
        // Corrected to a code the directory does not know: the town stays (a
        // new code may be right), and the code says whose it is.
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0999"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("千代田区千代田"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.postalCode")),
                 QStringLiteral("郵便番号 100-0999 は郵便番号データにありません。都道府県と住所は "
                                "100-0001 で入ったままです。番号と住所を確かめてください。"));
        // A code unknown from the start says nothing: the directory can be
        // older than a new code.
        WizardDriver unknown;
        unknown.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0999"));
        QCOMPARE(unknown.messageFor(QStringLiteral("customer.postalCode")), QString());
        // Emptied, the address is free too.
        d.type(QStringLiteral("customer.address"), QString());
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("7330001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝"));
        // Typed on: the address and its prefecture stay; the note says the
        // code is another prefecture's.
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島市西区大芝1-2-3"));
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0001"));
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("34"));
        QCOMPARE(w->field(QStringLiteral("customer.address")).toString(),
                 QStringLiteral("広島市西区大芝1-2-3"));
        QVERIFY(prefecture->shownMessage().contains(QStringLiteral("東京都")));
        // A prefecture chosen by hand stays too, whatever the address.
        WizardDriver chosen;
        QComboBox *box = prefectureBox(chosen.wizard());
        chosen.typeInto(box, QStringLiteral("広島県"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        chosen.tab();
        chosen.type(QStringLiteral("customer.postalCode"), QStringLiteral("100-0001"));
        QCOMPARE(chosen.wizard()->field(QStringLiteral("customer.prefecture")).toString(),
                 QStringLiteral("34"));
    }

    // A code two prefectures share (498-0000: 愛知県 and 三重県) is said with
    // both when a third is chosen: naming the first alone sent people to
    // change a prefecture that may have been the other, right one.
    void aPostalCodeOfTwoOtherPrefecturesNamesBoth()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QComboBox *box = prefectureBox(w);
        d.typeInto(box, QStringLiteral("東京都"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("13"));
        QLineEdit *postal = d.edit(QStringLiteral("customer.postalCode"));
        postal->setFocus();
        WizardDriver::keys(postal, QStringLiteral("4980000"));
        if (QApplication::activePopupWidget()) // the towns the code has
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        auto prefecture = w->currentPage()->findChild<PrefectureField *>();
        QTRY_COMPARE(prefecture->shownMessage(),
                     QStringLiteral("郵便番号 498-0000 は愛知県または三重県の番号です。"
                                    "都道府県と郵便番号を確かめてください。"));
        // Either of the two ends it.
        d.typeInto(box, QStringLiteral("三重県"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        d.tab();
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), QStringLiteral("24"));
        QTRY_COMPARE(prefecture->shownMessage(), QString());
    }

    // The customer who calls again because no mail came: the address typed
    // says at once that this computer already holds an application to it,
    // before the rest is typed again; a note, not a fault; another address
    // ends it.
    void anAddressWithAnEarlierApplicationIsNoted()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        Application earlier = TestData::validApplication();
        earlier.customer.companyName = QStringLiteral("株式会社先の申込み");
        earlier.customer.email = QStringLiteral("taro.yamada@example.co.jp");
        QVERIFY(d.queue()->enqueue(earlier, ReviewPageId));
        QVERIFY(d.queue()->transition(earlier.id, LocalQueue::State::Sending));
        QVERIFY(d.queue()->transition(earlier.id, LocalQueue::State::AwaitingConfirmation));
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("株式会社見守り商事"));
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro.yamada@example.co.jp"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString()); // while typing
        d.tab();
        const QString note = d.messageFor(QStringLiteral("customer.email"));
        QVERIFY2(note.contains(QStringLiteral("株式会社先の申込み")) &&
                     note.contains(QStringLiteral("お客様の確認待ち")) &&
                     note.contains(QStringLiteral("申込み一覧")),
                 qPrintable(note));
        QLineEdit *email = d.edit(QStringLiteral("customer.email"));
        QVERIFY(email->accessibleDescription().contains(QStringLiteral("株式会社先の申込み")));
        auto label = email->parentWidget()->findChild<FieldMessage *>();
        QVERIFY(label && label->isNotice());
        // Nothing stops the page for it.
        d.type(QStringLiteral("customer.emailConfirm"),
               QStringLiteral("taro.yamada@example.co.jp"));
        d.type(QStringLiteral("customer.lastName"), QStringLiteral("山田"));
        d.type(QStringLiteral("customer.title"), QStringLiteral("部長"));
        d.type(QStringLiteral("customer.postalCode"), QStringLiteral("733-0001"));
        d.type(QStringLiteral("customer.address"), QStringLiteral("広島市西区大芝1-2-3"));
        d.type(QStringLiteral("customer.phone"), QStringLiteral("0821234567"));
        QVERIFY(w->currentPage()->isComplete());
        QVERIFY(!d.messageFor(QStringLiteral("customer.email")).isEmpty());
        // Another address: nothing to note.
        d.type(QStringLiteral("customer.email"), QStringLiteral("hanako@example.co.jp"));
        d.tab();
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString());
    }

    // A domain misheard or mistyped on the phone (gmial.com): the
    // confirmation mail would reach nobody or a stranger. Once the address
    // is left it is questioned, a note that stops nothing; corrected, the
    // question goes.
    void aDomainLikeASlipOfAWellKnownOneIsQuestioned()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.fillValidCustomer();
        auto field = qobject_cast<ValidatedField *>(
            d.edit(QStringLiteral("customer.email"))->parentWidget());
        QVERIFY(field);
        QSignalSpy asked(field, &ValidatedField::revealed);
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro@gmial.com"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString()); // while typing
        d.tab();
        // Asked once for the address left (the queue searched once), not
        // for each of the ways the field was left.
        QCOMPARE(asked.size(), 1);
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")),
                 QStringLiteral("「gmial.com」は「gmail.com」の誤りではありませんか？"
                                "お客様にアドレスを読み上げて確認してください。"));
        QLineEdit *email = d.edit(QStringLiteral("customer.email"));
        QVERIFY(email->accessibleDescription().contains(QStringLiteral("gmail.com")));
        auto label = email->parentWidget()->findChild<FieldMessage *>();
        QVERIFY(label && label->isNotice());
        // The customer's own domain after all: nothing stops the page.
        d.type(QStringLiteral("customer.emailConfirm"), QStringLiteral("taro@gmial.com"));
        QVERIFY(w->currentPage()->isComplete());
        // Corrected: the question goes as the address changes.
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro@gmail.com"));
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString());
        d.tab();
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString());
        // A company's own domain is never questioned.
        d.type(QStringLiteral("customer.email"), QStringLiteral("taro@mimamori-shoji.co.jp"));
        d.tab();
        QCOMPARE(d.messageFor(QStringLiteral("customer.email")), QString());
    }

    void halfWidthKatakanaIsWidenedWhenLeft()
    {
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        d.type(QStringLiteral("customer.companyName"), QStringLiteral("ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾏﾓﾘ"));
        d.tab();
        QCOMPARE(d.edit(QStringLiteral("customer.companyName"))->text(),
                 QStringLiteral("カブシキガイシャ ミマモリ"));
        QCOMPARE(w->application().customer.companyName,
                 QStringLiteral("カブシキガイシャ ミマモリ"));
    }

    void prefectureFoundByTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::newRow("full name") << QStringLiteral("広島県") << "34";
        QTest::newRow("part") << QStringLiteral("広島") << "34";
        QTest::newRow("english") << QStringLiteral("okinawa") << "47";
        QTest::newRow("code") << QStringLiteral("13") << "13";
        // 東京都 also contains 京都: the name that begins with it wins.
        QTest::newRow("京都 is Kyoto") << QStringLiteral("京都") << "26";
        QTest::newRow("東京 is Tokyo") << QStringLiteral("東京") << "13";
        QTest::newRow("大阪") << QStringLiteral("大阪") << "27";
        // Left unconverted by the input method.
        QTest::newRow("reading") << QStringLiteral("ひろしま") << "34";
        QTest::newRow("reading with 県") << QStringLiteral("ひろしまけん") << "34";
        QTest::newRow("reading in katakana") << QStringLiteral("トウキョウ") << "13";
        QTest::newRow("reading, part") << QStringLiteral("かごし") << "46";
        QTest::newRow("reading of 京都府") << QStringLiteral("きょうとふ") << "26";
        // Romanised as people write it, long vowels and all.
        QTest::newRow("Toukyou") << QStringLiteral("Toukyou") << "13";
        QTest::newRow("Oosaka") << QStringLiteral("Oosaka") << "27";
        QTest::newRow("Ohsaka-fu") << QStringLiteral("Ohsaka-fu") << "27";
        QTest::newRow("Hyougo") << QStringLiteral("hyougo") << "28";
        QTest::newRow("Hiroshima-ken") << QStringLiteral("Hiroshima-ken") << "34";
        QTest::newRow("Hokkaidou") << QStringLiteral("Hokkaidou") << "01";
        QTest::newRow("Gumma") << QStringLiteral("Gumma") << "10";
        QTest::newRow("Kouchi") << QStringLiteral("Kouchi") << "39";
    }

    void prefectureFoundByTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        typeThePrefectureAndLeave(d, typed);
        QCOMPARE(w->field(QStringLiteral("customer.prefecture")).toString(), code);
    }

    // Typed but no prefecture (the city said first, a slip): kept as typed,
    // and the message says to choose one, not that nothing was entered.
    void aPrefectureNotFoundIsSaidSo_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("the city") << QStringLiteral("広島市");
        QTest::newRow("a slip") << QStringLiteral("hokkaido11");
    }
    void aPrefectureNotFoundIsSaidSo()
    {
        QFETCH(QString, typed);
        WizardDriver d;
        ApplicationWizard *w = d.wizard();
        QComboBox *box = typeThePrefectureAndLeave(d, typed);
        QCOMPARE(box->currentText(), typed);
        auto prefecture = w->currentPage()->findChild<PrefectureField *>();
        QCOMPARE(prefecture->code(), QString());
        QCOMPARE(prefecture->shownMessage(),
                 QStringLiteral("都道府県を一覧から選択してください。"));
        QVERIFY2(box->accessibleDescription().contains(prefecture->shownMessage()),
                 qPrintable(box->accessibleDescription()));
        QVERIFY(!d.nextEnabled());

        // The draft keeps it as typed: after a restart (or a language
        // switch, which builds the wizard again from it) it is there to be
        // corrected, with its message, not gone.
        QCOMPARE(w->application().customer.prefecture, typed);
        const std::unique_ptr<ApplicationWizard> again = d.reopenedFromDraft(w->viewState());
        QVERIFY(again);
        auto prefectureAgain = again->currentPage()->findChild<PrefectureField *>();
        QCOMPARE(prefectureAgain->comboBox()->currentText(), typed);
        QCOMPARE(prefectureAgain->shownMessage(),
                 QStringLiteral("都道府県を一覧から選択してください。"));
        // Corrected there, it is a prefecture like any other.
        prefectureAgain->comboBox()->setFocus();
        prefectureAgain->comboBox()->lineEdit()->selectAll();
        prefectureAgain->comboBox()->lineEdit()->insert(QStringLiteral("広島"));
        if (QApplication::activePopupWidget())
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTest::keyClick(prefectureAgain->comboBox()->lineEdit(), Qt::Key_Tab);
        QCOMPARE(again->application().customer.prefecture, QStringLiteral("34"));
        QCOMPARE(prefectureAgain->shownMessage(), QString());
    }

    void screenReadersHearTheHelpAndThenTheMessage()
    {
        WizardDriver d;
        QLineEdit *phone = d.edit(QStringLiteral("customer.phone"));
        QCOMPARE(phone->accessibleName(), QStringLiteral("電話番号"));
        const QString help = phone->accessibleDescription();
        QVERIFY(help.startsWith(QStringLiteral("必須。")));
        QVERIFY(help.contains(QStringLiteral("半角数字のみ")));
        d.type(QStringLiteral("customer.phone"), QStringLiteral("123"));
        d.tab();
        // "Required", then what is wrong.
        QCOMPARE(phone->accessibleDescription(),
                 QStringLiteral("必須。") + d.messageFor(QStringLiteral("customer.phone")));
        // Three digits of a number dictated: the rule and how many there are.
        QVERIFY2(phone->accessibleDescription().endsWith(
                     QStringLiteral("10桁または11桁の数字です（入力されたのは3桁）。")),
                 qPrintable(phone->accessibleDescription()));
        // The message beneath the field, met on its own (or announced as an
        // alert), says what is wrong, not only "error".
        auto message = phone->parentWidget()->findChild<FieldMessage *>();
        QVERIFY(message);
        QAccessibleInterface *heard = QAccessible::queryAccessibleInterface(message);
        QVERIFY(heard);
        QCOMPARE(heard->text(QAccessible::Name),
                 QStringLiteral("エラー: ") + d.messageFor(QStringLiteral("customer.phone")));
        d.type(QStringLiteral("customer.phone"), QStringLiteral("0821234567"));
        QCOMPARE(phone->accessibleDescription(), help);
    }
};

MOSHIKOMI_TEST(TestCustomerPage)
#include "tst_customerpage.moc"
