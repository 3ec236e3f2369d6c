#include "service/servicecommand.h"

#include "core/additionalinfoschema.h"
#include "core/applicationrules.h"
#include "messages/terminaltext.h"
#include "service/apiserver.h"
#include "service/configfile.h"
#include "service/linktokens.h"
#include "service/maildirtransport.h"
#include "service/mailworker.h"
#include "service/serviceconfig.h"
#include "service/servicestore.h"
#include "service/smtptransport.h"
#include "service/stopsignals.h"
#include "service/sweeper.h"
#include "service/threadcleanup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcService, "moshikomi.service")

namespace {

constexpr int UsageError = 2;

void printStaffAccounts(QTextStream &out, const QList<ServiceStore::StaffAccount> &accounts)
{
    const QStringList heading{QStringLiteral("NAME"), QStringLiteral("ROLE"),
                              QStringLiteral("TOKEN"), QStringLiteral("APPLICATIONS"),
                              QStringLiteral("CREATED")};
    QList<QStringList> rows{heading};
    for (const ServiceStore::StaffAccount &a : accounts)
        rows.append({a.name,
                     a.role == ServiceStore::Role::Operator ? QStringLiteral("operator")
                                                            : QStringLiteral("staff"),
                     a.revoked ? QStringLiteral("revoked") : QStringLiteral("active"),
                     QString::number(a.applications), a.createdAt});
    QList<int> widths(heading.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], TerminalText::columns(row.at(i)));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths.at(i) - TerminalText::columns(row.at(i)) + 2, u' ');
        }
        out << line << '\n';
    }
}

int fail(QString message)
{
    // One line, whatever a flag, a file or a driver put into the message.
    for (QChar &c : message) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QTextStream(stderr) << "moshikomi-service: " << message << '\n';
    return UsageError;
}

struct Flag
{
    const char *name;
    const char *value;
    const char *help;
    // A file or folder follows this (the whole value: ""); in a config file
    // a relative one is beside the file. nullptr: no path.
    const char *pathAfter = nullptr;
};

const Flag kFlags[] = {
    {"listen", "HOST:PORT",
     "Address to listen on (default 127.0.0.1:8443; a port alone: on 127.0.0.1)."},
    {"data-dir", "DIR", "Where the database and the default maildir live.", ""},
    {"database", "URL",
     "sqlite: (in the data dir; the default) or postgresql://USER@HOST:PORT/DB; also from "
     "MOSHIKOMI_DATABASE. The password comes from MOSHIKOMI_DATABASE_PASSWORD or "
     "--database-password-file, never from the URL."},
    {"database-password-file", "FILE", "The PostgreSQL password, alone in a file.", ""},
    {"instance-name", "NAME",
     "Names this instance among several on one database (default: host:port:data-dir); "
     "keep it the same across restarts."},
    {"public-url", "URL",
     "Base of the links in mails (default: this service's own address; on every address, "
     "this computer's name)."},
    {"portal-url", "URL",
     "The portal where login users complete their registration; the provisional "
     "registration mail names it (default: not named)."},
    {"tls-cert", "FILE", "Serve HTTPS with this certificate chain (PEM).", ""},
    {"tls-key", "FILE", "The private key of --tls-cert (PEM).", ""},
    {"trusted-proxy", "ADDRESSES",
     "The front's address (nginx; several separated by commas): a request from it is "
     "counted, for wrong tokens, by the caller its X-Forwarded-For names (default: this "
     "computer, when serving plain HTTP)."},
    {"mail", "TRANSPORT",
     "maildir:DIR (default: DIR=<data-dir>/mail), smtp://HOST:PORT, "
     "smtp+starttls://HOST:PORT or smtps://HOST:PORT; the SMTP user and "
     "password come from MOSHIKOMI_SMTP_USER and MOSHIKOMI_SMTP_PASSWORD "
     "(or MOSHIKOMI_SMTP_PASSWORD_FILE).",
     "maildir:"},
    {"mail-from", "ADDR", "Sender of the mails (default no-reply@nec-service.com)."},
    {"confirmation-validity", "SECONDS", "Lifetime of a confirmation link (default 86400)."},
    {"registration-deadline-days", "N",
     "Deadline stated in the provisional registration mail "
     "(default 14)."},
    {"additional-info", "FILE", "The step-3 schema (JSON); without it step 3 has no fields.", ""},
    {"mail-lease", "SECONDS",
     "With several instances: how long a mail being sent stays claimed; after it, another "
     "instance sends a mail whose instance died (default 120; keep it above the SMTP "
     "timeouts)."},
    {"request-timeout", "SECONDS",
     "A request must arrive whole within this long, else 408 and the connection closes "
     "(default 30)."},
    {"idle-timeout", "SECONDS",
     "A kept-alive connection with no request for this long is closed (default 120)."},
    {"retention-days", "N",
     "Remove the personal data of applications N days after they reached "
     "a final state (provisionally registered, problem reported, expired); "
     "0: at once (default 365)."},
};

std::optional<ServiceConfig> readConfig(const QCommandLineParser &parser, QString *error)
{
    // The config file first, flags over it.
    QMap<QString, QString> values;
    if (parser.isSet(QStringLiteral("config"))) {
        QStringList known;
        for (const Flag &f : kFlags)
            known.append(QLatin1StringView(f.name));
        const QString configPath = parser.value(QStringLiteral("config"));
        const std::optional<QMap<QString, QString>> fromFile =
            ConfigFile::read(configPath, known, error);
        if (!fromFile)
            return std::nullopt;
        values = *fromFile;
        // A file named in the config is beside it (/etc/moshikomi/server.pem),
        // wherever the service is started from (systemd starts it in /).
        const QDir beside = QFileInfo(configPath).absoluteDir();
        for (const Flag &f : kFlags) {
            if (!f.pathAfter)
                continue;
            const QString name = QLatin1StringView(f.name);
            const QString prefix = QLatin1StringView(f.pathAfter);
            const QString value = values.value(name);
            const QString path = value.mid(prefix.size());
            if (value.startsWith(prefix) && !path.isEmpty() && QDir::isRelativePath(path))
                values.insert(name, prefix + QDir::cleanPath(beside.absoluteFilePath(path)));
        }
    }
    for (const Flag &f : kFlags) {
        if (parser.isSet(QLatin1StringView(f.name)))
            values.insert(QLatin1StringView(f.name), parser.value(QLatin1StringView(f.name)));
    }

    ServiceConfig c;
    const QString given = values.value(QStringLiteral("listen"));
    // A port alone is one on this computer, the default host.
    static const QRegularExpression portAlone(QStringLiteral("^[0-9]{1,5}$"));
    const QString listen =
        portAlone.match(given).hasMatch() ? QStringLiteral("127.0.0.1:") + given : given;
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
        QString host = listen.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host == u"localhost" ? QStringLiteral("127.0.0.1") : host);
        if (!ok || port > 65535 || address.isNull()) {
            *error = QStringLiteral("--listen %1: give HOST:PORT, e.g. 127.0.0.1:8443").arg(given);
            return std::nullopt;
        }
        c.listenAddress = address;
        c.listenPort = quint16(port);
    }
    c.dataDir = values.value(QStringLiteral("data-dir"));
    if (c.dataDir.isEmpty())
        c.dataDir = qEnvironmentVariable("MOSHIKOMI_SERVICE_DATA_DIR");
    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    c.database = values.value(QStringLiteral("database"),
                              qEnvironmentVariable("MOSHIKOMI_DATABASE", c.database));
    c.instanceName = values.value(QStringLiteral("instance-name"));
    if (c.isPostgres()) {
        const QUrl url(c.database, QUrl::StrictMode);
        if (!url.password().isEmpty()) {
            *error = QStringLiteral("--database: put no password in the URL; use "
                                    "MOSHIKOMI_DATABASE_PASSWORD or --database-password-file");
            return std::nullopt;
        }
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            *error = QStringLiteral("--database %1: give postgresql://USER@HOST:PORT/DATABASE")
                         .arg(url.toString(QUrl::RemovePassword));
            return std::nullopt;
        }
        c.databasePassword = qEnvironmentVariable("MOSHIKOMI_DATABASE_PASSWORD");
        const QString passwordFile = values.value(QStringLiteral("database-password-file"));
        if (!passwordFile.isEmpty()) {
            QFile f(passwordFile);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("--database-password-file %1: %2")
                             .arg(passwordFile, f.errorString());
                return std::nullopt;
            }
            c.databasePassword = QString::fromUtf8(f.readAll()).trimmed();
        }
    } else if (c.database != u"sqlite:") {
        *error = QStringLiteral("--database %1: give sqlite: or postgresql://USER@HOST:PORT/DB")
                     .arg(c.database);
        return std::nullopt;
    }
    c.tlsCert = values.value(QStringLiteral("tls-cert"));
    c.tlsKey = values.value(QStringLiteral("tls-key"));
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    for (const QString &given :
         values.value(QStringLiteral("trusted-proxy")).split(u',', Qt::SkipEmptyParts)) {
        QHostAddress proxy;
        if (!proxy.setAddress(given.trimmed())) {
            *error = QStringLiteral("--trusted-proxy %1: give IP addresses separated by commas")
                         .arg(given.trimmed());
            return std::nullopt;
        }
        c.trustedProxies.append(proxy);
    }
    c.mail = values.value(QStringLiteral("mail"));
    // A server that cannot be reached, or a folder not named, would only show
    // as mails that never leave, long after the start.
    constexpr QLatin1StringView maildirPrefix("maildir:");
    if (SmtpTransport::isSmtpUrl(c.mail)) {
        if (QString mistake = SmtpTransport::configurationMistake(c.mail); !mistake.isEmpty()) {
            *error = std::move(mistake);
            return std::nullopt;
        }
    } else if (!c.mail.isEmpty() &&
               !(c.mail.startsWith(maildirPrefix) && c.mail.size() > maildirPrefix.size())) {
        *error = QStringLiteral("--mail %1: give maildir:DIR or smtp://HOST:PORT").arg(c.mail);
        return std::nullopt;
    }
    c.mailFrom = values.value(QStringLiteral("mail-from"), c.mailFrom);
    // The address alone, by the customer's rules: it goes between < > after
    // the service's name in every From line ("Name <a@b.jp>" would break it).
    if (!ApplicationRules::isValidEmail(c.mailFrom)) {
        *error = QStringLiteral("--mail-from %1: give the sender's address alone, as "
                                "no-reply@example.co.jp")
                     .arg(c.mailFrom);
        return std::nullopt;
    }
    auto number = [&](const char *name, qint64 min, qint64 max, qint64 fallback, qint64 *out) {
        const QString text = values.value(QLatin1StringView(name));
        if (text.isEmpty()) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < min || n > max) {
            *error = QStringLiteral("--%1 %2: give a whole number from %3 to %4")
                         .arg(QLatin1StringView(name), text)
                         .arg(min)
                         .arg(max);
            return false;
        }
        *out = n;
        return true;
    };
    qint64 days = 0;
    qint64 retention = 0;
    if (!number("confirmation-validity", 1, 30LL * 86400, 86400, &c.confirmationValiditySeconds) ||
        !number("registration-deadline-days", 1, 365, 14, &days) ||
        !number("retention-days", 0, 3650, 365, &retention))
        return std::nullopt;
    c.registrationDeadlineDays = int(days);
    qint64 lease = 0;
    if (!number("mail-lease", 5, 3600, 120, &lease))
        return std::nullopt;
    c.mailLeaseSeconds = int(lease);
    qint64 requestTimeout = 0;
    qint64 idleTimeout = 0;
    if (!number("request-timeout", 1, 3600, 30, &requestTimeout) ||
        !number("idle-timeout", 1, 86400, 120, &idleTimeout))
        return std::nullopt;
    c.requestTimeoutSeconds = int(requestTimeout);
    c.idleTimeoutSeconds = int(idleTimeout);
    c.retentionDays = int(retention);
    c.additionalInfoFile = values.value(QStringLiteral("additional-info"));
    // An address a customer's browser opens (or none given).
    // Both go into every mail: a user or password in them would reach each
    // customer. The links' base takes paths after it, so nothing may follow.
    auto webAddress = [&](const char *flag, QUrl *url, bool isBase) {
        const QString given = values.value(QLatin1StringView(flag));
        *url = QUrl(given, QUrl::StrictMode);
        if (given.isEmpty())
            return true;
        if (!url->isValid() || url->host().isEmpty() ||
            (url->scheme() != u"https" && url->scheme() != u"http")) {
            *error =
                QStringLiteral("--%1 %2: give an http(s) URL").arg(QLatin1StringView(flag), given);
            return false;
        }
        if (!url->userInfo().isEmpty()) {
            *error = QStringLiteral("--%1: a user or password in the URL would be in every mail")
                         .arg(QLatin1StringView(flag));
            return false;
        }
        if (isBase && (url->hasQuery() || url->hasFragment())) {
            *error = QStringLiteral("--%1 %2: give the links' base without ? or #")
                         .arg(QLatin1StringView(flag), given);
            return false;
        }
        return true;
    };
    if (!webAddress("public-url", &c.publicUrl, true) ||
        !webAddress("portal-url", &c.portalUrl, false))
        return std::nullopt;
    return c;
}

bool openStore(const ServiceConfig &config, ServiceStore *store, QString *error)
{
    if (!QDir().mkpath(config.dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(config.dataDir);
        return false;
    }
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!store->open(config.databaseTarget())) {
        // One line, whatever the driver says over several.
        *error =
            QStringLiteral("%1: %2").arg(config.databaseName(), store->lastError().simplified());
        return false;
    }
    return true;
}

// A worker (its own database connection, its own thread): stopped in that
// thread as it ends, before the thread's OpenSSL state is let go (a mail
// server's or PostgreSQL's TLS connection closed where it was used); a
// worker that cannot start ends the service.
template<typename Worker>
void runOnThread(QThread *thread, Worker *worker, const QString &what, int *exitCode)
{
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &Worker::stop, Qt::DirectConnection);
    releaseThreadStateOnFinish(thread);
    QObject::connect(worker, &Worker::failedToStart, qApp, [what, exitCode](const QString &why) {
        *exitCode = fail(QStringLiteral("%1: %2").arg(what, why));
        QCoreApplication::exit(1);
    });
    thread->start();
}

// A stop asked for (SIGTERM, SIGINT): no new connections, no new mail begun;
// the applications taken are written and answered (within `grace`), then the
// event loop ends. A second signal ends the wait (the mail in hand is still
// finished: the mail thread is joined).
void stopGently(ApiServer *api, MailWorker *worker, int grace)
{
    api->stopListening();
    worker->requestStop();
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    auto poll = new QTimer(api);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, api, [api, waited, grace] {
        if (api->isIdle() || waited->elapsed() > grace)
            QCoreApplication::quit();
    });
    poll->start();
}

int serve(const ServiceConfig &config)
{
    // Each line says when: an operator reads a file or a terminal long after.
    // The journal stamps its own (JOURNAL_STREAM); QT_MESSAGE_PATTERN, when
    // set, is still the one followed.
    if (!qEnvironmentVariableIsSet("JOURNAL_STREAM"))
        qSetMessagePattern(QStringLiteral(
            "%{time yyyy-MM-dd hh:mm:ss.zzz t} %{if-category}%{category}: %{endif}%{message}"));
    // Before any thread starts (they inherit the blocked signals).
    StopSignals stopSignals;
    // A SQLite file has one service: a second one on the same folder would
    // send its mails again (the outbox is claimed only on PostgreSQL, where
    // several instances share the work). One that crashed leaves no lock.
    QLockFile serving(QDir(config.dataDir).filePath(QStringLiteral("serve.lock")));
    serving.setStaleLockTime(0);
    if (config.databaseTarget().backend == ServiceStore::Backend::SQLite) {
        if (!QDir().mkpath(config.dataDir))
            return fail(QStringLiteral("cannot create the data folder %1").arg(config.dataDir));
        if (!serving.tryLock(0)) {
            if (serving.error() != QLockFile::LockFailedError)
                return fail(
                    QStringLiteral("cannot write to the data folder %1").arg(config.dataDir));
            qint64 pid = 0;
            QString host, app;
            serving.getLockInfo(&pid, &host, &app);
            return fail(QStringLiteral("another moshikomi-service (process %1) is already "
                                       "serving the data folder %2")
                            .arg(pid)
                            .arg(config.dataDir));
        }
    }
    ServiceStore store;
    QString error;
    if (!openStore(config, &store, &error))
        return fail(error);
    if (const QString maildir = config.maildir();
        !maildir.isEmpty() && !MaildirTransport::prepare(maildir, &error))
        return fail(QStringLiteral("--mail maildir:%1: %2").arg(maildir, error));
    AdditionalInfoSchema schema;
    QByteArray schemaJson = QByteArrayLiteral("{\"version\":\"none\",\"fields\":[]}");
    if (!config.additionalInfoFile.isEmpty()) {
        QFile file(config.additionalInfoFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("%1: %2").arg(config.additionalInfoFile, file.errorString()));
        if (file.size() > 1024 * 1024)
            return fail(QStringLiteral("%1: larger than 1 MiB").arg(config.additionalInfoFile));
        schemaJson = file.readAll();
        QString why;
        schema = AdditionalInfoSchema::fromJson(schemaJson, &why);
        if (!schema.isValid())
            return fail(QStringLiteral("%1: %2").arg(config.additionalInfoFile, why));
        // A version keeps its meaning: applications entered against it are
        // judged by what it said first. A file changed under the same
        // version would be judged one way here and another way by an
        // instance that still has the first (or by the store, after a restart).
        if (const QByteArray published = store.schemaJson(schema.version());
            !published.isEmpty() &&
            QJsonDocument::fromJson(published) != QJsonDocument::fromJson(schemaJson))
            return fail(QStringLiteral("%1: version \"%2\" was published before with other "
                                       "fields; give the changed schema a new version")
                            .arg(config.additionalInfoFile, schema.version()));
        if (!store.publishSchema(schema.version(), schemaJson))
            return fail(store.lastError());
    } else {
        // No fields is a version too ("none", as the schema endpoint says):
        // an application naming it is judged by it, also after a schema
        // with fields has been published since.
        schema = AdditionalInfoSchema::fromJson(schemaJson);
        if (!store.publishSchema(schema.version(), schemaJson))
            return fail(store.lastError());
    }

    const std::optional<LinkTokens> tokens = LinkTokens::load(config.dataDir, &error);
    if (!tokens)
        return fail(error);
    IntakeWriter writer(config.databaseTarget());
    if (!writer.start(&error))
        return fail(QStringLiteral("%1: %2").arg(config.databaseName(), error.simplified()));
    ApiServer api(config, &store, &writer, *tokens);
    api.setSchema(schema, schemaJson);
    if (!api.listen(&error))
        return fail(error);
    ServiceConfig mailConfig = config;
    mailConfig.publicUrl = api.publicUrl();

    int exitCode = 0;
    QThread mailThread;
    MailWorker worker(mailConfig, *tokens);
    QObject::connect(&mailThread, &QThread::started, &worker, &MailWorker::start);
    QObject::connect(&api, &ApiServer::mailQueued, &worker, &MailWorker::drain,
                     Qt::QueuedConnection);
    runOnThread(&mailThread, &worker, QStringLiteral("mail worker"), &exitCode);

    // Unconfirmed applications lapse on time, and personal data goes after
    // the retention period, also after a restart.
    QThread sweeperThread;
    Sweeper sweeper(config);
    runOnThread(&sweeperThread, &sweeper, QStringLiteral("sweeper"), &exitCode);
    // The first sweep done before anyone is told the service listens: a link
    // that lapsed while it was down is never taken.
    QMetaObject::invokeMethod(&sweeper, &Sweeper::start, Qt::BlockingQueuedConnection);

    QUrl listening;
    listening.setScheme(config.tlsCert.isEmpty() ? QStringLiteral("http")
                                                 : QStringLiteral("https"));
    listening.setHost(config.listenAddress.toString()); // [::1] in brackets
    listening.setPort(api.port());
    QTextStream(stdout) << "listening on " << listening.toString() << Qt::endl;
    // What an operator checks first: where customers are sent, where mail goes.
    const QString maildir = config.maildir();
    QTextStream(stdout)
        << "links in mails: " << api.publicUrl().toString() << '\n'
        << "mail: "
        << (maildir.isEmpty() ? QUrl(config.mail).toString(QUrl::RemoveUserInfo)
                              : QStringLiteral("Maildir %1/new").arg(QDir(maildir).absolutePath()))
        << Qt::endl;
    bool stopping = false;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &api,
                     [&api, &worker, &stopping](const QString &signalName) {
                         if (stopping) {
                             QCoreApplication::quit();
                             return;
                         }
                         stopping = true;
                         qCInfo(lcService).noquote()
                             << "stopping on" << signalName
                             << "(no new requests; the mail being sent is finished)";
                         stopGently(&api, &worker, 10'000);
                     });
    const int result = QCoreApplication::exec();
    sweeperThread.quit();
    mailThread.quit();
    sweeperThread.wait();
    mailThread.wait();
    if (stopping)
        qCInfo(lcService) << "stopped";
    return exitCode ? exitCode : result;
}

} // namespace

int ServiceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Moshikomi central service: receives applications over HTTPS and "
                       "mails the customer.\n\nCommands:\n"
                       "  serve                        run the service (SIGTERM or Ctrl+C:\n"
                       "                               stop after answering what it took)\n"
                       "  staff add NAME [--operator]  create a staff (or operator) token;\n"
                       "                               the token is the last line of the output\n"
                       "  staff revoke NAME            revoke a token\n"
                       "  staff list                   the staff accounts: role, revoked or not,\n"
                       "                               applications submitted"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve or staff"));
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Read settings from FILE: one per line "
                                     "(listen = 127.0.0.1:8443) or a JSON object, "
                                     "the flags' names as keys; flags win."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("operator"),
                      QStringLiteral("staff add: the token has the operator role.")});
    for (const Flag &f : kFlags)
        parser.addOption(
            {QLatin1StringView(f.name), QString::fromUtf8(f.help), QLatin1StringView(f.value)});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList args = parser.positionalArguments();
    QString error;
    const std::optional<ServiceConfig> config = readConfig(parser, &error);
    if (!config)
        return fail(error);
    if (args == QStringList{QStringLiteral("serve")})
        return serve(*config);
    if (args.size() == 3 && args.at(0) == u"staff" &&
        (args.at(1) == u"add" || args.at(1) == u"revoke")) {
        const QString name = args.at(2).trimmed();
        if (name.isEmpty() || name.size() > 100 || name.contains(u'\n'))
            return fail(QStringLiteral("give a staff name of 1 to 100 characters"));
        ServiceStore store;
        if (!openStore(*config, &store, &error))
            return fail(error);
        if (args.at(1) == u"revoke") {
            bool already = false;
            if (!store.revokeStaff(name, &already))
                return fail(store.lastError());
            QTextStream(stdout) << (already ? "already revoked: " : "revoked ") << name << '\n';
            return 0;
        }
        ServiceStore::StaffAdded how = ServiceStore::StaffAdded::New;
        const QString token =
            store.addStaff(name,
                           parser.isSet(QStringLiteral("operator")) ? ServiceStore::Role::Operator
                                                                    : ServiceStore::Role::Staff,
                           &how);
        if (how == ServiceStore::StaffAdded::NameTaken)
            return fail(QStringLiteral("%1 already has a token; to give them a new one, "
                                       "run staff revoke %1 first")
                            .arg(name));
        if (token.isEmpty())
            return fail(QStringLiteral("cannot add %1: %2").arg(name, store.lastError()));
        QTextStream out(stdout);
        if (how == ServiceStore::StaffAdded::Renewed)
            out << "The revoked account " << name
                << " has a new token; its applications stay with it.\n";
        out << "Token for " << name << " (shown once; only its hash is stored):\n" << token << '\n';
        return 0;
    }
    if (args == QStringList{QStringLiteral("staff"), QStringLiteral("list")}) {
        ServiceStore store;
        if (!openStore(*config, &store, &error))
            return fail(error);
        const std::optional<QList<ServiceStore::StaffAccount>> accounts = store.staffAccounts();
        if (!accounts)
            return fail(store.lastError());
        QTextStream out(stdout);
        if (accounts->isEmpty()) {
            out << "no staff accounts yet; add one with: staff add NAME\n";
            return 0;
        }
        printStaffAccounts(out, *accounts);
        return 0;
    }
    if (args.isEmpty())
        return fail(QStringLiteral("give a command: serve, staff add NAME, staff "
                                   "revoke NAME or staff list (see --help)"));
    // Said as what is missing or too much, not as a command nobody knows.
    if (args.at(0) == u"staff") {
        if (args.size() > 2 && args.at(1) == u"list")
            return fail(QStringLiteral("staff list takes no more words (see --help)"));
        if (args.size() == 1 || (args.at(1) != u"add" && args.at(1) != u"revoke"))
            return fail(QStringLiteral("staff takes add NAME, revoke NAME or list (see --help)"));
        if (args.size() == 2)
            return fail(QStringLiteral("staff %1 needs the staff member's NAME").arg(args.at(1)));
        return fail(QStringLiteral("staff %1 takes one NAME; put a name with spaces in quotes")
                        .arg(args.at(1)));
    }
    if (args.at(0) == u"serve")
        return fail(QStringLiteral("serve takes no more words: \"%1\" (see --help)")
                        .arg(args.mid(1).join(u' ')));
    return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(args.join(u' ')));
}
