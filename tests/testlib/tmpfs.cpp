#include "tmpfs.h"

#include <QFile>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {
bool enterPrivateMountNamespace()
{
    static int state = 0; // 0 untried, 1 in, -1 failed
    if (state == 0) {
        state = geteuid() == 0 && unshare(CLONE_NEWNS) == 0 ? 1 : -1;
        if (state > 0)
            mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr); // best effort
    }
    return state > 0;
}
} // namespace

Tmpfs::Tmpfs(const QString &dir, const char *options)
    : m_dir(QFile::encodeName(dir))
{
    if (!enterPrivateMountNamespace())
        m_error = QStringLiteral("these tests mount a tmpfs and must run as root (as CI does)");
    else if (mount("tmpfs", m_dir.constData(), "tmpfs", 0, options) != 0)
        m_error = QStringLiteral("cannot mount a tmpfs on %1").arg(dir);
}

Tmpfs::~Tmpfs()
{
    if (isMounted())
        umount2(m_dir.constData(), MNT_DETACH);
}

bool Tmpfs::remountReadOnly()
{
    return mount(nullptr, m_dir.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0;
}
