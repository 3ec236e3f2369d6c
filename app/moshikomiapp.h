#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class LocalQueue;
class QueueWindow;

// Wires the executable together: command line, language, local queue, windows.
class MoshikomiApp : public QObject
{
    Q_OBJECT
public:
    explicit MoshikomiApp(QObject *parent = nullptr);
    ~MoshikomiApp() override;

    // Returns false when the app cannot run; the reason has been shown.
    bool start(const QStringList &arguments);

private:
    std::unique_ptr<LocalQueue> m_queue;
    std::unique_ptr<QueueWindow> m_window;
};
