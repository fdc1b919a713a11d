#include "schedulerunner.h"

#include "consolesession.h"
#include "logging.h"

#include <QTimer>

namespace couplet {

ScheduleRunner::ScheduleRunner(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ScheduleRunner::tick);
    connect(session, &ConsoleSession::syncFinished, this, &ScheduleRunner::onSyncFinished);
    connect(session, &ConsoleSession::syncFailed, this, [this] { onSyncFinished({}); });
    connect(session, &ConsoleSession::workspaceChanged, this, &ScheduleRunner::reload);
    reload();
    m_timer->start();
}

void ScheduleRunner::reload()
{
    m_scheduler.setMappings(m_session->workspace().mappings);
    // A newly scheduled mapping is due at once; run it on the next turn of the
    // event loop rather than inside the caller.
    QTimer::singleShot(0, this, &ScheduleRunner::tick);
}

void ScheduleRunner::tick()
{
    const QDateTime now = m_session->now();
    if (m_session->isBusy() || !m_running.isEmpty())
        return; // the next tick tries again
    const QStringList due = m_scheduler.due(now);
    if (due.isEmpty()) {
        probe(now);
        return;
    }
    m_running = due;
    for (const QString &mapping : due)
        m_scheduler.started(mapping, now);
    qCInfo(lcEngine) << "Scheduled run of" << due;
    m_session->synchronize(due, JobTrigger::Scheduled);
    emit started(due);
}

void ScheduleRunner::onSyncFinished(const QList<SyncJob> &jobs)
{
    if (m_running.isEmpty())
        return; // a manual run
    const QDateTime now = m_session->now();
    for (const QString &mapping : std::as_const(m_running))
        m_scheduler.finished(mapping, jobs, now);
    m_running.clear();
}

void ScheduleRunner::probe(const QDateTime &now)
{
    if (m_probing)
        return;
    QStringList toProbe;
    for (const QString &mapping : m_scheduler.mappings()) {
        if (!m_scheduler.isBackedOff(mapping))
            continue;
        const TableMapping *m = nullptr;
        for (const TableMapping &candidate : m_session->workspace().mappings) {
            if (candidate.name == mapping)
                m = &candidate;
        }
        if (!m)
            continue;
        const QDateTime last = m_lastProbe.value(mapping);
        if (!last.isValid() || last.addSecs(60LL * m->schedule.intervalMinutes) <= now) {
            toProbe.append(mapping);
            m_lastProbe.insert(mapping, now);
        }
    }
    if (toProbe.isEmpty())
        return;
    m_probing = true;
    m_session->probeLocalChanges(toProbe, this, [this](const QStringList &changed) {
        m_probing = false;
        const QDateTime at = m_session->now();
        for (const QString &mapping : changed)
            m_scheduler.localChangeSeen(mapping, at);
        if (!changed.isEmpty())
            tick();
    });
}

} // namespace couplet
