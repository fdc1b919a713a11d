#include "windowedmodel.h"

#include "storereader.h"

#include <QMetaObject>

#include <algorithm>

namespace couplet {

namespace {

// Pages on their way at once: enough to fill a screen while the next is read,
// few enough that a fast scroll does not queue reads nobody will look at.
constexpr qsizetype kMaxPageRequests = 2;
// Pages the view asked for and that wait for a request.
constexpr qsizetype kMaxWanted = 8;
// Pages read again by refresh() besides the first: the ones used last, which
// hold what the view shows and the selection.
constexpr qsizetype kRefreshedPages = 4;

} // namespace

QHash<int, QByteArray> WindowedTableModel::roleNames() const
{
    return PagedTableModel::listRoleNames(QAbstractTableModel::roleNames());
}

template <typename Row>
WindowedModel<Row>::WindowedModel(StoreReader *reader, int pageSize, QObject *parent)
    : WindowedTableModel(parent)
    , m_reader(reader)
    , m_pageSize(std::max(pageSize, 1))
{
    // Answers come from the reader's thread: queued to this model's thread.
    connect(reader, &StoreReader::failed, this,
            [this](quint64 id, const QString &message, const QString &detail) {
                onFailed(id, message, detail);
            });
}

template <typename Row> int WindowedModel<Row>::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : m_rows;
}

template <typename Row> bool WindowedModel<Row>::canFetchMore(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return !parent.isValid() && !m_started && m_reader;
}

template <typename Row> void WindowedModel<Row>::fetchMore(const QModelIndex &parent)
{
    Q_ASSERT(checkIndex(parent));
    if (canFetchMore(parent))
        requestWindow({0}, true);
}

template <typename Row> QVariant WindowedModel<Row>::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row *row = usedRow(index.row());
    if (row)
        return rowData(*row, index.column(), role);
    wantPage(index.row() / m_pageSize);
    // A row on its way: a mark in one column, nothing else (no id, no link).
    if (role == Qt::DisplayRole && index.column() == placeholderColumn())
        return QStringLiteral("…");
    return {};
}

template <typename Row>
QModelIndexList WindowedModel<Row>::match(const QModelIndex &start, int role, const QVariant &value,
                                          int hits, Qt::MatchFlags flags) const
{
    if (role != IdRole || (flags.toInt() & Qt::MatchTypeMask) != Qt::MatchExactly)
        return QAbstractTableModel::match(start, role, value, hits, flags);
    const qint64 id = value.toLongLong();
    QList<int> rows;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id)
                rows.append(it.key() * m_pageSize + int(i));
        }
    }
    std::sort(rows.begin(), rows.end());
    QModelIndexList found;
    const int column = start.isValid() ? start.column() : 0;
    for (int row : std::as_const(rows)) {
        if (hits >= 0 && found.size() >= hits)
            break;
        if (row < m_rows && (row >= start.row() || flags.testFlag(Qt::MatchWrap)))
            found.append(index(row, column));
    }
    return found;
}

template <typename Row> int WindowedModel<Row>::rowsInMemory() const
{
    int rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += int(page.rows.size());
    return rows;
}

template <typename Row> int WindowedModel<Row>::rowOfId(qint64 id) const
{
    const QModelIndexList found = match(index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.constFirst().row();
}

template <typename Row> QList<std::pair<int, int>> WindowedModel<Row>::rowRangesInMemory() const
{
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end());
    QList<std::pair<int, int>> ranges;
    for (const int page : std::as_const(pages)) {
        const int first = page * m_pageSize;
        const int last = std::min(first + int(m_pages.constFind(page)->rows.size()), m_rows) - 1;
        if (last < first)
            continue;
        if (!ranges.isEmpty() && ranges.constLast().second + 1 >= first)
            ranges.last().second = std::max(ranges.constLast().second, last);
        else
            ranges.append({first, last});
    }
    return ranges;
}

template <typename Row> const Row &WindowedModel<Row>::rowAt(int row) const
{
    static const Row none{};
    const Row *r = usedRow(row);
    return r ? *r : none;
}

template <typename Row> void WindowedModel<Row>::refresh()
{
    QList<std::pair<quint64, int>> used;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.key() != 0)
            used.append({it->lastUse, it.key()});
    }
    std::sort(used.begin(), used.end(), std::greater<>());
    QList<int> pages{0};
    for (qsizetype i = 0; i < used.size() && i < kRefreshedPages; ++i)
        pages.append(used.at(i).second);
    requestWindow(pages, false);
}

// --- pages --------------------------------------------------------------------

template <typename Row> const Row *WindowedModel<Row>::loadedRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend())
        return nullptr;
    const qsizetype i = row % m_pageSize;
    // A page may come back shorter than the count said, when rows were
    // deleted meanwhile: its missing rows stay empty until the next refresh.
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

template <typename Row> const Row *WindowedModel<Row>::usedRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.find(row / m_pageSize);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_useClock;
    const qsizetype i = row % m_pageSize;
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

// Called from data(), which is const and may be called many times per paint:
// the page is noted, and the requests go out once the paint is over.
template <typename Row> void WindowedModel<Row>::wantPage(int page) const
{
    if (m_pages.contains(page))
        return; // in memory, only shorter than the count said
    for (const int requested : m_pageRequests) {
        if (requested == page)
            return;
    }
    m_wanted.removeOne(page);
    m_wanted.append(page);
    if (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst();
    if (!m_sendQueued) {
        m_sendQueued = true;
        auto *self = const_cast<WindowedModel *>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->sendWanted(); }, Qt::QueuedConnection);
    }
}

template <typename Row> void WindowedModel<Row>::sendWanted()
{
    m_sendQueued = false;
    // During a reset the pages wanted belong to the rows on their way out; the
    // view asks again for what it shows once the new rows are in.
    if (!m_reader || m_windowRequest != 0)
        return;
    while (m_pageRequests.size() < kMaxPageRequests && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (!m_pages.contains(page) && page * qint64(m_pageSize) < m_rows &&
            !m_pageRequests.values().contains(page))
            sendPage(page);
    }
}

template <typename Row> void WindowedModel<Row>::sendPage(int page)
{
    const int first = page * m_pageSize;
    const quint64 id = m_reader->newRequestId();
    m_pageRequests.insert(id, page);
    // Only a full page tells where the next one starts, and only a page that
    // is not empty where the one before it ends.
    const auto above = m_pages.constFind(page - 1);
    const auto below = m_pages.constFind(page + 1);
    const QList<Row> *before =
        above != m_pages.cend() && above->rows.size() == m_pageSize ? &above->rows : nullptr;
    const QList<Row> *after =
        below != m_pages.cend() && !below->rows.isEmpty() ? &below->rows : nullptr;
    sendRows(id, first, std::min(m_pageSize, m_rows - first), m_rows, before, after);
}

template <typename Row> void WindowedModel<Row>::keepPage(int page, const QList<Row> &rows)
{
    m_pages.insert(page, Page{rows, ++m_useClock});
    while (m_pages.size() > CachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

template <typename Row> void WindowedModel<Row>::restart(bool keepCount)
{
    beginResetModel();
    m_pages.clear();
    m_pageRequests.clear();
    m_wanted.clear();
    m_rows = 0;
    endResetModel();
    if (!keepCount && m_total != -1) {
        m_total = -1;
        emit totalCountChanged(m_total);
    }
    requestWindow({0}, true);
}

template <typename Row>
void WindowedModel<Row>::requestWindow(const QList<int> &pages, bool aheadOfCount)
{
    if (!m_reader)
        return;
    m_started = true;
    m_windowRequest = m_reader->newRequestId();
    sendWindow(m_windowRequest, pages, aheadOfCount);
}

// --- answers ------------------------------------------------------------------

template <typename Row>
void WindowedModel<Row>::windowArrived(quint64 id, const RowWindow<Row> &window)
{
    if (id == 0 || id != m_windowRequest)
        return;
    if (window.count < 0) {
        // The first rows ahead of the count: shown at once when the list is
        // empty (opened or filtered), ignored by a refresh, which shows the old
        // rows until the count comes.
        const QList<Row> first = window.pages.value(0);
        if (m_rows != 0 || first.isEmpty())
            return;
        beginInsertRows({}, 0, int(first.size()) - 1);
        keepPage(0, first);
        m_rows = int(first.size());
        endInsertRows();
        return;
    }
    m_windowRequest = 0;
    beginResetModel();
    m_pages.clear();
    m_pageRequests.clear(); // their answers are for the rows before
    m_wanted.clear();
    for (auto it = window.pages.cbegin(); it != window.pages.cend(); ++it)
        keepPage(it.key(), it.value());
    m_rows = window.count;
    endResetModel();
    if (m_total != window.count) {
        m_total = window.count;
        emit totalCountChanged(m_total);
    }
    emit refreshed();
}

template <typename Row> void WindowedModel<Row>::rowsArrived(quint64 id, const QList<Row> &rows)
{
    const auto it = m_pageRequests.constFind(id);
    if (id == 0 || it == m_pageRequests.cend())
        return;
    const int page = it.value();
    m_pageRequests.erase(it);
    keepPage(page, rows);
    const int first = page * m_pageSize;
    const int last = std::min(first + m_pageSize, m_rows) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    sendWanted();
}

template <typename Row>
void WindowedModel<Row>::onFailed(quint64 id, const QString &message, const QString &detail)
{
    if (id == 0)
        return;
    if (id == m_windowRequest)
        m_windowRequest = 0;
    else if (m_pageRequests.remove(id) == 0)
        return;
    // A page that failed is asked for again when the view shows its rows.
    emit loadFailed(message, detail);
    sendWanted();
}

template class WindowedModel<SyncError>;
template class WindowedModel<Coupling>;

} // namespace couplet
