#include "engine/scheduler.h"

#include <algorithm>

namespace couplet {

void Scheduler::setMappings(const QList<TableMapping> &mappings)
{
    QHash<QString, State> states;
    QStringList order;
    for (const TableMapping &m : mappings) {
        if (!m.schedule.enabled() || states.contains(m.name))
            continue;
        State state;
        const auto previous = m_states.constFind(m.name);
        if (previous != m_states.constEnd() && previous->schedule == m.schedule) {
            state = *previous;
        } else {
            state.schedule = m.schedule;
            state.delayMinutes = m.schedule.intervalMinutes;
            if (previous != m_states.constEnd()) {
                state.running = previous->running;
                state.changeSeenWhileRunning = previous->changeSeenWhileRunning;
            }
        }
        states.insert(m.name, state);
        order.append(m.name);
    }
    m_states = std::move(states);
    m_order = std::move(order);
}

QStringList Scheduler::due(const QDateTime &now) const
{
    QStringList result;
    for (const QString &name : m_order) {
        const State &s = *m_states.constFind(name);
        if (!s.running && (!s.nextRun.isValid() || s.nextRun <= now))
            result.append(name);
    }
    return result;
}

QDateTime Scheduler::nextDue(const QDateTime &now) const
{
    QDateTime earliest;
    for (const QString &name : m_order) {
        const State &s = *m_states.constFind(name);
        if (s.running)
            continue;
        const QDateTime next = s.nextRun.isValid() ? s.nextRun : now;
        if (!earliest.isValid() || next < earliest)
            earliest = next;
    }
    return earliest;
}

void Scheduler::started(const QString &mapping, const QDateTime &)
{
    auto it = m_states.find(mapping);
    if (it == m_states.end())
        return;
    it->running = true;
    it->changeSeenWhileRunning = false;
}

void Scheduler::finished(const QString &mapping, const QList<SyncJob> &jobs, const QDateTime &now)
{
    finished(mapping, didWork(mapping, jobs), now);
}

void Scheduler::finished(const QString &mapping, bool worked, const QDateTime &now)
{
    auto it = m_states.find(mapping);
    if (it == m_states.end())
        return;
    State &s = *it;
    const int interval = s.schedule.intervalMinutes;
    const int limit = std::max(interval, s.schedule.limitMinutes());
    if (worked || s.changeSeenWhileRunning)
        s.delayMinutes = interval;
    else
        s.delayMinutes = std::min(std::max(s.delayMinutes, interval) * 2, limit);
    s.nextRun = s.changeSeenWhileRunning ? now : now.addSecs(qint64(s.delayMinutes) * 60);
    s.running = false;
    s.changeSeenWhileRunning = false;
}

void Scheduler::localChangeSeen(const QString &mapping, const QDateTime &now)
{
    auto it = m_states.find(mapping);
    if (it == m_states.end())
        return;
    it->delayMinutes = it->schedule.intervalMinutes;
    if (it->running)
        it->changeSeenWhileRunning = true;
    else if (!it->nextRun.isValid() || it->nextRun > now)
        it->nextRun = now;
}

QDateTime Scheduler::nextRun(const QString &mapping) const
{
    const auto it = m_states.constFind(mapping);
    return it == m_states.constEnd() ? QDateTime() : it->nextRun;
}

int Scheduler::currentDelayMinutes(const QString &mapping) const
{
    const auto it = m_states.constFind(mapping);
    return it == m_states.constEnd() ? 0 : it->delayMinutes;
}

bool Scheduler::isBackedOff(const QString &mapping) const
{
    const auto it = m_states.constFind(mapping);
    return it != m_states.constEnd() && it->delayMinutes > it->schedule.intervalMinutes;
}

bool Scheduler::isRunning(const QString &mapping) const
{
    const auto it = m_states.constFind(mapping);
    return it != m_states.constEnd() && it->running;
}

bool Scheduler::didWork(const QString &mapping, const QList<SyncJob> &jobs)
{
    return std::any_of(jobs.cbegin(), jobs.cend(), [&mapping](const SyncJob &j) {
        return j.mapping == mapping &&
               j.inserted + j.modified + j.deleted + j.skipped + j.failed > 0;
    });
}

} // namespace couplet
