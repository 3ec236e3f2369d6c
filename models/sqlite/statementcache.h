#pragma once

#include <QString>

#include <map>
#include <memory>

class QSqlQuery;

// The prepared statements of one named Qt Sql connection, each prepared the
// first time its text is asked for and kept: the client's queue and the
// service's store run the same few statements over and over.
class StatementCache
{
public:
    explicit StatementCache(QString connectionName);
    ~StatementCache();

    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for sql, prepared, and finished: a statement left on a
    // row would keep its read snapshot open.
    QSqlQuery &get(const QString &sql);
    // Finishes every statement (before a write transaction, which an old
    // snapshot on this connection would make fail as "locked").
    void finishAll();
    // Forgets every statement: before the connection closes, and after a
    // failed change, since a statement given its values and then not run
    // would take the next values after those.
    void clear();

private:
    QString m_connection;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
