#pragma once

#include "app/submissionchannel.h"
#include "client/connectionsettings.h"
#include "client/localqueue.h"
#include "core/applicationstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <optional>

class QAuthenticator;
class QNetworkReply;

// Sends what the staff entered to the central service, exactly once: each
// queued application's frozen bytes with its id as Idempotency-Key. Only a
// 200 or 201 whose body is the service's answer for that id counts as sent;
// 409 idempotency_conflict and 422 make it rejected (the service's words
// kept for the wizard); 401 stops and asks for the token; everything else
// (5xx, request_in_progress, timeouts, a network or a captive portal) is
// tried again later with growing pauses, honouring Retry-After. One failing
// application never holds up the others. Redirects are never followed: the
// requests carry the token.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl serviceUrl;  // e.g. https://moshikomi.example.co.jp
        QByteArray token; // the staff member's, never written to a file here
        QString caFile;   // a private CA replacing the system's roots; empty: system
        QStringList pins; // "sha256//…" public keys, one must be in the chain; empty: none
        QString language = QStringLiteral("ja");
        int transferTimeoutMs = 30000;
        // Requests handed to Qt's HTTP at once. It keeps at most six
        // keep-alive connections to the service and sends the next one on a
        // connection the moment its answer is read (the body comes from the
        // SubmissionChannel's thread, never this one): twice as many as
        // connections means none waits for this thread to hear an answer.
        int parallel = 12;
        qint64 statusCursor = 0; // where the status feed was left
        QString schemaCacheFile; // where the step-3 schema is kept for offline starts
        QByteArray schemaEtag;   // of the cached one
        // The system's proxy settings by default (QNetworkProxy::DefaultProxy).
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    };

    explicit SyncEngine(LocalQueue *queue, QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    // What a proxy that asked for them (407) accepts; `proxy` is "host:port"
    // as proxyCredentialsNeeded() names it. What waited for them goes now.
    void setProxyCredentials(const QString &proxy, const QString &user, const QString &password);
    const Settings &settings() const { return m_settings; }
    // A service address the settings dialog would take (never plain http://
    // to another computer, whatever a settings file says) and a token.
    bool isConfigured() const;
    bool isBusy() const { return !m_inFlight.isEmpty(); }
    // Something is on its way or an answer not yet written down (the
    // marks of answers just heard are written a moment later, together).
    bool hasWorkPending() const
    {
        return !m_inFlight.isEmpty() || !m_ready.isEmpty() || !m_pendingMarks.isEmpty() ||
               m_sendScheduled;
    }
    // The service refused the token: the app's rounds do not offer it again.
    // The language of the service's words in its answers (Accept-Language),
    // for the requests from now on.
    void setLanguage(const QString &language) { m_settings.language = language; }
    bool isTokenRefused() const { return m_tokenRefused; }
    // The service's status feed is being read (page after page).
    bool isPolling() const { return m_polling; }
    // When the last round ended with nothing in flight (invalid: none yet).
    QDateTime lastSync() const { return m_lastRoundEnded; }
    int roundSent() const { return m_roundDone; }
    int roundTotal() const { return m_roundTotal; }
    // Why the last round could not send everything it tried (none: it could).
    std::optional<ConnectionOutcome> lastProblem() const { return m_roundProblem; }
    // A pause of what waits (a retry's, a 429's wait) ends within a minute
    // and the round then goes on by itself: `moshikomi --sync` waits for it.
    bool resumesShortly() const { return m_pauseEnds.isActive(); }

public Q_SLOTS:
    // Sends every queued application whose pause is over, and brings what
    // the service says of the others (confirmed, expired …) into the queue.
    void syncNow();
    // Staff asked for it (今すぐ同期): the same, and what waits out a pause
    // after a failure is tried again now too, once; a proxy login they left
    // unanswered is asked for again.
    void retryNow();
    // Only the status feed (changedSince).
    void pollStatus();
    // The step-3 schema, fetched when it changed (ETag) into the cache file.
    void refreshSchema();
    // Sync as soon as the service can be reached again: when the platform's
    // reachability (QNetworkInformation, where it has it) says the network is
    // back, and when a /healthz probe, every `probeMs` while something waits
    // after a network failure, finds the service answering again.
    void watchConnectivity(int probeMs = 15000, bool platformFirst = true);
    // The same, from the first sync with a service on (loading the network
    // information plugins is not for the start of an app with no service).
    void watchConnectivityOnceConfigured(int probeMs = 15000);
    // The network is back: what paused because of it goes now (a pause the
    // service asked for with Retry-After stays).
    void connectivityRestored();
    // A fresh 24-hour link for an expired or unconfirmed application.
    void resendConfirmation(const QUuid &id);
    // The service's timeline of one application (each mail, each state),
    // kept in the queue for the detail view.
    void fetchDetail(const QUuid &id);

Q_SIGNALS:
    void applicationSent(const QUuid &id);
    void applicationRejected(const QUuid &id, const QString &why);
    void tokenRejected();
    void statusChanged(const QUuid &id);
    // The feed moved on: keep this cursor for the next start.
    void statusCursorChanged(qint64 cursor);
    // The status feed was read to its end, or could not be read this time.
    void statusPolled();
    // A new step-3 schema is in the cache (used from the next application on).
    void schemaUpdated(const QByteArray &etag);
    // A round is over: nothing is in flight any more.
    void idle();
    // Of the applications this round is sending, how many have gone.
    void progress(int sent, int total);
    // `why` when not ok: the service's error code (too_many_resends,
    // invalid_state, not_found …) or a ConnectionOutcomes name; empty: no answer.
    // `retryAfter`: the seconds the service said to wait (0: it did not say).
    void resendFinished(const QUuid &id, bool ok, const QString &why, int retryAfter);
    void detailFetched(const QUuid &id);
    // A proxy asks for a user name and password (407): asked once per proxy,
    // again only when the ones given were refused (`refused`).
    void proxyCredentialsNeeded(const QString &proxy, bool refused);

private:
    void sendDue();
    void refuseToken();
    void send(const QUuid &id, const QByteArray &payload);
    // Writes the marks gathered since the last time, in one commit.
    QList<bool> flushMarks();
    void releaseReady();
    void finished(const QUuid &id, const SubmissionChannel::Answer &answer);
    void retryLater(const QUuid &id, const QString &why, int retryAfterSeconds = 0);
    // A 429 for `id`: it and the rest of the round wait as asked.
    void waitWhileBusy(const QUuid &id, int retryAfterSeconds, ConnectionOutcome why);
    // What waits and is due now is sent (the round's part of syncNow,
    // without asking for the status feed and the schema again).
    void sendWaiting();
    // The round goes on when the first pause of what waits ends (within a
    // minute; the app's minute timer looks after longer ones, the probe
    // after what waits for the network), or at once for one that ended
    // during a round that sent something.
    void wakeForNextPause();
    // `taken`: false only when the failure proves the service has not got
    // the application (LocalQueue::mayHaveReachedService reads it).
    static QString reason(ConnectionOutcome outcome, const QString &detail, bool taken = true);
    QNetworkRequest request(const QString &path) const;
    // The clock staff watch, from the service's answer or feed item.
    void applyDeadline(const QUuid &id, ApplicationState state, const QJsonObject &answer);

    LocalQueue *m_queue;
    Settings m_settings;
    // Everything but the applications themselves; a new one when the
    // service, its CA or the pins change.
    QNetworkAccessManager *m_network = nullptr;
    QNetworkAccessManager *makeManager();
    QSet<QUuid> m_inFlight;
    QHash<QUuid, int> m_attempts;
    QList<QUuid> m_due; // this round's, not yet started
    // Marked "sending" ahead of their turn (several in one commit), with
    // their bytes: sent as slots free up. Given back as "queued" when a
    // round stops early.
    QList<std::pair<QUuid, QByteArray>> m_ready;
    QTimer m_markFlush;                             // "sent" marks share a commit a moment later
    QTimer m_pauseEnds;                             // the round goes on when a pause ends
    int m_sentSinceWake = 0;                        // requests since the last look at the pauses
    QList<LocalQueue::Mark> m_pendingMarks;         // written together at the next flushMarks()
    mutable std::optional<QSslConfiguration> m_tls; // made once per settings, when first needed
    const QSslConfiguration &tls() const;
    bool m_watchPending = false;
    int m_probeMs = 30000;
    bool m_tokenRefused = false;
    bool m_polling = false;
    bool m_sendScheduled = false;
    struct ProxyLogin
    {
        QString user;
        QString password;
        int offered = 0; // times given since set: a second ask means refused
    };
    // Asked from both managers' threads: the submissions' and this one.
    QMutex m_proxyMutex;
    QHash<QString, ProxyLogin> m_proxyLogins;
    QSet<QString> m_proxyAsked;
    QString m_lastProxy;                // the proxy that asked last
    quint64 m_proxyLoginGeneration = 0; // one more at each login staff give
    void answerProxy(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    static bool isProxyRefusal(int status, const QByteArray &contentType,
                               QNetworkReply::NetworkError error);
    // `sentWith`: the proxy login generation the refused request went out
    // with; a request older than the login set since says nothing about it.
    void proxyLoginRefused(quint64 sentWith);
    QSet<QUuid> m_networkPaused; // waiting because the network failed, not the service
    QTimer *m_probe = nullptr;
    void probe();
    void noteProxyRefusal(QNetworkReply *reply);
    QDateTime m_lastRoundEnded;
    std::optional<ConnectionOutcome> m_roundProblem;
    int m_roundDone = 0;
    int m_roundTotal = 0;
    // Last: gone (its thread stopped) before what its answers would use.
    SubmissionChannel m_submissions;
};
