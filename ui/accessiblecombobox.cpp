#include "ui/accessiblecombobox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLineEdit>

namespace {

enum Child { ListChild = 0, TextChild = 1 };

QAccessibleInterface *createForComboBox(const QString &className, QObject *object)
{
    // Asked for each class of the object from the most derived up: a
    // ChoiceBox gets here as "QComboBox" too.
    if (className != QLatin1String("QComboBox"))
        return nullptr;
    auto combo = qobject_cast<QComboBox *>(object);
    if (!combo)
        return nullptr;
    // A screen reader finds the value of a combo box whose name is its label
    // as the selected item of its list (Orca does), but the list of a closed
    // combo box has none: Qt selects the current item only when the list
    // opens. The selection follows the current item from here on.
    const auto selectCurrent = [combo] {
        QItemSelectionModel *selection = combo->view()->selectionModel();
        const QModelIndex current = combo->model()->index(
            combo->currentIndex(), combo->modelColumn(), combo->rootModelIndex());
        if (!selection)
            return;
        if (!current.isValid())
            selection->clearSelection();
        else if (!selection->isSelected(current))
            // Selected, not made current: the list would tell a screen
            // reader its new current entry as the focus, away from the field
            // being typed in (a postal code choosing the prefecture).
            selection->select(current, QItemSelectionModel::ClearAndSelect);
    };
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, selectCurrent);
    selectCurrent();
    // Chosen with the arrow keys while the list is closed: Orca said nothing
    // (it waits for a selection of the list that Qt 6.4 does not give). The
    // new value is told as text put in, all of it selected, which Orca says.
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo] {
        if (!QAccessible::isActive() || combo->isEditable() || !combo->hasFocus() ||
            combo->view()->isVisible() || combo->currentText().isEmpty())
            return;
        QAccessibleTextInsertEvent chosen(combo, 0, combo->currentText());
        QAccessible::updateAccessibility(&chosen);
    });
    return new AccessibleComboBox(combo);
}

} // namespace

AccessibleComboBox::AccessibleComboBox(QComboBox *combo)
    : QAccessibleWidget(combo, QAccessible::ComboBox)
{}

void AccessibleComboBox::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(createForComboBox);
        return true;
    }();
    Q_UNUSED(installed);
}

QComboBox *AccessibleComboBox::comboBox() const
{
    return qobject_cast<QComboBox *>(object());
}

QString AccessibleComboBox::currentText() const
{
    const QComboBox *combo = comboBox();
    if (!combo)
        return {};
    return combo->isEditable() ? combo->lineEdit()->text() : combo->currentText();
}

QAccessibleInterface *AccessibleComboBox::child(int index) const
{
    QComboBox *combo = comboBox();
    if (!combo)
        return nullptr;
    if (index == ListChild)
        return QAccessible::queryAccessibleInterface(combo->view());
    if (index == TextChild && combo->isEditable())
        return QAccessible::queryAccessibleInterface(combo->lineEdit());
    return nullptr;
}

int AccessibleComboBox::childCount() const
{
    const QComboBox *combo = comboBox();
    if (!combo)
        return 0;
    return combo->isEditable() ? 2 : 1;
}

QAccessibleInterface *AccessibleComboBox::childAt(int x, int y) const
{
    const QComboBox *combo = comboBox();
    if (!combo || !combo->isEditable())
        return nullptr;
    const QLineEdit *edit = combo->lineEdit();
    if (QRect(edit->mapToGlobal(QPoint(0, 0)), edit->size()).contains(x, y))
        return child(TextChild);
    return nullptr;
}

int AccessibleComboBox::indexOfChild(const QAccessibleInterface *child) const
{
    const QComboBox *combo = comboBox();
    if (!combo || !child)
        return -1;
    if (child->object() == combo->view())
        return ListChild;
    if (combo->isEditable() && child->object() == combo->lineEdit())
        return TextChild;
    return -1;
}

QAccessibleInterface *AccessibleComboBox::focusChild() const
{
    // An editable combo box is its text field's focus proxy: the keys go to
    // the text field, which is where a screen reader follows the focus.
    const QComboBox *combo = comboBox();
    if (combo && combo->isEditable())
        return child(TextChild);
    return nullptr;
}

QString AccessibleComboBox::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name: {
        const QString name = QAccessibleWidget::text(t);
        return name.isEmpty() ? currentText() : name;
    }
    case QAccessible::Value:
        return currentText();
    case QAccessible::Accelerator:
        return QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText);
    default:
        return QAccessibleWidget::text(t);
    }
}

QAccessible::State AccessibleComboBox::state() const
{
    QAccessible::State s = QAccessibleWidget::state();
    if (const QComboBox *combo = comboBox()) {
        s.expandable = true;
        s.expanded = combo->view() && combo->view()->isVisible();
        s.editable = combo->isEditable();
    }
    return s;
}

QStringList AccessibleComboBox::actionNames() const
{
    return {showMenuAction(), pressAction()};
}

QString AccessibleComboBox::localizedActionDescription(const QString &actionName) const
{
    if (actionName == showMenuAction() || actionName == pressAction())
        return QCoreApplication::translate("AccessibleComboBox", "Opens the list to choose from");
    return {};
}

void AccessibleComboBox::doAction(const QString &actionName)
{
    QComboBox *combo = comboBox();
    if (!combo || (actionName != showMenuAction() && actionName != pressAction()))
        return;
    if (combo->view()->isVisible())
        combo->hidePopup();
    else
        combo->showPopup();
}

QStringList AccessibleComboBox::keyBindingsForAction(const QString &) const
{
    return {};
}

void *AccessibleComboBox::interface_cast(QAccessible::InterfaceType t)
{
    // An editable one has its text field as a child, where its text is.
    const QComboBox *combo = comboBox();
    if (t == QAccessible::TextInterface && combo && !combo->isEditable())
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(t);
}

void AccessibleComboBox::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    // The value is one whole, shown as chosen: selected, as Orca needs to
    // say a new one (see createForComboBox).
    *startOffset = 0;
    *endOffset = selectionIndex == 0 ? characterCount() : 0;
}

int AccessibleComboBox::selectionCount() const
{
    return characterCount() > 0 ? 1 : 0;
}

void AccessibleComboBox::addSelection(int, int) {}

void AccessibleComboBox::removeSelection(int) {}

void AccessibleComboBox::setSelection(int, int, int) {}

int AccessibleComboBox::cursorPosition() const
{
    return 0;
}

void AccessibleComboBox::setCursorPosition(int) {}

QString AccessibleComboBox::text(int startOffset, int endOffset) const
{
    const QString value = currentText();
    startOffset = qBound(0, startOffset, int(value.size()));
    endOffset =
        endOffset < 0 ? int(value.size()) : qBound(startOffset, endOffset, int(value.size()));
    return value.mid(startOffset, endOffset - startOffset);
}

int AccessibleComboBox::characterCount() const
{
    return int(currentText().size());
}

QRect AccessibleComboBox::characterRect(int) const
{
    return {};
}

int AccessibleComboBox::offsetAtPoint(const QPoint &) const
{
    return -1;
}

void AccessibleComboBox::scrollToSubstring(int, int) {}

QString AccessibleComboBox::attributes(int, int *startOffset, int *endOffset) const
{
    // One run without attributes over the whole value (see AccessibleLineEdit).
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}
