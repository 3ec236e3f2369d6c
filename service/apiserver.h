#pragma once

#include "core/additionalinfoschema.h"
#include "service/intakewriter.h"
#include "service/linktokens.h"
#include "service/mailcomposer.h"
#include "service/serviceconfig.h"
#include "service/servicestore.h"

#include "service/servicehttpserver.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class ConnectionGuard;

// The HTTP API of docs/api.md on Qt HttpServer: intake with idempotency, the
// application and its timeline, the changedSince feed, resend, the operator's
// actions, the step-3 schema and the customer's confirmation pages. One log
// line per request (method, path with any token cut, status, ms, staff name),
// never a token or personal data.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;
    static constexpr int MaxFailedLoginsPerAddress = 20; // per 10 minutes
    static constexpr int MaxResendsPerHour = 5;

    // Intake's group commits go to `writer`; everything else to `store`.
    ApiServer(const ServiceConfig &config, ServiceStore *store, IntakeWriter *writer,
              const LinkTokens &tokens, QObject *parent = nullptr);

    // The current step-3 schema (already published to the store).
    void setSchema(const AdditionalInfoSchema &schema, const QByteArray &json);
    // Listens as configured; false and `error` when it cannot.
    bool listen(QString *error);
    quint16 port() const { return m_port; }
    // Takes no more connections (the service is stopping); the requests
    // already taken are still answered.
    void stopListening();
    // No application waits for its group commit or its answer.
    bool isIdle() const { return m_pending.isEmpty() && m_writing.isEmpty(); }
    // The base of the links in mails (the service's own address by default).
    QUrl publicUrl() const { return m_config.publicUrl; }

Q_SIGNALS:
    // Something was written to the outbox: the mail worker need not wait.
    void mailQueued();

private:
    using Call = HttpExchange;
    using Exchange = std::shared_ptr<HttpExchange>;

    void addRoutes();
    // A synchronous handler for the methods it accepts.
    void addRoute(const QString &pattern, const QByteArray &allow,
                  const std::function<QHttpServerResponse(Call &)> &handler);
    // Who is calling, for counting wrong tokens: the front's word for it
    // (X-Forwarded-For) when plain HTTP comes from loopback, else the peer.
    QString clientAddress(const Call &call) const;
    // The caller's staff account, or the 401/403/429 to answer with.
    std::optional<ServiceStore::Staff> authenticate(Call &call, bool operatorOnly,
                                                    std::optional<QHttpServerResponse> *refusal);

    // Answers at once when the submission is refused; otherwise it joins the
    // next group commit and is answered after it.
    void submit(const Exchange &exchange);
    void commitPending();
    void answerWritten(const QList<ServiceStore::IntakeResult> &results);
    QHttpServerResponse getApplication(Call &call, const QString &id);
    QHttpServerResponse listChanges(Call &call);
    QHttpServerResponse resend(Call &call, const QString &id);
    QHttpServerResponse provisionalRegistration(Call &call, const QString &id);
    QHttpServerResponse problem(Call &call, const QString &id);
    QHttpServerResponse erase(Call &call, const QString &id);
    QHttpServerResponse schema(Call &call);
    QHttpServerResponse confirmationPage(Call &call, const QString &token);
    QHttpServerResponse health(Call &call);

    const AdditionalInfoSchema *schemaFor(const QString &version);

    ServiceConfig m_config;
    ServiceStore *m_store;
    IntakeWriter *m_writer;
    LinkTokens m_tokens;
    MailComposer m_mails;
    ServiceHttpServer m_server;
    ConnectionGuard *m_guard = nullptr; // made by listen()
    struct Pending
    {
        Exchange exchange;
        QString id;
        ServiceStore::IntakeItem item;
    };
    QList<Pending> m_pending;
    QSet<QString> m_inFlight; // the ids in m_pending and m_writing
    QList<Pending> m_writing; // the group the writer has; the next waits for it
    QTimer m_commitTimer;
    quint16 m_port = 0;
    AdditionalInfoSchema m_schema;
    QByteArray m_schemaJson;
    QByteArray m_schemaEtag;
    QHash<QString, AdditionalInfoSchema> m_schemas; // earlier versions, loaded when named
    QHash<QString, QList<qint64>> m_failedLogins;   // address → times (ms since epoch)
};
