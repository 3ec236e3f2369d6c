#pragma once

#include "client/localqueue.h"
#include "testdata.h"

// Local queues as the tests need them: applications in a given state, and a
// queue file as an earlier version of the app left it.
namespace QueueFixtures {

// Saved as a draft and queued (step 4): waiting to be sent. Null id on failure.
Application queued(LocalQueue &queue, Application application = TestData::validApplication());
// … sent and taken by the service: awaiting the customer's confirmation.
Application awaitingConfirmation(LocalQueue &queue,
                                 Application application = TestData::validApplication());
// Turns the queue file in `directory` (closed) back into what schema version
// `version` (1 or 2) wrote: the later tables, columns and triggers gone.
bool downgrade(const QString &directory, int version);

} // namespace QueueFixtures
