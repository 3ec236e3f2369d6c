#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The confirmation links' tokens, made so that the database never holds one:
// a token is HMAC-SHA256(secret, nonce). The database keeps the nonce (with
// the mail waiting to go out) and the token's hash (to recognise it); the
// secret lives in a file of its own (<data-dir>/link-secret, mode 0600, or
// MOSHIKOMI_LINK_SECRET_FILE, which every instance of one service shares).
// A dump of the database alone gives no working link.
class LinkTokens
{
public:
    static std::optional<LinkTokens> load(const QString &dataDir, QString *error);

    static QByteArray newNonce();
    QByteArray token(const QByteArray &nonce) const;

private:
    explicit LinkTokens(const QByteArray &secret)
        : m_secret(secret)
    {}
    QByteArray m_secret;
};
