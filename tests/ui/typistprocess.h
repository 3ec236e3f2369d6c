#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QUuid>

// A child process of the test executable that enters an application into a
// real wizard (runWizardTypist) and reports on stdout a line at a time: the
// application's id first, then "typed" or "len N" per keystroke. Tests kill
// it to see what reached the disk.
class TypistProcess
{
public:
    TypistProcess(const QString &dir, bool nonstop);
    ~TypistProcess();
    bool started();
    // Waits up to waitMs for output; returns the complete lines that came.
    QList<QByteArray> readLines(int waitMs);
    QUuid id() const { return m_id; }
    void kill(); // SIGKILL: no chance to save anything on the way out

private:
    QProcess m_process;
    QByteArray m_pending;
    QUuid m_id;
};

// The child side: types as a person would, then waits to be killed.
int runWizardTypist(const QString &dir, bool nonstop);
