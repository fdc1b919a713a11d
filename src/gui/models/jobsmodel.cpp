#include "jobsmodel.h"

#include "captions.h"
#include "storereader.h"

namespace couplet {

namespace {

int countOf(const SyncJob &j, JobsModel::Column column)
{
    switch (column) {
    case JobsModel::InsertedColumn:
        return j.inserted;
    case JobsModel::ModifiedColumn:
        return j.modified;
    case JobsModel::DeletedColumn:
        return j.deleted;
    case JobsModel::UnchangedColumn:
        return j.unchanged;
    case JobsModel::SkippedColumn:
        return j.skipped;
    case JobsModel::FailedColumn:
        return j.failed;
    case JobsModel::CoupledColumn:
        return j.coupled;
    case JobsModel::UncoupledColumn:
        return j.uncoupled;
    default:
        return 0;
    }
}

} // namespace

JobsModel::JobsModel(StoreReader *reader, int pageSize, QObject *parent)
    : PagedTableModel(reader, pageSize, parent)
{
    connect(reader, &StoreReader::jobsReady, this, &JobsModel::onJobs);
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SyncJob &j = m_rows.at(index.row());
    if (role == IdRole)
        return j.id;
    const auto column = Column(index.column());
    if (role == Qt::ToolTipRole && column == MessageColumn)
        return j.message;
    if (role == Qt::TextAlignmentRole && column >= InsertedColumn && column <= UncoupledColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case StartedColumn:
        return display ? QVariant(Captions::dateTime(j.started)) : QVariant(j.started);
    case FinishedColumn:
        return display ? QVariant(Captions::dateTime(j.finished)) : QVariant(j.finished);
    case MappingColumn:
        return j.mapping;
    case DirectionColumn:
        return display ? QVariant(Captions::pass(j.direction)) : QVariant(int(j.direction));
    case TriggerColumn:
        return display ? QVariant(Captions::trigger(j.trigger)) : QVariant(int(j.trigger));
    case StatusColumn:
        return display ? QVariant(Captions::status(j.status)) : QVariant(int(j.status));
    case InsertedColumn:
    case ModifiedColumn:
    case DeletedColumn:
    case UnchangedColumn:
    case SkippedColumn:
    case FailedColumn:
    case CoupledColumn:
    case UncoupledColumn:
        return countOf(j, column);
    case MessageColumn:
        return j.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartedColumn:
        return tr("Start Date/Time");
    case FinishedColumn:
        return tr("Finish Date/Time");
    case MappingColumn:
        return tr("Mapping");
    case DirectionColumn:
        return tr("Direction");
    case TriggerColumn:
        return tr("Started By");
    case StatusColumn:
        return tr("Status");
    case InsertedColumn:
        return tr("Inserted");
    case ModifiedColumn:
        return tr("Modified");
    case DeletedColumn:
        return tr("Deleted");
    case UnchangedColumn:
        return tr("Unchanged");
    case SkippedColumn:
        return tr("Skipped");
    case FailedColumn:
        return tr("Failed");
    case CoupledColumn:
        return tr("Coupled");
    case UncoupledColumn:
        return tr("Uncoupled");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<JobQuery::SortKey> JobsModel::sortKey(int column)
{
    using Key = JobQuery::SortKey;
    switch (Column(column)) {
    case StartedColumn:
        return Key::Started;
    case FinishedColumn:
        return Key::Finished;
    case MappingColumn:
        return Key::Mapping;
    case StatusColumn:
        return Key::Status;
    case InsertedColumn:
        return Key::Inserted;
    case ModifiedColumn:
        return Key::Modified;
    case DeletedColumn:
        return Key::Deleted;
    case UnchangedColumn:
        return Key::Unchanged;
    case SkippedColumn:
        return Key::Skipped;
    case FailedColumn:
        return Key::Failed;
    case CoupledColumn:
        return Key::Coupled;
    case UncoupledColumn:
        return Key::Uncoupled;
    case DirectionColumn:
    case TriggerColumn:
    case MessageColumn:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

void JobsModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<JobQuery::SortKey> key = sortKey(column);
    if (!key || (*key == m_query.sortBy && order == m_query.order))
        return;
    m_query.sortBy = *key;
    m_query.order = order;
    restart(m_rows, Count::Keep);
}

void JobsModel::setMappingFilter(const QString &mapping)
{
    if (mapping == m_query.mapping)
        return;
    m_query.mapping = mapping;
    restart(m_rows);
}

void JobsModel::requestRows(quint64 id, int offset, int limit)
{
    JobQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    reader()->requestJobs(id, q);
}

void JobsModel::requestCount(quint64 id)
{
    reader()->requestJobCount(id, m_query);
}

void JobsModel::onJobs(quint64 id, const QList<SyncJob> &jobs)
{
    insertAnswer(acceptRows(id), m_rows, jobs);
}

} // namespace couplet
