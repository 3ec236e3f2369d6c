#include "service/securerandom.h"

#include <QRandomGenerator>

#if defined(Q_OS_LINUX)
#include <sys/random.h>

#include <cerrno>
#endif

namespace {

void fill(char *data, qsizetype size)
{
#if defined(Q_OS_LINUX)
    while (size > 0) {
        const ssize_t got = getrandom(data, size_t(size), 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            break; // below: Qt's own way to the same kernel generator
        }
        data += got;
        size -= got;
    }
#endif
    for (; size > 0; ++data, --size)
        *data = char(QRandomGenerator::system()->bounded(256));
}

} // namespace

QByteArray SecureRandom::bytes(int count)
{
    QByteArray result(count, Qt::Uninitialized);
    fill(result.data(), result.size());
    return result;
}

quint64 SecureRandom::number()
{
    quint64 value = 0;
    fill(reinterpret_cast<char *>(&value), sizeof value);
    return value;
}
