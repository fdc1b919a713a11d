#pragma once

#include "pagedtablemodel.h"

#include "model/syncerror.h"
#include "store/statestore.h"

#include <QList>

#include <optional>

namespace couplet {

// Integration Synchronization Errors, newest first, filtered and sorted in SQL.
// In the order by time, pages follow each other by keyset (after the last row
// loaded), so the millionth row costs what the first does.
class ErrorsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum ErrorsRole {
        CauseRole = FirstModelRole, // the ErrorCause id of the row's error, in every cell
    };
    Q_ENUM(ErrorsRole)
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
    QHash<int, QByteArray> roleNames() const override;
    // Sorts in the store and reloads from the first page; every column sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The store's sort key of a column; nullopt for a column that does not sort.
    static std::optional<ErrorQuery::SortKey> sortKey(int column);

    // The loaded error on `row`, for the details pane.
    const SyncError &error(int row) const { return m_rows.at(row); }
    const ErrorQuery &filter() const { return m_query; }

    // Each change reloads from the first page.
    void setMappingFilter(const QString &mapping);
    void setSearchText(const QString &text);
    void setDateRange(const QDateTime &from, const QDateTime &to); // inclusive; invalid: open
    void setJobFilter(qint64 jobId);                               // 0: any job
    void setCauseFilter(const QString &causeId);                   // "": any cause

    // Counts the errors of the current filter per cause (its cause filter aside),
    // for "group by cause"; the answer comes with causeCountsLoaded().
    void loadCauseCounts();

signals:
    // (cause id, count) pairs, most frequent first.
    void causeCountsLoaded(const couplet::ErrorCauseCounts &counts);

protected:
    void requestRows(quint64 id, int offset, int limit) override;
    void requestCount(quint64 id) override;
    int loadedRows() const override { return int(m_rows.size()); }
    qint64 idOfRow(int row) const override { return m_rows.at(row).id; }

private:
    void onErrors(quint64 id, const QList<SyncError> &errors);
    void onCauseCounts(quint64 id, const ErrorCauseCounts &counts);
    void onCauseCountsFailed(quint64 id, const QString &message, const QString &detail);

    ErrorQuery m_query;
    QList<SyncError> m_rows;
    quint64 m_causeRequest = 0;
};

} // namespace couplet
