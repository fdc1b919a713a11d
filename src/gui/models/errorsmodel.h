#pragma once

#include "pagedtablemodel.h"

#include "model/syncerror.h"
#include "store/statestore.h"

#include <QList>

namespace couplet {

// Integration Synchronization Errors, newest first, filtered and sorted in SQL.
class ErrorsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateTimeColumn,
        MappingColumn,
        MessageColumn,
        SourceColumn,
        DestinationColumn,
        JobColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ErrorsModel(StoreReader *reader, int pageSize = 200, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Only Date/Time sorts (the store orders errors by time); other columns keep that order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The loaded error on `row`, for the details pane.
    const SyncError &error(int row) const { return m_rows.at(row); }
    const ErrorQuery &filter() const { return m_query; }

    // Each change reloads from the first page.
    void setMappingFilter(const QString &mapping);
    void setSearchText(const QString &text);
    void setDateRange(const QDateTime &from, const QDateTime &to); // inclusive; invalid: open
    void setJobFilter(qint64 jobId);                               // 0: any job

protected:
    void requestRows(quint64 id, int offset, int limit) override;
    void requestCount(quint64 id) override;
    int loadedRows() const override { return int(m_rows.size()); }
    qint64 idOfRow(int row) const override { return m_rows.at(row).id; }

private:
    void onErrors(quint64 id, const QList<SyncError> &errors);

    ErrorQuery m_query;
    QList<SyncError> m_rows;
};

} // namespace couplet
