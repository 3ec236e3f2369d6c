#pragma once

#include "app/credentialstore.h"
#include "app/queuekeystore.h"
#include "client/localqueue.h"

// Opening options for a queue the app (in this process or another) opens
// too: its key in the real keychain of the test's session, as the app keeps
// it. The tests run with one (tests/testlib/with-keyring.sh), so nobody is
// asked for a passphrase.
inline LocalQueue::Options appQueueOptions()
{
    static auto *credentials = new CredentialStore();
    static QueueKeyStore keys(credentials, {});
    LocalQueue::Options o;
    o.keyring = &keys;
    return o;
}
