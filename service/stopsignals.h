#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM (systemctl stop, a redeploy) and SIGINT (Ctrl+C) as a Qt signal on
// the event loop, read from a signalfd: the service can then stop taking
// requests, answer those it took, end the mail it is sending and exit 0,
// instead of dying in the middle of a mail (sent, not yet marked sent, and
// so sent again at the next start).
class StopSignals : public QObject
{
    Q_OBJECT
public:
    // Made before any thread starts: the signals are blocked in every thread
    // (threads inherit the mask) and read here alone.
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(const QString &signalName);

private:
    void read();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};
