#pragma once

#include <QSpinBox>

// The number of units. It keeps what is typed even when it is out of range
// (12 dictated for 台数 stays 12, for a message at the field to point out),
// where QSpinBox would drop the second digit without a word; the arrow keys
// stay within the allowed range. It also takes the digits a Japanese input
// method types (３) and a number pasted with its counter (3台).
class UnitsSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit UnitsSpinBox(QWidget *parent = nullptr);

    void setAllowedRange(int minimum, int maximum);
    bool isAllowed() const { return value() >= m_allowedMinimum && value() <= m_allowedMaximum; }

    // What the field is for: its tooltip, and what a screen reader says of it.
    void setHelp(const QString &help);
    // What is wrong with it (empty: nothing): tinted, and said in place of
    // the help, since a screen reader is on the field, not on the message
    // under the destinations.
    void setFault(const QString &fault);

    void stepBy(int steps) override;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    StepEnabled stepEnabled() const override;

private:
    int m_allowedMinimum = 1;
    int m_allowedMaximum = 99;
    QString m_help;
};
