#pragma once

#include "messages/messagecatalog.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QPointer>
#include <QStringList>

class QHttpServerRequest;
class QTcpSocket;
class ServiceHttpServer;

// One request and, once given, its answer. The answer may come later than
// the handler's return (intake answers after the group commit); if the
// client has gone meanwhile, nothing is written. Writes the request's log
// line: method, path (a confirmation token cut), status, ms, staff name.
class HttpExchange
{
public:
    const QHttpServerRequest &request() const { return *m_request; }
    // The parts of the path the route captured.
    const QStringList &args() const { return m_args; }
    QString staffName;

    // The language of the words in an answer: the request's Accept-Language.
    MessageCatalog::Language language() const;

    void respond(QHttpServerResponse &&response);
    bool isAnswered() const { return m_answered; }

private:
    friend class ServiceHttpServer;
    HttpExchange(ServiceHttpServer *server, const QHttpServerRequest &request, QTcpSocket *socket,
                 const QStringList &args);

    ServiceHttpServer *m_server;
    const QHttpServerRequest *m_request; // valid while m_socket lives
    QPointer<QTcpSocket> m_socket;
    QStringList m_args;
    QByteArray m_method;
    QString m_loggedPath;
    QElapsedTimer m_timer;
    bool m_answered = false;
};
