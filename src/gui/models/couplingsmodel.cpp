#include "couplingsmodel.h"

#include "captions.h"

namespace couplet {

CouplingsModel::CouplingsModel(StoreReader *reader, const QList<TableMapping> &mappings,
                               int pageSize, QObject *parent)
    : CouplingListModel(reader, CouplingQuery::Kind::All, mappings, pageSize, parent)
{}

int CouplingsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CouplingsModel::rowData(const Coupling &c, int col, int role) const
{
    if (role == IdRole)
        return c.id;
    if (role == MappingRole)
        return c.mapping;
    const auto column = Column(col);
    if (column == LocalColumn || column == RemoteColumn)
        return recordData(recordRef(c, column == LocalColumn ? Side::Local : Side::Remote), role);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case LastSynchronizedColumn:
        return display ? QVariant(Captions::dateTime(c.lastSyncedAt)) : QVariant(c.lastSyncedAt);
    case ToRemoteColumn:
        return display ? QVariant(Captions::result(c.lastToRemote)) : QVariant(int(c.lastToRemote));
    case FromRemoteColumn:
        return display ? QVariant(Captions::result(c.lastFromRemote))
                       : QVariant(int(c.lastFromRemote));
    case SkippedColumn:
        return display ? QVariant(c.skipped ? Captions::skipReason(c.skipReason) : QString())
                       : QVariant(c.skipped);
    case LocalColumn:
    case RemoteColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CouplingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LocalColumn:
        return tr("Local Record");
    case RemoteColumn:
        return tr("Integration Record");
    case LastSynchronizedColumn:
        return tr("Last Synchronized");
    case ToRemoteColumn:
        return tr("Last Result to Integration");
    case FromRemoteColumn:
        return tr("Last Result from Integration");
    case SkippedColumn:
        return tr("Skipped");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<CouplingQuery::SortKey> CouplingsModel::sortKey(int column) const
{
    using Key = CouplingQuery::SortKey;
    switch (Column(column)) {
    case LocalColumn:
        return Key::LocalKey;
    case RemoteColumn:
        return Key::RemoteKey;
    case LastSynchronizedColumn:
        return Key::LastSynchronized;
    case ToRemoteColumn:
        return Key::LastToRemote;
    case FromRemoteColumn:
        return Key::LastFromRemote;
    case SkippedColumn:
        return Key::SkipReason;
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

} // namespace couplet
