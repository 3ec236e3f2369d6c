#pragma once

#include <QTcpServer>
#include <QTcpSocket>

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
