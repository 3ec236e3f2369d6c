#include "client/queuecipher.h"

#include <sodium.h>

namespace {

constexpr char Version = 1;
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// Associated data: what a sealed value belongs to.
QByteArray associatedData(const QUuid &id, QByteArrayView column)
{
    return id.toRfc4122() + QByteArrayView("/") + column.toByteArray();
}

QByteArray sealWith(const QByteArray &key, QByteArrayView plain, const QByteArray &ad)
{
    QByteArray out(1 + NonceBytes + plain.size() + TagBytes, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    bytes[0] = Version;
    randombytes_buf(bytes + 1, NonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + 1 + NonceBytes, &written, reinterpret_cast<const unsigned char *>(plain.data()),
        quint64(plain.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        quint64(ad.size()), nullptr, bytes + 1,
        reinterpret_cast<const unsigned char *>(key.constData()));
    out.resize(qsizetype(1 + NonceBytes + written));
    return out;
}

std::optional<QByteArray> openWith(const QByteArray &key, QByteArrayView sealed,
                                   const QByteArray &ad)
{
    if (key.size() != QueueCipher::KeyBytes || sealed.size() < 1 + NonceBytes + TagBytes ||
        sealed.at(0) != Version)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.data());
    QByteArray plain(sealed.size() - 1 - NonceBytes - TagBytes, Qt::Uninitialized);
    unsigned long long read = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &read, nullptr, bytes + 1 + NonceBytes,
            quint64(sealed.size() - 1 - NonceBytes),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), bytes + 1,
            reinterpret_cast<const unsigned char *>(key.constData())) != 0)
        return std::nullopt;
    plain.resize(qsizetype(read));
    return plain;
}

} // namespace

bool QueueCipher::initialize()
{
    return sodium_init() >= 0;
}

QByteArray QueueCipher::newKey()
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QByteArray QueueCipher::newSalt()
{
    static_assert(SaltBytes == crypto_pwhash_SALTBYTES);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

QByteArray QueueCipher::keyFromPassphrase(const QString &passphrase, const QByteArray &salt)
{
    if (salt.size() != SaltBytes)
        return {};
    const QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()),
                      utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

QByteArray QueueCipher::wrapKey(const QByteArray &dataKey, const QByteArray &keyEncryptionKey,
                                QByteArrayView context)
{
    if (dataKey.size() != KeyBytes || keyEncryptionKey.size() != KeyBytes)
        return {};
    return sealWith(keyEncryptionKey, dataKey,
                    QByteArrayLiteral("data-key/") + context.toByteArray());
}

std::optional<QByteArray> QueueCipher::unwrapKey(const QByteArray &wrapped,
                                                 const QByteArray &keyEncryptionKey,
                                                 QByteArrayView context)
{
    std::optional<QByteArray> key =
        openWith(keyEncryptionKey, wrapped, QByteArrayLiteral("data-key/") + context.toByteArray());
    if (key && key->size() != KeyBytes)
        return std::nullopt;
    return key;
}

QueueCipher::QueueCipher(const QByteArray &dataKey)
    : m_key(dataKey.size() == KeyBytes ? dataKey : QByteArray())
{
    m_key.detach();
}

QueueCipher::~QueueCipher()
{
    // The key does not outlive its use in freed memory.
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QByteArray QueueCipher::seal(QByteArrayView plain, const QUuid &id, QByteArrayView column) const
{
    if (!isValid())
        return {};
    return sealWith(m_key, plain, associatedData(id, column));
}

std::optional<QByteArray> QueueCipher::open(QByteArrayView sealed, const QUuid &id,
                                            QByteArrayView column) const
{
    return openWith(m_key, sealed, associatedData(id, column));
}
