#include "app/queuekeystore.h"

#include "app/credentialstore.h"
#include "client/queuecipher.h"

#include <QLoggingCategory>

// Only noted on request: the person is told in words (a passphrase is asked).
Q_LOGGING_CATEGORY(lcQueueKey, "moshikomi.queuekey", QtWarningMsg)

QueueKeyStore::QueueKeyStore(CredentialStore *credentials, AskPassphrase ask)
    : m_credentials(credentials)
    , m_ask(std::move(ask))
{}

QString QueueKeyStore::entryName(const QString &queueId)
{
    return QStringLiteral("queue-key ") + queueId;
}

QueueKeyring::Answer QueueKeyStore::keyEncryptionKey(const Request &request)
{
    Answer answer;
    const QString entry = entryName(request.queueId);
    if (request.isNew) {
        if (m_credentials->keychainWorks()) {
            const QByteArray key = QueueCipher::newKey();
            if (m_credentials->write(entry, key) == CredentialStore::Status::Ok) {
                answer.outcome = Answer::Outcome::Key;
                answer.protection = Protection::Keychain;
                answer.keyEncryptionKey = key;
                return answer;
            }
            // Kept in memory only, it would be gone at exit, and the queue
            // with it: not used.
            m_credentials->remove(entry);
        }
        qCInfo(lcQueueKey) << "no keychain for the queue's key:" << m_credentials->lastFailure();
        return fromPassphrase(request);
    }
    if (request.protection == Protection::Passphrase)
        return fromPassphrase(request);
    QByteArray key;
    switch (m_credentials->read(entry, &key)) {
    case CredentialStore::Status::Ok:
        answer.outcome = Answer::Outcome::Key;
        answer.keyEncryptionKey = key;
        break;
    case CredentialStore::Status::NotFound:
        answer.outcome = m_credentials->keychainWorks() ? Answer::Outcome::Missing
                                                        : Answer::Outcome::Unavailable;
        answer.detail = m_credentials->lastFailure();
        break;
    case CredentialStore::Status::SessionOnly:
        answer.outcome = Answer::Outcome::Unavailable;
        answer.detail = m_credentials->lastFailure();
        break;
    }
    return answer;
}

QueueKeyring::Answer QueueKeyStore::fromPassphrase(const Request &request)
{
    Answer answer;
    answer.protection = Protection::Passphrase;
    const std::optional<QString> typed =
        m_ask ? m_ask(PassphraseQuestion{request.isNew, request.attempt}) : std::nullopt;
    if (!typed) {
        answer.outcome = Answer::Outcome::Cancelled;
        return answer;
    }
    answer.outcome = Answer::Outcome::Key;
    answer.keyEncryptionKey = QueueCipher::keyFromPassphrase(*typed, request.salt);
    return answer;
}
