#include "ui/unitsspinbox.h"

#include <QKeyEvent>

QValidator::State UnitsSpinBox::validate(QString &input, int &pos) const
{
    for (QChar &c : input) {
        if (c.unicode() >= u'０' && c.unicode() <= u'９')
            c = QChar(u'0' + (c.unicode() - u'０'));
    }
    return QSpinBox::validate(input, pos);
}

void UnitsSpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        event->ignore(); // on to the page, which scrolls
        return;
    }
    QSpinBox::keyPressEvent(event);
}
