#pragma once

#include "core/fieldtable.h"

#include <QList>
#include <QVariant>
#include <QWidget>

class QGridLayout;

// The inputs of one record (a destination, a login user) made from the field
// table and laid out in a grid: a long text field has a line of its own, the
// others go two to a line. Each input's value is its USER property
// (ValidatedField::value, PrefectureField::code, QSpinBox::value), so reading
// and writing a record is a walk over the table.
class RecordGrid
{
public:
    RecordGrid(QGridLayout *grid, QWidget *owner);

    // Makes the inputs for these fields; every change of a value is
    // signalled as `changedSignal` of the owner (e.g. SIGNAL(changed())).
    void addFields(const QList<FieldSpec> &specs, const char *changedSignal);
    const QList<QWidget *> &inputs() const { return m_inputs; }
    // The inputs of one kind (ValidatedField, PrefectureField), in order.
    template<typename Input> QList<Input *> inputsOf() const
    {
        QList<Input *> found;
        for (QWidget *input : m_inputs) {
            if (auto typed = qobject_cast<Input *>(input))
                found.append(typed);
        }
        return found;
    }
    // The first line under the inputs.
    int nextRow() const { return m_row + (m_column > 0 ? 1 : 0); }

    static QWidget *focusTarget(QWidget *input);
    static QVariant value(const QWidget *input);
    static void setValue(QWidget *input, const QVariant &value);
    static bool isAcceptable(const QWidget *input);
    // Shows the input's message from now on; whether its value holds.
    static bool reveal(QWidget *input);

    template<typename Record>
    static QList<FieldSpec> specs(const QList<RecordField<Record>> &fields)
    {
        QList<FieldSpec> result;
        for (const RecordField<Record> &f : fields)
            result.append(f.spec);
        return result;
    }
    template<typename Record> Record read(const QList<RecordField<Record>> &fields) const
    {
        Record r;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QVariant v = value(m_inputs.at(i));
            if (fields[i].number)
                r.*fields[i].number = v.toInt();
            else
                r.*fields[i].text = v.toString();
        }
        return r;
    }
    template<typename Record>
    void write(const QList<RecordField<Record>> &fields, const Record &r) const
    {
        for (qsizetype i = 0; i < fields.size(); ++i)
            setValue(m_inputs.at(i), fields[i].number ? QVariant(r.*fields[i].number)
                                                      : QVariant(r.*fields[i].text));
    }
    // The input of the field whose value lives at `member`.
    template<typename Record>
    QWidget *input(const QList<RecordField<Record>> &fields, QString Record::*member) const
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields[i].text == member)
                return m_inputs.at(i);
        }
        return nullptr;
    }

private:
    QWidget *makeInput(const FieldSpec &spec);

    QGridLayout *m_grid;
    QWidget *m_owner;
    QList<QWidget *> m_inputs;
    int m_row = 0;
    int m_column = 0;
};
