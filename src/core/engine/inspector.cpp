#include "engine/inspector.h"

#include "engine/values.h"
#include "error.h"
#include "store/statestore.h"

#include <QCoreApplication>
#include <QUrl>

namespace couplet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet::Inspector", text);
}

constexpr int recentErrors = 20;

// A row is read without the side's filter: a row outside it still exists.
TableSpec specOf(const TableMapping &m, Side s, bool withFilter)
{
    const TableSide &t = m.side(s);
    return TableSpec{t.table, t.key, t.modified, m.columns(s), withFilter ? t.filter : QString()};
}

} // namespace

Inspector::Inspector(const Workspace &workspace, StateStore &store, Connector &local,
                     Connector &remote)
    : m_workspace(workspace)
    , m_store(store)
    , m_local(local)
    , m_remote(remote)
{}

Connector &Inspector::connector(Side side) const
{
    return side == Side::Local ? m_local : m_remote;
}

const TableMapping &Inspector::mappingNamed(const QString &name) const
{
    const TableMapping *m = m_workspace.mapping(name);
    if (!m)
        throw Error(tr("The workspace has no mapping named %1").arg(name));
    return *m;
}

std::optional<Row> Inspector::currentRow(const TableMapping &mapping, Side side,
                                         const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    const QList<Row> rows = connector(side).rowsByKeys(specOf(mapping, side, false), {key});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

Comparison Inspector::compare(qint64 couplingId) const
{
    const std::optional<Coupling> coupling = m_store.coupling(couplingId);
    if (!coupling)
        throw Error(tr("Coupling %1 no longer exists").arg(couplingId));
    const TableMapping &m = mappingNamed(coupling->mapping);
    const std::optional<Row> localRow = currentRow(m, Side::Local, coupling->localKey);
    const std::optional<Row> remoteRow = currentRow(m, Side::Remote, coupling->remoteKey);

    Comparison result;
    result.coupling = *coupling;
    result.localExists = localRow.has_value();
    result.remoteExists = remoteRow.has_value();
    for (const FieldMapping &f : m.fields) {
        if (!f.isCompared())
            continue;
        FieldComparison field;
        field.local = f.local;
        field.remote = f.remote;
        field.localThen = coupling->localValues.value(f.local);
        field.remoteThen = coupling->remoteValues.value(f.remote);
        // A missing row has no values now, and a deletion is not a field change.
        if (localRow) {
            field.localNow = localRow->values.value(f.local);
            field.localChanged = !sameValue(field.localNow, field.localThen);
        }
        if (remoteRow) {
            field.remoteNow = remoteRow->values.value(f.remote);
            field.remoteChanged = !sameValue(field.remoteNow, field.remoteThen);
        }
        result.fields.append(field);
    }
    return result;
}

RecordSnapshot Inspector::snapshot(const QString &mapping, const RecordRef &ref) const
{
    const TableMapping &m = mappingNamed(mapping);
    const TableSide &side = m.side(ref.side);
    if (ref.table.compare(side.table, Qt::CaseInsensitive) != 0) {
        throw Error(tr("Mapping %1 has no %2 table %3; its %2 table is %4")
                        .arg(m.name, toString(ref.side), ref.table, side.table));
    }
    if (ref.key.isEmpty())
        throw Error(tr("No key was given for the %1 row").arg(side.displayName()));

    RecordSnapshot snapshot;
    snapshot.mapping = m.name;
    snapshot.ref = ref;
    const std::optional<Row> row = currentRow(m, ref.side, ref.key);
    snapshot.found = row.has_value();
    if (row) {
        snapshot.stamp = row->stamp;
        for (const QString &column : m.columns(ref.side))
            snapshot.fields.append({column, row->values.value(column)});
    }
    snapshot.coupling = m_store.couplingByKey(m.name, ref.side, ref.key);
    snapshot.errors = m_store.errorsOfRecord(ref, recentErrors);
    snapshot.url = connector(ref.side).recordUrl(ref.table, ref.key);
    if (snapshot.url.isEmpty())
        snapshot.url = recordUrl(m_workspace.connection(ref.side), ref);
    return snapshot;
}

QList<Row> Inspector::candidates(const QString &mapping, Side side, const QString &search,
                                 int limit) const
{
    const TableMapping &m = mappingNamed(mapping);
    return connector(side).searchRows(specOf(m, side, true), search.trimmed(), limit);
}

QString Inspector::recordUrl(const ConnectionConfig &connection, const RecordRef &ref)
{
    if (connection.recordUrl.isEmpty() || !ref.isValid())
        return {};
    QString url = connection.recordUrl;
    url.replace(QLatin1String("{table}"), QString::fromLatin1(QUrl::toPercentEncoding(ref.table)));
    url.replace(QLatin1String("{key}"), QString::fromLatin1(QUrl::toPercentEncoding(ref.key)));
    return url;
}

} // namespace couplet
