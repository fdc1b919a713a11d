#include "engine/consoleworker.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/syncengine.h"
#include "error.h"
#include "logging.h"
#include "store/errorexport.h"

#include <QFileInfo>
#include <QMap>
#include <QScopeGuard>

#include <exception>

namespace couplet {

namespace {

// Rows read per probe query, and how many of them a probe looks at before it
// calls the mapping changed without looking further.
constexpr int probePage = 200;
constexpr int probeMaxRows = 1000;

void add(OperationResult &total, const OperationResult &part)
{
    total.done += part.done;
    total.failed += part.failed;
    total.messages += part.messages;
}

OperationResult counted(int done)
{
    OperationResult result;
    result.done = done;
    return result;
}

} // namespace

ConsoleWorker::ConsoleWorker(Workspace workspace, QHash<QString, QString> secrets,
                             const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_secrets(std::move(secrets))
    , m_clock(clock ? clock : &SystemClock::instance())
{
    registerConsoleMetaTypes();
}

ConsoleWorker::~ConsoleWorker()
{
    // Normally closed by close() in the worker thread; a worker never used or
    // deleted in its own thread closes here.
    closeAll();
}

void ConsoleWorker::cancel()
{
    m_cancel.store(true);
}

// ---- opening -------------------------------------------------------------------

void ConsoleWorker::ensureStore()
{
    try {
        if (!m_store) {
            // Created here, so they belong to the worker thread.
            m_store = std::make_unique<StateStore>(m_workspace.resolvedStore(),
                                                   m_secrets.value(QStringLiteral("store")));
        }
        m_store->open();
        const QString dir = QFileInfo(m_workspace.path).absolutePath();
        if (!m_local) {
            m_local = createConnector(m_workspace.local, dir,
                                      m_secrets.value(QStringLiteral("local")), *m_clock);
        }
        if (!m_remote) {
            m_remote = createConnector(m_workspace.remote, dir,
                                       m_secrets.value(QStringLiteral("remote")), *m_clock);
        }
    } catch (...) {
        closeAll();
        throw;
    }
}

void ConsoleWorker::ensureOpen()
{
    ensureStore();
    // Opening an open connector only checks it; a lost connection is opened again.
    m_local->open();
    m_remote->open();
}

void ConsoleWorker::closeAll()
{
    if (m_local)
        m_local->close();
    if (m_remote)
        m_remote->close();
    if (m_store)
        m_store->close();
    m_local.reset();
    m_remote.reset();
    m_store.reset();
}

void ConsoleWorker::close()
{
    closeAll();
}

Administration ConsoleWorker::administration() const
{
    return Administration(m_workspace, *m_store, *m_local, *m_remote, *m_clock);
}

Inspector ConsoleWorker::inspector() const
{
    return Inspector(m_workspace, *m_store, *m_local, *m_remote);
}

void ConsoleWorker::answer(quint64 id, const std::function<void()> &work)
{
    try {
        work();
    } catch (const Error &error) {
        qCWarning(lcEngine) << "Console request" << id << "failed:" << error.message();
        emit failed(id, error.message(), error.detail());
    } catch (const std::exception &e) {
        qCWarning(lcEngine) << "Console request" << id << "failed:" << e.what();
        emit failed(id, tr("The request failed unexpectedly."), QString::fromLocal8Bit(e.what()));
    } catch (...) {
        qCWarning(lcEngine) << "Console request" << id << "failed with an unknown exception";
        emit failed(id, tr("The request failed unexpectedly."), {});
    }
}

// ---- requests ------------------------------------------------------------------

void ConsoleWorker::sync(quint64 id, const QStringList &mappings, couplet::JobTrigger trigger)
{
    // A cancel() made while this request waited in the queue applies to it.
    const auto spent = qScopeGuard([this] { m_cancel.store(false); });
    answer(id, [&] {
        ensureOpen();
        SyncEngine engine(m_workspace, *m_store, *m_local, *m_remote, *m_clock);
        engine.setCancelFlag(&m_cancel);
        engine.setProgressHandler(
            [this, id](const SyncProgress &p) { emit progress(id, p.mapping, p.done, p.total); });
        engine.setJobHandler([this, id](const SyncJob &job) { emit jobFinished(id, job); });
        SyncOptions options;
        options.mappings = mappings;
        options.trigger = trigger;
        const QList<SyncJob> jobs = engine.run(options);
        emit syncFinished(id, jobs);
    });
}

void ConsoleWorker::perform(quint64 id, const couplet::Operation &operation)
{
    answer(id, [&] {
        const OperationResult result = run(operation);
        emit operationFinished(id, result);
    });
}

// The ids of the couplings of (mapping, row) pairs, one lookup per mapping and side.
static QList<qint64> couplingIdsOf(const Administration &admin,
                                   const QList<std::pair<QString, RecordRef>> &records)
{
    QMap<std::pair<QString, Side>, QStringList> keys;
    for (const auto &[mapping, ref] : records)
        keys[{mapping, ref.side}].append(ref.key);
    QList<qint64> ids;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        for (qint64 id : admin.couplingIds(it.key().first, it.key().second, it.value())) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

OperationResult ConsoleWorker::run(const Operation &op)
{
    using Kind = Operation::Kind;
    // Operations that write rows need both systems; the others only the store.
    switch (op.kind) {
    case Kind::ResolveSkipped:
    case Kind::RestoreRecords:
    case Kind::DeleteRecords:
    case Kind::FindForDeleted:
    case Kind::Couple:
        ensureOpen();
        break;
    default:
        ensureStore();
        break;
    }
    Administration admin = administration();
    switch (op.kind) {
    case Kind::ResolveSkipped:
        return admin.resolveSkipped(op.couplingIds, op.resolution, op.fieldChoices);
    case Kind::Retry:
        return admin.retry(op.couplingIds);
    case Kind::RetryAll: {
        OperationResult total;
        for (const QString &mapping : op.mappings)
            add(total, admin.retryAll(mapping));
        return total;
    }
    case Kind::DeleteCouplings:
        return admin.deleteCouplings(op.couplingIds);
    case Kind::DeleteCouplingsOfMappings:
        return admin.deleteCouplingsOfMappings(op.mappings);
    case Kind::RestoreRecords:
        return admin.restoreRecords(op.couplingIds);
    case Kind::DeleteRecords:
        return admin.deleteRecords(op.couplingIds);
    case Kind::FindForDeleted:
        return admin.findForDeleted(op.mappings);
    case Kind::ClearMarks:
        return admin.clearMarks(op.mappings);
    case Kind::Couple:
        if (op.mappings.isEmpty())
            throw Error(tr("Choose the mapping of the records to couple."));
        return admin.couple(op.mappings.constFirst(), op.localKey, op.remoteKey);
    case Kind::DeleteErrors:
        return counted(m_store->deleteErrors(op.errorIds));
    case Kind::DeleteErrorsOlderThan:
        return admin.deleteErrorsOlderThan(op.days);
    case Kind::DeleteAllErrors:
        return admin.deleteAllErrors();
    case Kind::DeleteJobsOlderThan:
        return admin.deleteJobsOlderThan(op.days);
    case Kind::DeleteAllJobs:
        return admin.deleteAllJobs();
    case Kind::RetryRecords:
        return admin.retry(couplingIdsOf(admin, op.records));
    case Kind::DeleteCouplingsOfRecords:
        return admin.deleteCouplings(couplingIdsOf(admin, op.records));
    case Kind::ExportErrors:
        if (op.path.isEmpty())
            throw Error(tr("Choose the file to export the errors to."));
        return counted(exportErrorsCsv(*m_store, op.errorQuery, op.path));
    }
    throw Error(tr("Unknown operation."));
}

void ConsoleWorker::fetchSnapshot(quint64 id, const QString &mapping, const couplet::RecordRef &ref)
{
    answer(id, [&] {
        ensureOpen();
        emit snapshotReady(id, inspector().snapshot(mapping, ref));
    });
}

void ConsoleWorker::fetchComparisons(quint64 id, const QList<qint64> &couplingIds)
{
    answer(id, [&] {
        ensureOpen();
        const Inspector inspect = inspector();
        QList<Comparison> comparisons;
        comparisons.reserve(couplingIds.size());
        // A coupling deleted by an operation since the page asked is left out,
        // not a failure of the whole answer.
        for (qint64 couplingId : couplingIds) {
            if (m_store->coupling(couplingId))
                comparisons.append(inspect.compare(couplingId));
        }
        emit comparisonsReady(id, comparisons);
    });
}

void ConsoleWorker::fetchCandidates(quint64 id, const QString &mapping, couplet::Side side,
                                    const QString &search, int limit)
{
    answer(id, [&] {
        ensureOpen();
        emit candidatesReady(id, inspector().candidates(mapping, side, search, limit));
    });
}

void ConsoleWorker::probeLocalChanges(quint64 id, const QStringList &mappings)
{
    answer(id, [&] {
        ensureStore();
        m_local->open(); // the remote system is not needed to look at local rows
        QStringList changed;
        for (const QString &name : mappings) {
            const TableMapping *m = m_workspace.mapping(name);
            if (!m)
                throw Error(tr("The workspace has no mapping named %1").arg(name));
            if (allows(m->direction, PassDirection::LocalToRemote) && hasLocalChanges(*m))
                changed.append(m->name);
        }
        emit localChangesFound(id, changed);
    });
}

void ConsoleWorker::checkHealth(quint64 id, const QStringList &mappings)
{
    answer(id, [&] {
        ensureStore();
        HealthOptions options;
        options.mappings = mappings;
        const QList<HealthResult> results =
            runHealthChecks(m_workspace, *m_local, *m_remote, options,
                            [this, id](const QString &check) { emit healthProgress(id, check); });
        const int logged = logHealthProblems(*m_store, m_workspace, results, m_clock->now());
        emit healthChecked(id, results, logged);
    });
}

// Rows at or after the mark that the last local -> remote pass has not synced
// at their current stamp. Rows the engine wrote itself (the echo of a remote
// change) carry the stamp stored in their coupling, and are not changes.
bool ConsoleWorker::hasLocalChanges(const TableMapping &m)
{
    const TableSide &side = m.local;
    const TableSpec spec{
        side.table, side.key, side.modified, {side.key, side.modified}, side.filter};
    const QDateTime mark = m_store->mark(m.name, PassDirection::LocalToRemote);
    ScanCursor cursor;
    for (int seen = 0; seen < probeMaxRows; seen += probePage) {
        const QList<Row> rows = m_local->modifiedSince(spec, mark, cursor, probePage);
        QStringList keys;
        for (const Row &row : rows)
            keys.append(row.key);
        const QHash<QString, Coupling> couplings =
            m_store->couplingsByKeys(m.name, Side::Local, keys);
        for (const Row &row : rows) {
            const auto c = couplings.constFind(row.key);
            if (c == couplings.constEnd() ? !m.onlyCoupled : c->localStamp != row.stamp)
                return true;
        }
        if (rows.size() < probePage)
            return false;
        cursor = ScanCursor{rows.constLast().stamp, rows.constLast().key};
    }
    return true; // many rows since the mark: let the run sort them out
}

// ---- meta types ----------------------------------------------------------------

void registerConsoleMetaTypes()
{
    qRegisterMetaType<couplet::Operation>();
    qRegisterMetaType<couplet::OperationResult>();
    qRegisterMetaType<couplet::RecordSnapshot>();
    qRegisterMetaType<couplet::Comparison>();
    qRegisterMetaType<QList<couplet::Comparison>>();
    qRegisterMetaType<couplet::Row>();
    qRegisterMetaType<QList<couplet::Row>>();
    qRegisterMetaType<couplet::SyncJob>();
    qRegisterMetaType<QList<couplet::SyncJob>>();
    qRegisterMetaType<couplet::JobTrigger>();
    qRegisterMetaType<couplet::Side>();
    qRegisterMetaType<couplet::RecordRef>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<couplet::HealthResult>();
    qRegisterMetaType<QList<couplet::HealthResult>>();
}

} // namespace couplet
