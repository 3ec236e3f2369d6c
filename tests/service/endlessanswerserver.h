#pragma once

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// Something on the way that answers 200 and never stops sending (a proxy
// streaming a page of its own, a broken front).
class EndlessAnswerServer : public QTcpServer
{
public:
    EndlessAnswerServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    // Answered once the request's head is in; from then on, a chunk each
    // time the last one has left.
    static void serve(QTcpSocket *s)
    {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        auto head = std::make_shared<QByteArray>();
        auto answering = std::make_shared<bool>(false);
        connect(s, &QTcpSocket::readyRead, s, [s, head, answering] {
            const QByteArray bytes = s->readAll();
            if (*answering || !(*head += bytes).contains("\r\n\r\n"))
                return;
            *answering = true;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
            sendMore(s);
        });
        connect(s, &QTcpSocket::bytesWritten, s, [s] {
            if (s->bytesToWrite() == 0)
                sendMore(s);
        });
    }
    static void sendMore(QTcpSocket *s)
    {
        const QByteArray chunk(64 * 1024, ' ');
        s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    }
};
