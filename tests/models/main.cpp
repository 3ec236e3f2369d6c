#include "testregistry.h"

#include <QCoreApplication>
#include <QString>

int runQueueWriter(const QString &dir);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--queue-writer") == 0)
        return runQueueWriter(QString::fromLocal8Bit(argv[2]));
    return TestRegistry::run(argc, argv);
}
