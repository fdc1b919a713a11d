#include "errorsmodel.h"

#include "captions.h"
#include "storereader.h"

namespace couplet {

ErrorsModel::ErrorsModel(StoreReader *reader, int pageSize, QObject *parent)
    : PagedTableModel(reader, pageSize, parent)
{
    connect(reader, &StoreReader::errorsReady, this, &ErrorsModel::onErrors);
    connect(reader, &StoreReader::causeCountsReady, this, &ErrorsModel::onCauseCounts);
    connect(reader, &StoreReader::failed, this, &ErrorsModel::onCauseCountsFailed);
}

int ErrorsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SyncError &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == MappingRole)
        return e.mapping;
    if (role == CauseRole)
        return e.cause;
    const auto column = Column(index.column());
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
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
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
    restart(m_rows, Count::Keep);
}

void ErrorsModel::setMappingFilter(const QString &mapping)
{
    if (mapping == m_query.mapping)
        return;
    m_query.mapping = mapping;
    restart(m_rows);
}

void ErrorsModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    restart(m_rows);
}

void ErrorsModel::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_query.from && to == m_query.to)
        return;
    m_query.from = from;
    m_query.to = to;
    restart(m_rows);
}

void ErrorsModel::setJobFilter(qint64 jobId)
{
    if (jobId == m_query.jobId)
        return;
    m_query.jobId = jobId;
    restart(m_rows);
}

void ErrorsModel::setCauseFilter(const QString &causeId)
{
    if (causeId == m_query.cause)
        return;
    m_query.cause = causeId;
    restart(m_rows);
}

void ErrorsModel::loadCauseCounts()
{
    if (!reader())
        return;
    m_causeRequest = reader()->newRequestId();
    reader()->requestErrorCauseCounts(m_causeRequest, m_query);
}

void ErrorsModel::requestRows(quint64 id, int offset, int limit)
{
    ErrorQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    // The next page by keyset, after the last row loaded.
    if (offset > 0 && offset == m_rows.size() && q.sortBy == ErrorQuery::SortKey::At) {
        const SyncError &last = m_rows.constLast();
        q.after = ErrorPosition{last.at, last.id};
    }
    reader()->requestErrors(id, q);
}

void ErrorsModel::requestCount(quint64 id)
{
    reader()->requestErrorCount(id, m_query);
}

void ErrorsModel::onErrors(quint64 id, const QList<SyncError> &errors)
{
    insertAnswer(acceptRows(id), m_rows, errors);
}

void ErrorsModel::onCauseCounts(quint64 id, const ErrorCauseCounts &counts)
{
    if (id == 0 || id != m_causeRequest)
        return;
    m_causeRequest = 0;
    emit causeCountsLoaded(counts);
}

void ErrorsModel::onCauseCountsFailed(quint64 id, const QString &message, const QString &detail)
{
    if (id == 0 || id != m_causeRequest)
        return;
    m_causeRequest = 0;
    emit loadFailed(message, detail);
}

} // namespace couplet
