#pragma once

class QThread;

// Frees what OpenSSL keeps per thread (its error queue and the like) as a
// thread of ours ends, in that thread. libpq and libcurl use OpenSSL on the
// intake writer's and the mail worker's threads; left to the thread's exit
// handlers, those run after QThread::wait() has returned and may still be
// running when the process exits, and the memory is then reported as lost.
void releaseThreadStateOnFinish(QThread *thread);
