#include "service/apiserver.h"

#include "core/applicationrules.h"
#include "core/applicationstate.h"
#include "core/errorcodes.h"
#include "core/normalizer.h"
#include "core/wirecodec.h"
#include "messages/messagecatalog.h"
#include "service/confirmationpage.h"
#include "service/connectionguard.h"
#include "service/digest.h"
#include "service/guardedtcpserver.h"

#include <QFile>
#include <QHostInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcApi, "moshikomi.service.api")

namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

QHttpServerResponse json(const QJsonObject &o, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

// An answer about the request as a whole: its code, and words for people in
// the request's language. `why` is an ErrorCode, or "code/why" for one of a
// code's situations (the body carries the code alone).
QJsonObject errorBody(const HttpExchange &call, QLatin1StringView why, const QStringList &args = {})
{
    const QString key(why);
    return {{QStringLiteral("error"), ErrorCode::onTheWire(key)},
            {QStringLiteral("message"), MessageCatalog::text(key, args, call.language())}};
}

QHttpServerResponse error(const HttpExchange &call, Status status, QLatin1StringView why,
                          const QStringList &args = {})
{
    return json(errorBody(call, why, args), status);
}

// Every 422: each fault at its path, with its code and words in the
// language asked for.
QHttpServerResponse validationFailed(const FieldErrors &faults, MessageCatalog::Language language)
{
    QJsonArray fields;
    for (const FieldError &e : faults)
        fields.append(QJsonObject{{QStringLiteral("path"), e.path},
                                  {QStringLiteral("code"), ErrorCode::onTheWire(e.code)},
                                  {QStringLiteral("message"), MessageCatalog::text(e, language)}});
    return json({{QStringLiteral("error"), QStringLiteral("validation_failed")},
                 {QStringLiteral("fields"), fields}},
                Status::UnprocessableEntity);
}

QHttpServerResponse methodNotAllowed(const HttpExchange &call, const QByteArray &allow)
{
    QHttpServerResponse r = error(call, Status::MethodNotAllowed, ErrorCode::MethodNotAllowed);
    // What GET answers, HEAD answers too (without the content).
    QList<QByteArray> methods;
    for (const QByteArray &method : allow.split(',')) {
        methods << method.trimmed();
        if (methods.last() == "GET")
            methods << "HEAD";
    }
    r.setHeader("Allow", methods.join(", "));
    return r;
}

// The form of any UUID in lower case: a key that is exactly the body's id in
// that form is a good key even when the id is not a version 4 UUID; the id
// itself is then refused at its field (422, path "id").
bool hasCanonicalUuidForm(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

// A version 4 UUID of the DCE variant in that form: an application's id.
bool isCanonicalUuid(const QString &text)
{
    return hasCanonicalUuidForm(text) && text.at(14) == u'4' &&
           QStringView(u"89ab").contains(text.at(19));
}

// An application's id in a path, as a person or a script may write it
// (upper-case hex): the canonical form it is stored under.
QString idFromPath(const QString &text)
{
    return isCanonicalUuid(text.toLower()) ? text.toLower() : text;
}

// If-None-Match as RFC 9110 reads it: a list of tags compared weakly (a
// proxy that compresses the answer, nginx's gzip among them, hands the
// client W/"…"), or "*".
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

// Why a body's type is refused, or an empty code when it is JSON in UTF-8 (as
// declared, or with no charset: JSON's own default). Qt HttpServer 6.4 gives
// no way to ask for a header's absence apart from an empty value, which here
// means the same: refused.
QLatin1StringView refusedMediaType(const QHttpServerRequest &request)
{
    const QByteArray type = request.value("Content-Type").toLower();
    const QList<QByteArray> parts = type.split(';');
    if (parts.first().trimmed() != "application/json")
        return ErrorCode::UnsupportedMediaType;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        if (!parameter.startsWith("charset="))
            continue;
        QByteArray charset = parameter.mid(8);
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return ErrorCode::UnsupportedCharset;
    }
    return {};
}

// A body that does not parse: said as not being UTF-8 when that is why (a
// client that sent its system's Shift_JIS).
QLatin1StringView malformed(const QByteArray &body)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString decoded = utf8.decode(body);
    return utf8.hasError() ? ErrorCode::NotUtf8 : ErrorCode::MalformedJson;
}

QHttpServerResponse html(const QByteArray &body, Status status)
{
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), body, status);
    r.setHeader("Referrer-Policy", "no-referrer");
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'");
    r.setHeader("X-Content-Type-Options", "nosniff");
    return r;
}

// The answer to an action that did not happen: the application is not the
// caller's to see, it is in a state where the action makes no sense (409 with
// that state), too many were asked for, or the store failed.
QHttpServerResponse refusedAction(const HttpExchange &call, const ServiceStore::ActionResult &r,
                                  QLatin1StringView whenWrong = ErrorCode::InvalidState)
{
    using K = ServiceStore::ActionResult::Kind;
    switch (r.kind) {
    case K::NotFound:
        return error(call, Status::NotFound, ErrorCode::NotFound);
    case K::WrongState: {
        QJsonObject body = errorBody(call, whenWrong);
        body.insert(QStringLiteral("status"), r.status);
        return json(body, Status::Conflict);
    }
    case K::Done:
    case K::Limited:
    case K::Failed:
        break;
    }
    QHttpServerResponse busy = error(call, Status::ServiceUnavailable, ErrorCode::Unavailable);
    busy.setHeader("Retry-After", "5");
    return busy;
}

// The limits the nginx front keeps, kept by the service itself too: the
// largest request a little over the largest body (bigger ones between the two
// get the JSON 413), and connections below the number of files the process
// may open, which its database and mail need as well.
ConnectionGuard::Limits connectionLimits(const ServiceConfig &config)
{
    ConnectionGuard::Limits limits;
    limits.requestTimeoutMs = config.requestTimeoutSeconds * 1000;
    limits.idleTimeoutMs = config.idleTimeoutSeconds * 1000;
    limits.maxRequestBytes = 4 * ApiServer::MaxBodyBytes;
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        limits.maxConnections = int(std::clamp<rlim_t>(files.rlim_cur, 128, 20064) - 64);
    return limits;
}

} // namespace

ApiServer::ApiServer(const ServiceConfig &config, ServiceStore *store, IntakeWriter *writer,
                     const LinkTokens &tokens, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_writer(writer)
    , m_tokens(tokens)
    , m_mails(config.publicUrl, config.portalUrl)
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, &ApiServer::commitPending);
    addRoutes();
}

void ApiServer::setSchema(const AdditionalInfoSchema &schema, const QByteArray &json)
{
    m_schema = schema;
    m_schemaJson = json;
    m_schemaEtag = '"' + Digest::sha256(json).toHex().left(32) + '"';
    if (schema.isValid())
        m_schemas.insert(schema.version(), schema);
}

void ApiServer::stopListening()
{
    for (QTcpServer *server : m_server.servers())
        server->close();
}

bool ApiServer::listen(QString *error)
{
    QSslConfiguration ssl;
    if (!m_config.tlsCert.isEmpty()) {
        QFile certFile(m_config.tlsCert);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(m_config.tlsCert, certFile.errorString());
            return false;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(m_config.tlsKey, keyFile.errorString());
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        if (chain.isEmpty()) {
            *error = QStringLiteral("%1: no certificate in the file").arg(m_config.tlsCert);
            return false;
        }
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Ec);
        if (key.isNull()) {
            *error = QStringLiteral("%1: no usable private key in the file").arg(m_config.tlsKey);
            return false;
        }
        ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
    } else if (!m_config.listenAddress.isLoopback()) {
        *error = QStringLiteral("plain HTTP is served on loopback only; give --tls-cert and "
                                "--tls-key to listen on %1")
                     .arg(m_config.listenAddress.toString());
        return false;
    }
    m_guard = new ConnectionGuard(connectionLimits(m_config), this);
    m_server.setConnectionGuard(m_guard);
    QTcpServer *tcp = nullptr;
    if (m_config.tlsCert.isEmpty()) {
        tcp = new GuardedTcpServer(m_guard, &m_server);
    } else {
        auto tls = new QSslServer(&m_server);
        tls->setSslConfiguration(ssl);
        m_guard->watchHandshakes(tls);
        tcp = tls;
    }
    if (!tcp->listen(m_config.listenAddress, m_config.listenPort)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.listenPort)
                     .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_server.bind(tcp);
    m_port = tcp->serverPort();
    if (m_config.publicUrl.isEmpty()) {
        // Links point at this service itself, as it listens: never at
        // whatever Host a request names.
        QUrl own;
        own.setScheme(m_config.tlsCert.isEmpty() ? QStringLiteral("http")
                                                 : QStringLiteral("https"));
        const QHostAddress &a = m_config.listenAddress;
        if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6) {
            // "Every address" is no address a customer's browser can open:
            // this computer's name is the best guess; --public-url says it.
            const QString domain = QHostInfo::localDomainName();
            own.setHost(QHostInfo::localHostName() +
                        (domain.isEmpty() ? QString() : u'.' + domain));
            qCWarning(lcApi).noquote()
                << "no --public-url: the links in mails point at" << own.host()
                << "- give --public-url with the address customers reach this service at";
        } else {
            own.setHost(a.toString());
        }
        own.setPort(m_port);
        m_config.publicUrl = own;
        m_mails = MailComposer(own, m_config.portalUrl);
    }
    // The request thread holds no read snapshot between requests: each
    // request lets go of its own as it ends (and this of the start's), so
    // that the next one reads what the writer, the mail worker and the
    // sweeper committed meanwhile, and no snapshot kept keeps the sweeper's
    // checkpoint from emptying the log.
    m_store->finishAll();
    return true;
}

QString ApiServer::clientAddress(const Call &call) const
{
    const QHostAddress peer = call.request().remoteAddress();
    // Behind the front every request comes from nginx, and counted by that
    // one address, one person's wrong tokens shut every staff member out.
    // The front names the caller; its entry is the last (what comes before
    // it, the caller wrote). Plain HTTP is served on loopback only, to the
    // front (docs/deploy.md); over TLS the peer is the caller unless named a
    // front, and the header then is the caller's own.
    const bool fromFront =
        m_config.trustedProxies.isEmpty()
            ? m_config.tlsCert.isEmpty() && peer.isLoopback()
            : std::any_of(m_config.trustedProxies.cbegin(), m_config.trustedProxies.cend(),
                          [&peer](const QHostAddress &proxy) {
                              return peer.isEqual(proxy, QHostAddress::TolerantConversion);
                          });
    if (fromFront) {
        const QByteArray forwarded = call.request().value("X-Forwarded-For");
        const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
        QHostAddress caller;
        if (!last.isEmpty() && caller.setAddress(QString::fromLatin1(last)))
            return caller.toString();
    }
    return peer.toString();
}

std::optional<ServiceStore::Staff>
ApiServer::authenticate(Call &call, bool operatorOnly, std::optional<QHttpServerResponse> *refusal)
{
    const QString address = clientAddress(call);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 FailureWindowMs = ServiceStore::FailedLoginWindowMs;
    QList<qint64> &failures = m_failedLogins[address];
    failures.removeIf([now](qint64 t) { return now - t > FailureWindowMs; });
    if (failures.size() >= MaxFailedLoginsPerAddress) {
        QHttpServerResponse r = error(call, Status::TooManyRequests, ErrorCode::TooManyAttempts);
        r.setHeader("Retry-After", "600");
        *refusal = std::move(r);
        return std::nullopt;
    }
    const QByteArray header = call.request().value("Authorization");
    std::optional<ServiceStore::Staff> staff;
    bool unavailable = false;
    // The scheme's name is case-insensitive (RFC 9110): "bearer" from some clients.
    if (header.size() > 7 && header.size() < 200 && header.left(7).toLower() == "bearer ")
        staff = m_store->staffForToken(header.mid(7).trimmed(), &unavailable);
    if (unavailable) {
        // The database did not answer: not the token's fault.
        QHttpServerResponse r =
            error(call, Status::ServiceUnavailable, ErrorCode::DatabaseUnreachable);
        r.setHeader("Retry-After", "5");
        *refusal = std::move(r);
        return std::nullopt;
    }
    if (!staff) {
        failures.append(now);
        // Behind the front, one caller's tries are spread over every
        // instance: counted together in the database (a SQLite file has one
        // instance, and its count in memory is the whole count).
        if (m_store->backend() == ServiceStore::Backend::PostgreSQL) {
            if (const std::optional<int> all = m_store->recordFailedLogin(address, now))
                while (failures.size() < qMin(*all, MaxFailedLoginsPerAddress))
                    failures.prepend(now);
        }
        // Callers that stopped trying are forgotten once there are many
        // (every address that ever sent a wrong token would stay otherwise).
        if (m_failedLogins.size() > 4096)
            m_failedLogins.removeIf([now](const QHash<QString, QList<qint64>>::iterator &entry) {
                return entry.value().isEmpty() || now - entry.value().constLast() > FailureWindowMs;
            });
        QHttpServerResponse r = error(call, Status::Unauthorized, ErrorCode::Unauthorized);
        r.setHeader("WWW-Authenticate", "Bearer");
        *refusal = std::move(r);
        return std::nullopt;
    }
    if (failures.isEmpty())
        m_failedLogins.remove(address);
    call.staffName = staff->name;
    if (operatorOnly && staff->role != ServiceStore::Role::Operator) {
        *refusal = error(call, Status::Forbidden, ErrorCode::Forbidden);
        return std::nullopt;
    }
    return staff;
}

void ApiServer::addRoute(const QString &pattern, const QByteArray &allow,
                         const std::function<QHttpServerResponse(Call &)> &handler)
{
    m_server.route(pattern, [this, allow, handler](const Exchange &e) {
        const QByteArray method = e->request().method() == Method::Get    ? "GET"
                                  : e->request().method() == Method::Post ? "POST"
                                  : e->request().method() == Method::Head ? "HEAD"
                                                                          : "OTHER";
        if (!allow.split(',').contains(method) &&
            !(method == "HEAD" && allow.split(',').contains("GET"))) {
            e->respond(methodNotAllowed(*e, allow));
            return;
        }
        e->respond(handler(*e));
        m_store->finishAll(); // see listen()
    });
}

void ApiServer::addRoutes()
{
    const QString applications = QStringLiteral("/api/v1/applications");
    const QString one = applications + QStringLiteral("/([^/]+)");
    m_server.route(applications, [this](const Exchange &e) {
        if (e->request().method() == Method::Post)
            submit(e);
        else if (e->request().method() == Method::Get || e->request().method() == Method::Head)
            e->respond(listChanges(*e));
        else
            e->respond(methodNotAllowed(*e, "GET, POST"));
        m_store->finishAll(); // see listen()
    });
    addRoute(one, "GET", [this](Call &c) { return getApplication(c, idFromPath(c.args().at(0))); });
    addRoute(one + QStringLiteral("/resend-confirmation"), "POST",
             [this](Call &c) { return resend(c, idFromPath(c.args().at(0))); });
    addRoute(one + QStringLiteral("/provisional-registration"), "POST",
             [this](Call &c) { return provisionalRegistration(c, idFromPath(c.args().at(0))); });
    addRoute(one + QStringLiteral("/problem"), "POST",
             [this](Call &c) { return problem(c, idFromPath(c.args().at(0))); });
    addRoute(one + QStringLiteral("/erase"), "POST",
             [this](Call &c) { return erase(c, idFromPath(c.args().at(0))); });
    addRoute(QStringLiteral("/api/v1/forms/additional-info"), "GET",
             [this](Call &c) { return schema(c); });
    addRoute(QStringLiteral("/confirm/([^/]+)"), "GET,POST",
             [this](Call &c) { return confirmationPage(c, c.args().at(0)); });
    addRoute(QStringLiteral("/static/confirm.css"), "GET", [](Call &) {
        QHttpServerResponse css(QByteArrayLiteral("text/css; charset=utf-8"),
                                ConfirmationPage::styleSheet());
        css.setHeader("Cache-Control", "public, max-age=86400");
        return css;
    });
    addRoute(QStringLiteral("/healthz"), "GET", [this](Call &c) { return health(c); });
}

const AdditionalInfoSchema *ApiServer::schemaFor(const QString &version)
{
    auto it = m_schemas.find(version);
    if (it == m_schemas.end()) {
        const QByteArray json = m_store->schemaJson(version);
        if (json.isEmpty())
            return nullptr;
        const AdditionalInfoSchema s = AdditionalInfoSchema::fromJson(json);
        if (!s.isValid())
            return nullptr;
        it = m_schemas.insert(version, s);
    }
    return &*it;
}

void ApiServer::submit(const Exchange &exchange)
{
    Call &call = *exchange;
    std::optional<QHttpServerResponse> refusal;
    const std::optional<ServiceStore::Staff> staff = authenticate(call, false, &refusal);
    if (!staff)
        return exchange->respond(std::move(*refusal));
    const QHttpServerRequest &request = call.request();
    if (request.body().size() > MaxBodyBytes)
        return exchange->respond(error(call, Status::PayloadTooLarge, ErrorCode::TooLarge));
    if (const QLatin1StringView why = refusedMediaType(request); !why.isEmpty())
        return exchange->respond(error(call, Status::UnsupportedMediaType, why));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return exchange->respond(error(call, Status::BadRequest, malformed(request.body())));
    const QString key = QString::fromLatin1(request.value("Idempotency-Key"));
    const QString bodyId = doc.object().value(QLatin1StringView(FieldTable::IdKey)).toString();
    if (!hasCanonicalUuidForm(key) || key != bodyId)
        return exchange->respond(error(call, Status::BadRequest, ErrorCode::BadIdempotencyKey));
    // The same application again before the first is answered (a client that
    // timed out and retried): its outcome is not known yet.
    if (m_inFlight.contains(key)) {
        QHttpServerResponse busy = error(call, Status::Conflict, ErrorCode::RequestInProgress);
        busy.setHeader("Retry-After", "1");
        return exchange->respond(std::move(busy));
    }

    const WireCodec::Result decoded = WireCodec::fromJson(doc.object());
    FieldErrors faults = decoded.errors;
    Application application = Normalizer::application(decoded.application);
    if (faults.isEmpty()) {
        const AdditionalInfoSchema *schema = nullptr;
        if (!application.formVersion.isNull()) {
            schema = schemaFor(application.formVersion);
            if (schema)
                application.additionalInfo = schema->normalised(application.additionalInfo);
            else
                faults.append({QLatin1StringView(FieldTable::FormVersionKey),
                               ErrorCode::UnknownFormVersion,
                               {}});
        }
        if (faults.isEmpty())
            faults = ApplicationRules::validate(application, ApplicationRules::Confirmation::Ignore,
                                                schema);
    }
    if (!faults.isEmpty())
        return exchange->respond(validationFailed(faults, call.language()));

    const QDateTime expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(m_config.confirmationValiditySeconds);
    const QDateTime expires = expiresAt.addMSecs(-expiresAt.time().msec());
    const QByteArray nonce = LinkTokens::newNonce();
    ServiceStore::IntakeItem item{*staff,
                                  application,
                                  WireCodec::encode(application),
                                  Digest::sha256(request.body()).toHex(),
                                  expires,
                                  ServiceStore::hashToken(m_tokens.token(nonce)),
                                  m_mails.confirmationRequest(application, nonce, expires)};
    // Group commit: the submissions read while the previous group was being
    // written are committed together with one fsync, and each is answered
    // after it.
    m_inFlight.insert(key);
    m_pending.append({exchange, key, std::move(item)});
    if (!m_commitTimer.isActive() && m_writing.isEmpty())
        m_commitTimer.start();
}

void ApiServer::commitPending()
{
    if (!m_writing.isEmpty() || m_pending.isEmpty())
        return;
    m_writing = std::exchange(m_pending, {});
    QList<ServiceStore::IntakeItem> items;
    items.reserve(m_writing.size());
    for (const Pending &p : std::as_const(m_writing))
        items.append(p.item);
    m_writer->write(items, this, [this](const QList<ServiceStore::IntakeResult> &results) {
        answerWritten(results);
    });
}

void ApiServer::answerWritten(const QList<ServiceStore::IntakeResult> &results)
{
    const QList<Pending> pending = std::exchange(m_writing, {});
    // What arrived meanwhile goes to the writer at once.
    commitPending();
    using K = ServiceStore::IntakeResult::Kind;
    bool created = false;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        m_inFlight.remove(pending.at(i).id);
        const ServiceStore::IntakeResult &r = results.at(i);
        switch (r.kind) {
        case K::Created:
            created = true;
            pending[i].exchange->respond(QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                             r.answer, Status::Created));
            break;
        case K::Replayed:
            pending[i].exchange->respond(
                QHttpServerResponse(QByteArrayLiteral("application/json"), r.answer, Status::Ok));
            break;
        case K::Conflict:
            pending[i].exchange->respond(
                error(*pending[i].exchange, Status::Conflict, ErrorCode::IdempotencyConflict));
            break;
        case K::Failed: {
            QHttpServerResponse busy =
                error(*pending[i].exchange, Status::ServiceUnavailable, ErrorCode::NotStored);
            busy.setHeader("Retry-After", "5");
            pending[i].exchange->respond(std::move(busy));
            break;
        }
        }
    }
    if (created)
        emit mailQueued();
}

QHttpServerResponse ApiServer::getApplication(Call &call, const QString &id)
{
    std::optional<QHttpServerResponse> refusal;
    const std::optional<ServiceStore::Staff> staff = authenticate(call, false, &refusal);
    if (!staff)
        return std::move(*refusal);
    const std::optional<QJsonObject> o = m_store->application(*staff, id);
    if (!o)
        return error(call, Status::NotFound, ErrorCode::NotFound);
    return json(*o, Status::Ok);
}

QHttpServerResponse ApiServer::listChanges(Call &call)
{
    std::optional<QHttpServerResponse> refusal;
    const std::optional<ServiceStore::Staff> staff = authenticate(call, false, &refusal);
    if (!staff)
        return std::move(*refusal);
    const QUrlQuery query = call.request().query();
    bool ok = true;
    const QString cursorText =
        query.queryItemValue(QStringLiteral("changedSince"), QUrl::FullyDecoded);
    qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
    if (!ok) {
        // The parameter's name invites a time: an RFC 3339 one starts the
        // feed at the changes made then or later (a form-encoded + is a space).
        const QDateTime since = WireCodec::parseTime(QString(cursorText).replace(u' ', u'+'));
        if (since.isValid()) {
            const std::optional<qint64> at = m_store->cursorAt(since);
            if (!at)
                return error(call, Status::ServiceUnavailable, ErrorCode::DatabaseUnreachable);
            cursor = *at;
            ok = true;
        }
    }
    if (!ok || cursor < 0)
        return error(call, Status::BadRequest, ErrorCode::BadCursor);
    constexpr int PageSize = 100;
    qint64 next = cursor;
    bool more = false;
    const QList<ServiceStore::Change> changes =
        m_store->changes(*staff, cursor, PageSize, &next, &more);
    QJsonArray items;
    const QString awaiting = ApplicationStates::name(ApplicationState::AwaitingConfirmation);
    const QString registered = ApplicationStates::name(ApplicationState::ProvisionallyRegistered);
    for (const ServiceStore::Change &c : changes) {
        QJsonObject item{{QStringLiteral("id"), c.id},
                         {QStringLiteral("status"), c.status},
                         {QStringLiteral("at"), c.at}};
        // The clocks staff watch: the 24 hours to confirm, the 14 days to register.
        if (c.status == awaiting && !c.confirmationExpiresAt.isEmpty())
            item.insert(QStringLiteral("confirmationExpiresAt"), c.confirmationExpiresAt);
        if (c.status == registered)
            item.insert(QStringLiteral("registrationDeadline"),
                        WireCodec::parseTime(c.at)
                            .toTimeZone(QTimeZone(9 * 3600))
                            .date()
                            .addDays(m_config.registrationDeadlineDays)
                            .toString(Qt::ISODate));
        // What the staff must put right, seen in their list without asking.
        if (!c.note.isEmpty())
            item.insert(QStringLiteral("reason"), c.note);
        items.append(item);
    }
    return json({{QStringLiteral("changes"), items},
                 {QStringLiteral("nextCursor"), QString::number(next)},
                 {QStringLiteral("more"), more}},
                Status::Ok);
}

QHttpServerResponse ApiServer::resend(Call &call, const QString &id)
{
    std::optional<QHttpServerResponse> refusal;
    const std::optional<ServiceStore::Staff> staff = authenticate(call, false, &refusal);
    if (!staff)
        return std::move(*refusal);
    const QDateTime expiresAt =
        QDateTime::currentDateTimeUtc().addSecs(m_config.confirmationValiditySeconds);
    const QDateTime expires = expiresAt.addMSecs(-expiresAt.time().msec());
    const QByteArray nonce = LinkTokens::newNonce();
    const ServiceStore::ActionResult r = m_store->resendConfirmation(
        *staff, id, expires, MaxResendsPerHour, ServiceStore::hashToken(m_tokens.token(nonce)),
        [&](const Application &a) { return m_mails.confirmationRequest(a, nonce, expires); });
    using K = ServiceStore::ActionResult::Kind;
    switch (r.kind) {
    case K::Done:
        emit mailQueued();
        return json(
            {{QStringLiteral("id"), id},
             {QStringLiteral("status"), r.status},
             {QStringLiteral("confirmationExpiresAt"), WireCodec::formatSortableTime(expires)}},
            Status::Ok);
    case K::Limited: {
        QHttpServerResponse limited =
            error(call, Status::TooManyRequests, ErrorCode::TooManyResends,
                  {QString::number(MaxResendsPerHour)});
        // When the oldest of the hour's links leaves the count, not a
        // whole hour from now: staff can tell the customer when.
        const qint64 wait =
            r.retryAt.isValid() ? QDateTime::currentDateTimeUtc().secsTo(r.retryAt) : 3600;
        limited.setHeader("Retry-After", QByteArray::number(std::clamp<qint64>(wait, 1, 3600)));
        return limited;
    }
    case K::NotFound:
    case K::WrongState:
    case K::Failed:
        break;
    }
    return refusedAction(call, r, ErrorCode::ResendNotAllowed);
}

QHttpServerResponse ApiServer::provisionalRegistration(Call &call, const QString &id)
{
    std::optional<QHttpServerResponse> refusal;
    if (!authenticate(call, true, &refusal))
        return std::move(*refusal);
    const QDate deadline = QDateTime::currentDateTimeUtc()
                               .toTimeZone(QTimeZone(9 * 3600))
                               .date()
                               .addDays(m_config.registrationDeadlineDays);
    const ServiceStore::ActionResult r =
        m_store->provisionalRegistration(id, [&](const Application &a) {
            QList<ServiceStore::OutboxRow> rows;
            for (const LoginUser &u : a.loginUsers)
                rows.append(m_mails.provisionalRegistration(a, u, deadline));
            return rows;
        });
    using K = ServiceStore::ActionResult::Kind;
    if (r.kind == K::Done) {
        emit mailQueued();
        return json({{QStringLiteral("id"), id},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("registrationDeadline"), deadline.toString(Qt::ISODate)}},
                    Status::Ok);
    }
    return refusedAction(call, r, ErrorCode::RegistrationNotAllowed);
}

QHttpServerResponse ApiServer::problem(Call &call, const QString &id)
{
    std::optional<QHttpServerResponse> refusal;
    if (!authenticate(call, true, &refusal))
        return std::move(*refusal);
    if (const QLatin1StringView why = refusedMediaType(call.request()); !why.isEmpty())
        return error(call, Status::UnsupportedMediaType, why);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request().body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(call, Status::BadRequest, malformed(call.request().body()));
    constexpr int MaxReason = 2000;
    const QJsonValue given = doc.object().value(QStringLiteral("reason"));
    if (!given.isString() && !given.isUndefined() && !given.isNull())
        return validationFailed({{QStringLiteral("reason"), QString(ErrorCode::InvalidType), {}}},
                                call.language());
    const QString reason = given.toString().trimmed();
    if (reason.isEmpty() || reason.size() > MaxReason)
        return validationFailed(
            {{QStringLiteral("reason"),
              reason.isEmpty() ? QString(ErrorCode::Required) : QString(ErrorCode::TooLong),
              reason.isEmpty() ? QStringList{} : QStringList{QString::number(MaxReason)}}},
            call.language());
    const ServiceStore::ActionResult r = m_store->reportProblem(
        id, reason, [&](const Application &a) { return m_mails.problem(a, reason); });
    using K = ServiceStore::ActionResult::Kind;
    if (r.kind == K::Done) {
        emit mailQueued();
        return json({{QStringLiteral("id"), id}, {QStringLiteral("status"), r.status}}, Status::Ok);
    }
    return refusedAction(call, r, ErrorCode::ProblemAlreadyReported);
}

QHttpServerResponse ApiServer::erase(Call &call, const QString &id)
{
    std::optional<QHttpServerResponse> refusal;
    if (!authenticate(call, true, &refusal))
        return std::move(*refusal);
    const ServiceStore::ActionResult r = m_store->erase(id);
    if (r.kind == ServiceStore::ActionResult::Kind::Done)
        return json({{QStringLiteral("id"), id},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("erased"), true}},
                    Status::Ok);
    return refusedAction(call, r);
}

QHttpServerResponse ApiServer::schema(Call &call)
{
    std::optional<QHttpServerResponse> refusal;
    if (!authenticate(call, false, &refusal))
        return std::move(*refusal);
    if (etagMatches(call.request().value("If-None-Match"), m_schemaEtag)) {
        QHttpServerResponse r(Status::NotModified);
        r.setHeader("ETag", m_schemaEtag);
        return r;
    }
    QHttpServerResponse r(QByteArrayLiteral("application/json"), m_schemaJson, Status::Ok);
    r.setHeader("ETag", m_schemaEtag);
    r.setHeader("Cache-Control", "no-cache");
    return r;
}

QHttpServerResponse ApiServer::confirmationPage(Call &call, const QString &token)
{
    using Kind = ConfirmationPage::Kind;
    using R = ServiceStore::ConfirmResult;
    const QByteArray raw = token.toLatin1();
    QString company;
    auto answer = [&](R result) {
        switch (result) {
        case R::Confirmed:
            return html(
                ConfirmationPage::html(
                    call.request().method() == Method::Post ? Kind::Accepted : Kind::Ask, company),
                Status::Ok);
        case R::Expired:
            return html(ConfirmationPage::html(Kind::Expired), Status::Gone);
        case R::Used:
            return html(ConfirmationPage::html(Kind::Used), Status::Gone);
        case R::Replaced:
            return html(ConfirmationPage::html(Kind::Replaced), Status::Gone);
        case R::Withdrawn:
            return html(ConfirmationPage::html(Kind::Withdrawn), Status::Gone);
        case R::Unknown:
            return html(ConfirmationPage::html(Kind::Unknown), Status::NotFound);
        case R::Failed:
            break;
        }
        return html(ConfirmationPage::html(Kind::Unavailable), Status::ServiceUnavailable);
    };
    if (raw.size() > 100)
        return answer(R::Unknown);
    if (call.request().method() == Method::Get || call.request().method() == Method::Head)
        return answer(m_store->peekToken(raw, &company));
    if (call.request().method() != Method::Post)
        return methodNotAllowed(call, "GET, POST");
    const R result = m_store->confirm(
        raw, QDateTime::currentDateTimeUtc(),
        [&](const QString &id) {
            const std::optional<Application> a = m_store->storedApplication(id);
            return m_mails.applicationComplete(a.value_or(Application{}));
        },
        &company);
    if (result == R::Confirmed)
        emit mailQueued();
    return answer(result);
}

QHttpServerResponse ApiServer::health(Call &)
{
    if (!m_store->isHealthy())
        return json({{QStringLiteral("status"), QStringLiteral("unavailable")}},
                    Status::ServiceUnavailable);
    return json({{QStringLiteral("status"), QStringLiteral("ok")}}, Status::Ok);
}
