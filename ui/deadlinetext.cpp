#include "ui/deadlinetext.h"

#include <QLocale>

QString DeadlineText::format(const QDateTime &deadline, const QTimeZone &local)
{
    constexpr int JapanOffset = 9 * 3600; // Japan has kept no summer time since 1951
    if (local.offsetFromUtc(deadline) == JapanOffset)
        return QLocale().toString(deadline.toTimeZone(local), QLocale::ShortFormat);
    return tr("%1 (Japan time)")
        .arg(QLocale().toString(deadline.toTimeZone(QTimeZone(JapanOffset)), QLocale::ShortFormat));
}
