#include "service/connectionguard.h"

#include "core/errorcodes.h"
#include "messages/messagecatalog.h"
#include "service/servicehttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslServer>
#include <QSslSocket>

#include <algorithm>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcGuard, "moshikomi.service.connections")

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    // Often enough that a limit is kept within a quarter of itself.
    m_sweep.setInterval(
        std::clamp(std::min(limits.requestTimeoutMs, limits.idleTimeoutMs) / 4, 100, 5000));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep.start();
}

bool ConnectionGuard::watch(QTcpSocket *socket)
{
    if (m_sockets.size() >= m_limits.maxConnections) {
        qCWarning(lcGuard) << "a connection refused: already" << m_sockets.size() << "connections";
        return false;
    }
    m_sockets.insert(socket, State{now(), -1, 0, 0, false});
    // Qt's socket otherwise reads all the system has for it at once: a
    // service slow to look (a busy machine) held megabytes of a body that
    // was to be refused. Room for the largest request and a little more, so
    // that one that would not fit is refused rather than left waiting.
    socket->setReadBufferSize(m_limits.maxRequestBytes + 64 * 1024);
    // Connected before the HTTP server's own reader, so the bytes are
    // counted before it takes them.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { bytesArrived(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.remove(socket); });
    return true;
}

void ConnectionGuard::watchHandshakes(QSslServer *server)
{
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        // The server is still setting the socket up: closed once it is done.
        if (!watch(socket))
            QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
    });
}

void ConnectionGuard::bytesArrived(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end() || it->refused)
        return;
    it->lastActivity = now();
    if (it->requestSince < 0) {
        it->requestSince = it->lastActivity;
        it->requestBytes = 0;
        it->headLookedAt = false;
    }
    // What arrived since the reader last took everything.
    it->requestBytes += socket->bytesAvailable();
    if (it->requestBytes > m_limits.maxRequestBytes)
        refuse(socket, *it, "413 Content Too Large", ErrorCode::TooLarge);
    else if (!it->headLookedAt)
        answerExpectation(socket, *it);
}

void ConnectionGuard::answerExpectation(QTcpSocket *socket, State &state)
{
    // The reader has not taken these bytes yet: a client writes a request's
    // head at once, so it is whole here (or, cut by the network, the client
    // waits its second as before). A head is far smaller than 8 KiB (nginx's
    // default buffer for one): the body after it is not copied.
    const QByteArray seen = socket->peek(std::min<qint64>(socket->bytesAvailable(), 8 * 1024));
    const qsizetype end = seen.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    state.headLookedAt = true;
    // Most requests ask nothing: their head is not taken apart.
    const QByteArrayView head = QByteArrayView(seen).first(end);
    if (!head.contains("xpect") && !head.contains("XPECT"))
        return;
    bool expectsContinue = false;
    qint64 length = 0;
    const QList<QByteArray> lines = seen.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first is the request line
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed().toLower();
        if (name == "expect")
            expectsContinue = value == "100-continue";
        else if (name == "content-length")
            length = value.toLongLong();
    }
    if (!expectsContinue)
        return;
    if (length > m_limits.maxRequestBytes) {
        refuse(socket, state, "413 Content Too Large", ErrorCode::TooLarge);
        return;
    }
    if (socket->bytesAvailable() - (end + 4) < length) // the body is not all here yet
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::requestRead(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->requestSince = -1;
    ++it->unanswered;
    it->lastActivity = now();
}

void ConnectionGuard::answered(QTcpSocket *socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->unanswered = std::max(0, it->unanswered - 1);
    it->lastActivity = now();
}

void ConnectionGuard::refuse(QTcpSocket *socket, State &state, const char *statusLine,
                             QLatin1StringView code)
{
    // No address logged: the request log names no one either.
    qCInfo(lcGuard).noquote() << "closing a connection with" << statusLine;
    state.refused = true;
    state.lastActivity = now();
    // The HTTP server reads no more, and what it buffered is dropped.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    // Whatever the client still sends is read and dropped for a moment (the
    // sweep ends it): closed with unread bytes, the connection would be
    // reset, and the client could lose the answer before reading it.
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket] { socket->skip(socket->bytesAvailable()); });
    // As every refusal: a code and words, here in the product's language (the
    // request's Accept-Language is among what was not read).
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"), QString(code)},
                        {QStringLiteral("message"),
                         MessageCatalog::text(code, {}, MessageCatalog::Language::Japanese)}})
            .toJson(QJsonDocument::Compact);
    socket->write(
        QByteArray("HTTP/1.1 ") + statusLine + "\r\nDate: " + ServiceHttpServer::httpDate() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body);
    socket->flush();
    // Said, then this side closed (the client sees the end of the answer)
    // while the other side is still drained.
    const auto tls = qobject_cast<QSslSocket *>(socket);
    if (socket->bytesToWrite() == 0 && (!tls || tls->encryptedBytesToWrite() == 0))
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    else
        socket->disconnectFromHost();
}

void ConnectionGuard::sweep()
{
    const qint64 t = now();
    // Copied: closing a socket may remove it from the table.
    const QList<QTcpSocket *> sockets = m_sockets.keys();
    for (QTcpSocket *socket : sockets) {
        const auto it = m_sockets.find(socket);
        if (it == m_sockets.end())
            continue;
        if (it->refused) {
            // Told and asked to close; a client that does not read the
            // answer does not keep the socket.
            if (t - it->lastActivity > 2000)
                socket->abort();
        } else if (it->requestSince >= 0 && t - it->requestSince > m_limits.requestTimeoutMs) {
            refuse(socket, *it, "408 Request Timeout", ErrorCode::RequestTimeout);
        } else if (it->requestSince < 0 && it->unanswered == 0 &&
                   t - it->lastActivity > m_limits.idleTimeoutMs) {
            socket->disconnectFromHost();
        }
    }
}
