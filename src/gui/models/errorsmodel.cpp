#include "errorsmodel.h"

#include "captions.h"
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

ErrorPosition positionOf(const SyncError &e)
{
    return ErrorPosition{e.at, e.id};
}

} // namespace

ErrorsModel::ErrorsModel(StoreReader *reader, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_pageSize(std::max(pageSize, 1))
{
    // Answers come from the reader's thread: queued to this model's thread.
    connect(reader, &StoreReader::errorWindowReady, this, &ErrorsModel::onWindow);
    connect(reader, &StoreReader::errorsReady, this, &ErrorsModel::onErrors);
    connect(reader, &StoreReader::causeCountsReady, this, &ErrorsModel::onCauseCounts);
    connect(reader, &StoreReader::failed, this, &ErrorsModel::onFailed);
}

int ErrorsModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : m_rows;
}

bool ErrorsModel::canFetchMore(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return !parent.isValid() && !m_started && m_reader;
}

void ErrorsModel::fetchMore(const QModelIndex &parent)
{
    Q_ASSERT(checkIndex(parent));
    if (canFetchMore(parent))
        requestWindow({0}, true);
}

int ErrorsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto column = Column(index.column());
    const SyncError *row = usedRow(index.row());
    if (!row) {
        wantPage(index.row() / m_pageSize);
        // A row on its way: a mark in the message column, nothing else.
        if (role == Qt::DisplayRole && column == MessageColumn)
            return QStringLiteral("…");
        return {};
    }
    const SyncError &e = *row;
    if (role == IdRole)
        return e.id;
    if (role == MappingRole)
        return e.mapping;
    if (role == CauseRole)
        return e.cause;
    const RecordRef *ref = column == SourceColumn        ? &e.source
                           : column == DestinationColumn ? &e.destination
                                                         : nullptr;
    if (role == RecordRole)
        return ref ? QVariant::fromValue(*ref) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (ref)
            return Captions::recordToolTip(*ref);
        if (column == MessageColumn)
            return e.detail.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.detail;
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case DateTimeColumn:
        return display ? QVariant(Captions::dateTime(e.at)) : QVariant(e.at);
    case MappingColumn:
        return e.mapping;
    case MessageColumn:
        return e.message;
    case SourceColumn:
    case DestinationColumn:
        return display ? Captions::recordText(*ref) : ref->toString();
    case JobColumn:
        if (!display)
            return e.jobId;
        return e.jobId == 0 ? QString() : QString::number(e.jobId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ErrorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateTimeColumn:
        return tr("Date/Time");
    case MappingColumn:
        return tr("Mapping");
    case MessageColumn:
        return tr("Message");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case JobColumn:
        return tr("Job");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ErrorsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortValue");
    names.insert(RecordRole, "record");
    names.insert(MappingRole, "mapping");
    names.insert(CauseRole, "cause");
    return names;
}

QModelIndexList ErrorsModel::match(const QModelIndex &start, int role, const QVariant &value,
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

std::optional<ErrorQuery::SortKey> ErrorsModel::sortKey(int column)
{
    using Key = ErrorQuery::SortKey;
    switch (Column(column)) {
    case DateTimeColumn:
        return Key::At;
    case MappingColumn:
        return Key::Mapping;
    case MessageColumn:
        return Key::Message;
    case SourceColumn:
        return Key::Source;
    case DestinationColumn:
        return Key::Destination;
    case JobColumn:
        return Key::Job;
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

void ErrorsModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ErrorQuery::SortKey> key = sortKey(column);
    if (!key || (*key == m_query.sortBy && order == m_query.order))
        return;
    m_query.sortBy = *key;
    m_query.order = order;
    restart(true);
}

int ErrorsModel::rowsInMemory() const
{
    int rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += int(page.rows.size());
    return rows;
}

const SyncError &ErrorsModel::error(int row) const
{
    static const SyncError none;
    const SyncError *e = usedRow(row);
    return e ? *e : none;
}

int ErrorsModel::rowOfId(qint64 id) const
{
    const QModelIndexList found = match(index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    return found.isEmpty() ? -1 : found.constFirst().row();
}

void ErrorsModel::setMappingFilter(const QString &mapping)
{
    if (mapping == m_query.mapping)
        return;
    m_query.mapping = mapping;
    restart(false);
}

void ErrorsModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    restart(false);
}

void ErrorsModel::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_query.from && to == m_query.to)
        return;
    m_query.from = from;
    m_query.to = to;
    restart(false);
}

void ErrorsModel::setJobFilter(qint64 jobId)
{
    if (jobId == m_query.jobId)
        return;
    m_query.jobId = jobId;
    restart(false);
}

void ErrorsModel::setCauseFilter(const QString &causeId)
{
    if (causeId == m_query.cause)
        return;
    m_query.cause = causeId;
    restart(false);
}

void ErrorsModel::loadCauseCounts()
{
    if (!m_reader)
        return;
    m_causeRequest = m_reader->newRequestId();
    m_reader->requestErrorCauseCounts(m_causeRequest, m_query);
}

void ErrorsModel::refresh()
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

const SyncError *ErrorsModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend())
        return nullptr;
    const qsizetype i = row % m_pageSize;
    // A page may come back shorter than the count said, when errors were
    // deleted meanwhile: its missing rows stay empty until the next refresh.
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

const SyncError *ErrorsModel::usedRow(int row) const
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
void ErrorsModel::wantPage(int page) const
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
        QMetaObject::invokeMethod(const_cast<ErrorsModel *>(this), &ErrorsModel::sendWanted,
                                  Qt::QueuedConnection);
    }
}

void ErrorsModel::sendWanted()
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

void ErrorsModel::sendPage(int page)
{
    const int first = page * m_pageSize;
    ErrorQuery q = m_query;
    q.offset = first;
    q.limit = std::min(m_pageSize, m_rows - first);
    const quint64 id = m_reader->newRequestId();
    m_pageRequests.insert(id, page);
    if (q.sortBy == ErrorQuery::SortKey::At) {
        // Next to a page in memory: by keyset, which neither skips nor repeats
        // a row when errors were logged since the count.
        const auto before = m_pages.constFind(page - 1);
        if (before != m_pages.cend() && before->rows.size() == m_pageSize) {
            q.after = positionOf(before->rows.constLast());
            m_reader->requestErrors(id, q);
            return;
        }
        const auto after = m_pages.constFind(page + 1);
        if (after != m_pages.cend() && !after->rows.isEmpty()) {
            m_reader->requestErrorsBefore(id, q, positionOf(after->rows.constFirst()));
            return;
        }
    }
    m_reader->requestErrors(id, q, m_rows);
}

void ErrorsModel::keepPage(int page, const QList<SyncError> &rows)
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

void ErrorsModel::restart(bool keepCount)
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

void ErrorsModel::requestWindow(const QList<int> &pages, bool aheadOfCount)
{
    if (!m_reader)
        return;
    m_started = true;
    m_windowRequest = m_reader->newRequestId();
    m_windowPages = pages;
    m_reader->requestErrorWindow(m_windowRequest, m_query, pages, m_pageSize, aheadOfCount);
}

// --- answers ------------------------------------------------------------------

void ErrorsModel::onWindow(quint64 id, const ErrorWindow &window)
{
    if (id == 0 || id != m_windowRequest)
        return;
    if (window.count < 0) {
        // The first rows ahead of the count: shown at once when the list is
        // empty (opened or filtered), ignored by a refresh, which shows the old
        // rows until the count comes.
        const QList<SyncError> first = window.pages.value(0);
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

void ErrorsModel::onErrors(quint64 id, const QList<SyncError> &errors)
{
    const auto it = m_pageRequests.constFind(id);
    if (id == 0 || it == m_pageRequests.cend())
        return;
    const int page = it.value();
    m_pageRequests.erase(it);
    keepPage(page, errors);
    const int first = page * m_pageSize;
    const int last = std::min(first + m_pageSize, m_rows) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    sendWanted();
}

void ErrorsModel::onCauseCounts(quint64 id, const ErrorCauseCounts &counts)
{
    if (id == 0 || id != m_causeRequest)
        return;
    m_causeRequest = 0;
    emit causeCountsLoaded(counts);
}

void ErrorsModel::onFailed(quint64 id, const QString &message, const QString &detail)
{
    if (id == 0)
        return;
    if (id == m_windowRequest) {
        m_windowRequest = 0;
    } else if (id == m_causeRequest) {
        m_causeRequest = 0;
    } else if (m_pageRequests.remove(id) == 0) {
        return;
    }
    // A page that failed is asked for again when the view shows its rows.
    emit loadFailed(message, detail);
    sendWanted();
}

} // namespace couplet
