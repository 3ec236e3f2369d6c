#include "app/synccommand.h"

#include "app/syncengine.h"
#include "client/localqueue.h"
#include "client/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

int SyncCommand::run(const CommandLine::Options &options)
{
    QTextStream err(stderr);
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
    s.token = qgetenv("MOSHIKOMI_STAFF_TOKEN");
    s.language = UiLanguage::current();
    s.statusCursor = source.value(QStringLiteral("statusCursor"), 0).toLongLong();
    if (!s.serviceUrl.isValid() || s.serviceUrl.isEmpty()) {
        err << "moshikomi: " << CommandLine::tr("No service: give --service-url.") << '\n';
        return 2;
    }
    if (s.token.isEmpty()) {
        err << "moshikomi: " << CommandLine::tr("No staff token: set MOSHIKOMI_STAFF_TOKEN.")
            << '\n';
        return 2;
    }
    LocalQueue queue;
    if (!queue.open(options.dataDir) || queue.isReadOnly()) {
        err << "moshikomi: "
            << CommandLine::tr("The local queue %1 cannot be used.")
                   .arg(QDir::toNativeSeparators(queue.databasePath()))
            << '\n';
        return 1;
    }
    SyncEngine sync(&queue);
    sync.setSettings(s);
    int sent = 0;
    int rejected = 0;
    bool refused = false;
    QObject::connect(&sync, &SyncEngine::applicationSent, [&sent] { ++sent; });
    QObject::connect(&sync, &SyncEngine::applicationRejected, [&rejected] { ++rejected; });
    QObject::connect(&sync, &SyncEngine::tokenRejected, [&refused] { refused = true; });
    QObject::connect(&sync, &SyncEngine::statusCursorChanged, [&source](qint64 cursor) {
        source.setValue(QStringLiteral("statusCursor"), cursor);
    });
    QObject::connect(&sync, &SyncEngine::idle, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    // Never hangs a script: at most the transfer timeout and a little more.
    QTimer::singleShot(s.transferTimeoutMs + 5000, qApp, &QCoreApplication::quit);
    QTimer::singleShot(0, &sync, &SyncEngine::syncNow);
    QCoreApplication::exec();
    source.sync();
    if (options.portable)
        QFile::setPermissions(source.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int waiting = int(queue.queued().size());
    QTextStream(stdout)
        << CommandLine::tr("%1 sent, %2 rejected, %3 waiting.").arg(sent).arg(rejected).arg(waiting)
        << '\n';
    if (refused) {
        err << "moshikomi: " << CommandLine::tr("The service refused the staff token.") << '\n';
        return 1;
    }
    return waiting == 0 ? 0 : 1;
}
