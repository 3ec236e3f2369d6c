#include "testregistry.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return TestRegistry::run(argc, argv);
}
