#pragma once

#include <QByteArray>
#include <QString>

// A small or read-only file system for the tests of what happens when the
// disk is full or read-only: a tmpfs mounted on a test's own folder, in a
// private mount namespace where the system allows one (in a chroot "/" is no
// mount point and cannot be made private; the mount is then visible outside
// for the length of the test). Needs root, as CI has.
class Tmpfs
{
public:
    Tmpfs(const QString &dir, const char *options);
    ~Tmpfs(); // always unmounts
    Tmpfs(const Tmpfs &) = delete;
    Tmpfs &operator=(const Tmpfs &) = delete;

    // Empty when mounted, else why not.
    QString error() const { return m_error; }
    bool isMounted() const { return m_error.isEmpty(); }
    bool remountReadOnly();

private:
    QByteArray m_dir;
    QString m_error;
};
