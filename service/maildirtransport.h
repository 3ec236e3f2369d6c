#pragma once

#include <QByteArray>
#include <QString>

// Delivers a mail into a real Maildir: written and synced under tmp/, then
// renamed into new/, so that a reader never sees half a mail.
class MaildirTransport
{
public:
    explicit MaildirTransport(const QString &directory);
    // Makes tmp/, new/ and cur/ and checks that mail can be written there:
    // at start, so that a folder that cannot take mail stops the service
    // rather than every mail failing later.
    static bool prepare(const QString &directory, QString *error);
    bool deliver(const QByteArray &message, QString *error);

private:
    static bool makeFolders(const QString &directory, QString *error);

    QString m_directory;
};
