#pragma once

#include "engine/consoleworker.h"
#include "model/workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace couplet {

class StoreReaderThread;
class StoreReader;

// The open workspace of the console and the threads that work on it: a
// ConsoleWorker for syncs and operations (one at a time, in order), a second
// ConsoleWorker for reads (record view, comparison, candidates) so they answer
// while a sync runs, and the StoreReader of the list models. Pages call it and
// get their answer in a callback run on the GUI thread, dropped when the
// `context` object is gone. Nothing here waits.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)
public:
    using FailureCallback = std::function<void(const QString &message, const QString &detail)>;

    // `clock` (optional) is passed to the workers; it must outlive the session.
    explicit ConsoleSession(Workspace workspace, QHash<QString, QString> secrets = {},
                            const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ConsoleSession() override;

    const Workspace &workspace() const { return m_workspace; }
    // The workers' clock ("older than 7 days" counts use the same time as the delete).
    QDateTime now() const;
    StoreReader *reader() const;

    // Saves a changed workspace (mapping edits) to its file through
    // WorkspaceFile, after validation, and restarts the workers on it. Returns
    // the validation message, or an empty string on success.
    QString updateWorkspace(const Workspace &workspace);
    // Uses a new password for "store", "local" or "remote" (stored in the
    // keychain from Connection Setup): the workers restart with it. Returns why
    // it cannot be done now, or an empty string.
    QString setSecret(const QString &role, const QString &secret);

    bool isBusy() const { return m_busy > 0; }
    bool isSyncing() const { return m_syncRequest != 0; }

    // Runs the given mappings (all when empty) in the worker thread.
    void synchronize(const QStringList &mappings, JobTrigger trigger = JobTrigger::Manual);
    void cancelSync();

    // An administrator operation in the worker thread. `done` runs on the GUI
    // thread unless `context` is gone; failures go to `failedCallback`, or to
    // the errorOccurred() signal when none is given. Every operation ends with
    // storeChanged().
    void perform(const Operation &operation, QObject *context,
                 std::function<void(const OperationResult &)> done,
                 FailureCallback failedCallback = {});
    void fetchSnapshot(const QString &mapping, const RecordRef &ref, QObject *context,
                       std::function<void(const RecordSnapshot &)> done,
                       FailureCallback failedCallback = {});
    void fetchComparisons(const QList<qint64> &couplingIds, QObject *context,
                          std::function<void(const QList<Comparison> &)> done,
                          FailureCallback failedCallback = {});
    void fetchCandidates(const QString &mapping, Side side, const QString &search, int limit,
                         QObject *context, std::function<void(const QList<Row> &)> done,
                         FailureCallback failedCallback = {});
    void probeLocalChanges(const QStringList &mappings, QObject *context,
                           std::function<void(const QStringList &)> done);
    // Runs the health checks of the given mappings (all when empty) in the
    // worker of syncs and operations, after what is queued there, and writes the
    // failures to the Integration Synchronization Errors. `done` gets every
    // result and how many failures were written; when some were, storeChanged()
    // follows. The session is busy while it runs.
    void checkHealth(const QStringList &mappings, QObject *context,
                     std::function<void(const QList<HealthResult> &results, int logged)> done,
                     FailureCallback failedCallback = {});

signals:
    void syncStarted(const QStringList &mappings, couplet::JobTrigger trigger);
    void progress(const QString &mapping, int done, int total);
    void jobFinished(const couplet::SyncJob &job);
    void syncFinished(const QList<couplet::SyncJob> &jobs);
    void syncFailed(const QString &message, const QString &detail);
    // The running health check has started `check` (an id of healthCheckIds()).
    void healthProgress(const QString &check);
    void busyChanged(bool busy);
    // The store's contents changed (a job ended or an operation ran): lists refresh.
    void storeChanged();
    // The workspace was edited and saved.
    void workspaceChanged();
    // A request without its own failure callback failed.
    void errorOccurred(const QString &message, const QString &detail);

private:
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void(const QVariant &)> done; // the answer, wrapped in a QVariant
        FailureCallback failed;
        bool busy = false;         // the session is busy until it is answered
        bool changesStore = false; // storeChanged() follows the answer
    };

    void startWorkers();
    // Stops both workers. With `failPending`, every unanswered request gets its
    // failed callback (queued); otherwise they are dropped (the session ends).
    void stopWorkers(bool failPending = false);
    quint64 nextId() { return ++m_lastId; }
    quint64 add(QObject *context, std::function<void(const QVariant &)> done,
                FailureCallback failed, bool changesStore);
    quint64 add(QObject *context, std::function<void(const QVariant &)> done,
                FailureCallback failed, bool busy, bool changesStore);
    void answer(quint64 id, const QVariant &value);
    void fail(quint64 id, const QString &message, const QString &detail);
    void setBusy(int delta);

    Workspace m_workspace;
    QHash<QString, QString> m_secrets;
    const Clock *m_clock;
    QThread m_workThread;
    QThread m_readThread;
    QPointer<ConsoleWorker> m_worker; // lives in m_workThread
    QPointer<ConsoleWorker> m_reader; // lives in m_readThread
    std::unique_ptr<StoreReaderThread> m_storeReader;
    QHash<quint64, Pending> m_pending;
    quint64 m_lastId = 0;
    quint64 m_syncRequest = 0;
    int m_busy = 0;
};

} // namespace couplet
