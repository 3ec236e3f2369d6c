#pragma once

#include "client/connectionsettings.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

// The one way the client reaches the service, for the sync engine and the
// settings dialog's test alike: certificates always verified (the system's
// roots, or a private CA file in their place), optional public-key pins
// checked right after the handshake, before any byte of the request leaves,
// the token on every request and therefore no redirect ever followed, and
// an explicit transfer timeout.
namespace ServiceConnection {

struct Target
{
    QUrl serviceUrl;
    QByteArray token;
    QString caFile;
    QStringList pins;
    QString language = QStringLiteral("ja");
    int transferTimeoutMs = 30000;
};

// A reply that says or brings more than this is aborted by guard().
constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;

QNetworkRequest request(const Target &target, const QString &path);
// The same, with the TLS configuration made once by tlsFor() (reading and
// parsing the CA file for every request would cost more than the request).
QNetworkRequest request(const Target &target, const QString &path, const QSslConfiguration &tls);
// The system's roots, or the CA file's certificates in their place.
QSslConfiguration tlsFor(const QString &caFile);
// Aborts the reply after the TLS handshake when pins are configured and no
// key in the peer's chain matches one of them, and any reply whose answer
// grows past MaxAnswerBytes (outcome(): NotTheService).
void guard(QNetworkReply *reply, const QStringList &pins);
bool pinRefused(const QNetworkReply *reply);
// "sha256//<base64>" of a certificate's public key (SubjectPublicKeyInfo),
// as curl's --pinnedpubkey writes it.
QString pinOf(const QSslCertificate &certificate);
// What a finished reply says about the connection: Ok for 200/201 (the body
// is the caller's to judge), else the reason it cannot be used.
ConnectionOutcome outcome(const QNetworkReply *reply);
// The same, told more by the service's own answer: its 429 after wrong
// tokens from this address is no busy service but a token to check.
ConnectionOutcome outcome(ConnectionOutcome outcome, const QString &serviceError);
// A log line for a failed reply (never the token).
QString describe(const QNetworkReply *reply);
// Deletes the manager, with the connections it keeps, once every reply it
// has in flight is finished. For a manager whose connections were checked
// under settings that no longer hold (a pin, a CA, another service): Qt
// checks pins and certificates only when a connection is made, and would
// send the next request on one of them.
void retireWhenIdle(QNetworkAccessManager *manager);

} // namespace ServiceConnection
