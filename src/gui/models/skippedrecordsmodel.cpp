#include "skippedrecordsmodel.h"

#include "captions.h"

namespace couplet {

SkippedRecordsModel::SkippedRecordsModel(StoreReader *reader, const QList<TableMapping> &mappings,
                                         int pageSize, QObject *parent)
    : CouplingListModel(reader, CouplingQuery::Kind::Skipped, mappings, pageSize, parent)
{}

int SkippedRecordsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkippedRecordsModel::rowData(const Coupling &c, int col, int role) const
{
    if (role == IdRole)
        return c.id;
    if (role == MappingRole)
        return c.mapping;
    const auto column = Column(col);
    if (column == LocalColumn || column == RemoteColumn)
        return recordData(recordRef(c, column == LocalColumn ? Side::Local : Side::Remote), role);
    if (role == Qt::ToolTipRole && column == MessageColumn)
        return c.lastError;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case MappingColumn:
        return c.mapping;
    case ReasonColumn:
        return display ? QVariant(Captions::skipReason(c.skipReason)) : QVariant(int(c.skipReason));
    case LastSynchronizedColumn:
        return display ? QVariant(Captions::dateTime(c.lastSyncedAt)) : QVariant(c.lastSyncedAt);
    case MessageColumn:
        return c.lastError;
    case LocalColumn:
    case RemoteColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SkippedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case MappingColumn:
        return tr("Mapping");
    case LocalColumn:
        return tr("Local Record");
    case RemoteColumn:
        return tr("Integration Record");
    case ReasonColumn:
        return tr("Reason");
    case LastSynchronizedColumn:
        return tr("Last Synchronized");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<CouplingQuery::SortKey> SkippedRecordsModel::sortKey(int column) const
{
    using Key = CouplingQuery::SortKey;
    switch (Column(column)) {
    case MappingColumn:
        return Key::Mapping;
    case LocalColumn:
        return Key::LocalKey;
    case RemoteColumn:
        return Key::RemoteKey;
    case ReasonColumn:
        return Key::SkipReason;
    case LastSynchronizedColumn:
        return Key::LastSynchronized;
    case MessageColumn:
        return Key::LastError;
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

} // namespace couplet
