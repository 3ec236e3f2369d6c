#include "service/smtptransport.h"

#include <QFile>

#include <curl/curl.h>

#include <cstring>

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readCallback(char *buffer, size_t size, size_t items, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t room = size * items;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = left < room ? left : room;
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

QByteArray password()
{
    const QString file = qEnvironmentVariable("MOSHIKOMI_SMTP_PASSWORD_FILE");
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            return f.readAll().trimmed();
    }
    return qgetenv("MOSHIKOMI_SMTP_PASSWORD");
}

} // namespace

SmtpTransport::SmtpTransport(const QUrl &server, const QString &from)
    : m_server(server)
    , m_from(from)
    // Read once for the transport's life (the password file not again for
    // every mail).
    , m_user(qgetenv("MOSHIKOMI_SMTP_USER"))
    , m_password(password())
    , m_caFile(qgetenv("MOSHIKOMI_SMTP_CA_FILE"))
{}

SmtpTransport::~SmtpTransport()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl)); // says QUIT on a kept connection
}

bool SmtpTransport::isSmtpUrl(const QString &url)
{
    const QString scheme = QUrl(url).scheme();
    return scheme == u"smtp" || scheme == u"smtps" || scheme == u"smtp+starttls";
}

QString SmtpTransport::configurationMistake(const QString &url)
{
    const QUrl server(url, QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty())
        return QStringLiteral("--mail %1: give maildir:DIR or smtp://HOST:PORT").arg(url);
    if (!server.userInfo().isEmpty())
        return QStringLiteral("--mail: put no user or password in the URL; use "
                              "MOSHIKOMI_SMTP_USER and MOSHIKOMI_SMTP_PASSWORD");
    // Read when the first mail is sent: password() would quietly go without.
    for (const char *variable : {"MOSHIKOMI_SMTP_PASSWORD_FILE", "MOSHIKOMI_SMTP_CA_FILE"}) {
        const QString file = qEnvironmentVariable(variable);
        if (QFile f(file); !file.isEmpty() && !f.open(QIODevice::ReadOnly))
            return QStringLiteral("%1 %2: %3")
                .arg(QLatin1StringView(variable), file, f.errorString());
    }
    return {};
}

SmtpTransport::Result SmtpTransport::send(const QString &recipient, const QByteArray &message)
{
    bool reused = false;
    const Result first = attempt(recipient, message, false, &reused);
    // A kept connection the server has since closed (its idle timeout, a
    // restart) fails the mail without saying anything about it.
    if (first.sent || first.permanent || !reused)
        return first;
    return attempt(recipient, message, true, &reused);
}

SmtpTransport::Result SmtpTransport::attempt(const QString &recipient, const QByteArray &message,
                                             bool freshConnection, bool *reusedConnection)
{
    Result result;
    *reusedConnection = false;
    if (!m_curl)
        m_curl = curl_easy_init();
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        result.error = QStringLiteral("libcurl could not start");
        return result;
    }
    const QString scheme = m_server.scheme();
    QUrl url = m_server;
    url.setScheme(scheme == u"smtps" ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setUserInfo(QString());
    const QByteArray urlBytes = url.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = '<' + m_from.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&message};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readCallback);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    // Servers drop a quiet session after a few minutes (RFC 5321 asks for
    // five at least); one idle for a minute is not used again.
    curl_easy_setopt(curl, CURLOPT_MAXAGE_CONN, 60L);
    curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, freshConnection ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     scheme == u"smtp+starttls" ? long(CURLUSESSL_ALL) : long(CURLUSESSL_TRY));
    if (!m_caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_caFile.constData());
    if (!m_user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    long newConnections = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &newConnections);
    *reusedConnection = newConnections == 0;
    // The handle outlives this call (its connection is kept): nothing of it
    // may point into this frame (the error buffer, the upload) any longer.
    curl_easy_reset(curl);
    curl_slist_free_all(recipients);
    if (code == CURLE_OK) {
        result.sent = true;
        return result;
    }
    // A 5xx answer refuses this mail for good (an unknown recipient);
    // anything else (no connection, 4xx, a timeout) is worth another try,
    // and so is a refused login (535): the service's password is wrong, not
    // the customer's address, and every mail waits until it is mended.
    result.permanent = response >= 500 && response < 600 && code != CURLE_LOGIN_DENIED;
    result.error =
        QStringLiteral("%1 (SMTP %2)")
            .arg(QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)))
            .arg(response);
    return result;
}
