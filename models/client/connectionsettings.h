#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// How this installation reaches the central service: what the settings
// dialog edits and the sync engine uses. The token is never written to a
// file (the keychain keeps it).
struct ConnectionSettings
{
    QString serviceUrl; // https://…, or http:// on this computer only
    QString caFile;     // a private CA replacing the system's roots; empty: the system's
    QStringList pins;   // "sha256//<base64>" of a public key in the chain; empty: none
    QByteArray token;

    // What is wrong with a value, for the dialog to say at its field.
    enum class Fault {
        None,
        UrlMissing,
        UrlInvalid,
        UrlNotHttps, // http:// to another computer would carry the token in the clear
        TokenMissing,
        TokenInvalid, // spaces, line breaks or other characters a header cannot carry
    };
    static Fault checkServiceUrl(const QString &url);
    // The service's address as people give it: without its scheme
    // (moshikomi.example.co.jp:8443) it means https://; one of the service's
    // own paths copied along (…/api/v1/applications, …/healthz) is cut off.
    // Anything else is returned trimmed, for checkServiceUrl to judge.
    static QString completedServiceUrl(const QString &typed);
    // The first pin that is not "sha256//" and 32 bytes of base64; -1 when all are.
    static int invalidPin(const QStringList &pins);
    // As typed: a character outside printable ASCII (a line break, a space, a
    // full-width letter from an IME) cannot travel in a header.
    static Fault checkToken(QStringView token);
    // The token as pasted: trimmed, and without the "Bearer " (or the whole
    // "Authorization: Bearer ") a curl example or a mail may carry in front.
    static QString tokenAsGiven(const QString &pasted);
    // Pins from text, one per line (blank lines and surrounding spaces ignored).
    static QStringList pinsFromText(const QString &text);
};

// What "Test connection" (and a sync) found, in words by the UI.
enum class ConnectionOutcome {
    Ok,
    Unreachable,         // no answer: name unknown, refused, no network
    Timeout,             // no answer in time
    UnknownCertificate,  // signed by no CA this computer trusts
    HostNameMismatch,    // a certificate for another name
    CertificateProblem,  // expired, not yet valid, revoked …
    PinMismatch,         // no key in the chain matches a configured pin
    CaFileUnreadable,    // the configured CA file holds no certificate
    TokenRefused,        // 401
    Forbidden,           // 403
    Redirected,          // a redirect (never followed with the token)
    ProxyAuthentication, // the proxy wants credentials
    NotTheService,       // an answer, but not the service's (a portal, a proxy page)
    ServiceError,        // 5xx
    Busy,                // 429: the service (or its front) asks to wait
    TooManyAttempts,     // 429 too_many_attempts: wrong tokens from this address
};
namespace ConnectionOutcomes {
// Words for staff: the settings dialog's "Test connection", the status bar,
// and an application's last error in the queue.
QString text(ConnectionOutcome outcome);
// Its name where it is kept (an application's last error), and back.
QString name(ConnectionOutcome outcome);
std::optional<ConnectionOutcome> fromName(QStringView name);
} // namespace ConnectionOutcomes

Q_DECLARE_METATYPE(ConnectionSettings)
Q_DECLARE_METATYPE(ConnectionOutcome)
