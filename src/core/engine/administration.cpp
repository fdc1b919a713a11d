#include "engine/administration.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/values.h"
#include "error.h"
#include "logging.h"
#include "store/statestore.h"

#include <QCoreApplication>

#include <functional>

namespace couplet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet::Administration", text);
}

TableSpec specOf(const TableMapping &m, Side s)
{
    const TableSide &t = m.side(s);
    return TableSpec{t.table, t.key, t.modified, m.columns(s), t.filter};
}

// Thrown inside one coupling's operation; it fails that coupling only.
struct CouplingFailure
{
    QString message;
    QString detail;
    // Without a cause, the state store classifies the message and detail, which
    // works for the systems' own (English) words only.
    std::optional<ErrorCause> cause = {};
};

OperationResult counted(int done)
{
    OperationResult result;
    result.done = done;
    return result;
}

} // namespace

Administration::Administration(const Workspace &workspace, StateStore &store, Connector &local,
                               Connector &remote, const Clock &clock)
    : m_workspace(workspace)
    , m_store(store)
    , m_local(local)
    , m_remote(remote)
    , m_clock(clock)
{}

namespace {

// The shared steps of the operations on couplings.
class CouplingWork
{
public:
    CouplingWork(const Workspace &ws, StateStore &store, Connector &local, Connector &remote,
                 const Clock &clock)
        : ws(ws)
        , store(store)
        , local(local)
        , remote(remote)
        , clock(clock)
    {}

    // lupdate files the strings of CouplingWork's functions under this context.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("couplet::CouplingWork", text);
    }

    Connector &connector(Side s) { return s == Side::Local ? local : remote; }

    const TableMapping &mappingOf(const Coupling &c)
    {
        const TableMapping *m = ws.mapping(c.mapping);
        if (!m)
            throw CouplingFailure{tr("The workspace has no mapping named %1").arg(c.mapping), {}};
        return *m;
    }

    std::optional<Row> fetch(const TableMapping &m, Side s, const QString &key)
    {
        if (key.isEmpty())
            return std::nullopt;
        const QList<Row> rows = connector(s).rowsByKeys(specOf(m, s), {key});
        if (rows.isEmpty())
            return std::nullopt;
        return rows.first();
    }

    Row write(const TableMapping &m, Side s, const WriteOp &op)
    {
        const QList<WriteResult> results = connector(s).write(specOf(m, s), {op});
        if (results.size() != 1)
            throw CouplingFailure{
                tr("%1 did not confirm the write").arg(connector(s).displayName()), {}};
        const WriteResult &r = results.first();
        if (r.stampChanged) {
            throw CouplingFailure{
                tr("The %1 record %2 changed while you were deciding; review it again")
                    .arg(m.side(s).displayName(), op.key),
                r.detail, ErrorCause::ChangedUnderUs};
        }
        if (!r.ok) {
            std::optional<ErrorCause> cause = r.cause;
            if (!cause && r.notFound)
                cause = ErrorCause::CoupledRowDeleted;
            throw CouplingFailure{r.message, r.detail, cause};
        }
        return Row{r.key.isEmpty() ? op.key : r.key, r.stamp, r.etag, op.values};
    }

    // Makes both rows agree: for each field the winning side's value is written to
    // the other side. Then the coupling is refreshed and un-skipped in one step.
    void align(Coupling &c, const TableMapping &m, Row localRow, Row remoteRow,
               const std::function<Side(const FieldMapping &)> &winner)
    {
        QStringList toRemote;
        QStringList toLocal;
        for (const FieldMapping &f : m.fields) {
            if (f.isConstant() || f.local.isEmpty())
                continue;
            const Side w = winner(f);
            if (w == Side::Local && f.transfers(PassDirection::LocalToRemote))
                toRemote.append(f.local);
            else if (w == Side::Remote && f.transfers(PassDirection::RemoteToLocal))
                toLocal.append(f.local);
        }
        FieldTransfer transfer(m, store);
        const FieldTransfer::Result r =
            transfer.apply(PassDirection::LocalToRemote, localRow.values, &toRemote);
        const FieldTransfer::Result l =
            transfer.apply(PassDirection::RemoteToLocal, remoteRow.values, &toLocal);
        for (const FieldTransfer::Result *t : {&r, &l}) {
            if (!t->ok())
                throw CouplingFailure{t->error, t->detail, t->cause};
        }
        writeChanged(m, Side::Remote, remoteRow, r.values);
        writeChanged(m, Side::Local, localRow, l.values);
        c.localStamp = localRow.stamp;
        c.remoteStamp = remoteRow.stamp;
        c.remoteEtag = remoteRow.etag;
        c.localValues = mappedValues(m, Side::Local, localRow.values);
        c.remoteValues = mappedValues(m, Side::Remote, remoteRow.values);
        markSynced(c);
    }

    void writeChanged(const TableMapping &m, Side s, Row &row, const QVariantMap &values)
    {
        QVariantMap changed;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!sameValue(it.value(), row.values.value(it.key())))
                changed.insert(it.key(), it.value());
        }
        if (changed.isEmpty())
            return;
        const Row written = write(m, s, WriteOp{WriteOp::Kind::Update, row.key, changed, row.etag});
        row.stamp = written.stamp;
        row.etag = written.etag;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            row.values.insert(it.key(), it.value());
    }

    // Recreates the row deleted on `missing` from the surviving one.
    void restore(Coupling &c, const TableMapping &m, Side missing, const Row &surviving)
    {
        const PassDirection d =
            missing == Side::Remote ? PassDirection::LocalToRemote : PassDirection::RemoteToLocal;
        FieldTransfer transfer(m, store);
        const FieldTransfer::Result values = transfer.apply(d, surviving.values);
        if (!values.ok())
            throw CouplingFailure{values.error, values.detail, values.cause};
        const QString key =
            connector(missing).generatesKeys(specOf(m, missing)) ? QString() : c.key(missing);
        const Row created =
            write(m, missing, WriteOp{WriteOp::Kind::Insert, key, values.values, {}});
        c.key(missing) = created.key;
        const Row &localRow = missing == Side::Local ? created : surviving;
        const Row &remoteRow = missing == Side::Remote ? created : surviving;
        c.localStamp = localRow.stamp;
        c.remoteStamp = remoteRow.stamp;
        c.remoteEtag = remoteRow.etag;
        c.localValues = mappedValues(m, Side::Local, localRow.values);
        c.remoteValues = mappedValues(m, Side::Remote, remoteRow.values);
        markSynced(c);
    }

    void markSynced(Coupling &c)
    {
        c.skipped = false;
        c.skipReason = SkipReason::None;
        c.localDeleted = c.remoteDeleted = false;
        c.lastToRemote = c.lastFromRemote = SyncResult::Success;
        c.lastError.clear();
        c.failedSince = QDateTime();
        c.lastSyncedAt = clock.now();
    }

    void logFailure(const Coupling &c, const TableMapping *m, const CouplingFailure &f,
                    OperationResult &result)
    {
        ++result.failed;
        result.messages.append(f.message);
        SyncError e;
        e.at = clock.now();
        e.mapping = c.mapping;
        e.message = f.message;
        e.detail = f.detail;
        if (f.cause)
            e.cause = causeId(*f.cause);
        if (m) {
            e.source = RecordRef{Side::Local, m->local.table, c.localKey};
            e.destination = RecordRef{Side::Remote, m->remote.table, c.remoteKey};
        }
        try {
            store.addError(e);
        } catch (const Error &error) {
            qCWarning(lcEngine) << "Cannot log an operation error:" << error.message();
        }
    }

    // Runs `step` for each coupling; a failing coupling is logged and the others go on.
    OperationResult forEach(const QList<qint64> &ids,
                            const std::function<void(Coupling &, const TableMapping &)> &step)
    {
        OperationResult result;
        for (qint64 id : ids) {
            std::optional<Coupling> c = store.coupling(id);
            if (!c) {
                ++result.failed;
                result.messages.append(tr("Coupling %1 no longer exists").arg(id));
                continue;
            }
            const TableMapping *m = ws.mapping(c->mapping);
            try {
                step(*c, mappingOf(*c));
                ++result.done;
            } catch (const CouplingFailure &f) {
                logFailure(*c, m, f, result);
            }
        }
        return result;
    }

    const Workspace &ws;
    StateStore &store;
    Connector &local;
    Connector &remote;
    const Clock &clock;
};

// The side whose row changed since the last sync; local when both did or neither.
Side changedSide(const Coupling &c, const FieldMapping &f, const Row &local, const Row &remote)
{
    const bool localChanged = !sameValue(local.values.value(f.local), c.localValues.value(f.local));
    const bool remoteChanged =
        !sameValue(remote.values.value(f.remote), c.remoteValues.value(f.remote));
    return remoteChanged && !localChanged ? Side::Remote : Side::Local;
}

} // namespace

OperationResult Administration::resolveSkipped(const QList<qint64> &couplingIds,
                                               Resolution resolution,
                                               const QHash<QString, Side> &fieldChoices)
{
    CouplingWork work(m_workspace, m_store, m_local, m_remote, m_clock);
    return work.forEach(couplingIds, [&](Coupling &c, const TableMapping &m) {
        if (!c.isComplete()) {
            throw CouplingFailure{
                tr("%1 %2 is not coupled yet; use Retry to insert it again")
                    .arg(m.local.displayName(), c.localKey.isEmpty() ? c.remoteKey : c.localKey),
                {}};
        }
        const std::optional<Row> localRow = work.fetch(m, Side::Local, c.localKey);
        const std::optional<Row> remoteRow = work.fetch(m, Side::Remote, c.remoteKey);
        if (!localRow && !remoteRow) {
            m_store.deleteCouplings({c.id});
            return;
        }
        if (!localRow || !remoteRow) {
            if (resolution == Resolution::Merge) {
                throw CouplingFailure{tr("A deleted row cannot be merged: choose to keep the local "
                                         "or the remote side"),
                                      {}};
            }
            const Side surviving = localRow ? Side::Local : Side::Remote;
            const Side keep = resolution == Resolution::KeepLocal ? Side::Local : Side::Remote;
            if (keep == surviving) {
                work.restore(c, m, otherSide(surviving), localRow ? *localRow : *remoteRow);
                m_store.saveCoupling(c);
            } else {
                // Keeping the deletion: the surviving row goes too.
                const Row &row = localRow ? *localRow : *remoteRow;
                work.write(m, surviving, WriteOp{WriteOp::Kind::Delete, row.key, {}, row.etag});
                m_store.deleteCouplings({c.id});
            }
            return;
        }
        work.align(c, m, *localRow, *remoteRow, [&](const FieldMapping &f) {
            switch (resolution) {
            case Resolution::KeepLocal:
                return Side::Local;
            case Resolution::KeepRemote:
                return Side::Remote;
            case Resolution::Merge:
                break;
            }
            const auto chosen = fieldChoices.constFind(f.local);
            return chosen != fieldChoices.constEnd() ? *chosen
                                                     : changedSide(c, f, *localRow, *remoteRow);
        });
        m_store.saveCoupling(c);
    });
}

OperationResult Administration::retry(const QList<qint64> &couplingIds)
{
    CouplingWork work(m_workspace, m_store, m_local, m_remote, m_clock);
    return work.forEach(couplingIds, [&](Coupling &c, const TableMapping &) {
        // Un-skip; a failure stays a failure, so the next run takes it first.
        const bool wasSkipped = c.skipped;
        c.skipped = false;
        c.skipReason = SkipReason::None;
        c.localDeleted = c.remoteDeleted = false;
        c.lastError.clear();
        if (wasSkipped && !c.hasFailed())
            c.lastToRemote = SyncResult::Failure;
        m_store.saveCoupling(c);
    });
}

OperationResult Administration::retryAll(const QString &mapping)
{
    QList<qint64> ids;
    CouplingQuery q;
    q.kind = CouplingQuery::Kind::Skipped;
    q.mapping = mapping;
    q.limit = 1000;
    for (;;) {
        const QList<Coupling> page = m_store.couplings(q);
        for (const Coupling &c : page)
            ids.append(c.id);
        if (page.size() < q.limit)
            break;
        q.offset += q.limit;
    }
    return retry(ids);
}

OperationResult Administration::deleteCouplings(const QList<qint64> &couplingIds)
{
    return counted(m_store.deleteCouplings(couplingIds));
}

OperationResult Administration::deleteCouplingsOfMappings(const QStringList &mappings)
{
    OperationResult result;
    m_store.begin();
    try {
        for (const QString &name : mappings) {
            if (!m_workspace.mapping(name))
                throw Error(tr("The workspace has no mapping named %1").arg(name));
            result.done += m_store.deleteCouplingsOfMapping(m_workspace.mapping(name)->name);
        }
        m_store.commit();
    } catch (...) {
        m_store.rollback();
        throw;
    }
    return result;
}

OperationResult Administration::couple(const QString &mapping, const QString &localKey,
                                       const QString &remoteKey)
{
    const TableMapping *m = m_workspace.mapping(mapping);
    if (!m)
        throw Error(tr("The workspace has no mapping named %1").arg(mapping));
    CouplingWork work(m_workspace, m_store, m_local, m_remote, m_clock);
    OperationResult result;
    Coupling c;
    c.mapping = m->name;
    c.localKey = localKey;
    c.remoteKey = remoteKey;
    try {
        const std::optional<Row> localRow = work.fetch(*m, Side::Local, localKey);
        const std::optional<Row> remoteRow = work.fetch(*m, Side::Remote, remoteKey);
        if (!localRow)
            throw CouplingFailure{tr("%1 %2 does not exist").arg(m->local.displayName(), localKey),
                                  {}};
        if (!remoteRow)
            throw CouplingFailure{
                tr("%1 %2 does not exist").arg(m->remote.displayName(), remoteKey), {}};
        for (Side s : {Side::Local, Side::Remote}) {
            if (m_store.couplingByKey(m->name, s, c.key(s))) {
                throw CouplingFailure{tr("%1 %2 is already coupled; delete its coupling first")
                                          .arg(m->side(s).displayName(), c.key(s)),
                                      {}};
            }
        }
        const Side winner = m->direction == Direction::FromRemote ? Side::Remote : Side::Local;
        work.align(c, *m, *localRow, *remoteRow, [winner](const FieldMapping &) { return winner; });
        m_store.saveCoupling(c);
        ++result.done;
    } catch (const CouplingFailure &f) {
        work.logFailure(c, m, f, result);
    }
    return result;
}

OperationResult Administration::restoreRecords(const QList<qint64> &couplingIds)
{
    CouplingWork work(m_workspace, m_store, m_local, m_remote, m_clock);
    return work.forEach(couplingIds, [&](Coupling &c, const TableMapping &m) {
        const std::optional<Row> localRow = work.fetch(m, Side::Local, c.localKey);
        const std::optional<Row> remoteRow = work.fetch(m, Side::Remote, c.remoteKey);
        if (localRow && remoteRow)
            throw CouplingFailure{tr("Both coupled rows exist; there is nothing to restore"), {}};
        if (!localRow && !remoteRow)
            throw CouplingFailure{tr("Both coupled rows were deleted; there is nothing to restore "
                                     "from. Delete the coupling."),
                                  {}};
        const Side surviving = localRow ? Side::Local : Side::Remote;
        work.restore(c, m, otherSide(surviving), localRow ? *localRow : *remoteRow);
        m_store.saveCoupling(c);
    });
}

OperationResult Administration::deleteRecords(const QList<qint64> &couplingIds)
{
    CouplingWork work(m_workspace, m_store, m_local, m_remote, m_clock);
    return work.forEach(couplingIds, [&](Coupling &c, const TableMapping &m) {
        const std::optional<Row> localRow = work.fetch(m, Side::Local, c.localKey);
        const std::optional<Row> remoteRow = work.fetch(m, Side::Remote, c.remoteKey);
        if (localRow && remoteRow) {
            throw CouplingFailure{tr("Both coupled rows exist; Delete Records only removes the "
                                     "row left after a deletion"),
                                  {}};
        }
        if (localRow || remoteRow) {
            const Side surviving = localRow ? Side::Local : Side::Remote;
            const Row &row = localRow ? *localRow : *remoteRow;
            work.write(m, surviving, WriteOp{WriteOp::Kind::Delete, row.key, {}, row.etag});
        }
        m_store.deleteCouplings({c.id});
    });
}

OperationResult Administration::findForDeleted(const QStringList &mappings)
{
    OperationResult result;
    const QStringList names = mappings.isEmpty() ? [this] {
        QStringList all;
        for (const TableMapping &m : m_workspace.mappings)
            all.append(m.name);
        return all;
    }()
                                                 : mappings;
    for (const QString &name : names) {
        const TableMapping *m = m_workspace.mapping(name);
        if (!m)
            throw Error(tr("The workspace has no mapping named %1").arg(name));
        qint64 afterId = 0;
        for (;;) {
            QList<Coupling> page = m_store.couplingsOfMapping(m->name, afterId, 500);
            if (page.isEmpty())
                break;
            afterId = page.constLast().id;
            QStringList localKeys;
            QStringList remoteKeys;
            for (const Coupling &c : std::as_const(page)) {
                if (c.isComplete()) {
                    localKeys.append(c.localKey);
                    remoteKeys.append(c.remoteKey);
                }
            }
            const QSet<QString> localFound =
                m_local.existingKeys(specOf(*m, Side::Local), localKeys);
            const QSet<QString> remoteFound =
                m_remote.existingKeys(specOf(*m, Side::Remote), remoteKeys);
            QList<Coupling> changed;
            QList<qint64> gone;
            QList<SyncError> errors;
            for (Coupling &c : page) {
                if (!c.isComplete())
                    continue;
                const bool localGone = !localFound.contains(c.localKey);
                const bool remoteGone = !remoteFound.contains(c.remoteKey);
                if (localGone && remoteGone) {
                    gone.append(c.id);
                    continue;
                }
                if (!localGone && !remoteGone)
                    continue;
                if (c.localDeleted == localGone && c.remoteDeleted == remoteGone && c.skipped)
                    continue; // already known
                c.localDeleted = localGone;
                c.remoteDeleted = remoteGone;
                c.skipped = true;
                c.skipReason = SkipReason::DeletionConflict;
                c.lastResult(localGone ? PassDirection::RemoteToLocal
                                       : PassDirection::LocalToRemote) = SyncResult::Failure;
                const Side deleted = localGone ? Side::Local : Side::Remote;
                const Side kept = otherSide(deleted);
                c.lastError =
                    tr("The %1 record in %2 coupled to %3 %4 has been deleted")
                        .arg(m->side(deleted).displayName(), m_workspace.systemName(deleted),
                             m->side(kept).displayName(), c.key(kept));
                if (!c.failedSince.isValid())
                    c.failedSince = m_clock.now();
                changed.append(c);
                errors.append(SyncError{0, m_clock.now(), m->name, 0, c.lastError,
                                        tr("Found by Find for Deleted"),
                                        RecordRef{kept, m->side(kept).table, c.key(kept)},
                                        RecordRef{deleted, m->side(deleted).table, c.key(deleted)},
                                        causeId(ErrorCause::CoupledRowDeleted)});
            }
            m_store.begin();
            try {
                m_store.saveCouplings(changed);
                if (!gone.isEmpty())
                    m_store.deleteCouplings(gone);
                for (SyncError &e : errors)
                    m_store.addError(e);
                m_store.commit();
            } catch (...) {
                m_store.rollback();
                throw;
            }
            result.done += changed.size() + gone.size();
        }
    }
    return result;
}

OperationResult Administration::clearMarks(const QStringList &mappings)
{
    QStringList names;
    for (const QString &n : mappings) {
        const TableMapping *m = m_workspace.mapping(n);
        if (!m)
            throw Error(tr("The workspace has no mapping named %1").arg(n));
        names.append(m->name);
    }
    if (mappings.isEmpty()) {
        for (const TableMapping &m : m_workspace.mappings)
            names.append(m.name);
    }
    for (const QString &n : std::as_const(names))
        m_store.clearMarks(n);
    return counted(int(names.size()));
}

OperationResult Administration::deleteErrorsOlderThan(int days)
{
    return counted(m_store.deleteErrorsOlderThan(m_clock.now().addDays(-days)));
}

OperationResult Administration::deleteAllErrors()
{
    return counted(m_store.deleteAllErrors());
}

OperationResult Administration::deleteJobsOlderThan(int days)
{
    return counted(m_store.deleteJobsOlderThan(m_clock.now().addDays(-days)));
}

OperationResult Administration::deleteAllJobs()
{
    return counted(m_store.deleteAllJobs());
}

QList<qint64> Administration::couplingIds(const QString &mapping, Side side,
                                          const QStringList &keys) const
{
    const TableMapping *m = m_workspace.mapping(mapping);
    if (!m)
        throw Error(tr("The workspace has no mapping named %1").arg(mapping));
    const QHash<QString, Coupling> found = m_store.couplingsByKeys(m->name, side, keys);
    QList<qint64> ids;
    for (const QString &key : keys) {
        const auto c = found.constFind(key);
        if (c != found.constEnd())
            ids.append(c->id);
    }
    return ids;
}

} // namespace couplet
