#include "app/syncengine.h"

#include "app/serviceconnection.h"

#include "client/localqueue.h"
#include "core/additionalinfoschema.h"
#include "core/applicationstate.h"
#include "core/wirecodec.h"

#include <QAuthenticator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "moshikomi.sync")

namespace {

QByteArray bodyOf(QNetworkReply *reply)
{
    // Nothing to read from one aborted (a pin refused, a timeout).
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

} // namespace

SyncEngine::SyncEngine(LocalQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_submissions([this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
        answerProxy(proxy, authenticator);
    })
{
    // A crash while sending left some "sending": the service's idempotency
    // makes sending them again safe.
    m_queue->recoverSending();
    m_markFlush.setSingleShot(true);
    m_markFlush.setInterval(40);
    connect(&m_markFlush, &QTimer::timeout, this, [this] { flushMarks(); });
    m_pauseEnds.setSingleShot(true);
    m_pauseEnds.setTimerType(Qt::PreciseTimer); // not before the pause is over
    connect(&m_pauseEnds, &QTimer::timeout, this, &SyncEngine::sendWaiting);
    m_network = makeManager();
    connect(&m_submissions, &SubmissionChannel::answered, this, &SyncEngine::finished);
}

QNetworkAccessManager *SyncEngine::makeManager()
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(m_settings.proxy);
    connect(manager, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &SyncEngine::answerProxy);
    connect(manager, &QNetworkAccessManager::finished, this, &SyncEngine::noteProxyRefusal);
    return manager;
}

void SyncEngine::answerProxy(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    // On this thread for the manager of status, schema and probes; on the
    // submissions' thread for theirs.
    const QString key = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    std::optional<bool> ask; // whether to ask staff, and whether the last login was refused
    {
        QMutexLocker lock(&m_proxyMutex);
        auto it = m_proxyLogins.find(key);
        // Asked again after offering this very login: it was refused. Only
        // the same password says so: a connection may first have tried an
        // earlier login Qt kept (the same user, another password), which
        // says nothing about the one staff gave last.
        if (it != m_proxyLogins.end() && it->offered > 0 && authenticator->user() == it->user &&
            authenticator->password() == it->password) {
            m_proxyLogins.erase(it);
            m_proxyAsked.insert(key); // as in proxyLoginRefused()
            ask = true;
        } else {
            m_lastProxy = key;
            if (it != m_proxyLogins.end()) {
                ++it->offered;
                authenticator->setUser(it->user);
                authenticator->setPassword(it->password);
            } else if (!m_proxyAsked.contains(key)) {
                m_proxyAsked.insert(key);
                ask = false;
            }
        }
    }
    if (!ask)
        return;
    if (*ask)
        qCInfo(lcSync) << "the proxy" << key << "refused the login offered; asking again";
    else
        qCInfo(lcSync) << "the proxy" << key << "wants a login";
    if (QThread::currentThread() == thread())
        emit proxyCredentialsNeeded(key, *ask);
    else
        QMetaObject::invokeMethod(
            this, [this, key, refused = *ask] { emit proxyCredentialsNeeded(key, refused); },
            Qt::QueuedConnection);
}

void SyncEngine::watchConnectivityOnceConfigured(int probeMs)
{
    m_probeMs = probeMs;
    m_watchPending = true;
}

void SyncEngine::watchConnectivity(int probeMs, bool platformFirst)
{
    if (platformFirst &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online)
                        connectivityRestored();
                });
        qCInfo(lcSync) << "connectivity from" << QNetworkInformation::instance()->backendName();
    }
    // The platform tells when this computer's network comes back, not when
    // the service does (restarted, or a link on the way mended): the probe
    // asks the service itself while something waits for it.
    m_probe = new QTimer(this);
    m_probe->setInterval(probeMs);
    connect(m_probe, &QTimer::timeout, this, &SyncEngine::probe);
    m_probe->start();
}

void SyncEngine::probe()
{
    if (!isConfigured() || m_networkPaused.isEmpty() || isBusy())
        return;
    // No network at all, as the platform says: nothing to ask until it is back.
    if (QNetworkInformation *info = QNetworkInformation::instance();
        info && info->supports(QNetworkInformation::Feature::Reachability) &&
        info->reachability() == QNetworkInformation::Reachability::Disconnected)
        return;
    QNetworkRequest get = request(QStringLiteral("/healthz"));
    get.setRawHeader("Authorization", QByteArray()); // anyone may ask; no token needed
    get.setTransferTimeout(5000);
    QNetworkReply *reply = m_network->get(get);
    ServiceConnection::guard(reply, m_settings.pins);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            connectivityRestored();
    });
}

void SyncEngine::connectivityRestored()
{
    for (const QUuid &id : std::as_const(m_networkPaused))
        m_queue->setNotBefore(id, {});
    m_networkPaused.clear();
    syncNow();
}

void SyncEngine::noteProxyRefusal(QNetworkReply *reply)
{
    if (isProxyRefusal(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                       reply->error()))
        proxyLoginRefused(reply->request().attribute(QNetworkRequest::User).toULongLong());
}

bool SyncEngine::isProxyRefusal(int status, const QByteArray &contentType,
                                QNetworkReply::NetworkError error)
{
    // Qt does not ask twice with the same login: the reply fails instead.
    // Some proxies (tinyproxy) answer a wrong login with a 401 page of their own.
    const bool proxyPage = status == 401 && !contentType.startsWith("application/json");
    // Others answer the CONNECT of a tunnel with something Qt only calls a
    // proxy protocol error, with no HTTP status.
    const bool tunnelRefused = status == 0 && (error == QNetworkReply::UnknownNetworkError ||
                                               error == QNetworkReply::UnknownProxyError);
    return error == QNetworkReply::ProxyAuthenticationRequiredError || proxyPage || tunnelRefused;
}

void SyncEngine::proxyLoginRefused(quint64 sentWith)
{
    // A request sent before the login staff just gave (one that waited out
    // its timeout on the proxy's page) refused the login before it.
    if (sentWith != m_proxyLoginGeneration)
        return;
    QString proxy;
    {
        QMutexLocker lock(&m_proxyMutex);
        const auto it = m_proxyLogins.constFind(m_lastProxy);
        // Only just after a login was offered to that proxy.
        if (it == m_proxyLogins.constEnd() || it->offered == 0)
            return;
        m_proxyLogins.erase(it);
        // Staff are being asked: another connection's challenge meanwhile
        // waits for their answer instead of asking a second time.
        m_proxyAsked.insert(m_lastProxy);
        proxy = m_lastProxy;
    }
    m_network->clearAccessCache();
    m_submissions.clearAccessCache();
    qCInfo(lcSync) << "the proxy" << proxy << "refused the login of generation" << sentWith;
    emit proxyCredentialsNeeded(proxy, true);
}

bool SyncEngine::isConfigured() const
{
    return !m_settings.token.isEmpty() && m_settings.serviceUrl.isValid() &&
           ConnectionSettings::checkServiceUrl(m_settings.serviceUrl.toString()) ==
               ConnectionSettings::Fault::None;
}

void SyncEngine::setSettings(const Settings &settings)
{
    // A connection is checked (certificate, host name, pins) only when it is
    // made: with other settings, none made before may carry a request again.
    const bool newConnections = settings.serviceUrl != m_settings.serviceUrl ||
                                settings.caFile != m_settings.caFile ||
                                settings.pins != m_settings.pins;
    if (settings.token != m_settings.token || settings.serviceUrl != m_settings.serviceUrl)
        m_tokenRefused = false;
    m_settings = settings;
    if (newConnections) {
        ServiceConnection::retireWhenIdle(m_network);
        m_network = makeManager();
        m_submissions.renewConnections();
    }
    // Made at the first request: loading the TLS backend and the system's
    // roots is not for the start of an app that may have no service yet.
    m_tls.reset();
    m_network->setProxy(settings.proxy);
    m_submissions.setProxy(settings.proxy);
}

void SyncEngine::setProxyCredentials(const QString &proxy, const QString &user,
                                     const QString &password)
{
    {
        QMutexLocker lock(&m_proxyMutex);
        m_proxyLogins.insert(proxy, {user, password, 0});
        m_proxyAsked.remove(proxy);
    }
    ++m_proxyLoginGeneration;
    // What paused because of the proxy goes at once.
    for (const LocalQueue::Waiting &w : m_queue->queued())
        m_queue->setNotBefore(w.id, {});
    m_network->clearAccessCache();
    m_submissions.clearAccessCache();
    syncNow();
}

void SyncEngine::retryNow()
{
    if (!isConfigured())
        return;
    // A pause is there so that the app does not knock again and again on
    // its own; a person asking is another matter. (A Retry-After of the
    // service ends too: it answers again with one if it still wants the wait.)
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const LocalQueue::Waiting &w : m_queue->queued()) {
        if (w.notBefore.isValid() && w.notBefore > now)
            m_queue->setNotBefore(w.id, {});
    }
    {
        // A proxy's login that staff left unanswered is asked for again.
        QMutexLocker lock(&m_proxyMutex);
        m_proxyAsked.clear();
    }
    // A refused token is tried again when a person asks (it may have been
    // let in again at the service).
    m_tokenRefused = false;
    syncNow();
}

void SyncEngine::syncNow()
{
    if (!isConfigured())
        return;
    if (m_watchPending) {
        m_watchPending = false;
        watchConnectivity(m_probeMs, true);
    }
    // A token the service refused is not offered again by the rounds of the
    // app: every wrong token counts against this computer's address, and
    // after some the service answers no one from it (an office behind one
    // address). A new token (setSettings) or a person asking (retryNow) ends
    // that.
    if (m_tokenRefused)
        return;
    pollStatus();
    refreshSchema();
    sendWaiting();
}

void SyncEngine::sendWaiting()
{
    if (!isConfigured() || m_tokenRefused)
        return;
    // What is due now is what this round sends (read once: not again at
    // every answer).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_due.clear();
    for (const LocalQueue::Waiting &w : m_queue->queued()) {
        if ((!w.notBefore.isValid() || w.notBefore <= now) && !m_inFlight.contains(w.id))
            m_due.append(w.id);
    }
    if (m_inFlight.isEmpty()) {
        m_roundDone = 0;
        m_roundTotal = int(m_due.size());
        m_roundProblem.reset();
        if (m_roundTotal > 0)
            emit progress(0, m_roundTotal);
    } else {
        m_roundTotal = m_roundDone + int(m_inFlight.size() + m_ready.size() + m_due.size());
    }
    sendDue();
}

void SyncEngine::sendDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qsizetype free = m_settings.parallel - m_inFlight.size();
    if (m_ready.size() < free && !m_due.isEmpty()) {
        // Several marked "sending" at once, ahead of their turn, in the same
        // commit as the answers just heard are marked "sent": a commit per
        // few applications, not per application. (A crash leaves them
        // "sending"; the next start sends them again, and the service
        // answers a repeated id with its first answer.)
        const qsizetype ahead = qMax<qsizetype>(free, qsizetype(m_settings.parallel) * 2);
        QList<std::pair<QUuid, QByteArray>> starting;
        while (!m_due.isEmpty() && m_ready.size() + starting.size() < ahead) {
            const QUuid id = m_due.takeFirst();
            if (m_inFlight.contains(id))
                continue;
            QByteArray payload = m_queue->payload(id);
            if (payload.isEmpty())
                continue;
            starting.append({id, std::move(payload)});
            m_pendingMarks.append(
                {id, LocalQueue::State::Queued, LocalQueue::State::Sending, std::nullopt});
        }
        const QList<bool> applied = flushMarks();
        // Never edited while it is on its way: only what is marked goes.
        for (qsizetype i = 0; i < starting.size(); ++i) {
            if (applied.value(applied.size() - starting.size() + i))
                m_ready.append(std::move(starting[i]));
        }
    }
    while (!m_ready.isEmpty() && m_inFlight.size() < m_settings.parallel) {
        const auto [id, payload] = m_ready.takeFirst();
        send(id, payload);
    }
    if (m_inFlight.isEmpty()) {
        flushMarks();
        m_lastRoundEnded = now;
        wakeForNextPause();
        emit idle();
    }
}

void SyncEngine::wakeForNextPause()
{
    // A pause that ended while the round went on (answers take their time;
    // pauses differ by their jitter) goes at once — but only after a round
    // that sent something: one that never goes (its bytes unreadable) must
    // not have the engine look again and again.
    const bool sent = std::exchange(m_sentSinceWake, 0) > 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime first;
    for (const LocalQueue::Waiting &w : m_queue->queued()) {
        if (!w.notBefore.isValid() || m_networkPaused.contains(w.id) ||
            (w.notBefore <= now && !sent))
            continue;
        if (!first.isValid() || w.notBefore < first)
            first = w.notBefore;
    }
    const qint64 ms = first.isValid() ? qMax<qint64>(0, now.msecsTo(first)) : -1;
    if (ms < 0 || ms > 60 * 1000) {
        m_pauseEnds.stop();
        return;
    }
    m_pauseEnds.start(int(ms) + 20);
}

QList<bool> SyncEngine::flushMarks()
{
    m_markFlush.stop();
    const QList<LocalQueue::Mark> marks = std::exchange(m_pendingMarks, {});
    const QList<bool> applied = m_queue->applyMarks(marks);
    // Said once the queue says so.
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (marks.at(i).to != LocalQueue::State::AwaitingConfirmation)
            continue;
        emit progress(m_roundDone, m_roundTotal);
        emit applicationSent(marks.at(i).id);
    }
    return applied;
}

void SyncEngine::send(const QUuid &id, const QByteArray &payload)
{
    QNetworkRequest post = request(QStringLiteral("/api/v1/applications"));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Idempotency-Key", id.toString(QUuid::WithoutBraces).toLatin1());
    m_submissions.post(id, post, payload, m_settings.pins);
    ++m_sentSinceWake;
    m_inFlight.insert(id);
}

const QSslConfiguration &SyncEngine::tls() const
{
    if (!m_tls)
        m_tls = ServiceConnection::tlsFor(m_settings.caFile);
    return *m_tls;
}

QNetworkRequest SyncEngine::request(const QString &path) const
{
    QNetworkRequest r = ServiceConnection::request(
        {m_settings.serviceUrl, m_settings.token, m_settings.caFile, m_settings.pins,
         m_settings.language, m_settings.transferTimeoutMs},
        path, tls());
    r.setAttribute(QNetworkRequest::User, QVariant::fromValue(m_proxyLoginGeneration));
    return r;
}

void SyncEngine::pollStatus()
{
    if (!isConfigured() || m_polling)
        return;
    m_polling = true;
    QNetworkRequest get = request(QStringLiteral("/api/v1/applications"));
    QUrl url = get.url();
    url.setQuery(QStringLiteral("changedSince=%1").arg(m_settings.statusCursor));
    get.setUrl(url);
    QNetworkReply *reply = m_network->get(get);
    ServiceConnection::guard(reply, m_settings.pins);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_polling = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject feed = QJsonDocument::fromJson(bodyOf(reply)).object();
        if (status != 200 || !feed.value(QStringLiteral("changes")).isArray()) {
            if (status == 401 && feed.contains(QStringLiteral("error"))) {
                refuseToken();
            } else if (!m_roundProblem) {
                // With nothing to send the feed is all a round asks: its
                // failure is the round's (else the list says "last sync" at
                // a time nothing was heard from the service).
                const ConnectionOutcome outcome =
                    ServiceConnection::outcome(ServiceConnection::outcome(reply),
                                               feed.value(QStringLiteral("error")).toString());
                m_roundProblem =
                    outcome == ConnectionOutcome::Ok ? ConnectionOutcome::NotTheService : outcome;
            }
            emit statusPolled();
            return; // tried again at the next round
        }
        for (const QJsonValue &v : feed.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            const QUuid id = QUuid::fromString(change.value(QStringLiteral("id")).toString());
            const std::optional<ApplicationState> state =
                ApplicationStates::fromName(change.value(QStringLiteral("status")).toString());
            if (id.isNull() || !state || !ApplicationStates::isServiceStatus(*state))
                continue;
            const std::optional<LocalQueue::Summary> before = m_queue->summary(id);
            if (!before)
                continue; // entered on another computer
            if (before->state != *state &&
                m_queue->applyServiceStatus(id, *state,
                                            change.value(QStringLiteral("reason")).toString()) &&
                m_queue->summary(id)->state == *state)
                emit statusChanged(id);
            applyDeadline(id, *state, change);
        }
        bool ok = false;
        const qint64 next = feed.value(QStringLiteral("nextCursor")).toString().toLongLong(&ok);
        if (ok && next > m_settings.statusCursor) {
            m_settings.statusCursor = next;
            emit statusCursorChanged(next);
        }
        if (feed.value(QStringLiteral("more")).toBool())
            pollStatus();
        else
            emit statusPolled();
    });
}

void SyncEngine::applyDeadline(const QUuid &id, ApplicationState state, const QJsonObject &o)
{
    if (state == ApplicationState::AwaitingConfirmation) {
        const QDateTime expires =
            WireCodec::parseTime(o.value(QStringLiteral("confirmationExpiresAt")).toString());
        if (expires.isValid())
            m_queue->setDeadline(id, expires);
    } else if (state == ApplicationState::ProvisionallyRegistered) {
        // A date in Japan: registering is possible to the end of that day.
        const QDate date = QDate::fromString(
            o.value(QStringLiteral("registrationDeadline")).toString(), Qt::ISODate);
        if (date.isValid())
            m_queue->setDeadline(id,
                                 QDateTime(date, QTime(23, 59, 59), QTimeZone(9 * 3600)).toUTC());
    } else {
        m_queue->setDeadline(id, {});
    }
}

void SyncEngine::resendConfirmation(const QUuid &id)
{
    if (!isConfigured()) {
        emit resendFinished(id, false, QString(), 0);
        return;
    }
    QNetworkRequest post = request(QStringLiteral("/api/v1/applications/%1/resend-confirmation")
                                       .arg(id.toString(QUuid::WithoutBraces)));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(post, QByteArrayLiteral("{}"));
    ServiceConnection::guard(reply, m_settings.pins);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(bodyOf(reply)).object();
        const std::optional<ApplicationState> state =
            ApplicationStates::fromName(answer.value(QStringLiteral("status")).toString());
        if (status == 200 &&
            answer.value(QStringLiteral("id")).toString() == id.toString(QUuid::WithoutBraces) &&
            state) {
            m_queue->applyServiceStatus(id, *state);
            applyDeadline(id, *state, answer);
            emit resendFinished(id, true, QString(), 0);
            return;
        }
        if (status == 401 && answer.contains(QStringLiteral("error")))
            refuseToken();
        // Why, for the window to say in its language: the service's code (a
        // wrong state, too many), or how the connection failed.
        QString why = answer.value(QStringLiteral("error")).toString();
        if (const ConnectionOutcome o = ServiceConnection::outcome(reply);
            why.isEmpty() && o != ConnectionOutcome::Ok)
            why = ConnectionOutcomes::name(o);
        qCInfo(lcSync) << "no fresh link:" << ServiceConnection::describe(reply) << why;
        emit resendFinished(id, false, why, reply->rawHeader("Retry-After").toInt());
    });
}

void SyncEngine::fetchDetail(const QUuid &id)
{
    if (!isConfigured())
        return;
    QNetworkReply *reply = m_network->get(
        request(QStringLiteral("/api/v1/applications/%1").arg(id.toString(QUuid::WithoutBraces))));
    ServiceConnection::guard(reply, m_settings.pins);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(bodyOf(reply)).object();
        if (status != 200 ||
            o.value(QStringLiteral("id")).toString() != id.toString(QUuid::WithoutBraces) ||
            !o.value(QStringLiteral("timeline")).isArray())
            return;
        m_queue->setServiceTimeline(id, QJsonDocument(o.value(QStringLiteral("timeline")).toArray())
                                            .toJson(QJsonDocument::Compact));
        if (const auto state =
                ApplicationStates::fromName(o.value(QStringLiteral("status")).toString())) {
            m_queue->applyServiceStatus(id, *state);
            if (*state == ApplicationState::AwaitingConfirmation)
                applyDeadline(id, *state, o);
        }
        emit detailFetched(id);
    });
}

void SyncEngine::refreshSchema()
{
    if (!isConfigured() || m_settings.schemaCacheFile.isEmpty())
        return;
    QNetworkRequest get = request(QStringLiteral("/api/v1/forms/additional-info"));
    if (!m_settings.schemaEtag.isEmpty() && QFile::exists(m_settings.schemaCacheFile))
        get.setRawHeader("If-None-Match", m_settings.schemaEtag);
    QNetworkReply *reply = m_network->get(get);
    ServiceConnection::guard(reply, m_settings.pins);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return; // 304: the cache is current; anything else: keep the last one
        const QByteArray json = bodyOf(reply);
        QString why;
        if (!AdditionalInfoSchema::fromJson(json, &why).isValid()) {
            qCWarning(lcSync) << "the service's step-3 schema is unusable:" << why;
            return;
        }
        QSaveFile out(m_settings.schemaCacheFile);
        if (!out.open(QIODevice::WriteOnly))
            return;
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(json);
        if (!out.commit())
            return;
        m_settings.schemaEtag = reply->rawHeader("ETag");
        emit schemaUpdated(m_settings.schemaEtag);
    });
}

void SyncEngine::finished(const QUuid &id, const SubmissionChannel::Answer &reply)
{
    if (!m_inFlight.remove(id))
        return;
    const int status = reply.status;
    const QByteArray &body = reply.body;
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QString error = answer.value(QStringLiteral("error")).toString();
    const int retryAfter = reply.retryAfter;

    if (status == 200 || status == 201) {
        // A 200 from a captive portal or a proxy's login page is no answer:
        // only the service's JSON for this very id counts as sent.
        if (answer.value(QStringLiteral("id")).toString() == id.toString(QUuid::WithoutBraces) &&
            answer.value(QStringLiteral("status")).isString()) {
            m_attempts.remove(id);
            m_networkPaused.remove(id);
            // Written with the next ones' "sending" (sendDue, below), or a
            // moment later with the other answers that came meanwhile.
            if (!m_markFlush.isActive())
                m_markFlush.start();
            m_pendingMarks.append(
                {id, LocalQueue::State::Sending, LocalQueue::State::AwaitingConfirmation,
                 WireCodec::parseTime(
                     answer.value(QStringLiteral("confirmationExpiresAt")).toString())});
            ++m_roundDone;
        } else {
            m_roundProblem = ConnectionOutcome::NotTheService;
            retryLater(id, reason(ConnectionOutcome::NotTheService,
                                  QStringLiteral("HTTP %1, not the service's answer").arg(status)));
        }
    } else if (status == 401 && !error.isEmpty()) { // the service's, not a proxy's page
        // Refused before anything was read: not taken.
        retryLater(id, reason(ConnectionOutcome::TokenRefused, QStringLiteral("HTTP 401"), false));
        refuseToken();
    } else if ((status == 409 && error == u"idempotency_conflict") || status == 413 ||
               ((status == 422 || status == 400 || status == 415) && !error.isEmpty())) {
        // The service's words stay with the application, for the wizard.
        const QString why = QString::fromUtf8(body.left(64 * 1024));
        m_attempts.remove(id);
        m_queue->transition(id, LocalQueue::State::Rejected, why);
        emit applicationRejected(id, why);
    } else if (reply.outcome == ConnectionOutcome::Busy) {
        const ConnectionOutcome why = ServiceConnection::outcome(reply.outcome, error);
        m_roundProblem = why;
        waitWhileBusy(id, retryAfter, why);
    } else {
        if (reply.outcome != ConnectionOutcome::Ok)
            m_roundProblem = reply.outcome;
        // No answer at all: sent again as soon as the network is back.
        if (status == 0 && !reply.pinRefused)
            m_networkPaused.insert(id);
        // A busy or failing service (5xx, request_in_progress, 429) has no
        // outcome of its own: the service's problem, for staff.
        const ConnectionOutcome outcome = reply.outcome == ConnectionOutcome::Ok
                                              ? ConnectionOutcome::ServiceError
                                              : reply.outcome;
        // Nothing reached the service without a connection to it, or when a
        // proxy asked for a login first: staff may still correct such a one.
        const bool neverReached =
            reply.pinRefused || status == 407 ||
            (status == 0 && (reply.error == QNetworkReply::ConnectionRefusedError ||
                             reply.error == QNetworkReply::HostNotFoundError ||
                             reply.error == QNetworkReply::SslHandshakeFailedError ||
                             reply.error == QNetworkReply::ProxyConnectionRefusedError ||
                             reply.error == QNetworkReply::ProxyNotFoundError ||
                             reply.error == QNetworkReply::ProxyAuthenticationRequiredError ||
                             reply.error == QNetworkReply::NetworkSessionFailedError));
        retryLater(
            id,
            reason(outcome,
                   status ? QStringLiteral("HTTP %1 %2").arg(status).arg(error) : reply.description,
                   !neverReached),
            retryAfter);
    }
    if (!m_tokenRefused) {
        // The next ones, within the pauses: once the answers that arrived
        // together are all read, so that their marks share one commit and
        // the next requests leave together (the service commits them as one
        // group).
        if (!m_sendScheduled) {
            m_sendScheduled = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_sendScheduled = false;
                    if (!m_tokenRefused)
                        sendDue();
                },
                Qt::QueuedConnection);
        }
    } else {
        // The token refused: nothing more until the person gives another
        // (or the minute's look tries again).
        releaseReady();
        flushMarks();
        if (m_inFlight.isEmpty())
            emit idle();
    }
    if (isProxyRefusal(reply.status, reply.contentType, reply.error))
        proxyLoginRefused(reply.sentWith.toULongLong());
}

void SyncEngine::releaseReady()
{
    // Marked "sending" but never sent: back to waiting, as they were.
    for (const auto &[id, payload] : std::as_const(m_ready))
        m_queue->transition(id, LocalQueue::State::Queued);
    m_ready.clear();
}

void SyncEngine::refuseToken()
{
    // Only the service's own 401 (JSON with an "error") comes here, never a
    // proxy's page; said once a round.
    if (m_tokenRefused)
        return;
    m_tokenRefused = true;
    // Said where the round's problem is said (the list's status bar), also
    // when only the status feed was asked.
    m_roundProblem = ConnectionOutcome::TokenRefused;
    emit tokenRejected();
}

QString SyncEngine::reason(ConnectionOutcome outcome, const QString &detail, bool taken)
{
    // Kept as the application's last error; the queue says it in words
    // (QueueTableModel::lastErrorText), the detail is for the log.
    QJsonObject o{{QStringLiteral("error"), QStringLiteral("connection")},
                  {QStringLiteral("outcome"), ConnectionOutcomes::name(outcome)},
                  {QStringLiteral("detail"), detail}};
    if (!taken)
        o.insert(QStringLiteral("taken"), false);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void SyncEngine::waitWhileBusy(const QUuid &id, int retryAfterSeconds, ConnectionOutcome why)
{
    // A rate limit (the nginx front's, per address) is no fault of this
    // application: no attempt is counted. Sending the rest of the round
    // into it would only earn each its own 429 and a pause that grows; the
    // round stops and waits as asked (5 s at least). When the round is over,
    // wakeForNextPause() has it go on once the wait ends.
    qint64 pauseMs = std::clamp<qint64>(qint64(retryAfterSeconds) * 1000, 5000, 15 * 60 * 1000);
    // Several computers behind one address do not all come back at once.
    pauseMs += QRandomGenerator::global()->bounded(pauseMs / 5 + 1);
    const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(pauseMs);
    m_queue->transition(id, LocalQueue::State::Queued,
                        reason(why, QStringLiteral("HTTP 429"), false));
    QList<QUuid> held = std::exchange(m_due, {});
    for (const auto &[readyId, payload] : std::as_const(m_ready))
        held.append(readyId);
    releaseReady();
    held.append(id);
    for (const QUuid &waiting : std::as_const(held))
        m_queue->setNotBefore(waiting, until);
    qCInfo(lcSync) << "the service asked to wait; the round goes on in" << pauseMs / 1000 << "s,"
                   << held.size() << "waiting";
}

void SyncEngine::retryLater(const QUuid &id, const QString &why, int retryAfterSeconds)
{
    // 5 s, 10 s, 20 s … up to 15 minutes, with jitter; Retry-After when the
    // service asks for more.
    const int attempt = qMin(++m_attempts[id], 8);
    qint64 pauseMs = qMin<qint64>(5000LL << (attempt - 1), 15 * 60 * 1000);
    pauseMs += QRandomGenerator::global()->bounded(pauseMs / 4 + 1);
    pauseMs = qMax<qint64>(pauseMs, qint64(retryAfterSeconds) * 1000);
    m_queue->transition(id, LocalQueue::State::Queued, why);
    // Kept in the queue: a Retry-After outlives a restart.
    m_queue->setNotBefore(id, QDateTime::currentDateTimeUtc().addMSecs(pauseMs));
    qCInfo(lcSync) << "not sent, trying again in" << pauseMs / 1000 << "s:" << why;
}
