#pragma once

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
    QString database = QStringLiteral("sqlite:");
    QUrl publicUrl;
    QString tlsCert;
    QString tlsKey;
    QString mail; // "maildir:DIR" or "smtp://host:port"
    QString mailFrom = QStringLiteral("no-reply@nec-service.com");
    qint64 confirmationValiditySeconds = 86400;
    int registrationDeadlineDays = 14;
    // Personal data of applications in a final state is removed this many
    // days after they got there (0: at once).
    int retentionDays = 365;
    QString additionalInfoFile;

    QString databasePath() const;
    QString maildir() const; // empty unless the transport is a maildir
};
