#pragma once

#include "client/queuekeyring.h"

#include <QString>

#include <functional>
#include <optional>

class CredentialStore;

// The application's answer to "which key opens this queue": a random key
// kept in the OS keychain under the queue's id; where no keychain works, a
// passphrase the person types (Argon2id). A key is never kept in memory
// "for this session" only: a queue whose key would be lost at exit would be
// lost with it.
class QueueKeyStore : public QueueKeyring
{
public:
    struct PassphraseQuestion
    {
        bool isNew = false; // choose one (asked twice), or give the one chosen
        int attempt = 0;    // > 0: the last one typed did not open the queue
    };
    // Returns the passphrase, or nothing when the person declines.
    using AskPassphrase = std::function<std::optional<QString>(const PassphraseQuestion &)>;

    QueueKeyStore(CredentialStore *credentials, AskPassphrase ask);

    Answer keyEncryptionKey(const Request &request) override;

    // The keychain entry of a queue's key.
    static QString entryName(const QString &queueId);

private:
    Answer fromPassphrase(const Request &request);

    CredentialStore *m_credentials;
    AskPassphrase m_ask;
};
