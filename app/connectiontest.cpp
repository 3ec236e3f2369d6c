#include "app/connectiontest.h"

#include "app/serviceconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    // A stale TLS session or connection would hide a changed certificate.
    m_network.setAutoDeleteReplies(false);
}

void ConnectionTest::start(const ConnectionSettings &settings, const QString &language,
                           int timeoutMs)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!settings.caFile.isEmpty() && QSslCertificate::fromPath(settings.caFile).isEmpty()) {
        QTimer::singleShot(0, this, [this, file = settings.caFile] {
            emit finished(ConnectionOutcome::CaFileUnreadable, file);
        });
        return;
    }
    m_network.clearConnectionCache();
    m_network.clearAccessCache();
    // The status feed from its far end: authenticated, small, and present on
    // every service, with or without applications or a step-3 schema.
    QNetworkRequest get =
        ServiceConnection::request({QUrl(settings.serviceUrl.trimmed()), settings.token,
                                    settings.caFile, settings.pins, language, timeoutMs},
                                   QStringLiteral("/api/v1/applications"));
    QUrl url = get.url();
    url.setQuery(QStringLiteral("changedSince=%1").arg(std::numeric_limits<qint64>::max()));
    get.setUrl(url);
    QNetworkReply *reply = m_network.get(get);
    ServiceConnection::guard(reply, settings.pins);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply.clear();
        const QString detail = ServiceConnection::describe(reply);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        ConnectionOutcome result = ServiceConnection::outcome(
            ServiceConnection::outcome(reply), answer.value(QStringLiteral("error")).toString());
        if (result == ConnectionOutcome::Ok && !answer.value(QStringLiteral("changes")).isArray())
            result = ConnectionOutcome::NotTheService;
        emit finished(result, detail);
    });
}
