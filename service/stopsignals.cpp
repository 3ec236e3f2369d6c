#include "service/stopsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <cstring>
#include <sys/signalfd.h>
#include <unistd.h>

namespace {
sigset_t stopSet()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}
} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    const sigset_t set = stopSet();
    if (::pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0)
        return;
    m_fd = ::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (m_fd < 0) {
        // Without the descriptor the signals must still end the process.
        ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::read);
}

StopSignals::~StopSignals()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
    const sigset_t set = stopSet();
    ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

void StopSignals::read()
{
    signalfd_siginfo info;
    while (::read(m_fd, &info, sizeof info) == sizeof info) {
        const char *name = info.ssi_signo == SIGTERM ? "SIGTERM" : "SIGINT";
        emit stopRequested(QString::fromLatin1(name));
    }
}
