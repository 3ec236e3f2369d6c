#include "testregistry.h"
#include "typistprocess.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--wizard-typist") == 0)
        return runWizardTypist(QString::fromLocal8Bit(argv[2]),
                               argc == 4 && qstrcmp(argv[3], "--nonstop") == 0);
    return TestRegistry::run(argc, argv);
}
