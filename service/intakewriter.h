#pragma once

#include "service/servicestore.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

// Writes the group commits of intake on a thread of its own, with a database
// connection of its own: while one group is written and made durable, the
// request thread reads, checks and answers the next requests (everything
// else the service does stays on the request thread's connection).
class IntakeWriter
{
public:
    using Done = std::function<void(const QList<ServiceStore::IntakeResult> &)>;

    explicit IntakeWriter(const ServiceStore::Target &target);
    ~IntakeWriter(); // waits for the group being written
    IntakeWriter(const IntakeWriter &) = delete;
    IntakeWriter &operator=(const IntakeWriter &) = delete;

    // Connects (the schema is already migrated); false and `error` if not.
    bool start(QString *error);
    // ServiceStore::intakeBatch on the writer's thread; `done` is called with
    // its results on the thread of `context`, unless `context` is gone.
    void write(const QList<ServiceStore::IntakeItem> &items, QObject *context, Done done);

private:
    void stop();

    ServiceStore::Target m_target;
    QThread m_thread;
    QObject *m_home; // lives in m_thread (where the work runs), deleted with it
    std::unique_ptr<ServiceStore> m_store; // used in m_thread only
};
