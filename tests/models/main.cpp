#include "testregistry.h"

#include <QCoreApplication>
#include <QString>

int runQueueWriter(const QString &dir);
int runQueueMigrator(const QString &dir, const QString &phase);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--queue-writer") == 0)
        return runQueueWriter(QString::fromLocal8Bit(argv[2]));
    if (argc == 4 && qstrcmp(argv[1], "--queue-migrator") == 0)
        return runQueueMigrator(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    return TestRegistry::run(argc, argv);
}
