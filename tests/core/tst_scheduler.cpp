// Scheduler: when each scheduled mapping runs, with its back-off while runs find
// nothing to do. Pure logic, driven by the times the test gives it.

#include "engine/scheduler.h"

#include <QTest>
#include <QTimeZone>

using namespace couplet;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CURRENCY = QStringLiteral("CURRENCY");

// A start time and minutes after it: the manual clock of these tests.
const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());

QDateTime at(int minutes)
{
    return t0.addSecs(qint64(minutes) * 60);
}

TableMapping mapping(const QString &name, int interval, int limit = 0)
{
    TableMapping m;
    m.name = name;
    m.schedule.intervalMinutes = interval;
    m.schedule.inactivityLimitMinutes = limit;
    return m;
}

SyncJob job(const QString &mapping, PassDirection direction, int unchanged, int modified = 0)
{
    SyncJob j;
    j.mapping = mapping;
    j.direction = direction;
    j.status = JobStatus::Succeeded;
    j.unchanged = unchanged;
    j.modified = modified;
    return j;
}

// Jobs of a run of CUSTOMER (and of CURRENCY, which ran in the same request).
QList<SyncJob> quietRun()
{
    return {job(CURRENCY, PassDirection::LocalToRemote, 0, 3),
            job(CUSTOMER, PassDirection::LocalToRemote, 12),
            job(CUSTOMER, PassDirection::RemoteToLocal, 4)};
}

QList<SyncJob> busyRun()
{
    return {job(CUSTOMER, PassDirection::LocalToRemote, 12),
            job(CUSTOMER, PassDirection::RemoteToLocal, 4, 1)};
}

// Runs `mapping` from `start`, lasting one minute, and returns the end time.
QDateTime runAt(Scheduler &s, const QString &mapping, const QDateTime &start,
                const QList<SyncJob> &jobs)
{
    s.started(mapping, start);
    const QDateTime end = start.addSecs(60);
    s.finished(mapping, jobs, end);
    return end;
}

} // namespace

class TestScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void onlyScheduledMappingsAreKept();
    void newMappingIsDueAtOnce();
    void runningMappingIsNotDue();
    void quietRunsDoubleTheDelayUpToTheLimit();
    void workBringsTheIntervalBack();
    void everyKindOfRowCountsAsWork();
    void localChangeMakesItDueAtOnce();
    void localChangeDuringARun();
    void defaultLimitIsFourIntervals();
    void limitThatIsNoPowerOfTwo();
    void changedScheduleStartsOver();
    void unchangedScheduleKeepsItsState();
    void nextDueIsTheEarliestWaitingRun();
    void unknownMappingsAreIgnored();
};

void TestScheduler::onlyScheduledMappingsAreKept()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5), mapping(CURRENCY, 0), mapping(QStringLiteral("X"), 10)});
    QCOMPARE(s.mappings(), (QStringList{CUSTOMER, QStringLiteral("X")}));
    QVERIFY(s.isScheduled(CUSTOMER));
    QVERIFY(!s.isScheduled(CURRENCY));
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 5);
    QCOMPARE(s.currentDelayMinutes(CURRENCY), 0);
    QVERIFY(!s.due(t0).contains(CURRENCY));
    // Removing a mapping's schedule drops it.
    s.setMappings({mapping(CUSTOMER, 0)});
    QVERIFY(s.mappings().isEmpty());
    QVERIFY(s.due(t0).isEmpty());
}

void TestScheduler::newMappingIsDueAtOnce()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5), mapping(CURRENCY, 60)});
    QCOMPARE(s.due(t0), (QStringList{CUSTOMER, CURRENCY}));
    QVERIFY(!s.nextRun(CUSTOMER).isValid());
    QVERIFY(!s.isBackedOff(CUSTOMER));
}

void TestScheduler::runningMappingIsNotDue()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5)});
    s.started(CUSTOMER, t0);
    QVERIFY(s.isRunning(CUSTOMER));
    QVERIFY(s.due(at(100)).isEmpty());
    s.finished(CUSTOMER, busyRun(), at(2));
    QVERIFY(!s.isRunning(CUSTOMER));
    QCOMPARE(s.nextRun(CUSTOMER), at(7));
    QVERIFY(s.due(at(6)).isEmpty());
    QCOMPARE(s.due(at(7)), QStringList{CUSTOMER}); // at the time itself
}

void TestScheduler::quietRunsDoubleTheDelayUpToTheLimit()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5, 30)});
    QDateTime now = runAt(s, CUSTOMER, t0, busyRun());
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 5);
    const QList<int> expected{10, 20, 30, 30, 30};
    for (int delay : expected) {
        const QDateTime next = s.nextRun(CUSTOMER);
        QVERIFY(s.due(next.addSecs(-1)).isEmpty());
        QCOMPARE(s.due(next), QStringList{CUSTOMER});
        now = runAt(s, CUSTOMER, next, quietRun());
        QCOMPARE(s.currentDelayMinutes(CUSTOMER), delay);
        QCOMPARE(s.nextRun(CUSTOMER), now.addSecs(qint64(delay) * 60));
        QVERIFY(s.isBackedOff(CUSTOMER));
    }
}

void TestScheduler::workBringsTheIntervalBack()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5, 40)});
    QDateTime now = t0;
    for (int i = 0; i < 3; ++i)
        now = runAt(s, CUSTOMER, now, quietRun());
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 40);
    now = runAt(s, CUSTOMER, s.nextRun(CUSTOMER), busyRun());
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 5);
    QVERIFY(!s.isBackedOff(CUSTOMER));
    QCOMPARE(s.nextRun(CUSTOMER), now.addSecs(5 * 60));
}

void TestScheduler::everyKindOfRowCountsAsWork()
{
    QVERIFY(!Scheduler::didWork(CUSTOMER, quietRun()));
    QVERIFY(!Scheduler::didWork(CUSTOMER, {}));
    // Another mapping's work is not this one's.
    QVERIFY(!Scheduler::didWork(CUSTOMER, {job(CURRENCY, PassDirection::LocalToRemote, 0, 5)}));
    for (int kind = 0; kind < 5; ++kind) {
        SyncJob j = job(CUSTOMER, PassDirection::RemoteToLocal, 3);
        int *counts[] = {&j.inserted, &j.modified, &j.deleted, &j.skipped, &j.failed};
        *counts[kind] = 1;
        QVERIFY2(Scheduler::didWork(CUSTOMER, {job(CUSTOMER, PassDirection::LocalToRemote, 2), j}),
                 qPrintable(QString::number(kind)));
    }
    // Coupling or uncoupling alone moved no row.
    SyncJob coupled = job(CUSTOMER, PassDirection::LocalToRemote, 3);
    coupled.coupled = 2;
    coupled.uncoupled = 1;
    QVERIFY(!Scheduler::didWork(CUSTOMER, {coupled}));

    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5)});
    s.started(CUSTOMER, t0);
    s.finished(CUSTOMER, false, at(1));
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 10);
    s.started(CUSTOMER, at(11));
    s.finished(CUSTOMER, true, at(12));
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 5);
}

void TestScheduler::localChangeMakesItDueAtOnce()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5, 60)});
    QDateTime now = t0;
    for (int i = 0; i < 4; ++i)
        now = runAt(s, CUSTOMER, now, quietRun());
    QVERIFY(s.isBackedOff(CUSTOMER));
    QCOMPARE(s.nextRun(CUSTOMER), now.addSecs(60 * 60));
    const QDateTime seen = now.addSecs(3 * 60);
    s.localChangeSeen(CUSTOMER, seen);
    QCOMPARE(s.nextRun(CUSTOMER), seen);
    QCOMPARE(s.due(seen), QStringList{CUSTOMER});
    QVERIFY(!s.isBackedOff(CUSTOMER));
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 5);
    // A change seen again later does not push the run away.
    s.localChangeSeen(CUSTOMER, seen.addSecs(30));
    QCOMPARE(s.nextRun(CUSTOMER), seen);
}

void TestScheduler::localChangeDuringARun()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5, 60)});
    QDateTime now = runAt(s, CUSTOMER, t0, quietRun());
    now = runAt(s, CUSTOMER, s.nextRun(CUSTOMER), quietRun());
    QVERIFY(s.isBackedOff(CUSTOMER));
    s.started(CUSTOMER, s.nextRun(CUSTOMER));
    s.localChangeSeen(CUSTOMER, s.nextRun(CUSTOMER).addSecs(10));
    QVERIFY(s.due(s.nextRun(CUSTOMER).addSecs(20)).isEmpty()); // still running
    // The run may have started before the change was made: it runs again at once.
    const QDateTime end = s.nextRun(CUSTOMER).addSecs(60);
    s.finished(CUSTOMER, quietRun(), end);
    QCOMPARE(s.nextRun(CUSTOMER), end);
    QCOMPARE(s.due(end), QStringList{CUSTOMER});
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 5);
    // The next quiet run backs off again from the interval.
    runAt(s, CUSTOMER, end, quietRun());
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 10);
}

void TestScheduler::defaultLimitIsFourIntervals()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 15)});
    QDateTime now = t0;
    QList<int> delays;
    for (int i = 0; i < 4; ++i) {
        now = runAt(s, CUSTOMER, now, quietRun());
        delays << s.currentDelayMinutes(CUSTOMER);
    }
    QCOMPARE(delays, (QList<int>{30, 60, 60, 60}));
}

void TestScheduler::limitThatIsNoPowerOfTwo()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 10, 25), mapping(CURRENCY, 10, 10)});
    QDateTime now = t0;
    QList<int> delays;
    for (int i = 0; i < 3; ++i) {
        now = runAt(s, CUSTOMER, now, quietRun());
        delays << s.currentDelayMinutes(CUSTOMER);
    }
    QCOMPARE(delays, (QList<int>{20, 25, 25}));
    // A limit equal to the interval never backs off.
    runAt(s, CURRENCY, t0, {});
    QCOMPARE(s.currentDelayMinutes(CURRENCY), 10);
    QVERIFY(!s.isBackedOff(CURRENCY));
}

void TestScheduler::changedScheduleStartsOver()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5, 60)});
    QDateTime now = t0;
    for (int i = 0; i < 3; ++i)
        now = runAt(s, CUSTOMER, now, quietRun());
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 40);
    s.setMappings({mapping(CUSTOMER, 2, 60)});
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 2);
    QVERIFY(!s.isBackedOff(CUSTOMER));
    QCOMPARE(s.due(now), QStringList{CUSTOMER});
    now = runAt(s, CUSTOMER, now, busyRun());
    QCOMPARE(s.nextRun(CUSTOMER), now.addSecs(2 * 60));
}

void TestScheduler::unchangedScheduleKeepsItsState()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5, 60)});
    QDateTime now = runAt(s, CUSTOMER, t0, quietRun());
    const QDateTime next = s.nextRun(CUSTOMER);
    // The workspace was saved with another mapping added.
    s.setMappings({mapping(CURRENCY, 30), mapping(CUSTOMER, 5, 60)});
    QCOMPARE(s.nextRun(CUSTOMER), next);
    QCOMPARE(s.currentDelayMinutes(CUSTOMER), 10);
    QCOMPARE(s.mappings(), (QStringList{CURRENCY, CUSTOMER}));
    QCOMPARE(s.due(now), QStringList{CURRENCY});
}

void TestScheduler::nextDueIsTheEarliestWaitingRun()
{
    Scheduler s;
    QVERIFY(!s.nextDue(t0).isValid());
    s.setMappings({mapping(CUSTOMER, 5), mapping(CURRENCY, 30)});
    QCOMPARE(s.nextDue(t0), t0); // both due at once
    runAt(s, CUSTOMER, t0, busyRun());
    QCOMPARE(s.nextDue(at(1)), at(1)); // CURRENCY has not run yet
    runAt(s, CURRENCY, at(1), {job(CURRENCY, PassDirection::LocalToRemote, 0, 1)});
    QCOMPARE(s.nextDue(at(2)), at(6)); // CUSTOMER: 1 + 5
    s.started(CUSTOMER, at(6));
    QCOMPARE(s.nextDue(at(6)), at(32)); // a running mapping is not waiting
    s.started(CURRENCY, at(6));
    QVERIFY(!s.nextDue(at(6)).isValid());
}

void TestScheduler::unknownMappingsAreIgnored()
{
    Scheduler s;
    s.setMappings({mapping(CUSTOMER, 5)});
    s.started(QStringLiteral("NOPE"), t0);
    s.finished(QStringLiteral("NOPE"), true, t0);
    s.localChangeSeen(QStringLiteral("NOPE"), t0);
    QVERIFY(!s.isScheduled(QStringLiteral("NOPE")));
    QVERIFY(!s.nextRun(QStringLiteral("NOPE")).isValid());
    QCOMPARE(s.currentDelayMinutes(QStringLiteral("NOPE")), 0);
    QVERIFY(!s.isBackedOff(QStringLiteral("NOPE")));
    QCOMPARE(s.due(t0), QStringList{CUSTOMER});
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
