#pragma once

#include <QList>
#include <QObject>

class PrefectureField;
class ValidatedField;

// A customer's signature or card copied whole (company, department and
// title, name, address, phone, email on lines of their own) and pasted into
// a field of step 1 with Ctrl+V goes into the step's fields by what each
// line is (ContactBlock), instead of onto one line of the field pasted into.
// Only empty fields are filled; what found its field taken, and the lines
// that are no field of the application (a fax number, a web address), are
// said at the field pasted into, so that nothing copied is lost unseen.
// Anything else is pasted as it always is.
class ContactBlockPaste : public QObject
{
    Q_OBJECT
public:
    // `fields` are step 1's line fields (ValidatedField::spec() tells which).
    ContactBlockPaste(const QList<ValidatedField *> &fields, PrefectureField *prefecture,
                      QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // False when the text is no contact block.
    bool distribute(const QString &text, ValidatedField *pastedInto);

    QList<ValidatedField *> m_fields;
    PrefectureField *m_prefecture;
};
