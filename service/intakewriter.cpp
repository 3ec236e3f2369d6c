#include "service/intakewriter.h"

#include "service/threadcleanup.h"

#include <QPointer>

IntakeWriter::IntakeWriter(const ServiceStore::Target &target)
    : m_target(target)
    , m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("intake"));
    releaseThreadStateOnFinish(&m_thread);
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
}

IntakeWriter::~IntakeWriter()
{
    stop();
    if (!m_thread.isFinished())
        delete m_home; // never started
}

bool IntakeWriter::start(QString *error)
{
    m_thread.start();
    bool opened = false;
    // A connection belongs to the thread that opened it.
    QMetaObject::invokeMethod(
        m_home,
        [this, &opened, error] {
            m_store = std::make_unique<ServiceStore>();
            opened = m_store->open(m_target);
            if (!opened)
                *error = m_store->lastError();
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void IntakeWriter::write(const QList<ServiceStore::IntakeItem> &items, QObject *context, Done done)
{
    QMetaObject::invokeMethod(m_home, [this, items, context = QPointer<QObject>(context),
                                       done = std::move(done)]() mutable {
        const QList<ServiceStore::IntakeResult> results = m_store->intakeBatch(items);
        if (context)
            QMetaObject::invokeMethod(context.data(),
                                      [done = std::move(done), results] { done(results); });
    });
}

void IntakeWriter::stop()
{
    if (!m_thread.isRunning())
        return;
    // Whatever was handed over is written first (the same queue), then the
    // connection closes in its own thread.
    QMetaObject::invokeMethod(
        m_home, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
