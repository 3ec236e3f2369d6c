#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Sends one mail over SMTP with libcurl: `smtp://` (STARTTLS when the server
// offers it), `smtp+starttls://` (STARTTLS required) or `smtps://` (implicit
// TLS). Certificates are always verified (MOSHIKOMI_SMTP_CA_FILE names a
// private CA). The user and password come from the environment
// (MOSHIKOMI_SMTP_USER, MOSHIKOMI_SMTP_PASSWORD or MOSHIKOMI_SMTP_PASSWORD_FILE),
// never from a flag that ps would show.
class SmtpTransport
{
public:
    struct Result
    {
        bool sent = false;
        bool permanent = false; // the server refused for good (5xx): do not retry
        QString error;
    };

    SmtpTransport(const QUrl &server, const QString &from);
    Result send(const QString &recipient, const QByteArray &message);

    static bool isSmtpUrl(const QString &url);

private:
    QUrl m_server;
    QString m_from;
};
