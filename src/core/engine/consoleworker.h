#pragma once

#include "engine/administration.h"
#include "engine/inspector.h"
#include "health/healthcheck.h"
#include "model/syncjob.h"
#include "model/types.h"
#include "model/workspace.h"
#include "store/statestore.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace couplet {

class Clock;
class Connector;

// One administrator operation, as a value that crosses to the worker thread.
struct Operation
{
    enum class Kind {
        ResolveSkipped,            // couplingIds, resolution, fieldChoices
        Retry,                     // couplingIds
        RetryAll,                  // mappings (each)
        DeleteCouplings,           // couplingIds
        DeleteCouplingsOfMappings, // mappings
        RestoreRecords,            // couplingIds
        DeleteRecords,             // couplingIds
        FindForDeleted,            // mappings
        ClearMarks,                // mappings (Run Full Synchronization clears, then syncs)
        Couple,                    // mappings[0], localKey, remoteKey
        DeleteErrors,              // errorIds
        DeleteErrorsOlderThan,     // days
        DeleteAllErrors,
        DeleteJobsOlderThan, // days
        DeleteAllJobs,
        ExportErrors,             // errorQuery (offset/limit ignored), path: CSV file
        RetryRecords,             // records: the couplings of these rows (errors page)
        DeleteCouplingsOfRecords, // records
    };
    Kind kind = Kind::Retry;
    QList<qint64> couplingIds;
    QList<qint64> errorIds;
    QStringList mappings;
    Resolution resolution = Resolution::KeepLocal;
    QHash<QString, Side> fieldChoices; // local column -> side, for Resolution::Merge
    int days = 7;
    QString localKey;
    QString remoteKey;
    ErrorQuery errorQuery;
    QString path;
    // (mapping, row) pairs: the rows named by the selected errors.
    QList<std::pair<QString, RecordRef>> records;
};

// The console's worker: a QObject moved to its own thread that owns the state
// store and both connectors, opened in that thread on first use and kept open.
// It runs syncs, administrator operations and the reads behind the record view
// and the comparison. Requests are queued slots and run one after another;
// answers are signals carrying the request id. Only value types cross threads.
// The console uses two: one for syncs and operations, one for reads, so a
// record view opens while a sync runs.
class ConsoleWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleWorker)
public:
    // `secrets` holds the passwords of the store and connections, by "store",
    // "local" and "remote"; they never leave memory. `clock` must outlive the worker.
    explicit ConsoleWorker(Workspace workspace, QHash<QString, QString> secrets = {},
                           const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ConsoleWorker() override;

    // Thread-safe: may be called directly from any thread. A running sync stops at
    // the next row boundary and is saved as Cancelled; a sync still waiting in
    // the queue stops as soon as it starts. The request is spent when a sync ends.
    void cancel();

public slots:
    // Every slot is meant to be invoked through a queued connection.
    void sync(quint64 id, const QStringList &mappings, couplet::JobTrigger trigger);
    void perform(quint64 id, const couplet::Operation &operation);
    void fetchSnapshot(quint64 id, const QString &mapping, const couplet::RecordRef &ref);
    void fetchComparisons(quint64 id, const QList<qint64> &couplingIds);
    void fetchCandidates(quint64 id, const QString &mapping, couplet::Side side,
                         const QString &search, int limit);
    // Whether the local side of each mapping has rows modified since its mark
    // (the schedule's wake-up probe); answers with the mappings that do, in the
    // order given. Rows the engine wrote itself (a remote change brought over)
    // are not changes; a mapping that sends no local changes never has any.
    // Only the store and the local system are opened.
    void probeLocalChanges(quint64 id, const QStringList &mappings);
    // Runs the health checks of the given mappings (all when empty) and writes
    // the failures to the Integration Synchronization Errors. Only the store is
    // opened first: the connection check opens each system itself and reports a
    // system it cannot reach as a result, not as a failure of the request.
    void checkHealth(quint64 id, const QStringList &mappings);
    // Closes the store and connectors (before the thread ends).
    void close();

signals:
    void progress(quint64 id, const QString &mapping, int done, int total);
    void jobFinished(quint64 id, const couplet::SyncJob &job);
    void syncFinished(quint64 id, const QList<couplet::SyncJob> &jobs);
    void operationFinished(quint64 id, const couplet::OperationResult &result);
    void snapshotReady(quint64 id, const couplet::RecordSnapshot &snapshot);
    void comparisonsReady(quint64 id, const QList<couplet::Comparison> &comparisons);
    void candidatesReady(quint64 id, const QList<couplet::Row> &rows);
    void localChangesFound(quint64 id, const QStringList &mappings);
    // A health check is about to run `check` (an id of healthCheckIds()).
    void healthProgress(quint64 id, const QString &check);
    // The results of checkHealth(), and how many failures it wrote to the errors.
    void healthChecked(quint64 id, const QList<couplet::HealthResult> &results, int logged);
    // A request could not run (store or connection unusable, bad argument).
    // `message` is for the administrator; `detail` is technical and secret-free.
    void failed(quint64 id, const QString &message, const QString &detail);

private:
    // The store, opened, and both connectors, created but not opened: enough for
    // the operations that only touch the store while a system is unreachable.
    void ensureStore();
    // The store and both connectors, opened. A connection found lost is opened
    // again; after a failure the next request starts over.
    void ensureOpen();
    void closeAll();
    // Runs one request; a thrown couplet::Error (or anything else) becomes failed(id, ...).
    void answer(quint64 id, const std::function<void()> &work);
    OperationResult run(const Operation &operation);
    bool hasLocalChanges(const TableMapping &mapping);
    Administration administration() const;
    Inspector inspector() const;

    Workspace m_workspace;
    QHash<QString, QString> m_secrets;
    const Clock *m_clock;
    std::atomic_bool m_cancel{false};
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<Connector> m_local;
    std::unique_ptr<Connector> m_remote;
};

// Registers the value types the worker's signals and slots carry.
void registerConsoleMetaTypes();

} // namespace couplet

Q_DECLARE_METATYPE(couplet::Operation)
Q_DECLARE_METATYPE(couplet::OperationResult)
Q_DECLARE_METATYPE(couplet::Row)
