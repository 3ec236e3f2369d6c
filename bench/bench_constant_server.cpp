// The ceiling for the intake benchmark: the service's own HTTP stack
// (ServiceHttpServer on Qt HttpServer, the same TLS set-up) answering every
// POST with a constant 201, reading the body and touching no disk.
#include "service/servicehttpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: bench_constant_server PORT CERT KEY\n";
        return 2;
    }
    QFile cert(args.at(2));
    QFile key(args.at(3));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return 2;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll()));
    const QByteArray keyBytes = key.readAll();
    QSslKey k(keyBytes, QSsl::Rsa);
    if (k.isNull())
        k = QSslKey(keyBytes, QSsl::Ec);
    ssl.setPrivateKey(k);
    ServiceHttpServer server;
    server.sslSetup(ssl);
    const QByteArray answer =
        R"({"id":"00000000-0000-4000-8000-000000000000","status":"awaiting_confirmation",)"
        R"("confirmationExpiresAt":"2026-11-26T08:15:00Z"})";
    server.route(QStringLiteral("/api/v1/applications"),
                 [answer](const std::shared_ptr<HttpExchange> &e) {
                     const qsizetype read = e->request().body().size();
                     Q_UNUSED(read);
                     e->respond(QHttpServerResponse(QByteArrayLiteral("application/json"), answer,
                                                    QHttpServerResponse::StatusCode::Created));
                 });
    if (!server.listen(QHostAddress::LocalHost, quint16(args.at(1).toUInt())))
        return 1;
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}
