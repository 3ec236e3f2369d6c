#include "service/digest.h"

#include <QtGlobal>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace {

constexpr int Sha256Bytes = 32;

// Fetched once: an implicit fetch by name at every call costs a look-up
// under a lock. Never freed: they live as long as the process.
EVP_MD *sha256Method()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    return md;
}

EVP_MAC *hmacMethod()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

} // namespace

QByteArray Digest::sha256(QByteArrayView data)
{
    QByteArray out(Sha256Bytes, Qt::Uninitialized);
    unsigned int size = 0;
    const int ok =
        EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &size, sha256Method(), nullptr);
    // Only a broken OpenSSL installation fails here; no answer is better
    // than a wrong one.
    if (ok != 1 || size != Sha256Bytes)
        qFatal("OpenSSL: SHA-256 failed");
    return out;
}

QByteArray Digest::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(
        EVP_MAC_CTX_new(hmacMethod()), &EVP_MAC_CTX_free);
    char digestName[] = "SHA2-256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end()};
    // No key pointer would mean "the key set before", of which there is none.
    static const unsigned char emptyKey = 0;
    const unsigned char *keyBytes =
        key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    QByteArray out(Sha256Bytes, Qt::Uninitialized);
    size_t size = 0;
    const bool ok = ctx && EVP_MAC_init(ctx.get(), keyBytes, size_t(key.size()), params) == 1 &&
                    EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.data()),
                                   size_t(data.size())) == 1 &&
                    EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size,
                                  size_t(out.size())) == 1 &&
                    size == Sha256Bytes;
    if (!ok)
        qFatal("OpenSSL: HMAC-SHA-256 failed");
    return out;
}
