#include "ui/unitsspinbox.h"

QValidator::State UnitsSpinBox::validate(QString &input, int &pos) const
{
    for (QChar &c : input) {
        if (c.unicode() >= u'０' && c.unicode() <= u'９')
            c = QChar(u'0' + (c.unicode() - u'０'));
    }
    return QSpinBox::validate(input, pos);
}
