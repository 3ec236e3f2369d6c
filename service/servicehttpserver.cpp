#include "service/servicehttpserver.h"

#include "core/errorcodes.h"
#include "service/connectionguard.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcRequests, "moshikomi.service.requests")

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// Every header field the service sets on an answer (besides Content-Length):
// a HEAD answer is written field by field (ServiceHttpServer::write), and Qt
// 6.4 cannot list a response's fields.
constexpr const char *kAnswerFields[] = {
    "Content-Type", "Allow", "Cache-Control",    "Content-Security-Policy", "Referrer-Policy",
    "Retry-After",  "ETag",  "WWW-Authenticate", "X-Content-Type-Options",  "Date",
};

// The path for the log: a confirmation token never reaches a log line.
QString loggedPath(const QUrl &url)
{
    const QString path = url.path();
    return path.startsWith(QLatin1StringView("/confirm/")) ? QStringLiteral("/confirm/…") : path;
}

} // namespace

HttpExchange::HttpExchange(ServiceHttpServer *server, const QHttpServerRequest &request,
                           QTcpSocket *socket, const QStringList &args)
    : m_server(server)
    , m_request(&request)
    , m_socket(socket)
    , m_args(args)
    , m_method(methodName(request.method()))
    , m_loggedPath(loggedPath(request.url()))
{
    m_timer.start();
}

MessageCatalog::Language HttpExchange::language() const
{
    return MessageCatalog::fromAcceptLanguage(m_request->value("Accept-Language"));
}

void HttpExchange::respond(QHttpServerResponse &&response)
{
    if (m_answered)
        return;
    m_answered = true;
    const int status = int(response.statusCode());
    if (m_socket) {
        ServiceHttpServer::write(std::move(response), *m_request, m_socket);
        if (m_server->m_guard && m_socket)
            m_server->m_guard->answered(m_socket);
    }
    QString who = staffName.isEmpty() ? QStringLiteral("-") : staffName;
    if (!m_socket)
        who += QStringLiteral(" (client gone)");
    qCInfo(lcRequests).noquote() << m_method << m_loggedPath << status << m_timer.elapsed() << "ms"
                                 << who;
}

QByteArray ServiceHttpServer::httpDate()
{
    thread_local QByteArray text;
    thread_local qint64 second = -1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toSecsSinceEpoch() != second) {
        second = now.toSecsSinceEpoch();
        text = QLocale::c()
                   .toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1();
    }
    return text;
}

ServiceHttpServer::ServiceHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{}

void ServiceHttpServer::route(const QString &pattern, Handler handler)
{
    m_routes.append(
        {QRegularExpression(QRegularExpression::anchoredPattern(pattern)), std::move(handler)});
}

void ServiceHttpServer::write(QHttpServerResponse &&response, const QHttpServerRequest &request,
                              QTcpSocket *socket)
{
    // A client that says "Connection: close" is owed the close after its
    // answer (Qt 6.4 keeps the connection until the idle limit).
    const bool close = request.value("Connection").toLower().contains("close");
    response.setHeader("Date", httpDate());
    if (request.method() != QHttpServerRequest::Method::Head) {
        response.write(makeResponder(request, socket));
        if (close)
            socket->disconnectFromHost();
        return;
    }
    // HEAD: the fields and length GET would have, and no content (Qt 6.4
    // writes it whatever the method). On a kept connection a client reads
    // bytes after a HEAD answer as the start of the next answer.
    QHttpServerResponder responder = makeResponder(request, socket);
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder.writeStatusLine(response.statusCode());
    for (const char *name : kAnswerFields) {
        for (const QByteArray &value : response.headers(name))
            responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.data().size()));
    responder.writeBody(QByteArray());
    if (close)
        socket->disconnectFromHost();
}

bool ServiceHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_guard)
        m_guard->requestRead(socket);
    const QString path = request.url().path();
    for (const Route &r : std::as_const(m_routes)) {
        const QRegularExpressionMatch m = r.pattern.match(path);
        if (!m.hasMatch())
            continue;
        QStringList args = m.capturedTexts();
        args.removeFirst();
        r.handler(std::shared_ptr<HttpExchange>(new HttpExchange(this, request, socket, args)));
        return true;
    }
    return false;
}

void ServiceHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpExchange exchange(this, request, socket, {});
    exchange.respond(QHttpServerResponse(
        QByteArrayLiteral("application/json"),
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"), QString(ErrorCode::NotFound)},
                        {QStringLiteral("message"),
                         MessageCatalog::text(ErrorCode::NothingAtPath, {}, exchange.language())}})
            .toJson(QJsonDocument::Compact),
        QHttpServerResponse::StatusCode::NotFound));
}
