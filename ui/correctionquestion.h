#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// The question before an application waiting to be sent is taken out of the
// queue to be corrected (asked from the list and from step 6). Keeping it
// waiting is the default: Enter twice must not leave a customer waiting for
// a mail that never comes.
class CorrectionQuestion
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionQuestion)
public:
    static bool confirmed(QWidget *parent, const QString &companyName);
};
