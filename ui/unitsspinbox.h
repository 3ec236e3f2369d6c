#pragma once

#include <QSpinBox>

// The number of units: a spin box that also takes the digits a Japanese
// input method types (３), which QSpinBox would drop without a word. Page Up
// and Page Down scroll the step, as from its other fields: as a spin box's
// steps of ten they set 10 or 1 unit at once, unseen by someone scrolling.
class UnitsSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void keyPressEvent(QKeyEvent *event) override;
};
