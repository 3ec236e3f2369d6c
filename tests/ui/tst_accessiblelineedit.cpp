#include "testregistry.h"

#include "ui/accessiblelineedit.h"

#include <QAccessible>
#include <QLineEdit>
#include <QTest>

// A text field as a screen reader is told of it: Orca reads a field's line
// in the runs of its text attributes, and reads what the runs cover.
class TestAccessibleLineEdit : public QObject
{
    Q_OBJECT

    // The text a screen reader puts together from the attribute runs, as
    // Orca 43 does (runs of the same attributes joined, each from its start
    // to its end).
    static QString readInRuns(QAccessibleTextInterface *text)
    {
        int start = -1;
        int end = -1;
        for (int offset = 0; offset < text->characterCount(); offset = qMax(end, offset + 1)) {
            int runStart = 0;
            int runEnd = 0;
            text->attributes(offset, &runStart, &runEnd);
            start = start < 0 ? runStart : qMin(start, runStart);
            end = qMax(end, runEnd);
        }
        return start < 0 ? QString() : text->text(start, end);
    }

private Q_SLOTS:
    void initTestCase() { AccessibleLineEdit::install(); }

    void aFieldIsReadWhole_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("phone") << QStringLiteral("0821234567");
        QTest::newRow("name") << QStringLiteral("山田");
        QTest::newRow("email") << QStringLiteral("taro@example.co.jp");
        QTest::newRow("one character") << QStringLiteral("x");
    }
    void aFieldIsReadWhole()
    {
        QFETCH(QString, value);
        QLineEdit edit;
        edit.setText(value);
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(&edit);
        QVERIFY(field && field->textInterface());
        QCOMPARE(readInRuns(field->textInterface()), value);
        // Selected, as Tab leaves it: the selection is all of it too.
        edit.selectAll();
        int start = -1;
        int end = -1;
        field->textInterface()->selection(0, &start, &end);
        QCOMPARE(field->textInterface()->text(start, end), value);
    }

    // The rest as Qt tells it: the value, the caret, the selection set by a
    // screen reader, the states, the empty field's hint.
    void theRestIsAsQtTellsIt()
    {
        QLineEdit edit;
        edit.setPlaceholderText(QStringLiteral("733-0001"));
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(&edit);
        QVERIFY(field);
        QCOMPARE(field->role(), QAccessible::EditableText);
        QCOMPARE(field->text(QAccessible::Description), QStringLiteral("733-0001"));
        edit.setText(QStringLiteral("733-0001"));
        QCOMPARE(field->text(QAccessible::Value), QStringLiteral("733-0001"));
        QAccessibleTextInterface *text = field->textInterface();
        QCOMPARE(text->characterCount(), 8);
        QCOMPARE(text->cursorPosition(), 8);
        text->setSelection(0, 4, 8);
        QCOMPARE(edit.selectedText(), QStringLiteral("0001"));
        QCOMPARE(text->selectionCount(), 1);
        text->removeSelection(0);
        QVERIFY(!edit.hasSelectedText());
        text->setCursorPosition(3);
        QCOMPARE(edit.cursorPosition(), 3);
        int start = 0;
        int end = 0;
        QCOMPARE(text->textAtOffset(0, QAccessible::WordBoundary, &start, &end),
                 QStringLiteral("733"));
        QVERIFY(field->state().editable && !field->state().readOnly);
        edit.setReadOnly(true);
        QVERIFY(field->state().readOnly);
        edit.setReadOnly(false);
        field->editableTextInterface()->insertText(3, QStringLiteral("x"));
        QCOMPARE(edit.text(), QStringLiteral("733x-0001"));
    }

    // A token typed hidden is told as the dots on screen, never as itself.
    void aHiddenTokenIsNeverTold()
    {
        QLineEdit edit;
        edit.setEchoMode(QLineEdit::Password);
        edit.setText(QStringLiteral("s3cret-token"));
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(&edit);
        QVERIFY(field && field->state().passwordEdit);
        QAccessibleTextInterface *text = field->textInterface();
        QVERIFY(!field->text(QAccessible::Value).contains(QStringLiteral("s3cret")));
        QVERIFY(!text->text(0, text->characterCount()).contains(QStringLiteral("s3cret")));
        QVERIFY(!readInRuns(text).contains(QStringLiteral("s3cret")));
        edit.setEchoMode(QLineEdit::Normal);
        QCOMPARE(readInRuns(text), QStringLiteral("s3cret-token"));
    }
};

MOSHIKOMI_TEST(TestAccessibleLineEdit)
#include "tst_accessiblelineedit.moc"
