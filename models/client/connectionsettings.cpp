#include "client/connectionsettings.h"

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
