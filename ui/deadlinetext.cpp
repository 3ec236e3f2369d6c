#include "ui/deadlinetext.h"

#include "client/datetimetext.h"

QString DeadlineText::format(const QDateTime &deadline, const QTimeZone &local)
{
    constexpr int JapanOffset = 9 * 3600; // Japan has kept no summer time since 1951
    if (local.offsetFromUtc(deadline) == JapanOffset)
        return DateTimeText::format(deadline.toTimeZone(local));
    return tr("%1 (Japan time)")
        .arg(DateTimeText::format(deadline.toTimeZone(QTimeZone(JapanOffset))));
}
