#include "sqlite/sqlitelockwait.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <thread>

namespace {

int waitForLock(void *timeoutMs, int attempt)
{
    using Clock = std::chrono::steady_clock;
    thread_local Clock::time_point since;
    if (attempt == 0)
        since = Clock::now();
    const auto limit = std::chrono::milliseconds(reinterpret_cast<std::intptr_t>(timeoutMs));
    if (Clock::now() - since >= limit)
        return 0; // SQLITE_BUSY: the statement fails and says so
    std::this_thread::sleep_for(std::chrono::microseconds(100));
    return 1;
}

} // namespace

bool SqliteLockWait::install(const QSqlDatabase &db, int timeoutMs)
{
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return false;
    return sqlite3_busy_handler(connection, waitForLock,
                                reinterpret_cast<void *>(std::intptr_t(timeoutMs))) == SQLITE_OK;
}
