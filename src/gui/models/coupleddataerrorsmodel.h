#pragma once

#include "couplinglistmodel.h"

namespace couplet {

// Coupled Data Synchronization Errors: couplings whose last synchronization
// failed, or whose row on one side was deleted.
class CoupledDataErrorsModel final : public CouplingListModel
{
    Q_OBJECT
public:
    enum Column {
        MappingColumn,
        LocalColumn,
        RemoteColumn,
        ToRemoteColumn,
        FromRemoteColumn,
        ErrorColumn,
        FailedSinceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    CoupledDataErrorsModel(StoreReader *reader, const QList<TableMapping> &mappings,
                           int pageSize = 200, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    std::optional<CouplingQuery::SortKey> sortKey(int column) const override;

protected:
    QVariant rowData(const Coupling &c, int column, int role) const override;
};

} // namespace couplet
