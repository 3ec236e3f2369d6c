#include "ui/enterpassthrough.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QPushButton>

EnterPassThrough::EnterPassThrough(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // On the application: the key goes to the focused control and each of
    // its parents in turn, and any of them may be the one that takes it.
    qApp->installEventFilter(this);
}

bool EnterPassThrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    if (!isPlainEnter(static_cast<QKeyEvent *>(event)))
        return false;
    const auto widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window || !passesOn(widget))
        return false;
    // Ignored and filtered: the widget never sees the key, its parent does.
    event->ignore();
    return true;
}

bool EnterPassThrough::isPlainEnter(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

bool EnterPassThrough::passesOn(const QWidget *widget)
{
    if (const auto box = qobject_cast<const QGroupBox *>(widget))
        return !box->isCheckable();
    // A list to choose from opened on Enter; one typed into keeps it (the
    // prefecture's completion).
    if (const auto combo = qobject_cast<const QComboBox *>(widget))
        return !combo->isEditable();
    if (const auto push = qobject_cast<const QPushButton *>(widget))
        return !push->autoDefault() && !push->isDefault();
    return qobject_cast<const QAbstractButton *>(widget) != nullptr;
}
