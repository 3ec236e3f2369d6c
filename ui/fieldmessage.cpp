#include "ui/fieldmessage.h"

#include "ui/statuscolors.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QPalette>
#include <QVBoxLayout>

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("fieldMessage"));
    // A palette, not a style sheet: there is one of these under every field.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, StatusColors::fault(p));
    setPalette(p);
    setAccessibleName(tr("Error"));
    hide();
}

void FieldMessage::setMessage(const QString &message)
{
    say(message, false);
}

void FieldMessage::setNotice(const QString &notice)
{
    say(notice, !notice.isEmpty());
}

QString FieldMessage::sayFaultOrNotice(const QString &fault, const QString &notice)
{
    if (fault.isEmpty() && !notice.isEmpty())
        setNotice(notice);
    else
        setMessage(fault);
    return fault.isEmpty() ? notice : fault;
}

void FieldMessage::say(const QString &message, bool notice)
{
    if (message == text() && notice == m_notice)
        return;
    if (notice != m_notice) {
        QPalette p = palette();
        p.setColor(QPalette::WindowText, notice ? StatusColors::notice(p) : StatusColors::fault(p));
        setPalette(p);
        m_notice = notice;
    }
    setText(message);
    // The name is what a screen reader says when it meets the label or its
    // alert: the message itself, not only that there is one.
    setAccessibleName(message.isEmpty() ? tr("Error")
                      : notice          ? tr("Note: %1").arg(message)
                                        : tr("Error: %1").arg(message));
    setVisible(!message.isEmpty());
    if (m_field)
        markField(m_field, !message.isEmpty() && !notice);
    if (!message.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void FieldMessage::markField(QWidget *editor, bool atFault)
{
    // A tinted background rather than a style sheet border: a style sheet
    // would change the editor's size and clip its text.
    QPalette palette =
        editor->parentWidget() ? editor->parentWidget()->palette() : QApplication::palette(editor);
    if (atFault) {
        const QColor tint = StatusColors::faultTint(palette);
        palette.setColor(QPalette::Base, tint);
        // A list to choose from is drawn as a button.
        if (auto combo = qobject_cast<QComboBox *>(editor); combo && !combo->isEditable())
            palette.setColor(QPalette::Button, tint);
    }
    editor->setPalette(palette);
}

void FieldMessage::describe(QWidget *editor, const QString &description)
{
    if (editor->accessibleDescription() != description)
        editor->setAccessibleDescription(description);
}

QWidget *FieldMessage::beneath(QWidget *editor, FieldMessage *message, QWidget *parent)
{
    auto box = new QWidget(parent);
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(message);
    return box;
}
