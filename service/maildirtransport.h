#pragma once

#include <QByteArray>
#include <QString>

// Delivers a mail into a real Maildir: written and synced under tmp/, then
// renamed into new/, so that a reader never sees half a mail.
class MaildirTransport
{
public:
    explicit MaildirTransport(const QString &directory);
    bool deliver(const QByteArray &message, QString *error);

private:
    QString m_directory;
};
