#include "connectors/connector.h"

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

std::unique_ptr<Connector> createConnector(const ConnectionConfig &config,
                                           const QString &workspaceDir, const QString &secret,
                                           const Clock &clock)
{
    if (config.kind.compare(QLatin1String("sql"), Qt::CaseInsensitive) == 0)
        return std::make_unique<SqlConnector>(config, workspaceDir, secret, clock);
    throw Error(QCoreApplication::translate("couplet::Connector",
                                            "Unknown connection kind \"%1\" for %2; the known "
                                            "kinds are: sql.")
                    .arg(config.kind, config.name.isEmpty() ? config.database : config.name));
}

} // namespace couplet
