#include "service/guardedtcpserver.h"

#include "service/connectionguard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(ConnectionGuard *guard, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
{}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    // As QTcpServer's own, with the guard asked first.
    auto socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle) || !m_guard->watch(socket)) {
        socket->abort();
        delete socket;
        return;
    }
    addPendingConnection(socket);
}
