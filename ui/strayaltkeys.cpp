#include "ui/strayaltkeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

void StrayAltKeys::guardApplication()
{
#ifndef Q_OS_MACOS
    if (!qApp || qApp->findChild<StrayAltKeys *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new StrayAltKeys(qApp));
#endif
}

bool StrayAltKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto key = static_cast<QKeyEvent *>(event);
    // AltGr comes as Ctrl+Alt on Windows; Ctrl or Meta with Alt is a
    // shortcut of someone else's (the desktop's), not typing.
    constexpr Qt::KeyboardModifiers NotTyping = Qt::ControlModifier | Qt::MetaModifier;
    if (!(key->modifiers() & Qt::AltModifier) || (key->modifiers() & NotTyping) ||
        key->text().isEmpty() || !key->text().front().isPrint() || !typesText(watched))
        return false;
    QApplication::beep();
    return true;
}

bool StrayAltKeys::typesText(const QObject *watched)
{
    if (const auto edit = qobject_cast<const QLineEdit *>(watched))
        return !edit->isReadOnly();
    if (const auto spin = qobject_cast<const QAbstractSpinBox *>(watched))
        return !spin->isReadOnly();
    if (const auto combo = qobject_cast<const QComboBox *>(watched))
        return combo->isEditable();
    if (const auto plain = qobject_cast<const QPlainTextEdit *>(watched))
        return !plain->isReadOnly();
    if (const auto rich = qobject_cast<const QTextEdit *>(watched))
        return !rich->isReadOnly();
    return false;
}
