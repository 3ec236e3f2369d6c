#pragma once

#include "service/servicestore.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

// Every setting of the service, from flags or a config file (api.md
// "Running the service"). Defaults run out of the box on loopback.
struct ServiceConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443;
    QString dataDir;
    // "sqlite:" (a file in the data folder) or
    // "postgresql://USER@HOST:PORT/DATABASE"; the password never on the
    // command line: MOSHIKOMI_DATABASE_PASSWORD or --database-password-file.
    QString database = QStringLiteral("sqlite:");
    QString databasePassword;
    // Names this instance among those on one database (--instance-name);
    // by default the host, the port and the data folder.
    QString instanceName;
    // After this long another instance sends a mail a dead one had claimed.
    int mailLeaseSeconds = 120;
    QUrl publicUrl;
    // Where login users complete their registration (named in the mail).
    QUrl portalUrl;
    QString tlsCert;
    QString tlsKey;
    // The fronts (nginx) whose X-Forwarded-For names the caller; empty: a
    // loopback peer of plain HTTP, which is served to the front only.
    QList<QHostAddress> trustedProxies;
    QString mail; // "maildir:DIR" or "smtp://host:port"
    QString mailFrom = QStringLiteral("no-reply@nec-service.com");
    qint64 confirmationValiditySeconds = 86400;
    int registrationDeadlineDays = 14;
    // Personal data of applications in a final state is removed this many
    // days after they got there (0: at once).
    int retentionDays = 365;
    QString additionalInfoFile;
    // Without the nginx front, the limits it would keep: a request arrives
    // whole within this long (else 408), a kept-alive connection that says
    // nothing is closed after this long.
    int requestTimeoutSeconds = 30;
    int idleTimeoutSeconds = 120;

    QString databasePath() const;
    bool isPostgres() const { return database.startsWith(QLatin1StringView("postgresql://")); }
    ServiceStore::Target databaseTarget() const;
    // The database as said in messages (never with a password).
    QString databaseName() const;
    QString maildir() const; // empty unless the transport is a maildir
};
