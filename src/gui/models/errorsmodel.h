#pragma once

#include "windowedmodel.h"

#include "model/syncerror.h"
#include "store/statestore.h"

#include <QHash>
#include <QList>

#include <optional>

namespace couplet {

// Integration Synchronization Errors, newest first, filtered and sorted in SQL:
// a window on the store (WindowedModel), because the log can hold a million
// errors. In the order by time, a page next to a loaded one is found by keyset
// (after or before it); any other page by offset from the nearer end.
class ErrorsModel final : public WindowedModel<SyncError>
{
    Q_OBJECT
public:
    // The roles of every list model (PagedTableModel), and the cause.
    enum ErrorsRole {
        CauseRole = FirstModelRole, // the ErrorCause id of the row's error
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
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Sorts in the store and reloads from the first page; every column sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The store's sort key of a column; nullopt for a column that does not sort.
    static std::optional<ErrorQuery::SortKey> sortKey(int column);

    // The error on `row` for the details pane and the actions; an empty
    // SyncError (id 0) while its page is on its way.
    const SyncError &error(int row) const { return rowAt(row); }
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
    void sendWindow(quint64 id, const QList<int> &pages, bool aheadOfCount) override;
    void sendRows(quint64 id, int first, int limit, int total, const QList<SyncError> *above,
                  const QList<SyncError> *below) override;
    QVariant rowData(const SyncError &e, int column, int role) const override;
    int placeholderColumn() const override { return MessageColumn; }

private:
    void onCauseCounts(quint64 id, const ErrorCauseCounts &counts);

    ErrorQuery m_query;
    quint64 m_causeRequest = 0;
};

} // namespace couplet
