#include "ui/deadlinetext.h"

#include <QLocale>

namespace {
// Read out to a customer: in Japanese as the mail writes it (2026/11/28 3:05);
// in English with the month named, since 11/28/26 reads as a different day to
// half the world and its year is cut.
QString dateAndTime(const QDateTime &at)
{
    const QLocale locale;
    if (locale.language() == QLocale::Japanese)
        return locale.toString(at, QLocale::ShortFormat);
    return locale.toString(at, QStringLiteral("d MMM yyyy, HH:mm"));
}
} // namespace

QString DeadlineText::format(const QDateTime &deadline, const QTimeZone &local)
{
    constexpr int JapanOffset = 9 * 3600; // Japan has kept no summer time since 1951
    if (local.offsetFromUtc(deadline) == JapanOffset)
        return dateAndTime(deadline.toTimeZone(local));
    return tr("%1 (Japan time)").arg(dateAndTime(deadline.toTimeZone(QTimeZone(JapanOffset))));
}
