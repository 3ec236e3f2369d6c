#pragma once

#include <QString>
#include <QVariant>

// A connection of the test's own to a service's database, as an
// administrator or another program (a slow instance) would hold one: a
// PostgreSQL database by its URL, or the SQLite file of a data folder (or
// the PostgreSQL database the test set-up gave that folder).
class ServiceDatabase
{
public:
    explicit ServiceDatabase(const QString &postgresUrl);
    static ServiceDatabase ofDataDir(const QString &dataDir);
    ~ServiceDatabase();
    ServiceDatabase(ServiceDatabase &&other) noexcept;
    ServiceDatabase(const ServiceDatabase &) = delete;
    ServiceDatabase &operator=(const ServiceDatabase &) = delete;

    bool exec(const QString &sql);      // says what went wrong as a warning
    QVariant value(const QString &sql); // the first column of the first row
    int schemaVersion();
    bool setSchemaVersion(int version);

private:
    ServiceDatabase() = default;
    void open(const QString &driver);

    QString m_name;
    bool m_postgres = false;
};
