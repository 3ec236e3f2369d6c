#pragma once

#include <QByteArray>
#include <QString>

// The customer's pages behind the link in the confirmation mail: plain HTML
// forms that work without JavaScript and read well at a phone's width. Every
// value is HTML-escaped; nothing personal beyond the company name is shown.
class ConfirmationPage
{
public:
    enum class Kind { Ask, Accepted, Expired, Used, Replaced, Withdrawn, Unknown, Unavailable };

    static QByteArray html(Kind kind, const QString &companyName = QString());
    static QByteArray styleSheet();
};
