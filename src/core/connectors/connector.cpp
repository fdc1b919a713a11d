#include "connectors/connector.h"

#include "connectors/odata/odataconnector.h"
#include "connectors/sql/sqlconnector.h"
#include "error.h"
#include "model/connectionconfig.h"

#include <QCoreApplication>

namespace couplet {

const ColumnInfo *TableInfo::column(const QString &name) const
{
    for (const ColumnInfo &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

ConnectionTestResult Connector::testConnection()
{
    try {
        open();
        const QStringList names = tables();
        const QString listed = names.mid(0, 20).join(QStringLiteral(", ")) +
                               (names.size() > 20 ? QStringLiteral(", …") : QString());
        return {true,
                QCoreApplication::translate("couplet::Connector", "Connected to %1.")
                    .arg(displayName()),
                QCoreApplication::translate("couplet::Connector", "Tables (%1): %2")
                    .arg(names.size())
                    .arg(listed)};
    } catch (const Error &e) {
        return {false, e.message(), e.detail()};
    }
}

std::unique_ptr<Connector> createConnector(const ConnectionConfig &config,
                                           const QString &workspaceDir, const QString &secret,
                                           const Clock &clock)
{
    if (config.kind.compare(QLatin1String("sql"), Qt::CaseInsensitive) == 0)
        return std::make_unique<SqlConnector>(config, workspaceDir, secret, clock);
    if (config.kind.compare(QLatin1String("odata"), Qt::CaseInsensitive) == 0)
        return std::make_unique<OdataConnector>(config, workspaceDir, secret);
    throw Error(QCoreApplication::translate("couplet::Connector",
                                            "Unknown connection kind \"%1\" for %2; the known "
                                            "kinds are: sql, odata.")
                    .arg(config.kind, config.name.isEmpty() ? config.database : config.name));
}

} // namespace couplet
