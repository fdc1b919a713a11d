#pragma once

#include "model/syncjob.h"
#include "model/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace couplet {

class Clock;
class Connector;
struct HealthResult;
class StateStore;

struct SyncProgress
{
    QString mapping;
    PassDirection direction = PassDirection::LocalToRemote;
    int done = 0;
    int total = 0;
};

struct SyncOptions
{
    QStringList mappings; // empty: every mapping, in dependency order
    JobTrigger trigger = JobTrigger::Manual;
    int batchSize = 500;
};

// Runs synchronization jobs: for each mapping a local -> remote pass, then a
// remote -> local pass, each its own SyncJob, following the rules in DESIGN.md
// ("Synchronization semantics"). Not thread-safe: it uses the store and the
// connectors of the thread it runs in.
class SyncEngine final
{
public:
    SyncEngine(const Workspace &workspace, StateStore &store, Connector &local, Connector &remote,
               const Clock &clock);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    void setProgressHandler(std::function<void(const SyncProgress &)> handler);
    // Called with each job as it is saved at the end of its pass.
    void setJobHandler(std::function<void(const SyncJob &)> handler);
    // Checked at each batch boundary (a row boundary); a set flag ends the running
    // pass as Cancelled, with every row before it fully written.
    void setCancelFlag(const std::atomic_bool *cancel);

    // Runs the jobs and returns them as saved. Throws couplet::Error for an
    // unknown mapping name.
    QList<SyncJob> run(const SyncOptions &options);
    // One pass of one mapping.
    SyncJob runPass(const TableMapping &mapping, PassDirection direction, JobTrigger trigger,
                    int batchSize = 500);

private:
    class Pass;
    SyncJob failedStart(const TableMapping &mapping, JobTrigger trigger, const HealthResult &check);
    const Workspace &m_workspace;
    StateStore &m_store;
    Connector &m_local;
    Connector &m_remote;
    const Clock &m_clock;
    std::function<void(const SyncProgress &)> m_progress;
    std::function<void(const SyncJob &)> m_jobHandler;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace couplet
