#include "service/sweeper.h"

#include "service/servicestore.h"

#include <QDateTime>

Sweeper::Sweeper(const ServiceConfig &config)
    : m_config(config)
    , m_timer(this) // a child: it moves to the sweeper's thread with it
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Sweeper::sweep);
}

Sweeper::~Sweeper() = default;

void Sweeper::start()
{
    m_store = std::make_unique<ServiceStore>();
    if (!m_store->open(m_config.databaseTarget())) {
        emit failedToStart(m_store->lastError());
        return;
    }
    sweep();
    m_timer.start();
}

void Sweeper::stop()
{
    m_timer.stop();
    m_store.reset();
}

void Sweeper::sweep()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->expireLapsed(now);
    m_store->purgeFinished(now.addDays(-m_config.retentionDays));
    // Only instances sharing a database count wrong tokens there; once a
    // minute is soon enough to forget them.
    if (m_store->backend() == ServiceStore::Backend::PostgreSQL &&
        (!m_lastForgetting.isValid() || m_lastForgetting.secsTo(now) >= 60)) {
        m_store->forgetFailedLogins(now.toMSecsSinceEpoch());
        m_lastForgetting = now;
    }
}
