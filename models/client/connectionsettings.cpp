#include "client/connectionsettings.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool isLoopback(const QString &host)
{
    if (host == u"localhost" || host == u"::1")
        return true;
    // 127.0.0.0/8 written as an address: a name that merely starts with
    // "127." (127.0.0.1.example.com) is looked up and can be anywhere.
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127")
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const uint n = part.toUInt(&ok);
        if (!ok || n > 255 || part.size() > 3 || !part.front().isDigit())
            return false;
    }
    return true;
}

} // namespace

ConnectionSettings::Fault ConnectionSettings::checkServiceUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Fault::UrlMissing;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http") || !url.userInfo().isEmpty() ||
        url.hasQuery() || url.hasFragment())
        return Fault::UrlInvalid;
    if (url.scheme() == u"http" && !isLoopback(url.host()))
        return Fault::UrlNotHttps;
    return Fault::None;
}

QString ConnectionSettings::completedServiceUrl(const QString &typed)
{
    QString url = typed.trimmed();
    // Only what reads as an address: a word alone ("notaurl") is no host
    // anyone meant, and the field says to give an https:// address.
    const bool looksLikeAHost = url.contains(u'.') || url.contains(u':') ||
                                url.compare(u"localhost", Qt::CaseInsensitive) == 0;
    if (looksLikeAHost && !url.contains(QLatin1StringView("://")) &&
        checkServiceUrl(QStringLiteral("https://") + url) == Fault::None)
        url.prepend(QStringLiteral("https://"));
    // One of the service's own addresses copied whole (…/api/v1/applications
    // from the API's documentation, …/healthz from a check): the service is
    // what comes before it; the app adds those paths itself.
    QUrl parsed(url, QUrl::StrictMode);
    static const QRegularExpression ownPath(QStringLiteral("^(.*?)/(api/v1(/.*)?|healthz)/?$"));
    if (const QRegularExpressionMatch m = ownPath.match(parsed.path());
        m.hasMatch() && checkServiceUrl(url) == Fault::None) {
        parsed.setPath(m.captured(1));
        url = parsed.toString();
    }
    return url;
}

int ConnectionSettings::invalidPin(const QStringList &pins)
{
    static const QLatin1StringView prefix("sha256//");
    for (int i = 0; i < pins.size(); ++i) {
        const QString &pin = pins.at(i);
        const auto decoded = QByteArray::fromBase64Encoding(
            pin.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!pin.startsWith(prefix) || !decoded || decoded.decoded.size() != 32)
            return i;
    }
    return -1;
}

ConnectionSettings::Fault ConnectionSettings::checkToken(QStringView token)
{
    if (token.isEmpty())
        return Fault::TokenMissing;
    for (QChar c : token) {
        // What a header value can carry, without spaces (a paste's line break).
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return Fault::TokenInvalid;
    }
    return Fault::None;
}

QString ConnectionSettings::tokenAsGiven(const QString &pasted)
{
    QString token = pasted.trimmed();
    for (const QLatin1StringView prefix :
         {QLatin1StringView("Authorization:"), QLatin1StringView("Bearer ")}) {
        if (token.startsWith(prefix, Qt::CaseInsensitive))
            token = token.mid(prefix.size()).trimmed();
    }
    return token;
}

QStringList ConnectionSettings::pinsFromText(const QString &text)
{
    QStringList pins;
    for (const QString &line : text.split(u'\n')) {
        if (const QString pin = line.trimmed(); !pin.isEmpty())
            pins << pin;
    }
    return pins;
}

namespace {

// Kept in the queue: never renamed.
constexpr EnumName<ConnectionOutcome> kOutcomes[] = {
    {ConnectionOutcome::Ok, "ok"},
    {ConnectionOutcome::Unreachable, "unreachable"},
    {ConnectionOutcome::Timeout, "timeout"},
    {ConnectionOutcome::UnknownCertificate, "unknown_certificate"},
    {ConnectionOutcome::HostNameMismatch, "host_name_mismatch"},
    {ConnectionOutcome::CertificateProblem, "certificate_problem"},
    {ConnectionOutcome::PinMismatch, "pin_mismatch"},
    {ConnectionOutcome::CaFileUnreadable, "ca_file_unreadable"},
    {ConnectionOutcome::TokenRefused, "token_refused"},
    {ConnectionOutcome::Forbidden, "forbidden"},
    {ConnectionOutcome::Redirected, "redirected"},
    {ConnectionOutcome::ProxyAuthentication, "proxy_authentication"},
    {ConnectionOutcome::NotTheService, "not_the_service"},
    {ConnectionOutcome::ServiceError, "service_error"},
    {ConnectionOutcome::Busy, "busy"},
    {ConnectionOutcome::TooManyAttempts, "too_many_attempts"},
};

} // namespace

QString ConnectionOutcomes::name(ConnectionOutcome outcome)
{
    return nameOf(kOutcomes, outcome);
}

std::optional<ConnectionOutcome> ConnectionOutcomes::fromName(QStringView name)
{
    return valueOf(kOutcomes, name);
}

QString ConnectionOutcomes::text(ConnectionOutcome outcome)
{
    using O = ConnectionOutcome;
    switch (outcome) {
    case O::Ok:
        return QCoreApplication::translate("ConnectionOutcome",
                                           "Connected: the service accepted the token.");
    case O::Unreachable:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service cannot be reached: check the address and the network.");
    case O::Timeout:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service did not answer in time: the network or the service is slow or "
            "down.");
    case O::UnknownCertificate:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service's certificate is not signed by an authority this computer "
            "trusts: check the CA certificate file, or ask your administrator.");
    case O::HostNameMismatch:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service's certificate is for another name than the address: check the "
            "address.");
    case O::CertificateProblem:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service's certificate cannot be trusted (expired or invalid): ask your "
            "administrator.");
    case O::PinMismatch:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service's key matches none of the public-key pins: nothing was sent. "
            "Check the pins with your administrator.");
    case O::CaFileUnreadable:
        return QCoreApplication::translate(
            "ConnectionOutcome", "This file holds no certificate that can be read (PEM or DER).");
    case O::TokenRefused:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service refused the staff token: check that it was copied whole, or ask "
            "for a new one.");
    case O::Forbidden:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "This staff token may not send applications: ask your administrator.");
    case O::Redirected:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The address redirects elsewhere; the token is not sent after a redirect. "
            "Enter the service's own address.");
    case O::ProxyAuthentication:
        return QCoreApplication::translate(
            "ConnectionOutcome", "The network's proxy asks for a user name and password.");
    case O::NotTheService:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "Something answered at this address, but it is not the Moshikomi service (a "
            "network login page?). Check the address, or log in to the network first.");
    case O::ServiceError:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service has a problem right now; applications wait in the queue until "
            "it is back.");
    case O::Busy:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "The service is busy and asked to wait; what is left is sent by itself when "
            "the wait is over.");
    case O::TooManyAttempts:
        return QCoreApplication::translate(
            "ConnectionOutcome",
            "After several wrong staff tokens from this network, the service takes no "
            "requests from it for a while (usually about ten minutes). Check the token; "
            "what is left is sent by itself once the service takes requests again.");
    }
    return {};
}
