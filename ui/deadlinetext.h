#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// A confirmation deadline as staff read it to the customer: the customer's
// mail states it in Japan time, so a computer set to another time zone shows
// Japan time too, and says so; on one in Japan time it is the local time.
class DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)
public:
    static QString format(const QDateTime &deadline,
                          const QTimeZone &local = QTimeZone::systemTimeZone());
};
