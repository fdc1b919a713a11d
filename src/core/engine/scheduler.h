#pragma once

#include "model/syncjob.h"
#include "model/tablemapping.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace couplet {

// When each scheduled mapping runs next. Pure logic driven by the times it is
// given: the console asks due() on its timer, runs what is due, and reports
// back with started() and finished().
//
// A mapping runs every Schedule::intervalMinutes. A run that finds nothing to
// do doubles the delay before the next one, up to the inactivity limit; a run
// that does work brings it back to the interval, and so does a local change
// seen meanwhile (the console's probe), which makes the mapping due at once. A
// newly scheduled mapping is due at once.
class Scheduler final
{
public:
    // The mappings to schedule: those whose schedule is enabled(). State is kept
    // for mappings whose schedule did not change; a changed one starts over: due
    // at once, then at its interval.
    void setMappings(const QList<TableMapping> &mappings);

    // The scheduled mappings, in the order given to setMappings().
    QStringList mappings() const { return m_order; }
    bool isScheduled(const QString &mapping) const { return m_states.contains(mapping); }

    // Mappings whose next run is at or before `now` and that are not running,
    // in the order given to setMappings().
    QStringList due(const QDateTime &now) const;
    // When the console's timer should next call due(): the earliest next run of
    // a mapping that is not running, `now` when one is due at once; invalid when
    // no mapping is waiting.
    QDateTime nextDue(const QDateTime &now) const;

    void started(const QString &mapping, const QDateTime &now);
    // The run of `mapping` ended; `jobs` may hold jobs of other mappings too.
    void finished(const QString &mapping, const QList<SyncJob> &jobs, const QDateTime &now);
    void finished(const QString &mapping, bool didWork, const QDateTime &now);
    // A change in the mapping's local table: due at once, back to the interval.
    // During a run, the mapping is due again as soon as the run finishes.
    void localChangeSeen(const QString &mapping, const QDateTime &now);

    // Invalid when the mapping is not scheduled, or has not run yet (due at once).
    QDateTime nextRun(const QString &mapping) const;
    // The delay after the last run, in minutes; 0 when not scheduled.
    int currentDelayMinutes(const QString &mapping) const;
    // Whether runs that found nothing stretched the delay beyond the interval.
    bool isBackedOff(const QString &mapping) const;
    bool isRunning(const QString &mapping) const;

    // Whether the jobs of `mapping` among `jobs` did any work: inserted, modified,
    // deleted, skipped or failed rows.
    static bool didWork(const QString &mapping, const QList<SyncJob> &jobs);

private:
    struct State
    {
        Schedule schedule;
        int delayMinutes = 0;
        QDateTime nextRun; // invalid: due at once
        bool running = false;
        bool changeSeenWhileRunning = false;
    };

    QHash<QString, State> m_states;
    QStringList m_order;
};

} // namespace couplet
