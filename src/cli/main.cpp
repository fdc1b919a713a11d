#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("couplet-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Couplet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUPLET_VERSION));
    return couplet::cli::run(QCoreApplication::arguments());
}
