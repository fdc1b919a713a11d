#include "pagedtablemodel.h"

#include "storereader.h"

namespace couplet {

PagedTableModel::PagedTableModel(StoreReader *reader, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_pageSize(std::max(pageSize, 1))
{
    // Answers come from the reader's thread: queued to this model's thread.
    connect(reader, &StoreReader::countReady, this, &PagedTableModel::onCount);
    connect(reader, &StoreReader::failed, this, &PagedTableModel::onFailed);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return !parent.isValid() && !m_atEnd && m_pageRequest == 0 && m_reader;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    Q_ASSERT(checkIndex(parent));
    if (!canFetchMore(parent))
        return;
    if (m_total < 0 && m_countRequest == 0)
        startCount();
    m_replacing = false;
    m_requestedLimit = m_pageSize;
    m_pageRequest = m_reader->newRequestId();
    requestRows(m_pageRequest, loadedRows(), m_pageSize);
}

QHash<int, QByteArray> PagedTableModel::roleNames() const
{
    return listRoleNames(QAbstractTableModel::roleNames());
}

QHash<int, QByteArray> PagedTableModel::listRoleNames(QHash<int, QByteArray> names)
{
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortValue");
    names.insert(RecordRole, "record");
    names.insert(MappingRole, "mapping");
    return names;
}

QModelIndexList PagedTableModel::match(const QModelIndex &start, int role, const QVariant &value,
                                       int hits, Qt::MatchFlags flags) const
{
    if (role != IdRole || (flags.toInt() & Qt::MatchTypeMask) != Qt::MatchExactly)
        return QAbstractTableModel::match(start, role, value, hits, flags);
    const qint64 id = value.toLongLong();
    const int column = start.isValid() ? start.column() : 0;
    const int from = flags.testFlag(Qt::MatchWrap) ? 0 : std::max(start.row(), 0);
    QModelIndexList found;
    for (int row = from, n = loadedRows(); row < n && (hits < 0 || found.size() < hits); ++row) {
        if (idOfRow(row) == id)
            found.append(index(row, column));
    }
    return found;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    for (int row = 0, n = loadedRows(); row < n; ++row) {
        if (idOfRow(row) == id)
            return row;
    }
    return -1;
}

void PagedTableModel::refresh()
{
    if (!m_reader)
        return;
    startCount();
    // A pending page is superseded: its answer will be dropped.
    m_replacing = true;
    const int loaded = loadedRows();
    m_requestedLimit = std::max(m_pageSize, (loaded + m_pageSize - 1) / m_pageSize * m_pageSize);
    m_pageRequest = m_reader->newRequestId();
    requestRows(m_pageRequest, 0, m_requestedLimit);
}

PagedTableModel::Answer PagedTableModel::acceptRows(quint64 id) const
{
    if (id == 0 || id != m_pageRequest)
        return Answer::Stale;
    return m_replacing ? Answer::Replace : Answer::Append;
}

void PagedTableModel::finishAnswer(Answer answer, qsizetype received)
{
    m_pageRequest = 0;
    m_atEnd = received < m_requestedLimit;
    if (answer == Answer::Replace)
        emit refreshed();
    else
        emit pageLoaded();
}

void PagedTableModel::resetPaging(Count count)
{
    m_pageRequest = 0;
    m_replacing = false;
    m_atEnd = false;
    if (count == Count::Keep)
        return;
    m_countRequest = 0;
    if (m_total != -1) {
        m_total = -1;
        emit totalCountChanged(m_total);
    }
}

void PagedTableModel::startCount()
{
    m_countRequest = m_reader->newRequestId();
    requestCount(m_countRequest);
}

void PagedTableModel::onCount(quint64 id, int count)
{
    if (id == 0 || id != m_countRequest)
        return;
    m_countRequest = 0;
    if (m_total != count) {
        m_total = count;
        emit totalCountChanged(count);
    }
}

void PagedTableModel::onFailed(quint64 id, const QString &message, const QString &detail)
{
    if (id == 0)
        return;
    if (id == m_countRequest) {
        m_countRequest = 0;
    } else if (id == m_pageRequest) {
        // Stop here; refresh() tries again.
        m_pageRequest = 0;
        m_atEnd = true;
    } else {
        return;
    }
    emit loadFailed(message, detail);
}

} // namespace couplet
