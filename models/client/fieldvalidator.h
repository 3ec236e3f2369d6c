#pragma once

#include "core/fieldtable.h"

#include <QValidator>

// The rule of one field for a line edit. validate() normalises what is typed
// (full-width to half-width, hyphen look-alikes) and answers Intermediate while
// the value may still become right and Acceptable once it is; characters that
// can never belong in the field are refused. fixup() gives the canonical form.
class FieldValidator : public QValidator
{
    Q_OBJECT
public:
    explicit FieldValidator(const FieldSpec &spec, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    // A paste of several lines made one (Normalizer::onOneLine), the cursor
    // kept where it was: the first step of validate(), and for the line
    // edits of step 3, which have no field validator.
    static void putOnOneLine(QString &input, int &pos);
    void fixup(QString &input) const override;

    const FieldSpec &spec() const { return m_spec; }

private:
    State check(QString &input, int &pos) const;

    FieldSpec m_spec;
    // What the line edit held last: a paste (several characters at once) is
    // never refused, only a keystroke that can never belong.
    mutable QString m_last;
};
