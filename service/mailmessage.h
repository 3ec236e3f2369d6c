#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One mail as RFC 5322 bytes, right for Japanese: UTF-8, RFC 2047 encoded
// Subject and From display name (encoded words of at most 75 characters,
// never splitting a character), a base64 body. Header values are stripped of
// CR and LF so that no value can add a header line.
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString to;
    QString subject;
    QString body;
    QString messageId; // without angle brackets; the same when a row is sent again
    QDateTime date;

    QByteArray toBytes() const;
    // "=?UTF-8?B?...?=" words joined by folding whitespace.
    static QByteArray encodeWords(const QString &text);
};
