#pragma once

#include "pagedtablemodel.h"

#include "model/syncerror.h"
#include "store/statestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace couplet {

class StoreReader;
struct ErrorWindow;

// Integration Synchronization Errors, newest first, filtered and sorted in SQL.
//
// A window on the store rather than a copy of it, because the log can hold a
// million errors: rowCount() is the store's count for the current filter, and
// rows are read in pages around the rows the view asks for. data() on a row
// whose page has not been read shows a placeholder and asks for the page, in
// the reader's thread; dataChanged() follows when it arrives. At most
// CachedPages pages stay in memory, the least recently used going first, so
// jumping to the last row reads one page and a new filter frees a few thousand
// rows, not a million. In the order by time, a page next to a loaded one is
// found by keyset (after or before it); any other page by offset from the
// nearer end of the list.
//
// The first fetchMore() (the view's, once it lays out), a filter, a sort and
// refresh() read the count and the first pages together, and show them with
// one model reset; the first page is shown ahead of the count when the list
// is empty (counting a million rows takes longer than reading 200). Answers
// to requests the model no longer waits for are dropped by request id.
class ErrorsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
public:
    // The roles of every list model (PagedTableModel), and the cause.
    enum ErrorsRole {
        IdRole = PagedTableModel::IdRole,
        SortRole = PagedTableModel::SortRole,
        RecordRole = PagedTableModel::RecordRole,
        MappingRole = PagedTableModel::MappingRole,
        CauseRole = PagedTableModel::FirstModelRole, // the ErrorCause id of the row's error
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
    // Pages kept in memory: with pages of 200 rows, 10,000 errors.
    static constexpr int CachedPages = 50;

    explicit ErrorsModel(StoreReader *reader, int pageSize = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    // Only the first time: the list starts loading when a view first asks.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Sorts in the store and reloads from the first page; every column sorts.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // By IdRole, only the rows in memory are searched (the view keeps its
    // selection by id); other roles as QAbstractItemModel::match().
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;
    // The store's sort key of a column; nullopt for a column that does not sort.
    static std::optional<ErrorQuery::SortKey> sortKey(int column);

    // The number of errors the current filter matches, or -1 until the store has answered.
    int totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    // A count or a page is on its way.
    bool isLoading() const { return m_windowRequest != 0 || !m_pageRequests.isEmpty(); }
    bool isRowLoaded(int row) const { return loadedRow(row) != nullptr; }
    // The rows held in memory (at most CachedPages pages).
    int rowsInMemory() const;
    // The error on `row` for the details pane and the actions; an empty
    // SyncError (id 0) while its page is on its way.
    const SyncError &error(int row) const;
    // The row of the error with this id among the rows in memory, or -1.
    int rowOfId(qint64 id) const;
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

public slots:
    // Reads the count again, with the first page and the pages used last, after
    // a job or an action. The old rows stay until the new ones have arrived.
    void refresh();

signals:
    void totalCountChanged(int count);
    // The rows of an open, a filter, a sort or a refresh have arrived.
    void refreshed();
    void loadFailed(const QString &message, const QString &detail);
    // (cause id, count) pairs, most frequent first.
    void causeCountsLoaded(const couplet::ErrorCauseCounts &counts);

private:
    struct Page
    {
        QList<SyncError> rows;
        quint64 lastUse = 0;
    };

    const SyncError *loadedRow(int row) const;
    const SyncError *usedRow(int row) const; // and marks its page as used
    void wantPage(int page) const;
    void sendWanted();
    void sendPage(int page);
    void restart(bool keepCount);
    // `aheadOfCount`: into an empty list (opening, filtering), the first page
    // first; a refresh shows the old rows until the new count comes.
    void requestWindow(const QList<int> &pages, bool aheadOfCount);
    void keepPage(int page, const QList<SyncError> &rows);
    void onWindow(quint64 id, const ErrorWindow &window);
    void onErrors(quint64 id, const QList<SyncError> &errors);
    void onCauseCounts(quint64 id, const ErrorCauseCounts &counts);
    void onFailed(quint64 id, const QString &message, const QString &detail);

    QPointer<StoreReader> m_reader;
    int m_pageSize;
    bool m_started = false;
    ErrorQuery m_query;
    int m_total = -1; // the count as the store last answered it
    int m_rows = 0;   // rowCount(): the count of the rows shown
    // Pages in memory by number, and when each was last used (the view reads
    // its rows through const data(), hence mutable).
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    // Pages the view asked for and that are not on their way yet, the latest
    // last; only the latest few are kept: after a fast scroll, the rows the
    // view passed over are no longer wanted.
    mutable QList<int> m_wanted;
    mutable bool m_sendQueued = false;
    QHash<quint64, int> m_pageRequests; // request id -> page number
    quint64 m_windowRequest = 0;
    QList<int> m_windowPages;
    quint64 m_causeRequest = 0;
};

} // namespace couplet
