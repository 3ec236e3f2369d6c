#include "app/moshikomiapp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    MoshikomiApp moshikomi;
    if (!moshikomi.start(app.arguments()))
        return 1;
    return app.exec();
}
