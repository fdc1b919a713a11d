#include "mappingsmodel.h"

#include "captions.h"

namespace couplet {

namespace {

// "customer: blocked = 0; Account: statecode eq 0"; empty when neither side filters.
QString filtersText(const TableMapping &m)
{
    QStringList parts;
    for (const TableSide *s : {&m.local, &m.remote}) {
        if (!s->filter.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(s->displayName(), s->filter));
    }
    return parts.join(QStringLiteral("; "));
}

QString scheduleText(const Schedule &s)
{
    if (!s.enabled())
        return MappingsModel::tr("Manual");
    return MappingsModel::tr("Every %1 min, backs off up to %2 min")
        .arg(s.intervalMinutes)
        .arg(s.limitMinutes());
}

QString conflictDetectionText(ConflictDetection v)
{
    return v == ConflictDetection::RecordLevel ? MappingsModel::tr("Record level")
                                               : MappingsModel::tr("Field level");
}

} // namespace

MappingsModel::MappingsModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(reader, &StoreReader::mappingStatesReady, this, &MappingsModel::onStates);
    connect(reader, &StoreReader::failed, this, &MappingsModel::onFailed);
}

int MappingsModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_mappings.size());
}

int MappingsModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TableMapping &m = m_mappings.at(index.row());
    if (role == IdRole)
        return m.name;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    const auto column = Column(index.column());
    const auto state = m_states.constFind(m.name);
    const bool known = state != m_states.constEnd();
    auto count = [&](int MappingCounts::*member) -> QVariant {
        if (!known)
            return display ? QVariant(QString()) : QVariant();
        return state->counts.*member;
    };
    auto mark = [&](QDateTime MappingState::*member) -> QVariant {
        const QDateTime v = known ? (*state).*member : QDateTime();
        return display ? QVariant(Captions::dateTime(v)) : QVariant(v);
    };
    switch (column) {
    case NameColumn:
        return m.name;
    case DirectionColumn:
        return display ? QVariant(Captions::direction(m.direction)) : QVariant(int(m.direction));
    case FiltersColumn:
        return filtersText(m);
    case MarkToRemoteColumn:
        return mark(&MappingState::markToRemote);
    case MarkFromRemoteColumn:
        return mark(&MappingState::markFromRemote);
    case DeletionPolicyColumn:
        return display ? QVariant(Captions::deletionPolicy(m.deletionPolicy))
                       : QVariant(int(m.deletionPolicy));
    case UpdateConflictPolicyColumn:
        return display ? QVariant(Captions::updateConflictPolicy(m.updateConflictPolicy))
                       : QVariant(int(m.updateConflictPolicy));
    case ConflictDetectionColumn:
        return display ? QVariant(conflictDetectionText(m.conflictDetection))
                       : QVariant(int(m.conflictDetection));
    case OnlyCoupledColumn:
        return display ? QVariant(Captions::yesNo(m.onlyCoupled)) : QVariant(m.onlyCoupled);
    case ScheduleColumn:
        return display ? QVariant(scheduleText(m.schedule)) : QVariant(m.schedule.intervalMinutes);
    case CouplingsColumn:
        return count(&MappingCounts::couplings);
    case ErrorsColumn:
        return count(&MappingCounts::errors);
    case CoupledErrorsColumn:
        return count(&MappingCounts::coupledErrors);
    case SkippedColumn:
        return count(&MappingCounts::skipped);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MappingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case DirectionColumn:
        return tr("Direction");
    case FiltersColumn:
        return tr("Table Filters");
    case MarkToRemoteColumn:
        return tr("Synch. Modified On Filter");
    case MarkFromRemoteColumn:
        return tr("Synch. Int. Tbl. Mod. On Fltr.");
    case DeletionPolicyColumn:
        return tr("Deletion Conflict Resolution");
    case UpdateConflictPolicyColumn:
        return tr("Update Conflict Resolution");
    case ConflictDetectionColumn:
        return tr("Conflict Detection");
    case OnlyCoupledColumn:
        return tr("Synch. Only Coupled Records");
    case ScheduleColumn:
        return tr("Schedule");
    case CouplingsColumn:
        return tr("Couplings");
    case ErrorsColumn:
        return tr("Errors");
    case CoupledErrorsColumn:
        return tr("Coupled Data Errors");
    case SkippedColumn:
        return tr("Skipped Records");
    case ColumnCount:
        break;
    }
    return {};
}

void MappingsModel::setMappings(const QList<TableMapping> &mappings)
{
    beginResetModel();
    m_mappings = mappings;
    m_states.clear();
    m_request = 0;
    endResetModel();
    refresh();
}

void MappingsModel::refresh()
{
    if (!m_reader || m_mappings.isEmpty())
        return;
    QStringList names;
    for (const TableMapping &m : std::as_const(m_mappings))
        names.append(m.name);
    m_request = m_reader->newRequestId();
    m_reader->requestMappingStates(m_request, names);
}

void MappingsModel::onStates(quint64 id, const QList<MappingState> &states)
{
    if (id == 0 || id != m_request)
        return;
    m_request = 0;
    for (const MappingState &s : states)
        m_states.insert(s.mapping, s);
    if (!m_mappings.isEmpty())
        emit dataChanged(index(0, MarkToRemoteColumn), index(rowCount() - 1, SkippedColumn),
                         {Qt::DisplayRole, SortRole});
    emit stateLoaded();
}

void MappingsModel::onFailed(quint64 id, const QString &message, const QString &detail)
{
    if (id == 0 || id != m_request)
        return;
    m_request = 0;
    emit loadFailed(message, detail);
}

} // namespace couplet
