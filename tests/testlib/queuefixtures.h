#pragma once

#include "client/localqueue.h"
#include "testdata.h"

// Local queues as the tests need them: applications in a given state, and a
// queue file as an earlier version of the app left it.
namespace QueueFixtures {

// Opening options for a queue a test makes and reads within one process:
// one fixed key for every queue (a real OS keychain is the app's; its
// tests use it).
LocalQueue::Options options(int busyTimeoutMs = 1000);

// Saved as a draft and queued (step 4): waiting to be sent. Null id on failure.
Application queued(LocalQueue &queue, Application application = TestData::validApplication());
// … sent and taken by the service: awaiting the customer's confirmation.
Application awaitingConfirmation(LocalQueue &queue,
                                 Application application = TestData::validApplication());
// … sent and refused by the service with a 422, kept as the sync engine keeps
// it: a fault per (path, code, message).
struct ServiceFault
{
    QString path;
    QString code;
    QString message;
};
Application rejected(LocalQueue &queue, Application application, const QList<ServiceFault> &faults);

// A queue file as schema version `version` (1, 2 or 4) wrote it, before the
// queue was encrypted: every value in clear. Empty; see addPlaintextEntry.
bool createPlaintextQueue(const QString &directory, int version);
// Applications as those versions stored them, in one transaction: drafts at
// step 2, or queued (`queued`) with their frozen bytes and a note in the
// history that quotes the service.
bool addPlaintextEntries(const QString &directory, int version,
                         const QList<Application> &applications, bool queued);
// A sealed queue (closed) taken back to the layout of schema 5, which kept
// the draft and the frozen bytes in the application's row.
bool layOutAsSchema5(const QString &directory);

} // namespace QueueFixtures

namespace QueueFixtures {

// Every byte of every file under `directory` (the queue, its -wal and -shm,
// anything beside them), as someone who found the laptop would read them.
QByteArray bytesUnder(const QString &directory);
// Which of `values` can be read in `bytes`: as UTF-8, UTF-16 (either byte
// order) or, for digits and Latin text, ASCII.
QStringList readableIn(const QByteArray &bytes, const QStringList &values);
// What a person typed into an application that identifies the customer.
QStringList personalValues(const Application &application);

} // namespace QueueFixtures
