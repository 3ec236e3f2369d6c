#include "sqlite/statementcache.h"

#include <QSqlDatabase>
#include <QSqlQuery>

StatementCache::StatementCache(QString connectionName)
    : m_connection(std::move(connectionName))
{}

StatementCache::~StatementCache() = default;

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return *it->second;
}

void StatementCache::finishAll()
{
    for (auto &[sql, q] : m_statements)
        q->finish();
}

void StatementCache::clear()
{
    m_statements.clear();
}
