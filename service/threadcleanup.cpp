#include "service/threadcleanup.h"

#include <QThread>

#include <openssl/crypto.h>

void releaseThreadStateOnFinish(QThread *thread)
{
    // Direct: `finished` is emitted in the ending thread itself.
    QObject::connect(
        thread, &QThread::finished, thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
}
