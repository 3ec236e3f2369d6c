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
//
// One transport sends mail after mail over the same connection while it is
// fresh (a TLS handshake and EHLO per mail cost the server and us more than
// the mail); a mail that fails on a kept connection is tried once more on a
// new one before it counts as a failure.
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
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport &) = delete;
    SmtpTransport &operator=(const SmtpTransport &) = delete;

    Result send(const QString &recipient, const QByteArray &message);

    static bool isSmtpUrl(const QString &url);
    // Why mail could never leave through `url` (an SMTP URL) with this
    // environment, said at the start rather than as mails refused later; empty
    // when it can.
    static QString configurationMistake(const QString &url);

private:
    Result attempt(const QString &recipient, const QByteArray &message, bool freshConnection,
                   bool *reusedConnection);

    QUrl m_server;
    QString m_from;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_caFile;
    void *m_curl = nullptr; // CURL *, kept for its connection
};
