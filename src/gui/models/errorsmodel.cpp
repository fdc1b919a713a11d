#include "errorsmodel.h"

#include "captions.h"
#include "storereader.h"

namespace couplet {

namespace {

ErrorPosition positionOf(const SyncError &e)
{
    return ErrorPosition{e.at, e.id};
}

} // namespace

ErrorsModel::ErrorsModel(StoreReader *reader, int pageSize, QObject *parent)
    : WindowedModel<SyncError>(reader, pageSize, parent)
{
    // Answers come from the reader's thread: queued to this model's thread.
    connect(reader, &StoreReader::errorWindowReady, this, &ErrorsModel::windowArrived);
    connect(reader, &StoreReader::errorsReady, this, &ErrorsModel::rowsArrived);
    connect(reader, &StoreReader::causeCountsReady, this, &ErrorsModel::onCauseCounts);
    connect(reader, &StoreReader::failed, this,
            [this](quint64 id, const QString &message, const QString &detail) {
                if (id == 0 || id != m_causeRequest)
                    return;
                m_causeRequest = 0;
                emit loadFailed(message, detail);
            });
}

int ErrorsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorsModel::rowData(const SyncError &e, int col, int role) const
{
    const auto column = Column(col);
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
    QHash<int, QByteArray> names = WindowedModel<SyncError>::roleNames();
    names.insert(CauseRole, "cause");
    return names;
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
    if (!reader())
        return;
    m_causeRequest = reader()->newRequestId();
    reader()->requestErrorCauseCounts(m_causeRequest, m_query);
}

// --- requests -----------------------------------------------------------------

void ErrorsModel::sendWindow(quint64 id, const QList<int> &pages, bool aheadOfCount)
{
    reader()->requestErrorWindow(id, m_query, pages, pageSize(), aheadOfCount);
}

void ErrorsModel::sendRows(quint64 id, int first, int limit, int total,
                           const QList<SyncError> *above, const QList<SyncError> *below)
{
    ErrorQuery q = m_query;
    q.offset = first;
    q.limit = limit;
    if (q.sortBy == ErrorQuery::SortKey::At) {
        // Next to a page in memory: by keyset, which neither skips nor repeats
        // a row when errors were logged since the count.
        if (above) {
            q.after = positionOf(above->constLast());
            reader()->requestErrors(id, q);
            return;
        }
        if (below) {
            reader()->requestErrorsBefore(id, q, positionOf(below->constFirst()));
            return;
        }
    }
    reader()->requestErrors(id, q, total);
}

void ErrorsModel::onCauseCounts(quint64 id, const ErrorCauseCounts &counts)
{
    if (id == 0 || id != m_causeRequest)
        return;
    m_causeRequest = 0;
    emit causeCountsLoaded(counts);
}

} // namespace couplet
