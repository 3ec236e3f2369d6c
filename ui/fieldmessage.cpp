#include "fieldmessage.h"

#include <QAccessible>

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("fieldMessage"));
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setAccessibleName(tr("Error"));
    hide();
}

void FieldMessage::setMessage(const QString &message)
{
    if (message == text())
        return;
    setText(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}
