#pragma once

#include <QSpinBox>

// The number of units: a spin box that also takes the digits a Japanese
// input method types (３), which QSpinBox would drop without a word.
class UnitsSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
};
