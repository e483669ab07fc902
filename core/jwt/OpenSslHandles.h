#pragma once

// RAII owners for the OpenSSL objects this module touches. Private to core/jwt.

#include <QByteArray>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

namespace vendo::jwt::ossl {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};

using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Bn = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;

inline std::shared_ptr<EVP_PKEY> share(PKey key)
{
    return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
}

inline Bn bnFrom(const QByteArray &bytes)
{
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

inline QByteArray bnBytes(const BIGNUM *bn, int width = 0)
{
    const int size = width > 0 ? width : BN_num_bytes(bn);
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size) != size)
        return {};
    return out;
}

inline Bio memoryBio(const char *data, qsizetype size)
{
    return Bio(BIO_new_mem_buf(data, int(size)));
}

inline QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

// Empties the thread's OpenSSL error queue when the scope ends. A key that does not parse or a signature
// that does not verify leaves entries there: they outlive the call (allocations per thread, which a bulk
// audit piles up) and the next OpenSSL user on the thread, such as QtNetwork's TLS, could take them for
// its own. Every entry point of core/jwt that can fail inside OpenSSL holds one: the reason reaches the
// caller as a Problem or a SignatureCheck, never through the queue.
class ErrorQueueScope
{
public:
    ErrorQueueScope() = default;
    ~ErrorQueueScope() { ERR_clear_error(); }
    ErrorQueueScope(const ErrorQueueScope &) = delete;
    ErrorQueueScope &operator=(const ErrorQueueScope &) = delete;
};

} // namespace vendo::jwt::ossl

namespace vendo::jwt::ossl {

// The message digest of a JWS algorithm (nullptr for EdDSA, which hashes internally, and for none).
// Fetched once per process: an implicit fetch on every signature is measurable in bulk audits.
const EVP_MD *digestForBits(int bits);

} // namespace vendo::jwt::ossl
