#pragma once

#include "pagedtablemodel.h"
#include "storereader.h"

#include "model/coupling.h"
#include "model/syncerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace couplet {

// The signals, roles and slots of every windowed list (WindowedModel<Row>), in
// one QObject class: moc does not read class templates.
class WindowedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
public:
    // The roles of every list model (PagedTableModel's, so that the view and
    // the link delegate read any list alike).
    enum Role {
        IdRole = PagedTableModel::IdRole,
        SortRole = PagedTableModel::SortRole,
        RecordRole = PagedTableModel::RecordRole,
        MappingRole = PagedTableModel::MappingRole,
        FirstModelRole = PagedTableModel::FirstModelRole,
    };
    Q_ENUM(Role)
    // Pages kept in memory: with pages of 200 rows, 10,000 rows.
    static constexpr int CachedPages = 50;

    using QAbstractTableModel::QAbstractTableModel;

    QHash<int, QByteArray> roleNames() const override;

    // The number of rows the current filter matches, or -1 until the store has answered.
    virtual int totalCount() const = 0;
    // The rows held in memory (at most CachedPages pages), as [first, last]
    // ranges in row order, adjacent pages merged: what the view may read
    // without asking for a page.
    virtual QList<std::pair<int, int>> rowRangesInMemory() const = 0;

public slots:
    // Reads the count again, with the first page and the pages used last, after
    // a job or an action. The old rows stay until the new ones have arrived.
    virtual void refresh() = 0;

signals:
    void totalCountChanged(int count);
    // The rows of an open, a filter, a sort or a refresh have arrived.
    void refreshed();
    void loadFailed(const QString &message, const QString &detail);
};

// A list of up to a million rows as a window on the store rather than a copy
// of it: rowCount() is the store's count for the current filter, and rows are
// read in pages around the rows the view asks for. data() on a row whose page
// has not been read shows a placeholder and asks for the page, in the reader's
// thread; dataChanged() follows when it arrives. At most CachedPages pages stay
// in memory, the least recently used going first, so jumping to the last row
// reads one page and a new filter frees a few thousand rows, not a million.
// A page next to a loaded one is read by keyset when the subclass's order
// allows it (sendRows() gets the neighbours); any other page by offset from
// the nearer end of the list.
//
// The first fetchMore() (the view's, once it lays out), a filter, a sort and
// refresh() read the count and the first pages together, and show them with
// one model reset; the first page is shown ahead of the count when the list is
// empty (counting a million rows takes longer than reading 200). Answers to
// requests the model no longer waits for are dropped by request id.
//
// `Row` has an `id`, the row's stable id (IdRole), and a default value that
// stands for a row on its way (id 0). A subclass sends the requests and hands
// the answers to windowArrived() and rowsArrived().
template <typename Row> class WindowedModel : public WindowedTableModel
{
public:
    WindowedModel(StoreReader *reader, int pageSize, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    // Only the first time: the list starts loading when a view first asks.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // A placeholder for a row on its way, rowData() for the others.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // By IdRole, only the rows in memory are searched (the view keeps its
    // selection by id); other roles as QAbstractItemModel::match().
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;

    int totalCount() const override { return m_total; }
    int pageSize() const { return m_pageSize; }
    // A count or a page is on its way.
    bool isLoading() const { return m_windowRequest != 0 || !m_pageRequests.isEmpty(); }
    bool isRowLoaded(int row) const { return loadedRow(row) != nullptr; }
    // The rows held in memory (at most CachedPages pages).
    int rowsInMemory() const;
    // The row with this id among the rows in memory, or -1.
    int rowOfId(qint64 id) const;
    QList<std::pair<int, int>> rowRangesInMemory() const override;

    void refresh() override;

protected:
    // Sends the count and the pages `pages` of the current query, the first
    // page ahead of the count with `aheadOfCount`; the answers go to windowArrived().
    virtual void sendWindow(quint64 id, const QList<int> &pages, bool aheadOfCount) = 0;
    // Sends the query for `limit` rows from row `first` of `total`; the answer
    // goes to rowsArrived(). `above` and `below` are the full pages in memory
    // just before and after these rows (else nullptr), to read by keyset from.
    virtual void sendRows(quint64 id, int first, int limit, int total, const QList<Row> *above,
                          const QList<Row> *below) = 0;
    // The cells of a row that has been read.
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;
    // The column that shows "…" on a row on its way.
    virtual int placeholderColumn() const { return 0; }

    StoreReader *reader() const { return m_reader; }
    // The row for the details pane and the actions; a default Row (id 0) while
    // its page is on its way.
    const Row &rowAt(int row) const;
    // Clears the rows and reads the first page again: after a filter change,
    // which also counts again, or a sort change, which keeps the count.
    void restart(bool keepCount);
    void windowArrived(quint64 id, const RowWindow<Row> &window);
    void rowsArrived(quint64 id, const QList<Row> &rows);

private:
    struct Page
    {
        QList<Row> rows;
        quint64 lastUse = 0;
    };

    const Row *loadedRow(int row) const;
    const Row *usedRow(int row) const; // and marks its page as used
    void wantPage(int page) const;
    void sendWanted();
    void sendPage(int page);
    // `aheadOfCount`: into an empty list (opening, filtering), the first page
    // first; a refresh shows the old rows until the new count comes.
    void requestWindow(const QList<int> &pages, bool aheadOfCount);
    void keepPage(int page, const QList<Row> &rows);
    void onFailed(quint64 id, const QString &message, const QString &detail);

    QPointer<StoreReader> m_reader;
    int m_pageSize;
    bool m_started = false;
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
};

// Defined once, in windowedmodel.cpp, for the rows the console lists.
extern template class WindowedModel<SyncError>;
extern template class WindowedModel<Coupling>;

} // namespace couplet
