#include "coupleddataerrorsmodel.h"

#include "captions.h"

namespace couplet {

CoupledDataErrorsModel::CoupledDataErrorsModel(StoreReader *reader,
                                               const QList<TableMapping> &mappings, int pageSize,
                                               QObject *parent)
    : CouplingListModel(reader, CouplingQuery::Kind::CoupledErrors, mappings, pageSize, parent)
{}

int CoupledDataErrorsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoupledDataErrorsModel::rowData(const Coupling &c, int col, int role) const
{
    if (role == IdRole)
        return c.id;
    if (role == MappingRole)
        return c.mapping;
    const auto column = Column(col);
    if (column == LocalColumn || column == RemoteColumn) {
        const RecordRef ref = recordRef(c, column == LocalColumn ? Side::Local : Side::Remote);
        QVariant v = recordData(ref, role);
        const bool deleted = column == LocalColumn ? c.localDeleted : c.remoteDeleted;
        if (deleted && role == Qt::DisplayRole)
            v = tr("%1 (deleted)").arg(v.toString());
        return v;
    }
    if (role == Qt::ToolTipRole && column == ErrorColumn)
        return c.lastError;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case MappingColumn:
        return c.mapping;
    case ToRemoteColumn:
        return display ? QVariant(Captions::result(c.lastToRemote)) : QVariant(int(c.lastToRemote));
    case FromRemoteColumn:
        return display ? QVariant(Captions::result(c.lastFromRemote))
                       : QVariant(int(c.lastFromRemote));
    case ErrorColumn:
        return c.lastError;
    case FailedSinceColumn:
        return display ? QVariant(Captions::dateTime(c.failedSince)) : QVariant(c.failedSince);
    case LocalColumn:
    case RemoteColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CoupledDataErrorsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
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
    case ToRemoteColumn:
        return tr("Last Result to Integration");
    case FromRemoteColumn:
        return tr("Last Result from Integration");
    case ErrorColumn:
        return tr("Error");
    case FailedSinceColumn:
        return tr("Failed Since");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<CouplingQuery::SortKey> CoupledDataErrorsModel::sortKey(int column) const
{
    using Key = CouplingQuery::SortKey;
    switch (Column(column)) {
    case MappingColumn:
        return Key::Mapping;
    case LocalColumn:
        return Key::LocalKey;
    case RemoteColumn:
        return Key::RemoteKey;
    case ToRemoteColumn:
        return Key::LastToRemote;
    case FromRemoteColumn:
        return Key::LastFromRemote;
    case ErrorColumn:
        return Key::LastError;
    case FailedSinceColumn:
        return Key::FailedSince;
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

} // namespace couplet
