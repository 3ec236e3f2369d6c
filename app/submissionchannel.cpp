#include "app/submissionchannel.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

SubmissionChannel::SubmissionChannel(ProxyLogin proxyLogin, QObject *parent)
    : QObject(parent)
    , m_proxyLogin(std::move(proxyLogin))
    , m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("submissions"));
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
    // A manager belongs to the thread that made it.
    QMetaObject::invokeMethod(
        m_home, [this] { m_network = makeManager(); }, Qt::BlockingQueuedConnection);
}

QNetworkAccessManager *SubmissionChannel::makeManager()
{
    auto *manager = new QNetworkAccessManager(m_home);
    QObject::connect(manager, &QNetworkAccessManager::proxyAuthenticationRequired, m_home,
                     m_proxyLogin, Qt::DirectConnection);
    return manager;
}

SubmissionChannel::~SubmissionChannel()
{
    QMetaObject::invokeMethod(
        m_home,
        [this] {
            delete m_network;
            m_network = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SubmissionChannel::post(const QUuid &id, const QNetworkRequest &request,
                             const QByteArray &body, const QStringList &pins)
{
    QMetaObject::invokeMethod(m_home, [this, id, request, body, pins] {
        QNetworkReply *reply = m_network->post(request, body);
        ServiceConnection::guard(reply, pins);
        QObject::connect(reply, &QNetworkReply::finished, m_home, [this, reply, id] {
            reply->deleteLater();
            Answer a;
            a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->isOpen()) // not after an abort
                a.body = reply->readAll();
            if (a.status == 401) // the service's JSON, or a proxy's page
                a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            a.retryAfter = reply->rawHeader("Retry-After").toInt();
            a.error = reply->error();
            a.outcome = ServiceConnection::outcome(reply);
            a.pinRefused = ServiceConnection::pinRefused(reply);
            a.sentWith = reply->request().attribute(QNetworkRequest::User);
            if (a.status != 200 && a.status != 201)
                a.description = ServiceConnection::describe(reply);
            // Dropped if the channel is gone by then.
            QMetaObject::invokeMethod(
                this, [this, id, a = std::move(a)] { emit answered(id, a); }, Qt::QueuedConnection);
        });
    });
}

void SubmissionChannel::setProxy(const QNetworkProxy &proxy)
{
    QMetaObject::invokeMethod(m_home, [this, proxy] { m_network->setProxy(proxy); });
}

void SubmissionChannel::clearAccessCache()
{
    QMetaObject::invokeMethod(m_home, [this] { m_network->clearAccessCache(); });
}

void SubmissionChannel::renewConnections()
{
    QMetaObject::invokeMethod(m_home, [this] {
        QNetworkAccessManager *old = m_network;
        m_network = makeManager();
        m_network->setProxy(old->proxy());
        ServiceConnection::retireWhenIdle(old);
    });
}
