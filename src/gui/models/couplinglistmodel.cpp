#include "couplinglistmodel.h"

#include "captions.h"
#include "storereader.h"

namespace couplet {

CouplingListModel::CouplingListModel(StoreReader *reader, CouplingQuery::Kind kind,
                                     const QList<TableMapping> &mappings, int pageSize,
                                     QObject *parent)
    : WindowedModel<Coupling>(reader, pageSize, parent)
{
    m_query.kind = kind;
    for (const TableMapping &m : mappings)
        m_tables.insert(m.name, {m.local.table, m.remote.table});
    // Answers come from the reader's thread: queued to this model's thread.
    connect(reader, &StoreReader::couplingWindowReady, this, &CouplingListModel::windowArrived);
    connect(reader, &StoreReader::couplingsReady, this, &CouplingListModel::rowsArrived);
}

void CouplingListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CouplingQuery::SortKey> key = sortKey(column);
    if (!key || (*key == m_query.sortBy && order == m_query.order))
        return;
    m_query.sortBy = *key;
    m_query.order = order;
    restart(true);
}

void CouplingListModel::setMappingFilter(const QString &mapping)
{
    if (mapping == m_query.mapping)
        return;
    m_query.mapping = mapping;
    restart(false);
}

void CouplingListModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    restart(false);
}

void CouplingListModel::sendWindow(quint64 id, const QList<int> &pages, bool aheadOfCount)
{
    reader()->requestCouplingWindow(id, m_query, pages, pageSize(), aheadOfCount);
}

void CouplingListModel::sendRows(quint64 id, int first, int limit, int total,
                                 const QList<Coupling> *above, const QList<Coupling> *below)
{
    CouplingQuery q = m_query;
    q.offset = first;
    q.limit = limit;
    if (q.sortBy == CouplingQuery::SortKey::Id) {
        // Next to a page in memory: by keyset, which neither skips nor repeats
        // a row when couplings were made or deleted since the count.
        if (above) {
            q.afterId = above->constLast().id;
            reader()->requestCouplings(id, q);
            return;
        }
        if (below) {
            reader()->requestCouplingsBefore(id, q, below->constFirst().id);
            return;
        }
    }
    reader()->requestCouplings(id, q, total);
}

RecordRef CouplingListModel::recordRef(const Coupling &c, Side side) const
{
    const QPair<QString, QString> tables = m_tables.value(c.mapping);
    return RecordRef{side, side == Side::Local ? tables.first : tables.second, c.key(side)};
}

QVariant CouplingListModel::recordData(const RecordRef &ref, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return Captions::recordText(ref);
    case SortRole:
        return ref.key;
    case RecordRole:
        return QVariant::fromValue(ref);
    case Qt::ToolTipRole:
        return Captions::recordToolTip(ref);
    default:
        return {};
    }
}

} // namespace couplet
