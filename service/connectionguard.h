#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class QSslServer;
class QTcpSocket;

// The limits Qt HttpServer 6.4 does not keep, for a service reached without
// the nginx front: a request must arrive whole within a time and a size
// (else 408 or 413, and the connection closes before the rest is buffered),
// a connection that says nothing is closed, and connections beyond a number
// are refused, so that slow or idle clients cannot take every socket and
// file the service has.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int requestTimeoutMs = 30'000;        // from the first byte of a request to its last
        int idleTimeoutMs = 120'000;          // between requests on a kept-alive connection
        qint64 maxRequestBytes = 1024 * 1024; // headers and body
        int maxConnections = 1000;
    };

    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);

    // A new connection, ready for HTTP (after the TLS handshake). False when
    // there are too many already: the caller closes it.
    bool watch(QTcpSocket *socket);
    // Watches each connection a QSslServer accepts, from its handshake on.
    void watchHandshakes(QSslServer *server);
    // The whole request was read and handed to its handler.
    void requestRead(QTcpSocket *socket);
    // Its answer was written.
    void answered(QTcpSocket *socket);

    int connectionCount() const { return int(m_sockets.size()); }

private:
    struct State
    {
        qint64 lastActivity = 0;
        qint64 requestSince = -1; // the first byte of a request still being read
        qint64 requestBytes = 0;
        int unanswered = 0;        // read whole, not answered yet (pipelined: several)
        bool refused = false;      // told 408 or 413, closing
        bool headLookedAt = false; // the request's head was looked at for an Expect
    };
    void bytesArrived(QTcpSocket *socket);
    // A request whose head asks "Expect: 100-continue" is told to go on (or
    // refused at once when it says it is too large): Qt HttpServer 6.4 never
    // answers it, and curl waited a second before every body over 1 KiB.
    void answerExpectation(QTcpSocket *socket, State &state);
    void sweep();
    void refuse(QTcpSocket *socket, State &state, const char *statusLine, QLatin1StringView code);
    qint64 now() const { return m_clock.elapsed(); }

    Limits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QHash<QTcpSocket *, State> m_sockets;
};
