#pragma once

#include <QTcpServer>

class ConnectionGuard;

// A plain QTcpServer whose connections the guard watches from the moment
// they are accepted, before the HTTP server reads from them (over TLS,
// ConnectionGuard::watchHandshakes does the same for a QSslServer).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(ConnectionGuard *guard, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard *m_guard;
};
