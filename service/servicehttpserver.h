#pragma once

#include "service/httpexchange.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QRegularExpression>

#include <functional>
#include <memory>

// Qt HttpServer's base with a router of our own, so that a handler may answer
// after it returned (QHttpServer 6.4 offers that only through QFuture, which
// keeps a reference to a request it does not own). A handler gets a shared
// HttpExchange and answers through it, now or later.
class ConnectionGuard;

class ServiceHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::shared_ptr<HttpExchange> &)>;

    explicit ServiceHttpServer(QObject *parent = nullptr);
    // `pattern` is a whole path with ([^/]+) groups for the captured parts.
    void route(const QString &pattern, Handler handler);
    // Told when a request was read whole and when its answer was written.
    void setConnectionGuard(ConnectionGuard *guard) { m_guard = guard; }
    // The Date field every answer carries (RFC 9110 6.6.1), made once a second.
    static QByteArray httpDate();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class HttpExchange;
    static void write(QHttpServerResponse &&response, const QHttpServerRequest &request,
                      QTcpSocket *socket);

    struct Route
    {
        QRegularExpression pattern;
        Handler handler;
    };
    QList<Route> m_routes;
    ConnectionGuard *m_guard = nullptr;
};
