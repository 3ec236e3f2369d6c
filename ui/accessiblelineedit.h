#pragma once

#include <QAccessibleWidget>

class QLineEdit;

// What screen readers are told of a text field: Qt's own, but for one
// answer. Asked for the text attributes at an offset, Qt 6.4 answers a run
// from that offset to itself, empty; Orca 43 joins those runs into the line
// it reads, and every field was read without its last character: 山田 as
// 山, 0821234567 as 082123456, on arriving at the field and when its text
// was selected (measured with Orca over the real AT-SPI bus; the same in a
// bare QLineEdit). A field has no attributes of its own: the one run is the
// whole text. Everything else is as Qt does it: what is told is what is
// shown, so a hidden token is told as its dots.
class AccessibleLineEdit : public QAccessibleWidget,
                           public QAccessibleTextInterface,
                           public QAccessibleEditableTextInterface
{
public:
    explicit AccessibleLineEdit(QLineEdit *edit);

    // Once for the application: every QLineEdit made after this is told so.
    static void install();

    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString &text) override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType t) override;

    // QAccessibleTextInterface
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                             int *startOffset, int *endOffset) const override;
    QString textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                            int *startOffset, int *endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // QAccessibleEditableTextInterface
    void deleteText(int startOffset, int endOffset) override;
    void insertText(int offset, const QString &text) override;
    void replaceText(int startOffset, int endOffset, const QString &text) override;

private:
    QLineEdit *lineEdit() const;
    // Offsets of the text for Qt's own boundary search: -2 is the caret.
    int resolved(int offset) const;
};
