#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

// One running app per data folder: two windows on one queue would each save
// the same draft over the other's typing (a double click on the icon is
// enough). The first start holds a lock file in the folder and listens
// on a local socket; a second start asks it to come to the front, and ends.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Claim {
        First,      // this process has the folder
        HandedOver, // the one that has it came to the front
        Unanswered, // held by a process that does not answer (holder())
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    Claim claim(const QString &dataDir);
    // The process holding the folder, after Unanswered: its id, and the
    // computer's name when it is another's (a folder on a network share).
    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }

Q_SIGNALS:
    // A second start asked this one to show itself.
    void activationRequested();

private:
    static QString serverName(const QString &dataDir);
    Claim listen(const QString &name);
    void answer();

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    qint64 m_holderPid = 0;
    QString m_holderHost;
};
