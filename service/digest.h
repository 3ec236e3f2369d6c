#pragma once

#include <QByteArray>
#include <QByteArrayView>

// SHA-256 and HMAC-SHA-256 through OpenSSL (already loaded for TLS), which
// uses the CPU's SHA instructions: QCryptographicHash's portable code took
// a fifth of the request thread's time per application (the body's hash,
// the token's, the link's HMAC).
namespace Digest {

QByteArray sha256(QByteArrayView data);                         // 32 bytes
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data); // 32 bytes

} // namespace Digest
