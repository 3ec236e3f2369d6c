#pragma once

#include "core/fielderror.h"
#include "core/fieldtable.h"

#include <QWidget>

#include <functional>

class FieldMessage;
class QLineEdit;

// A line edit that applies one field's rule: normalises as the person types
// (FieldValidator), and shows the rule's message beneath once the field has
// been left or the page asked for it. Its value is the canonical form.
class ValidatedField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    // An extra rule beyond the field's own (e.g. "same as the address above");
    // returns an error code or an empty string.
    using ExtraCheck = std::function<QString(const QString &value)>;

    ValidatedField(const FieldSpec &spec, const QString &label, QWidget *parent = nullptr);
    ~ValidatedField() override;

    QString value() const;
    void setValue(const QString &value);
    QLineEdit *lineEdit() const { return m_edit; }
    const FieldSpec &spec() const { return m_spec; }
    void setExtraCheck(ExtraCheck check) { m_extra = std::move(check); }
    // What the field wants, for the tooltip and screen readers (a message,
    // while one is shown, takes its place for screen readers).
    void setHelp(const QString &help);

    // The error code of the current value, or empty.
    QString errorCode() const;
    FieldError error() const;
    bool isAcceptable() const { return errorCode().isEmpty(); }
    // Shows the current message (or none) from now on, as the person types.
    void reveal();
    // Whether the message shows (the field was left, or the page asked).
    bool isRevealed() const { return m_revealed; }
    // Re-checks after something this field depends on changed.
    void recheck();
    QString shownMessage() const;
    // What the service said of the value it was sent with: shown until the
    // person changes the value.
    void setServiceMessage(const QString &message);
    QString serviceMessage() const { return m_serviceMessage; }
    // Something worth a second look that does not stop the page (an earlier
    // application to the same address): said beneath while no error is.
    void setNotice(const QString &notice);
    // After a value was filled in for the person (postal look-up): the next
    // time they tab in, the cursor goes to the end instead of selecting it
    // all, so that typing the street number adds to it.
    void setFilledForContinuation() { m_continueAtEnd = true; }

Q_SIGNALS:
    void valueChanged(const QString &value);
    // Enter pressed, or the field left for another of its window's fields:
    // not when another window takes the focus for a moment (a switch to
    // another program mid-word is not the end of the value).
    void editingFinished();
    // Its message shows from now on (left, Enter on the page, or shown again
    // after a language switch): the time for a word on the value too. Once
    // for each value.
    void revealed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMessage();
    // reveal(), unless the field is left as empty as it always was.
    void revealOnLeaving();
    // A key the field did not take: a beep, and beneath it what the field
    // takes, until the next change or until it is left.
    void sayRefusedKey();

    FieldSpec m_spec;
    QLineEdit *m_edit;
    FieldMessage *m_message;
    ExtraCheck m_extra;
    QString m_help;
    bool m_revealed = false;
    bool m_saidRevealed = false; // revealed() emitted for the value there now
    bool m_everHeldText = false;
    QString m_serviceMessage;
    QString m_notice;
    QString m_refusedKey;
    qsizetype m_previousLength = 0;
    qsizetype m_currentLength = 0;
    bool m_continueAtEnd = false;
};
