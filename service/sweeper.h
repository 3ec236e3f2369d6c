#pragma once

#include "service/serviceconfig.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class ServiceStore;

// Lapses unconfirmed applications on time and purges the personal data of
// finished ones after the retention period, every second and at start (so
// also after a restart), on a thread of its own with its own database
// connection: a purge of many applications, or a database another program
// holds locked, never holds up the API's requests.
class Sweeper : public QObject
{
    Q_OBJECT
public:
    explicit Sweeper(const ServiceConfig &config);
    ~Sweeper() override;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void failedToStart(const QString &why);

private:
    void sweep();

    ServiceConfig m_config;
    std::unique_ptr<ServiceStore> m_store;
    QTimer m_timer;
    QDateTime m_lastForgetting; // of wrong tokens' addresses
};
