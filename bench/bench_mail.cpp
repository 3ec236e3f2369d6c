// Mails per second through the outbox worker: N confirmation requests are
// put in the outbox (as intake does), then one drain sends them all through
// the transport named on the command line and is timed.
#include "service/linktokens.h"
#include "service/mailcomposer.h"
#include "service/mailworker.h"
#include "service/servicestore.h"

#include "core/fieldtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: bench_mail TRANSPORT COUNT LABEL\n";
        return 2;
    }
    QTemporaryDir dir;
    ServiceConfig config;
    config.dataDir = dir.path();
    config.mail = args.at(1) == u"maildir"
                      ? QStringLiteral("maildir:") + dir.filePath(QStringLiteral("mail"))
                      : args.at(1);
    config.publicUrl = QUrl(QStringLiteral("https://moshikomi.example.co.jp"));
    const int count = args.at(2).toInt();
    QString error;
    const std::optional<LinkTokens> tokens = LinkTokens::load(dir.path(), &error);
    ServiceStore store;
    if (!tokens || !store.open(config.databaseTarget()))
        return 1;
    store.addStaff(QStringLiteral("bench"), ServiceStore::Role::Staff);
    const ServiceStore::Staff staff{1, QStringLiteral("bench"), ServiceStore::Role::Staff};
    const MailComposer composer(config.publicUrl);
    QList<ServiceStore::IntakeItem> batch;
    for (int i = 0; i < count; ++i) {
        Application a = Application::create();
        a.customer.companyName = QStringLiteral("株式会社見守り商事");
        a.customer.email = QStringLiteral("taro%1@example.co.jp").arg(i);
        const QByteArray nonce = LinkTokens::newNonce();
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(1);
        batch.append({staff, a, QByteArray("{}"), QByteArray::number(i), expires,
                      ServiceStore::hashToken(tokens->token(nonce)),
                      composer.confirmationRequest(a, nonce, expires)});
        if (batch.size() == 100 || i == count - 1)
            store.intakeBatch(std::exchange(batch, {}));
    }
    MailWorker worker(config, *tokens);
    QElapsedTimer t;
    t.start();
    worker.start(); // drains everything that is due, here on this thread
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "| mails sent per second, " << args.at(3) << " | "
                        << QString::number(count / seconds, 'f', 0) << " (" << count << " in "
                        << QString::number(seconds, 'f', 2) << " s) | — | (reported) | — |\n";
    return 0;
}
