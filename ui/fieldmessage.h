#pragma once

#include <QLabel>

// The message under a field that says what is wrong with it. Hidden while
// there is nothing to say; screen readers are alerted when a message appears.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    // A field with its message beneath, as the wizard lays them out.
    static QWidget *beneath(QWidget *editor, FieldMessage *message, QWidget *parent);
    // A field at fault is tinted, the same in every form and dialog.
    static void markField(QWidget *editor, bool atFault);
    QString message() const { return text(); }
};
