#pragma once

#include "pagedtablemodel.h"

#include "model/syncjob.h"
#include "store/statestore.h"

#include <QList>

#include <optional>

namespace couplet {

// Integration Synchronization Jobs, newest first, sorted in SQL.
class JobsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        FinishedColumn,
        MappingColumn,
        DirectionColumn,
        TriggerColumn,
        StatusColumn,
        InsertedColumn,
        ModifiedColumn,
        DeletedColumn,
        UnchangedColumn,
        SkippedColumn,
        FailedColumn,
        CoupledColumn,
        UncoupledColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit JobsModel(StoreReader *reader, int pageSize = 200, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sorts in the store and reloads from the first page. Direction, Started By
    // and Message do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The store's sort key of a column; nullopt for a column that does not sort.
    static std::optional<JobQuery::SortKey> sortKey(int column);

    const SyncJob &job(int row) const { return m_rows.at(row); }
    void setMappingFilter(const QString &mapping); // reloads from the first page

protected:
    void requestRows(quint64 id, int offset, int limit) override;
    void requestCount(quint64 id) override;
    int loadedRows() const override { return int(m_rows.size()); }
    qint64 idOfRow(int row) const override { return m_rows.at(row).id; }

private:
    void onJobs(quint64 id, const QList<SyncJob> &jobs);

    JobQuery m_query;
    QList<SyncJob> m_rows;
};

} // namespace couplet
