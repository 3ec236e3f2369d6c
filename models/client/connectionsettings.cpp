#include "client/connectionsettings.h"

#include <QUrl>

namespace {

bool isLoopback(const QString &host)
{
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1" ||
           host.startsWith(QStringLiteral("127."));
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

QStringList ConnectionSettings::pinsFromText(const QString &text)
{
    QStringList pins;
    for (const QString &line : text.split(u'\n')) {
        if (const QString pin = line.trimmed(); !pin.isEmpty())
            pins << pin;
    }
    return pins;
}
