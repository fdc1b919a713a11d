#pragma once

#include "model/types.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace couplet {

class Clock;
class Connector;
class StateStore;

// What an administrator operation did, for the status line and --json output.
struct OperationResult
{
    int done = 0;   // couplings/rows/entries the operation acted on
    int failed = 0; // those it could not act on; each logged as a SyncError
    QStringList messages;
};

// The administrator's operations, shared by the console and couplet-cli. Each
// one works on many couplings at once and never loses a row: where both
// systems are written, the coupling is only changed after the writes succeed.
class Administration final
{
public:
    Administration(const Workspace &workspace, StateStore &store, Connector &local,
                   Connector &remote, const Clock &clock);

    // Skipped Synch. Records: keep local, keep remote, or merge with a choice per
    // field (local column name -> the side whose value wins; fields not named
    // keep the side that changed, local when both did). Writes the chosen values
    // to both sides as needed, refreshes the coupling and clears `skipped` in one
    // step, so the next run finds it Unchanged.
    OperationResult resolveSkipped(const QList<qint64> &couplingIds, Resolution resolution,
                                   const QHash<QString, Side> &fieldChoices = {});
    // Un-skip and clear the failure so the next run takes the coupling again.
    OperationResult retry(const QList<qint64> &couplingIds);
    OperationResult retryAll(const QString &mapping);

    OperationResult deleteCouplings(const QList<qint64> &couplingIds);
    OperationResult deleteCouplingsOfMappings(const QStringList &mappings);
    // Couple a local row and a remote row by hand.
    OperationResult couple(const QString &mapping, const QString &localKey,
                           const QString &remoteKey);

    // Deletion conflicts: recreate the deleted row from the surviving one, or
    // delete the surviving row and the coupling.
    OperationResult restoreRecords(const QList<qint64> &couplingIds);
    OperationResult deleteRecords(const QList<qint64> &couplingIds);
    // Checks every coupling of the mappings for rows deleted on either side and
    // marks them as deletion conflicts.
    OperationResult findForDeleted(const QStringList &mappings);

    // Run Full Synchronization: clears the high-water marks of the mappings.
    OperationResult clearMarks(const QStringList &mappings);

    OperationResult deleteErrorsOlderThan(int days);
    OperationResult deleteAllErrors();
    OperationResult deleteJobsOlderThan(int days);
    OperationResult deleteAllJobs();

    // Coupling ids for a mapping and keys on one side (the CLI's --local KEY...).
    QList<qint64> couplingIds(const QString &mapping, Side side, const QStringList &keys) const;

private:
    const Workspace &m_workspace;
    StateStore &m_store;
    Connector &m_local;
    Connector &m_remote;
    const Clock &m_clock;
};

} // namespace couplet
