#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

// What keeps the personal values of the local queue unreadable without the
// staff member's login session: XChaCha20-Poly1305 (libsodium's IETF AEAD)
// under one random data key per queue. Each value is sealed with a fresh
// random nonce and, as associated data, the application's id and the name of
// the column it belongs to, so that a sealed value moved to another row or
// column is refused rather than read. The data key itself is kept only
// wrapped: by a key from the OS keychain, or by one derived from a
// passphrase with Argon2id where no keychain works.
class QueueCipher
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr int SaltBytes = 16;

    // libsodium's own start; false when it cannot run (no random source).
    static bool initialize();
    // A fresh random key (the data key, or the keychain's key-encryption key).
    static QByteArray newKey();
    static QByteArray newSalt();
    // A key-encryption key from a passphrase: Argon2id, with libsodium's
    // "moderate" limits (about a second and 256 MiB), so that guessing is slow.
    static QByteArray keyFromPassphrase(const QString &passphrase, const QByteArray &salt);

    // The data key sealed by a key-encryption key; `context` names the queue
    // (its path or id), so that a wrapped key cannot serve another queue.
    static QByteArray wrapKey(const QByteArray &dataKey, const QByteArray &keyEncryptionKey,
                              QByteArrayView context);
    static std::optional<QByteArray> unwrapKey(const QByteArray &wrapped,
                                               const QByteArray &keyEncryptionKey,
                                               QByteArrayView context);

    explicit QueueCipher(const QByteArray &dataKey);
    ~QueueCipher();
    QueueCipher(const QueueCipher &) = delete;
    QueueCipher &operator=(const QueueCipher &) = delete;

    bool isValid() const { return m_key.size() == KeyBytes; }
    // Another cipher with the same key, for another thread.
    std::unique_ptr<QueueCipher> clone() const { return std::make_unique<QueueCipher>(m_key); }

    // A version byte, the nonce, then the ciphertext with its tag.
    QByteArray seal(QByteArrayView plain, const QUuid &id, QByteArrayView column) const;
    // Nothing when the value was not sealed by this key for this id and
    // column, or was changed in any way.
    std::optional<QByteArray> open(QByteArrayView sealed, const QUuid &id,
                                   QByteArrayView column) const;

private:
    QByteArray m_key;
};
