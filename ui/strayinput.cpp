#include "ui/strayinput.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

void StrayInput::guardApplication()
{
    if (!qApp || qApp->findChild<StrayInput *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new StrayInput(qApp));
}

bool StrayInput::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Qt gives the focus to what the wheel turns before it delivers the
        // turn (Qt::WheelFocus, these widgets' own policy); a click or Tab
        // still does.
        if (changesWhenScrolled(watched)) {
            auto widget = static_cast<QWidget *>(watched);
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
        }
        return false;
    case QEvent::Wheel:
        if (changesWhenScrolled(watched) && !static_cast<QWidget *>(watched)->hasFocus()) {
            // Ignored and filtered: the widget never sees the turn, the
            // page it is on does (and scrolls).
            event->ignore();
            return true;
        }
        return false;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        // At the widget it reaches (the window hands it on to the focus).
        if (isLinefeed(event) && watched->isWidgetType()) {
            const auto key = static_cast<const QKeyEvent *>(event);
            QKeyEvent enter(key->type(), Qt::Key_Return, key->modifiers(), QStringLiteral("\r"),
                            key->isAutoRepeat(), ushort(key->count()));
            // Delivered (and passed on to the parents) as a Return pressed
            // there; nothing else sees the line feed.
            QCoreApplication::sendEvent(watched, &enter);
            return true;
        }
        if (event->type() == QEvent::KeyRelease)
            return false;
        if (isStrayAltLetter(watched, event)) {
            QApplication::beep();
            return true;
        }
        if (isPageKey(event) && changesWhenScrolled(watched)) {
            event->ignore(); // on to the page, which scrolls
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool StrayInput::isStrayAltLetter(const QObject *watched, const QEvent *event)
{
#ifdef Q_OS_MACOS
    Q_UNUSED(watched);
    Q_UNUSED(event);
    return false;
#else
    const auto key = static_cast<const QKeyEvent *>(event);
    // AltGr comes as Ctrl+Alt on Windows; Ctrl or Meta with Alt is a
    // shortcut of someone else's (the desktop's), not typing.
    constexpr Qt::KeyboardModifiers NotTyping = Qt::ControlModifier | Qt::MetaModifier;
    return (key->modifiers() & Qt::AltModifier) && !(key->modifiers() & NotTyping) &&
           !key->text().isEmpty() && key->text().front().isPrint() && typesText(watched);
#endif
}

bool StrayInput::isLinefeed(const QEvent *event)
{
    // Qt has no key of its own for it: the key code is the character's.
    const auto key = static_cast<const QKeyEvent *>(event);
    return key->key() == 0x0a && key->text() == QStringLiteral("\n");
}

bool StrayInput::isPageKey(const QEvent *event)
{
    const auto key = static_cast<const QKeyEvent *>(event);
    return (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) &&
           key->modifiers() == Qt::NoModifier;
}

bool StrayInput::typesText(const QObject *watched)
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

bool StrayInput::changesWhenScrolled(const QObject *watched)
{
    return qobject_cast<const QAbstractSpinBox *>(watched) ||
           qobject_cast<const QComboBox *>(watched);
}
