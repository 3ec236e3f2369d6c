#pragma once

#include <QAccessibleWidget>

class QComboBox;

// What a screen reader is told about a combo box: its name is what it is
// for ("都道府県"), its value what it holds ("広島県").
//
// Qt's own interface for a combo box gives its current text as the name on
// Linux and ignores the accessible name set on it, relying on the label's
// relation instead: a prefecture the postal code filled in made the picker
// "広島県 combo box", a step-3 choice "スタンダード combo box", and a tool
// that lists the form's fields by name found no 都道府県 once one was chosen.
// The name comes from the accessible name or the label (the buddy) as for
// every other field; without either, the current text as before. The rest
// (the list and the text field as children, opening the list) is what Qt's
// interface does.
//
// A combo box that is not typed in tells its value as its text too: Orca
// reads a combo box's value from the selection of its list, which Qt 6.4
// does not give over AT-SPI, or else from its text; with neither, "プラン
// combo box" and "表示 combo box" were said without what they held.
class AccessibleComboBox : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit AccessibleComboBox(QComboBox *combo);

    // Once for the application, before the first combo box is asked for;
    // later calls do nothing.
    static void install();

    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;

    QStringList actionNames() const override;
    QString localizedActionDescription(const QString &actionName) const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;
    void *interface_cast(QAccessible::InterfaceType t) override;

    // QAccessibleTextInterface: the value, read only, no caret or selection.
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    QComboBox *comboBox() const;
    QString currentText() const;
};
