#include "errorsmodel.h"

#include "captions.h"
#include "storereader.h"

namespace couplet {

ErrorsModel::ErrorsModel(StoreReader *reader, int pageSize, QObject *parent)
    : PagedTableModel(reader, pageSize, parent)
{
    connect(reader, &StoreReader::errorsReady, this, &ErrorsModel::onErrors);
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

void ErrorsModel::sort(int column, Qt::SortOrder order)
{
    if (column != DateTimeColumn)
        return;
    const bool newestFirst = order == Qt::DescendingOrder;
    if (newestFirst == m_query.newestFirst)
        return;
    m_query.newestFirst = newestFirst;
    restart(m_rows);
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

void ErrorsModel::requestRows(quint64 id, int offset, int limit)
{
    ErrorQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
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

} // namespace couplet
