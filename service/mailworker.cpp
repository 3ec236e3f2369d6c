#include "service/mailworker.h"

#include "service/maildirtransport.h"
#include "service/mailmessage.h"
#include "service/servicestore.h"
#include "service/smtptransport.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcMail, "moshikomi.service.mail")

MailWorker::MailWorker(const ServiceConfig &config, const LinkTokens &tokens)
    : m_config(config)
    , m_tokens(tokens)
    , m_composer(config.publicUrl)
    , m_poll(this) // a child: it moves to the worker's thread with it
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &MailWorker::drain);
}

MailWorker::~MailWorker() = default;

void MailWorker::start()
{
    m_store = std::make_unique<ServiceStore>();
    if (!m_store->open(m_config.databaseTarget()) || !m_store->releaseClaims() ||
        !m_store->retryWaitingMailNow(QDateTime::currentDateTimeUtc())) {
        emit failedToStart(m_store->lastError());
        return;
    }
    m_poll.start();
    drain();
}

void MailWorker::stop()
{
    m_poll.stop();
    m_smtp.reset();
    m_store.reset(); // a connection is closed in the thread that opened it
}

bool MailWorker::deliver(const QByteArray &message, const QString &recipient, bool *permanent,
                         QString *why)
{
    *permanent = false;
    if (SmtpTransport::isSmtpUrl(m_config.mail)) {
        if (!m_smtp)
            m_smtp = std::make_unique<SmtpTransport>(QUrl(m_config.mail), m_config.mailFrom);
        const SmtpTransport::Result r = m_smtp->send(recipient, message);
        *permanent = r.permanent;
        *why = r.error;
        return r.sent;
    }
    return MaildirTransport(m_config.maildir()).deliver(message, why);
}

void MailWorker::drain()
{
    if (!m_store || m_draining || m_stopping)
        return;
    if (m_pausedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_pausedUntil)
        return;
    m_draining = true;
    // Asked before a row is taken: on PostgreSQL taking it claims it.
    while (!m_stopping) {
        const std::optional<ServiceStore::OutboxRow> row =
            m_store->nextMail(QDateTime::currentDateTimeUtc());
        if (!row)
            break;
        MailMessage mail;
        mail.fromName = MailComposer::senderName();
        mail.fromAddress = m_config.mailFrom;
        mail.to = row->recipient;
        mail.subject = row->subject;
        mail.body = row->linkNonce.isEmpty()
                        ? row->body
                        : m_composer.withLink(row->body, m_tokens.token(row->linkNonce));
        mail.messageId = row->messageId;
        mail.date = QDateTime::currentDateTimeUtc();
        bool permanent = false;
        QString why;
        if (deliver(mail.toBytes(), row->recipient, &permanent, &why)) {
            // A crash between these two sends this one mail again, with the
            // same Message-ID: at least once, and once as the reader sees it.
            m_store->markSent(row->id);
            m_pausedUntil = QDateTime();
            qCInfo(lcMail) << "sent" << row->kind << "mail" << row->id;
            continue;
        }
        if (permanent) {
            qCWarning(lcMail) << "mail" << row->id << "refused for good:" << why;
            m_store->markFailed(row->id, why);
            continue;
        }
        // 10 s, 20 s, 40 s … up to an hour, with jitter so that many rows do
        // not come back at the same instant.
        const int attempts = qMin(row->attempts, 9);
        const qint64 delayMs = qMin<qint64>(10'000LL << attempts, 3'600'000LL);
        const qint64 jitter = QRandomGenerator::global()->bounded(delayMs / 4 + 1);
        qCWarning(lcMail) << "mail" << row->id << "not sent, retrying:" << why;
        m_pausedUntil = QDateTime::currentDateTimeUtc().addMSecs(delayMs + jitter);
        m_store->markRetry(row->id, m_pausedUntil, why);
        break; // the transport is down: the rest waits until then
    }
    m_draining = false;
}
