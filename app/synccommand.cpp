#include "app/synccommand.h"

#include "app/credentialstore.h"
#include "app/queuekeystore.h"
#include "app/syncengine.h"
#include "client/localqueue.h"
#include "client/queuetablemodel.h"
#include "client/uilanguage.h"
#include "ui/queueerrortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Where --sync gets the queue's passphrase (a queue kept without a keychain):
// a file named by MOSHIKOMI_QUEUE_PASSPHRASE_FILE (a scheduled job has no one
// to ask; the file must be the user's alone), else typed on the terminal
// without echo; nothing when neither is there.
struct PassphraseSource
{
    QString problem; // said instead of the queue's message when set

    std::optional<QString> fromFile(const QString &path)
    {
        QFile f(path);
        struct stat info
        {
        };
        const QByteArray name = QFile::encodeName(path);
        if (::stat(name.constData(), &info) != 0 || !f.open(QIODevice::ReadOnly)) {
            problem = CommandLine::tr("MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 cannot be read.")
                          .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        if (info.st_uid != ::geteuid() || (info.st_mode & 0077) != 0) {
            problem = CommandLine::tr("MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 must be yours and "
                                      "readable by you alone (chmod 600).")
                          .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        const QString passphrase = QString::fromUtf8(f.readLine()).trimmed();
        if (passphrase.isEmpty()) {
            problem = CommandLine::tr("MOSHIKOMI_QUEUE_PASSPHRASE_FILE %1 is empty.")
                          .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        return passphrase;
    }

    std::optional<QString> ask(const QueueKeyStore::PassphraseQuestion &question)
    {
        const QString file = qEnvironmentVariable("MOSHIKOMI_QUEUE_PASSPHRASE_FILE");
        if (!file.isEmpty()) {
            // A file says the same each time: a wrong one is not asked again.
            if (question.attempt > 0) {
                problem = CommandLine::tr("The passphrase in MOSHIKOMI_QUEUE_PASSPHRASE_FILE "
                                          "does not open the local queue.");
                return std::nullopt;
            }
            return fromFile(file);
        }
        return typedOnTerminal(question);
    }

    static std::optional<QString> typedOnTerminal(const QueueKeyStore::PassphraseQuestion &question)
    {
        if (!::isatty(STDIN_FILENO))
            return std::nullopt;
        auto ask = [](const QString &prompt) -> std::optional<QString> {
            QTextStream(stderr) << prompt << Qt::flush;
            termios old{};
            const bool quiet = ::tcgetattr(STDIN_FILENO, &old) == 0;
            if (quiet) {
                termios silent = old;
                silent.c_lflag &= ~tcflag_t(ECHO);
                ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
            }
            std::string line;
            const bool read = bool(std::getline(std::cin, line));
            if (quiet)
                ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
            QTextStream(stderr) << '\n' << Qt::flush;
            if (!read || line.empty())
                return std::nullopt;
            return QString::fromStdString(line);
        };
        if (question.attempt > 0)
            QTextStream(stderr) << CommandLine::tr("That passphrase does not open the queue.")
                                << '\n';
        const std::optional<QString> first =
            ask(question.isNew
                    ? CommandLine::tr("No keychain: choose a passphrase for the local queue: ")
                    : CommandLine::tr("Passphrase of the local queue: "));
        if (!first || !question.isNew)
            return first;
        const std::optional<QString> again = ask(CommandLine::tr("The same passphrase again: "));
        if (again != first)
            return std::nullopt;
        return first;
    }
};

} // namespace

int SyncCommand::run(const CommandLine::Options &options)
{
    QTextStream err(stderr);
    // A script reads one line per application and one line per problem, in
    // words: the developers' log lines stay out of its way (QT_LOGGING_RULES,
    // read after these, brings them back).
    QLoggingCategory::setFilterRules(QStringLiteral("moshikomi.*.debug=false\n"
                                                    "moshikomi.*.info=false\n"
                                                    "moshikomi.*.warning=false"));
    QSettings settings(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")),
                       QSettings::IniFormat);
    QSettings user;
    QSettings &source = options.portable ? settings : user;
    SyncEngine::Settings s;
    s.serviceUrl =
        QUrl(options.serviceUrl.isEmpty() ? source.value(QStringLiteral("serviceUrl")).toString()
                                          : options.serviceUrl);
    s.caFile = options.caFile.isEmpty() ? source.value(QStringLiteral("caFile")).toString()
                                        : options.caFile;
    s.pins = source.value(QStringLiteral("pins")).toStringList();
    // The environment for scripts, else the keychain the dialog stored it in.
    s.token =
        ConnectionSettings::tokenAsGiven(qEnvironmentVariable("MOSHIKOMI_STAFF_TOKEN")).toLatin1();
    CredentialStore credentials;
    QObject::connect(&credentials, &CredentialStore::waitingForKeychain, [&err](bool waiting) {
        if (waiting)
            err << "moshikomi: "
                << CommandLine::tr("Waiting for the keychain to give the staff token…") << Qt::endl;
    });
    if (s.token.isEmpty() && s.serviceUrl.isValid())
        credentials.read(CredentialStore::tokenKey(s.serviceUrl.toString()), &s.token);
    s.language = UiLanguage::current();
    s.statusCursor = source.value(QStringLiteral("statusCursor"), 0).toLongLong();
    if (!s.serviceUrl.isValid() || s.serviceUrl.isEmpty()) {
        err << "moshikomi: " << CommandLine::tr("No service: give --service-url.") << '\n';
        return 2;
    }
    // A settings file may say anything (an older version took plain http://).
    if (const QString mistake = CommandLine::serviceUrlMistake(s.serviceUrl.toString());
        !mistake.isEmpty()) {
        err << "moshikomi: " << mistake << '\n';
        return 2;
    }
    if (s.token.isEmpty()) {
        err << "moshikomi: "
            << CommandLine::tr("No staff token: set one in the app's connection settings, or "
                               "set MOSHIKOMI_STAFF_TOKEN.")
            << '\n';
        return 2;
    }
    LocalQueue queue;
    PassphraseSource passphrase;
    QueueKeyStore keys(&credentials, [&passphrase](const QueueKeyStore::PassphraseQuestion &q) {
        return passphrase.ask(q);
    });
    LocalQueue::Options queueOptions;
    queueOptions.keyring = &keys;
    if (!queue.open(options.dataDir, queueOptions)) {
        err << "moshikomi: "
            << (passphrase.problem.isEmpty()
                    ? QueueErrorText::message(queue.lastError(), queue.databasePath())
                    : passphrase.problem)
            << '\n';
        return 1;
    }
    if (queue.isReadOnly()) {
        err << "moshikomi: "
            << CommandLine::tr("The local queue %1 cannot be used.")
                   .arg(QDir::toNativeSeparators(queue.databasePath()))
            << '\n';
        return 1;
    }
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    SyncEngine sync(&queue);
    sync.setSettings(s);
    int sent = 0;
    int rejected = 0;
    bool refused = false;
    QTextStream out(stdout);
    auto line = [&out, &queue](const QUuid &id, const QString &what) {
        const std::optional<LocalQueue::Summary> summary = queue.summary(id);
        out << what << '\t' << id.toString(QUuid::WithoutBraces) << '\t'
            << (summary ? summary->companyName : QString()) << '\n';
        out.flush(); // a script sees each as it happens
        std::fflush(stdout);
    };
    QObject::connect(&sync, &SyncEngine::applicationSent, [&sent, &line](const QUuid &id) {
        ++sent;
        line(id, CommandLine::tr("sent"));
    });
    QObject::connect(&sync, &SyncEngine::applicationRejected,
                     [&rejected, &line](const QUuid &id, const QString &why) {
                         ++rejected;
                         line(id, CommandLine::tr("rejected") + u' ' +
                                      QueueTableModel::lastErrorText(why).left(200));
                     });
    // A proxy's login, as the app stored it; never asked for here.
    QObject::connect(&sync, &SyncEngine::proxyCredentialsNeeded,
                     [&sync, &credentials](const QString &proxy, bool wasRefused) {
                         if (const auto kept =
                                 wasRefused ? std::nullopt : credentials.readProxyLogin(proxy))
                             sync.setProxyCredentials(proxy, kept->user, kept->password);
                     });
    QObject::connect(&sync, &SyncEngine::tokenRejected, [&refused] { refused = true; });
    QObject::connect(&sync, &SyncEngine::statusCursorChanged, [&source](qint64 cursor) {
        source.setValue(QStringLiteral("statusCursor"), cursor);
    });
    // What the service says happened since the last sync (a customer
    // confirmed, a link lapsed), one line each.
    QObject::connect(&sync, &SyncEngine::statusChanged, [&queue, &line](const QUuid &id) {
        if (const std::optional<LocalQueue::Summary> summary = queue.summary(id))
            line(id, QueueTableModel::stateLabel(summary->state));
    });
    // Done when nothing is on its way and the status feed was read (with
    // nothing to send, the feed is all there is: a token refused there is
    // said too). A pause of a few seconds (the service asked to wait, or
    // failed for a moment) is waited out within the deadline below: the
    // round goes on by itself.
    const auto quitWhenDone = [&sync] {
        if (!sync.hasWorkPending() && !sync.isPolling() && !sync.resumesShortly())
            QCoreApplication::quit();
    };
    QObject::connect(&sync, &SyncEngine::idle, QCoreApplication::instance(), quitWhenDone,
                     Qt::QueuedConnection);
    QObject::connect(&sync, &SyncEngine::statusPolled, QCoreApplication::instance(), quitWhenDone,
                     Qt::QueuedConnection);
    // Never hangs a script: at most the transfer timeout and a little more.
    QTimer::singleShot(s.transferTimeoutMs + 5000, QCoreApplication::instance(),
                       &QCoreApplication::quit);
    QTimer::singleShot(0, &sync, &SyncEngine::syncNow);
    QCoreApplication::exec();
    source.sync();
    if (options.portable)
        QFile::setPermissions(source.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QList<LocalQueue::Waiting> left = queue.queued();
    for (const LocalQueue::Waiting &w : left)
        line(w.id, CommandLine::tr("waiting") + u' ' +
                       QueueTableModel::lastErrorText(
                           queue.summary(w.id).value_or(LocalQueue::Summary{}).lastError)
                           .left(200));
    const int waiting = int(left.size());
    out << CommandLine::tr("%1 sent, %2 rejected, %3 waiting.").arg(sent).arg(rejected).arg(waiting)
        << '\n';
    if (refused) {
        err << "moshikomi: " << CommandLine::tr("The service refused the staff token.") << '\n';
        return 1;
    }
    return waiting == 0 ? 0 : 1;
}
