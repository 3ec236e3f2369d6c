#include "ui/unitsspinbox.h"

#include "ui/fieldmessage.h"

namespace {
// What a person may type: two digits, so that a number dictated out of range
// is seen and said rather than cut.
constexpr int TypedMaximum = 99;
} // namespace

UnitsSpinBox::UnitsSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(0, TypedMaximum);
}

void UnitsSpinBox::setAllowedRange(int minimum, int maximum)
{
    m_allowedMinimum = minimum;
    m_allowedMaximum = maximum;
    setRange(qMin(0, minimum), qMax(TypedMaximum, maximum));
}

void UnitsSpinBox::setHelp(const QString &help)
{
    m_help = help;
    setToolTip(help);
    FieldMessage::describe(this, help);
}

void UnitsSpinBox::setFault(const QString &fault)
{
    FieldMessage::markField(this, !fault.isEmpty());
    FieldMessage::describe(this, fault.isEmpty() ? m_help : fault);
}

void UnitsSpinBox::stepBy(int steps)
{
    // From a value out of range, an arrow brings it to the nearest allowed one.
    setValue(qBound(m_allowedMinimum, value() + steps, m_allowedMaximum));
    selectAll();
}

QAbstractSpinBox::StepEnabled UnitsSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (isReadOnly())
        return enabled;
    if (value() < m_allowedMaximum)
        enabled |= StepUpEnabled;
    if (value() > m_allowedMinimum)
        enabled |= StepDownEnabled;
    return enabled;
}

QValidator::State UnitsSpinBox::validate(QString &input, int &pos) const
{
    for (QChar &c : input) {
        if (c.unicode() >= u'０' && c.unicode() <= u'９')
            c = QChar(u'0' + (c.unicode() - u'０'));
    }
    // The number with its counter, as written in a mail or said (3台, ３ 台):
    // the number is taken, rather than the whole paste refused.
    const QString trimmed = input.trimmed();
    if (trimmed.endsWith(u'台')) {
        input = trimmed.chopped(1).trimmed();
        pos = qMin(pos, int(input.size()));
    }
    return QSpinBox::validate(input, pos);
}
