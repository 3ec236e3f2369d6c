#include "ui/accessiblelineedit.h"

#include <QFontMetrics>
#include <QLineEdit>
#include <QValidator>

namespace {

QAccessibleInterface *createForLineEdit(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("QLineEdit"))
        if (auto edit = qobject_cast<QLineEdit *>(object))
            return new AccessibleLineEdit(edit);
    return nullptr;
}

} // namespace

AccessibleLineEdit::AccessibleLineEdit(QLineEdit *edit)
    : QAccessibleWidget(edit, QAccessible::EditableText)
{
    addControllingSignal(QStringLiteral("textChanged(const QString&)"));
    addControllingSignal(QStringLiteral("returnPressed()"));
}

void AccessibleLineEdit::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(createForLineEdit);
        return true;
    }();
    Q_UNUSED(installed);
}

QLineEdit *AccessibleLineEdit::lineEdit() const
{
    return static_cast<QLineEdit *>(widget());
}

int AccessibleLineEdit::resolved(int offset) const
{
    return offset == -2 ? cursorPosition() : offset;
}

QString AccessibleLineEdit::text(QAccessible::Text t) const
{
    // As shown: a hidden token's characters are told as the dots on screen.
    QString said = t == QAccessible::Value ? lineEdit()->displayText() : QString();
    if (said.isEmpty())
        said = QAccessibleWidget::text(t);
    // With nothing else to describe it, what the empty field shows.
    if (said.isEmpty() && t == QAccessible::Description)
        said = lineEdit()->placeholderText();
    return said;
}

void AccessibleLineEdit::setText(QAccessible::Text t, const QString &text)
{
    if (t != QAccessible::Value) {
        QAccessibleWidget::setText(t, text);
        return;
    }
    QLineEdit *edit = lineEdit();
    if (edit->isReadOnly())
        return;
    // A screen reader that sets the value passes the field's own check.
    QString value = text;
    int position = 0;
    if (edit->validator() && edit->validator()->validate(value, position) != QValidator::Acceptable)
        return;
    edit->setText(value);
}

QAccessible::State AccessibleLineEdit::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    const QLineEdit *edit = lineEdit();
    s.editable = true;
    s.readOnly = edit->isReadOnly();
    s.passwordEdit = edit->echoMode() != QLineEdit::Normal;
    s.selectableText = true;
    return s;
}

void *AccessibleLineEdit::interface_cast(QAccessible::InterfaceType t)
{
    if (t == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    if (t == QAccessible::EditableTextInterface)
        return static_cast<QAccessibleEditableTextInterface *>(this);
    return QAccessibleWidget::interface_cast(t);
}

void AccessibleLineEdit::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QLineEdit *edit = lineEdit();
    if (selectionIndex != 0 || !edit->hasSelectedText())
        return;
    *startOffset = edit->selectionStart();
    *endOffset = edit->selectionEnd();
}

int AccessibleLineEdit::selectionCount() const
{
    return lineEdit()->hasSelectedText() ? 1 : 0;
}

void AccessibleLineEdit::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void AccessibleLineEdit::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        lineEdit()->deselect();
}

void AccessibleLineEdit::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0)
        lineEdit()->setSelection(startOffset, endOffset - startOffset);
}

int AccessibleLineEdit::cursorPosition() const
{
    return lineEdit()->cursorPosition();
}

void AccessibleLineEdit::setCursorPosition(int position)
{
    lineEdit()->setCursorPosition(position);
}

QString AccessibleLineEdit::text(int startOffset, int endOffset) const
{
    if (startOffset > endOffset)
        return {};
    return lineEdit()->displayText().mid(startOffset, endOffset - startOffset);
}

QString AccessibleLineEdit::textBeforeOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                             int *startOffset, int *endOffset) const
{
    return QAccessibleTextInterface::textBeforeOffset(resolved(offset), boundaryType, startOffset,
                                                      endOffset);
}

QString AccessibleLineEdit::textAfterOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                            int *startOffset, int *endOffset) const
{
    return QAccessibleTextInterface::textAfterOffset(resolved(offset), boundaryType, startOffset,
                                                     endOffset);
}

QString AccessibleLineEdit::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                         int *startOffset, int *endOffset) const
{
    return QAccessibleTextInterface::textAtOffset(resolved(offset), boundaryType, startOffset,
                                                  endOffset);
}

int AccessibleLineEdit::characterCount() const
{
    return int(lineEdit()->displayText().size());
}

QRect AccessibleLineEdit::characterRect(int offset) const
{
    const QLineEdit *edit = lineEdit();
    const QString shown = edit->displayText();
    if (offset < 0 || offset >= shown.size())
        return {};
    // Measured from the caret, which Qt places where the text is scrolled to.
    const QRect caret = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const QFontMetrics metrics(edit->font());
    const int x = caret.x() + metrics.horizontalAdvance(shown.left(offset)) -
                  metrics.horizontalAdvance(shown.left(edit->cursorPosition()));
    const QRect rect(x, caret.y(), metrics.horizontalAdvance(shown.mid(offset, 1)),
                     metrics.height());
    return rect.translated(edit->mapToGlobal(QPoint(0, 0)));
}

int AccessibleLineEdit::offsetAtPoint(const QPoint &point) const
{
    return lineEdit()->cursorPositionAt(lineEdit()->mapFromGlobal(point));
}

void AccessibleLineEdit::scrollToSubstring(int startIndex, int endIndex)
{
    lineEdit()->setCursorPosition(endIndex);
    lineEdit()->setCursorPosition(startIndex);
}

QString AccessibleLineEdit::attributes(int offset, int *startOffset, int *endOffset) const
{
    Q_UNUSED(offset);
    // No attributes, over the whole text: one run, not one per character.
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

void AccessibleLineEdit::deleteText(int startOffset, int endOffset)
{
    lineEdit()->setText(lineEdit()->text().remove(startOffset, endOffset - startOffset));
}

void AccessibleLineEdit::insertText(int offset, const QString &text)
{
    lineEdit()->setText(lineEdit()->text().insert(offset, text));
}

void AccessibleLineEdit::replaceText(int startOffset, int endOffset, const QString &text)
{
    lineEdit()->setText(lineEdit()->text().replace(startOffset, endOffset - startOffset, text));
}
