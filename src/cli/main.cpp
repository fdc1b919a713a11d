#include "cli.h"
#include "translation.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("couplet-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Couplet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUPLET_VERSION));
    // The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    couplet::installTranslations(app, QString());
    return couplet::cli::run(QCoreApplication::arguments());
}
