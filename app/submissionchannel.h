#pragma once

#include "app/serviceconnection.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <functional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;

// Posts the queued applications through a QNetworkAccessManager of its own,
// made in and used from a thread of its own. Qt's HTTP thread asks the thread
// that made a request for its body when a connection is free to send it: on
// the GUI thread that ask waited behind everything else there (the answers
// just read, the queue's marks, the next requests being made) at every turn
// of every connection. Here it is answered at once. What the reply said
// comes back as a value, on the thread that owns this object.
class SubmissionChannel : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer at all
        QByteArray body;
        QByteArray contentType; // of a 401 only
        int retryAfter = 0;     // seconds, as the answer's Retry-After said
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        ConnectionOutcome outcome = ConnectionOutcome::Ok;
        QString description; // ServiceConnection::describe(), for the log and the queue
        bool pinRefused = false;
        QVariant sentWith; // the request's QNetworkRequest::User attribute, as given
    };
    // Called on the channel's thread when a proxy asks for a login (407).
    using ProxyLogin = std::function<void(const QNetworkProxy &, QAuthenticator *)>;

    explicit SubmissionChannel(ProxyLogin proxyLogin, QObject *parent = nullptr);
    ~SubmissionChannel() override; // what is in flight is abandoned, unanswered

    void post(const QUuid &id, const QNetworkRequest &request, const QByteArray &body,
              const QStringList &pins);
    void setProxy(const QNetworkProxy &proxy);
    void clearAccessCache();
    // Posts from now on go over new connections; those of the old ones that
    // are in flight finish there (ServiceConnection::retireWhenIdle).
    void renewConnections();

Q_SIGNALS:
    void answered(const QUuid &id, const SubmissionChannel::Answer &answer);

private:
    QNetworkAccessManager *makeManager(); // in m_thread

    ProxyLogin m_proxyLogin;
    QThread m_thread;
    QObject *m_home;                            // lives in m_thread, deleted with it
    QNetworkAccessManager *m_network = nullptr; // made and used in m_thread only
};
