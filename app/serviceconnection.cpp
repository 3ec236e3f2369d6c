#include "app/serviceconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

#include <memory>

namespace {
constexpr const char *PinRefusedProperty = "moshikomiPinRefused";
constexpr const char *SslErrorsProperty = "moshikomiSslErrors";
constexpr const char *StartedProperty = "moshikomiStarted";
constexpr const char *TooLargeProperty = "moshikomiTooLarge";
} // namespace

namespace ServiceConnection {

QSslConfiguration tlsFor(const QString &caFile)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    // Replaces the system's roots; a file with no certificate in it leaves
    // nothing to trust, so every connection fails (never open).
    if (!caFile.isEmpty())
        ssl.setCaCertificates(QSslCertificate::fromPath(caFile));
    return ssl;
}

QNetworkRequest request(const Target &target, const QString &path)
{
    return request(target, path, tlsFor(target.caFile));
}

QNetworkRequest request(const Target &target, const QString &path, const QSslConfiguration &tls)
{
    QUrl url = target.serviceUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + target.token);
    r.setRawHeader("Accept-Language", target.language.toLatin1());
    // The token goes with every request: never after a redirect.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(target.transferTimeoutMs);
    r.setSslConfiguration(tls);
    return r;
}

QString pinOf(const QSslCertificate &certificate)
{
    return QStringLiteral("sha256//") +
           QString::fromLatin1(
               QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
                   .toBase64());
}

void guard(QNetworkReply *reply, const QStringList &pins)
{
    // To tell the transfer timeout from a cancellation of Qt's own.
    reply->setProperty(StartedProperty, QDateTime::currentMSecsSinceEpoch());
    // Kept to say which certificate problem it was (never ignored).
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &errors) {
                         QList<int> codes;
                         for (const QSslError &e : errors)
                             codes << int(e.error());
                         reply->setProperty(SslErrorsProperty, QVariant::fromValue(codes));
                     });
    // The service's largest answer (an application with its timeline, a
    // schema) is well under this; more is something else on the way (a
    // proxy's page, a stream that never ends), and Qt would keep all of it
    // in memory, with no timeout while bytes keep coming.
    const auto tooLarge = [reply](qint64 bytes) {
        if (bytes <= MaxAnswerBytes || reply->property(TooLargeProperty).toBool())
            return;
        reply->setProperty(TooLargeProperty, true);
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge] {
        tooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [tooLarge](qint64 received, qint64) { tooLarge(received); });
    if (pins.isEmpty())
        return;
    // Emitted after the handshake and before the request is written.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pins] {
        const QSslConfiguration tls = reply->sslConfiguration();
        QList<QSslCertificate> chain = tls.peerCertificateChain();
        // A server sends its chain without the root: the trusted certificate
        // that issued the last one sent completes it (a pin is usually the
        // private CA's key).
        if (!chain.isEmpty()) {
            // The handshake verified the chain up to one of these already.
            const QSslCertificate &last = chain.last();
            for (const QSslCertificate &ca : tls.caCertificates()) {
                if (ca != last && ca.subjectDisplayName() == last.issuerDisplayName() &&
                    ca.subjectInfoAttributes() == last.issuerInfoAttributes())
                    chain << ca;
            }
        }
        for (const QSslCertificate &c : std::as_const(chain)) {
            if (pins.contains(pinOf(c)))
                return;
        }
        reply->setProperty(PinRefusedProperty, true);
        reply->abort();
    });
}

bool pinRefused(const QNetworkReply *reply)
{
    return reply->property(PinRefusedProperty).toBool();
}

ConnectionOutcome outcome(const QNetworkReply *reply)
{
    if (pinRefused(reply))
        return ConnectionOutcome::PinMismatch;
    if (reply->property(TooLargeProperty).toBool())
        return ConnectionOutcome::NotTheService;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError: {
        // The transfer timeout cancels; so does Qt when the server ends an
        // HTTP/2 connection (GOAWAY) under requests on their way: that one is
        // no wait for an answer but a connection that ended.
        const QVariant started = reply->property(StartedProperty);
        const int timeout = reply->request().transferTimeout();
        if (started.isValid() && timeout > 0 &&
            QDateTime::currentMSecsSinceEpoch() - started.toLongLong() < timeout * 9 / 10)
            return ConnectionOutcome::Unreachable;
        return ConnectionOutcome::Timeout;
    }
    case QNetworkReply::TimeoutError:
        return ConnectionOutcome::Timeout;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ConnectionOutcome::ProxyAuthentication;
    case QNetworkReply::SslHandshakeFailedError: {
        // The reasons the handshake gave (kept by the reply's sslErrors).
        const QVariant errors = reply->property(SslErrorsProperty);
        for (int e : errors.value<QList<int>>()) {
            if (e == QSslError::HostNameMismatch)
                return ConnectionOutcome::HostNameMismatch;
        }
        for (int e : errors.value<QList<int>>()) {
            if (e == QSslError::UnableToGetLocalIssuerCertificate ||
                e == QSslError::SelfSignedCertificateInChain ||
                e == QSslError::SelfSignedCertificate ||
                e == QSslError::UnableToGetIssuerCertificate ||
                e == QSslError::UnableToVerifyFirstCertificate)
                return ConnectionOutcome::UnknownCertificate;
        }
        return ConnectionOutcome::CertificateProblem;
    }
    default:
        if (status == 0)
            return ConnectionOutcome::Unreachable;
        break;
    }
    if (status == 200 || status == 201)
        return ConnectionOutcome::Ok;
    if (status == 401)
        return ConnectionOutcome::TokenRefused;
    if (status == 403)
        return ConnectionOutcome::Forbidden;
    if (status == 407)
        return ConnectionOutcome::ProxyAuthentication;
    if (status >= 300 && status < 400)
        return ConnectionOutcome::Redirected;
    if (status == 429)
        return ConnectionOutcome::Busy;
    if (status >= 500)
        return ConnectionOutcome::ServiceError;
    return ConnectionOutcome::NotTheService;
}

ConnectionOutcome outcome(ConnectionOutcome outcome, const QString &serviceError)
{
    if (outcome == ConnectionOutcome::Busy && serviceError == u"too_many_attempts")
        return ConnectionOutcome::TooManyAttempts;
    return outcome;
}

QString describe(const QNetworkReply *reply)
{
    if (pinRefused(reply))
        return QStringLiteral("no key in the certificate chain matches a pin");
    if (reply->property(TooLargeProperty).toBool())
        return QStringLiteral("an answer of more than %1 bytes").arg(MaxAnswerBytes);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
}

void retireWhenIdle(QNetworkAccessManager *manager)
{
    // Qt makes each reply a child of its manager.
    auto inFlight = std::make_shared<int>(0);
    for (const QNetworkReply *r :
         manager->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly)) {
        if (!r->isFinished())
            ++*inFlight;
    }
    if (*inFlight == 0) {
        manager->deleteLater();
        return;
    }
    QObject::connect(manager, &QNetworkAccessManager::finished, manager, [manager, inFlight] {
        if (--*inFlight == 0)
            manager->deleteLater();
    });
}

} // namespace ServiceConnection
