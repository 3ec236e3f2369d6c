#pragma once

#include "service/linktokens.h"
#include "service/mailcomposer.h"
#include "service/serviceconfig.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class ServiceStore;
class SmtpTransport;

// Sends what the outbox holds, on a thread of its own with its own database
// connection, so that a slow mail server never holds up the API. A row is
// marked sent only after the transport accepted it; failures are retried
// with growing pauses, a permanent refusal lands in the timeline.
class MailWorker : public QObject
{
    Q_OBJECT
public:
    // `config.publicUrl` is where the links in the mails point.
    MailWorker(const ServiceConfig &config, const LinkTokens &tokens);
    ~MailWorker() override;
    // From any thread: the mail being sent is finished and marked, no other
    // is begun (the service is stopping; the rest go at the next start).
    void requestStop() { m_stopping = true; }

public Q_SLOTS:
    void start();
    // Sends everything that is due now.
    void drain();
    void stop(); // says goodbye to the mail server, closes the database

Q_SIGNALS:
    void failedToStart(const QString &why);

private:
    bool deliver(const QByteArray &message, const QString &recipient, bool *permanent,
                 QString *why);

    ServiceConfig m_config;
    LinkTokens m_tokens;
    MailComposer m_composer;
    std::unique_ptr<ServiceStore> m_store;
    std::unique_ptr<SmtpTransport> m_smtp; // one connection, kept while mail keeps coming
    QTimer m_poll;
    bool m_draining = false;
    std::atomic_bool m_stopping = false;
    // After a transport failure nothing is tried before this time: a mail
    // server that is down is not hammered once per new application.
    QDateTime m_pausedUntil;
};
