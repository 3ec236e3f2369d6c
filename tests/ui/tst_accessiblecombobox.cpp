#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/accessiblecombobox.h"
#include "ui/choicebox.h"
#include "ui/fieldlabel.h"
#include "ui/prefecturefield.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

// A combo box as a screen reader is told of it: by what it is for, with what
// it holds as its value and as the selected entry of its list (where Orca
// looks for the value of a combo box that has a name of its own).
class TestAccessibleComboBox : public QObject
{
    Q_OBJECT

    // What Orca reads as the value of a combo box not typed in: its text
    // (Qt 6.4 gives no selection of the list over AT-SPI).
    static QString textOf(QAccessibleInterface *combo)
    {
        QAccessibleTextInterface *text = combo->textInterface();
        return text ? text->text(0, text->characterCount()) : QStringLiteral("(no text)");
    }

    static QString selectedEntry(QAccessibleInterface *combo)
    {
        QAccessibleInterface *list = combo->child(0);
        if (!list)
            return QStringLiteral("(no list)");
        QStringList selected;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *entry = list->child(i);
            if (entry && entry->state().selected)
                selected << entry->text(QAccessible::Name);
        }
        return selected.join(u'|');
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiLanguage::install(UiLanguage::japanese());
        AccessibleComboBox::install();
    }
    void cleanupTestCase() { UiLanguage::install(UiLanguage::english()); }

    // The prefecture the postal code chose: Qt's own interface made the
    // picker "広島県", and a list of the form's fields by name lacked 都道府県.
    void thePrefecturePickerIsNamedByItsLabel()
    {
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto field = new PrefectureField(QStringLiteral("都道府県"), &window);
        layout->addWidget(field);
        QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(field->comboBox());
        QVERIFY(combo);
        QCOMPARE(combo->role(), QAccessible::ComboBox);
        QCOMPARE(combo->text(QAccessible::Name), QStringLiteral("都道府県"));
        QCOMPARE(combo->text(QAccessible::Value), QString());

        field->setCode(QStringLiteral("34"));
        QCOMPARE(combo->text(QAccessible::Name), QStringLiteral("都道府県"));
        QCOMPARE(combo->text(QAccessible::Value), QStringLiteral("広島県"));
        QCOMPARE(selectedEntry(combo), QStringLiteral("広島県"));
        // The text field that takes the keys, as before: a child of its own.
        QCOMPARE(combo->childCount(), 2);
        QAccessibleInterface *text = combo->child(1);
        QVERIFY(text);
        QCOMPARE(text->object(), field->comboBox()->lineEdit());
        QCOMPARE(combo->indexOfChild(text), 1);
        QCOMPARE(combo->focusChild(), text);
        QVERIFY(combo->state().editable);
        // Its text is its text field's, not a second copy on the box.
        QVERIFY(!combo->textInterface());

        field->setCode(QStringLiteral("13"));
        QCOMPARE(combo->text(QAccessible::Value), QStringLiteral("東京都"));
        QCOMPARE(selectedEntry(combo), QStringLiteral("東京都"));
    }

    // A list to choose from (step 3's choices, the queue's state filter):
    // named by its label, its value what is chosen, also when the keys chose
    // it with the list closed.
    void aChoiceIsNamedByItsLabel()
    {
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto choice = new ChoiceBox(&window);
        auto label = new FieldLabel(QStringLiteral("プラン"), true, choice, &window);
        layout->addWidget(label);
        layout->addWidget(choice);
        choice->addItem(QStringLiteral("（選択してください）"), QString());
        choice->addChoice(QStringLiteral("スタンダード"), QStringLiteral("standard"), {});
        choice->addChoice(QStringLiteral("プレミアム"), QStringLiteral("premium"), {});
        QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(choice);
        QVERIFY(combo);
        QCOMPARE(combo->text(QAccessible::Name), QStringLiteral("プラン"));
        QCOMPARE(combo->text(QAccessible::Value), QStringLiteral("（選択してください）"));
        QCOMPARE(selectedEntry(combo), QStringLiteral("（選択してください）"));
        QCOMPARE(textOf(combo), QStringLiteral("（選択してください）"));
        QCOMPARE(combo->childCount(), 1);
        QVERIFY(!combo->state().editable);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(choice->currentIndex(), 1);
        QCOMPARE(combo->text(QAccessible::Name), QStringLiteral("プラン"));
        QCOMPARE(combo->text(QAccessible::Value), QStringLiteral("スタンダード"));
        QCOMPARE(selectedEntry(combo), QStringLiteral("スタンダード"));
        QCOMPARE(textOf(combo), QStringLiteral("スタンダード"));
        QCOMPARE(combo->textInterface()->text(2, -1), QStringLiteral("ンダード"));
        // One run over the value, as for a text field (Orca joins the runs).
        int start = -1;
        int end = -1;
        combo->textInterface()->attributes(3, &start, &end);
        QCOMPARE(start, 0);
        QCOMPARE(end, 6);
        QVERIFY(!choice->view()->isVisible());
    }

    // Without a label or a name of its own, the value is all there is to say.
    void aComboBoxWithoutALabelSaysItsValue()
    {
        QComboBox combo;
        combo.addItems({QStringLiteral("すべて"), QStringLiteral("送信待ち")});
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&combo);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("すべて"));
        QCOMPARE(selectedEntry(iface), QStringLiteral("すべて"));
        // Nothing chosen: no entry stays selected as if it were.
        combo.setCurrentIndex(-1);
        QCOMPARE(selectedEntry(iface), QString());
        QCOMPARE(iface->text(QAccessible::Value), QString());
        combo.setCurrentIndex(0);
        combo.setAccessibleName(QStringLiteral("状態"));
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("状態"));
    }
};

MOSHIKOMI_TEST(TestAccessibleComboBox)
#include "tst_accessiblecombobox.moc"
