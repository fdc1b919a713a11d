#pragma once

#include "storereader.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace couplet {

// A table model that loads its rows from the state store in pages, through a
// StoreReader in another thread. fetchMore() sends a request and returns at once;
// the page is inserted (one beginInsertRows) when the answer arrives. Every
// request has an id, and an answer to a request the model no longer waits for
// (after a refresh or a filter change) is dropped. Nothing here ever waits.
// It holds every row loaded so far: the lists that can reach a million rows
// (errors, couplings) are windows on the store instead (WindowedModel).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's stable id (coupling, error or job id)
        SortRole,                  // the underlying value of the cell, for sorting and filtering
        RecordRole,                // the RecordRef of a Source/Destination/row cell
        MappingRole,               // the name of the row's mapping (every cell)
        FirstModelRole = Qt::UserRole + 64, // a subclass numbers its own roles from here
    };
    Q_ENUM(Role)

    explicit PagedTableModel(StoreReader *reader, int pageSize, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;
    // `names` with the roles every list model shares (the windowed ones too).
    static QHash<int, QByteArray> listRoleNames(QHash<int, QByteArray> names);
    // By IdRole (exactly), the loaded rows' ids are compared without building a
    // QVariant per row; other roles as QAbstractItemModel::match().
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;

    // The number of rows the current filter matches, or -1 until the store has answered.
    int totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_pageRequest != 0; }
    // The row showing the given id among the loaded rows, or -1: to restore a
    // selection after refresh().
    int rowOfId(qint64 id) const;

public slots:
    // Reloads the rows loaded so far (at least one page) and the count, after a
    // job or an action. The old rows stay until the new ones have arrived.
    void refresh();

signals:
    void totalCountChanged(int count);
    // A page or a refresh has arrived.
    void pageLoaded();
    void refreshed();
    void loadFailed(const QString &message, const QString &detail);

protected:
    StoreReader *reader() const { return m_reader; }
    // Sends the query for `limit` rows from `offset` with request id `id`.
    virtual void requestRows(quint64 id, int offset, int limit) = 0;
    virtual void requestCount(quint64 id) = 0;
    virtual int loadedRows() const = 0;
    virtual qint64 idOfRow(int row) const = 0;

    // Derived classes call these from their answer handlers. When acceptRows()
    // returns true the answer is current: call appendRows() or replaceRows().
    enum class Answer { Stale, Append, Replace };
    Answer acceptRows(quint64 id) const;
    template <typename T> void insertAnswer(Answer answer, QList<T> &rows, const QList<T> &page)
    {
        // The request stays pending until the rows are in, so that a fetchMore()
        // from a slot of the insert signals cannot ask for the same page again.
        if (answer == Answer::Replace) {
            beginResetModel();
            rows = page;
            endResetModel();
        } else if (answer == Answer::Append && !page.isEmpty()) {
            beginInsertRows({}, int(rows.size()), int(rows.size() + page.size() - 1));
            rows.append(page);
            endInsertRows();
        }
        if (answer != Answer::Stale)
            finishAnswer(answer, page.size());
    }
    // Clears the rows and loads the first page: after a filter change, which
    // also counts again, or a sort change, which keeps the count.
    enum class Count { Reload, Keep };
    template <typename T> void restart(QList<T> &rows, Count count = Count::Reload)
    {
        beginResetModel();
        rows.clear();
        resetPaging(count);
        endResetModel();
        fetchMore({});
    }

private:
    void resetPaging(Count count);
    void finishAnswer(Answer answer, qsizetype received);
    void onCount(quint64 id, int count);
    void onFailed(quint64 id, const QString &message, const QString &detail);
    void startCount();

    QPointer<StoreReader> m_reader;
    int m_pageSize;
    int m_total = -1;
    int m_requestedLimit = 0;
    quint64 m_pageRequest = 0;
    quint64 m_countRequest = 0;
    bool m_replacing = false;
    bool m_atEnd = false;
};

} // namespace couplet
