#pragma once

#include "client/connectionsettings.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// "Test connection": one authenticated request to the service with the
// settings as entered (not yet saved), to say in words what is wrong —
// unreachable, certificate, pin, token refused, not the service at all.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);

    // A test still running is abandoned for the new one.
    void start(const ConnectionSettings &settings, const QString &language, int timeoutMs = 15000);
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    // `detail`: the network's own words, for the curious (never the token).
    void finished(ConnectionOutcome outcome, const QString &detail);

private:
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
};
