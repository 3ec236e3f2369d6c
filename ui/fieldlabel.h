#pragma once

#include <QLabel>

// A field's label: its name, a mark when the field is required, and the
// field as buddy so that the mnemonic and screen readers find it.
class FieldLabel : public QLabel
{
    Q_OBJECT
public:
    FieldLabel(const QString &text, bool required, QWidget *buddy, QWidget *parent = nullptr);
};
