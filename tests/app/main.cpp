#include "testregistry.h"

#include <QApplication>

int runTerminatedTypist(const QString &dir);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--terminated-typist") == 0)
        return runTerminatedTypist(QString::fromLocal8Bit(argv[2]));
    return TestRegistry::run(argc, argv);
}
