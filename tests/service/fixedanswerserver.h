#pragma once

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// Something else on the network that answers HTTP with a fixed reply: a
// captive portal's login page, a proxy's, a redirect. Keeps every request
// it was sent, to tell whether the token reached it.
class FixedAnswerServer : public QTcpServer
{
public:
    explicit FixedAnswerServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_received += s->readAll();
                    if (m_received.contains("\r\n\r\n")) {
                        s->write(m_answer);
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QByteArray received() const { return m_received; }

private:
    QByteArray m_answer;
    QByteArray m_received;
};

// Something on the way that answers 200 and never stops sending (a proxy
// streaming a page of its own, a broken front).
class EndlessAnswerServer : public QTcpServer
{
public:
    EndlessAnswerServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                // Each connection is answered once its request's head is in.
                auto head = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [s, head] {
                    const bool answering = head->contains("\r\n\r\n");
                    *head += s->readAll();
                    if (answering || !head->contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n");
                    sendMore(s);
                });
                connect(s, &QTcpSocket::bytesWritten, s, [s] {
                    if (s->bytesToWrite() == 0)
                        sendMore(s);
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    static void sendMore(QTcpSocket *s)
    {
        const QByteArray chunk(64 * 1024, ' ');
        s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    }
};
