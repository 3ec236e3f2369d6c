#include "service/servicecommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Moshikomi"));
    QCoreApplication::setApplicationName(QStringLiteral("moshikomi-service"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOSHIKOMI_VERSION));
    return ServiceCommand::run(app.arguments());
}
