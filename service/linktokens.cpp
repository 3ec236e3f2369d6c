#include "service/linktokens.h"

#include "service/digest.h"
#include "service/securerandom.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {

constexpr int SecretBytes = 32;

} // namespace

std::optional<LinkTokens> LinkTokens::load(const QString &dataDir, QString *error)
{
    QString path = qEnvironmentVariable("MOSHIKOMI_LINK_SECRET_FILE");
    if (path.isEmpty())
        path = QDir(dataDir).filePath(QStringLiteral("link-secret"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray secret = QByteArray::fromBase64(file.readAll().trimmed());
        if (secret.size() < SecretBytes) {
            *error =
                QStringLiteral("%1: not a secret of %2 bytes (base64)").arg(path).arg(SecretBytes);
            return std::nullopt;
        }
        return LinkTokens(secret);
    }
    const QByteArray secret = SecureRandom::bytes(SecretBytes);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(secret.toBase64() + '\n') < 0 || !out.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    return LinkTokens(secret);
}

QByteArray LinkTokens::newNonce()
{
    return SecureRandom::bytes(16).toBase64(QByteArray::Base64UrlEncoding |
                                            QByteArray::OmitTrailingEquals);
}

QByteArray LinkTokens::token(const QByteArray &nonce) const
{
    // 32 bytes of HMAC: as unguessable as the secret.
    return Digest::hmacSha256(m_secret, nonce)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
