#pragma once

#include <QDateTime>
#include <QString>

// A date and time as the windows show it, in the language of the UI: in
// Japanese the locale's short form (2026/11/28 3:05); in English with the
// month named and the year whole (28 Nov 2026, 03:05), since 11/28/26 reads
// as another day to much of the world. The time is shown as given (convert to
// local time or Japan time first).
class DateTimeText
{
public:
    enum class Precision { Minutes, Seconds };
    static QString format(const QDateTime &at, Precision precision = Precision::Minutes);
};
