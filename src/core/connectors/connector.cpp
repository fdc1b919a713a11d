#include "connectors/connector.h"

#include "connectors/odata/odataconnector.h"
#include "connectors/sql/sqlconnector.h"
#include "error.h"
#include "model/connectionconfig.h"

#include <QCoreApplication>
#include <QHash>

namespace couplet {

ValueKind valueKind(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::UnknownType:
        return ValueKind::Unknown;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return ValueKind::Number;
    case QMetaType::QString:
    case QMetaType::QChar:
    case QMetaType::QUuid:
        return ValueKind::Text;
    case QMetaType::QDateTime:
    case QMetaType::QDate:
    case QMetaType::QTime:
        return ValueKind::DateTime;
    case QMetaType::Bool:
        return ValueKind::Bool;
    default:
        return ValueKind::Other;
    }
}

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

QList<DuplicateGroup> Connector::duplicates(const TableSpec &table, const QStringList &columns,
                                            int limit, int *incomplete)
{
    // Reads every row in (stamp, key) pages and groups them in memory: only the
    // key and the grouped columns are kept.
    TableSpec spec = table;
    spec.columns = columns;
    QHash<QString, DuplicateGroup> groups;
    QStringList order;
    int empty = 0;
    ScanCursor after;
    for (;;) {
        const QList<Row> rows = modifiedSince(spec, {}, after, 1000);
        for (const Row &row : rows) {
            QStringList parts;
            QVariantMap values;
            bool complete = true;
            for (const QString &c : columns) {
                const QVariant v = row.values.value(c);
                // Match-based coupling compares values as they are.
                if (v.isNull() || v.toString().isEmpty())
                    complete = false;
                parts << v.toString();
                values.insert(c, v);
            }
            if (!complete) {
                ++empty;
                continue;
            }
            const QString id = parts.join(QChar(0x1f));
            DuplicateGroup &g = groups[id];
            if (g.count == 0) {
                g.values = values;
                order << id;
            }
            ++g.count;
            if (g.keys.size() < 5)
                g.keys << row.key;
        }
        if (rows.size() < 1000)
            break;
        after = {rows.last().stamp, rows.last().key};
    }
    QList<DuplicateGroup> result;
    for (const QString &id : std::as_const(order)) {
        const DuplicateGroup &g = groups[id];
        if (g.count > 1 && result.size() < limit)
            result << g;
    }
    if (incomplete)
        *incomplete = empty;
    return result;
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
