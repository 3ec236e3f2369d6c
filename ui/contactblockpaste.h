#pragma once

#include <QList>
#include <QObject>

#include <functional>

class PrefectureField;
class ValidatedField;

// A customer's signature or card copied whole (company, department and
// title, name, address, phone, email on lines of their own) and pasted into
// a field of step 1, of a destination or of a login user with Ctrl+V goes into those fields
// by what each line is (ContactBlock), instead of onto one line of the field
// pasted into. Only empty fields are filled, and fields whose value stands
// elsewhere too (a destination's details as step 1 gave them); what found
// its field taken, and the lines that are no field here (a fax number, a web
// address), are said at the field pasted into, so that nothing copied is
// lost unseen. Anything else is pasted as it always is.
class ContactBlockPaste : public QObject
{
    Q_OBJECT
public:
    // `fields` are one record's line fields (ValidatedField::spec() tells
    // which); `prefecture` its list, if it has one. A record with a 携帯番号
    // and no phone (a login user) takes the block's mobile number there.
    ContactBlockPaste(const QList<ValidatedField *> &fields, PrefectureField *prefecture,
                      QObject *parent = nullptr);

    // Whether a field's value also stands elsewhere (step 1's, another
    // destination's), so that a pasted one replaces it with nothing lost.
    // Such values that the block has nothing for are emptied where the block
    // names another person or another address: step 1's department beside
    // the pasted person would be a stranger's.
    using HeldElsewhere = std::function<bool(QLatin1StringView wireName, const QString &value)>;
    // How many of a block's parts make a paste a block (see
    // ContactBlock::parse); three unless told.
    void setPartsNeeded(int parts) { m_partsNeeded = parts; }
    void setHeldElsewhere(HeldElsewhere heldElsewhere)
    {
        m_heldElsewhere = std::move(heldElsewhere);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // False when the text is no contact block.
    bool distribute(const QString &text, ValidatedField *pastedInto);
    bool isFree(QLatin1StringView wireName, const QString &value) const;
    ValidatedField *field(QLatin1StringView wireName) const;

    QList<ValidatedField *> m_fields;
    PrefectureField *m_prefecture;
    HeldElsewhere m_heldElsewhere;
    int m_partsNeeded = 3;
};
