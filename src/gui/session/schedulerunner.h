#pragma once

#include "engine/scheduler.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace couplet {

class ConsoleSession;

// Runs the scheduled mappings while the console is open, like a job queue entry:
// a timer asks the core Scheduler what is due and starts it in the worker
// thread (JobTrigger::Scheduled). While a mapping is backed off, the local side
// is probed at the mapping's interval, in the read worker, and a change found
// brings the mapping back at once.
class ScheduleRunner final : public QObject
{
    Q_OBJECT
public:
    explicit ScheduleRunner(ConsoleSession *session, QObject *parent = nullptr);

    const Scheduler &scheduler() const { return m_scheduler; }

public slots:
    // Checks what is due now; the timer calls it every 30 seconds.
    void tick();

signals:
    // A scheduled run was started for these mappings.
    void started(const QStringList &mappings);

private:
    void reload();
    void onSyncFinished(const QList<SyncJob> &jobs);
    void probe(const QDateTime &now);

    ConsoleSession *m_session;
    Scheduler m_scheduler;
    QTimer *m_timer;
    QStringList m_running;                 // the mappings of the scheduled run in progress
    QHash<QString, QDateTime> m_lastProbe; // backed-off mapping -> last local probe
    bool m_probing = false;
};

} // namespace couplet
