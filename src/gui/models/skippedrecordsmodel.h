#pragma once

#include "couplinglistmodel.h"

namespace couplet {

// Skipped Synch. Records: couplings set aside until an administrator decides.
class SkippedRecordsModel final : public CouplingListModel
{
    Q_OBJECT
public:
    enum Column {
        MappingColumn,
        LocalColumn,
        RemoteColumn,
        ReasonColumn,
        LastSynchronizedColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    SkippedRecordsModel(StoreReader *reader, const QList<TableMapping> &mappings,
                        int pageSize = 200, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    std::optional<CouplingQuery::SortKey> sortKey(int column) const override;

protected:
    QVariant rowData(const Coupling &c, int column, int role) const override;
};

} // namespace couplet
