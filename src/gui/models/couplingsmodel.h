#pragma once

#include "couplinglistmodel.h"

namespace couplet {

// Couplings (of one mapping, set with setMappingFilter): the coupled rows.
class CouplingsModel final : public CouplingListModel
{
    Q_OBJECT
public:
    enum Column {
        LocalColumn,
        RemoteColumn,
        LastSynchronizedColumn,
        ToRemoteColumn,
        FromRemoteColumn,
        SkippedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    CouplingsModel(StoreReader *reader, const QList<TableMapping> &mappings, int pageSize = 200,
                   QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    std::optional<CouplingQuery::SortKey> sortKey(int column) const override;

protected:
    QVariant rowData(const Coupling &c, int column, int role) const override;
};

} // namespace couplet
