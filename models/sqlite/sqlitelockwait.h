#pragma once

class QSqlDatabase;

// How a SQLite connection waits for another connection's write lock (another
// thread's, another process's). SQLite's own wait, behind Qt's
// QSQLITE_BUSY_TIMEOUT, sleeps 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 and then
// 100 ms between its looks: a lock held for a millisecond costs the waiter
// 33 ms and more. This one looks every 100 µs, up to the same limit.
class SqliteLockWait
{
public:
    // On an open QSQLITE connection whose driver uses the system SQLite (as
    // Debian's Qt does). False, and the driver's own wait kept, otherwise.
    static bool install(const QSqlDatabase &db, int timeoutMs);
};
