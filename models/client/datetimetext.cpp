#include "client/datetimetext.h"

#include <QLocale>

QString DateTimeText::format(const QDateTime &at, Precision precision)
{
    const QLocale locale;
    const bool seconds = precision == Precision::Seconds;
    if (locale.language() == QLocale::Japanese) {
        return seconds ? locale.toString(at.date(), QLocale::ShortFormat) + u' ' +
                             at.time().toString(QStringLiteral("H:mm:ss"))
                       : locale.toString(at, QLocale::ShortFormat);
    }
    return locale.toString(at, seconds ? QStringLiteral("d MMM yyyy, HH:mm:ss")
                                       : QStringLiteral("d MMM yyyy, HH:mm"));
}
