#pragma once

#include <QLabel>
#include <QPointer>

// The message under a field that says what is wrong with it. Hidden while
// there is nothing to say; screen readers are alerted when a message appears;
// the field it is about is tinted while it says something.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // The editor this message is about (tinted with it).
    void setField(QWidget *editor) { m_field = editor; }
    void setMessage(const QString &message);
    // Something worth a second look that does not stop the page (a postal
    // code of another prefecture): said beneath, in another colour, the
    // field not tinted. An error said later takes its place.
    void setNotice(const QString &notice);
    // The field's fault when it has one, else its notice (either may be
    // empty); returns what is said.
    QString sayFaultOrNotice(const QString &fault, const QString &notice);
    bool isNotice() const { return m_notice; }
    // A field with its message beneath, as the wizard lays them out.
    static QWidget *beneath(QWidget *editor, FieldMessage *message, QWidget *parent);
    // A field at fault is tinted, the same in every form and dialog (also
    // for a message about several fields at once).
    static void markField(QWidget *editor, bool atFault);
    // Sets what a screen reader says after the editor's name, when it is
    // new: Qt tells screen readers of every set, also of the same words, and
    // a field's description is set again on every key.
    static void describe(QWidget *editor, const QString &description);
    QString message() const { return text(); }

private:
    void say(const QString &text, bool notice);

    QPointer<QWidget> m_field;
    bool m_notice = false;
};
