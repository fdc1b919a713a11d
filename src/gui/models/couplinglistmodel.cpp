#include "couplinglistmodel.h"

#include "captions.h"
#include "storereader.h"

namespace couplet {

CouplingListModel::CouplingListModel(StoreReader *reader, CouplingQuery::Kind kind,
                                     const QList<TableMapping> &mappings, int pageSize,
                                     QObject *parent)
    : PagedTableModel(reader, pageSize, parent)
{
    m_query.kind = kind;
    for (const TableMapping &m : mappings)
        m_tables.insert(m.name, {m.local.table, m.remote.table});
    connect(reader, &StoreReader::couplingsReady, this, &CouplingListModel::onCouplings);
}

void CouplingListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CouplingQuery::SortKey> key = sortKey(column);
    if (!key || (*key == m_query.sortBy && order == m_query.order))
        return;
    m_query.sortBy = *key;
    m_query.order = order;
    restart(m_rows, Count::Keep);
}

void CouplingListModel::setMappingFilter(const QString &mapping)
{
    if (mapping == m_query.mapping)
        return;
    m_query.mapping = mapping;
    restart(m_rows);
}

void CouplingListModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    restart(m_rows);
}

void CouplingListModel::requestRows(quint64 id, int offset, int limit)
{
    CouplingQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    // The reader pages by keyset after the last loaded id when the query allows it.
    const qint64 afterId = offset > 0 && offset == m_rows.size() ? m_rows.constLast().id : 0;
    reader()->requestCouplings(id, q, afterId);
}

void CouplingListModel::requestCount(quint64 id)
{
    reader()->requestCouplingCount(id, m_query);
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

void CouplingListModel::onCouplings(quint64 id, const QList<Coupling> &couplings)
{
    insertAnswer(acceptRows(id), m_rows, couplings);
}

} // namespace couplet
