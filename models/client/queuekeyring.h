#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Where the key that unlocks a queue's data key comes from. The queue asks;
// the application answers from the OS keychain, or by asking the person for
// a passphrase where no keychain works (app/queuekeystore.h). How a queue is
// protected is chosen once, when it is made, and remembered in the file: it
// is never changed behind the person's back.
class QueueKeyring
{
public:
    enum class Protection {
        Keychain,
        Passphrase,
    };

    struct Request
    {
        // The queue's own random id: names its entry in the keychain.
        QString queueId;
        // A queue being made (or a plaintext one being encrypted): a new key
        // is wanted, and the keyring chooses the protection.
        bool isNew = false;
        // How an existing queue is protected.
        Protection protection = Protection::Keychain;
        // The Argon2id salt of a passphrase (for a new queue: a fresh one).
        QByteArray salt;
        // 0 at first; counts the keys that did not open the queue (a
        // mistyped passphrase), so that the person can be told.
        int attempt = 0;
    };

    struct Answer
    {
        enum class Outcome {
            Key,
            // The keychain works but holds no key for this queue (reset,
            // another user's queue).
            Missing,
            // The queue needs the keychain and none answers now.
            Unavailable,
            // The person did not give a passphrase.
            Cancelled,
        };
        Outcome outcome = Outcome::Cancelled;
        Protection protection = Protection::Keychain;
        QByteArray keyEncryptionKey;
        QString detail; // for the log
    };

    virtual ~QueueKeyring() = default;
    virtual Answer keyEncryptionKey(const Request &request) = 0;
};
