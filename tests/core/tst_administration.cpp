// The administrator's operations (Skipped Synch. Records, Coupled Data
// Synchronization Errors, couplings, marks, clean-up) on SQLite and PostgreSQL.

#include "engine/syncworker.h"
#include "enginefixture.h"
#include "error.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;
using couplet::test::InterferingConnector;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
constexpr auto L2R = PassDirection::LocalToRemote;
constexpr auto R2L = PassDirection::RemoteToLocal;

QVariantMap customerValues(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("type"), QStringLiteral("customer")},
            {QStringLiteral("currency_code"), QStringLiteral("EUR")}};
}

CouplingQuery couplingQuery(CouplingQuery::Kind kind, const QString &mapping = {})
{
    CouplingQuery q;
    q.kind = kind;
    q.mapping = mapping;
    return q;
}

} // namespace

class TestAdministration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> f;
    QString a1;

    void seed(int customers)
    {
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        for (int i = 1; i <= customers; ++i)
            f->localCustomer(QStringLiteral("C%1").arg(i),
                             customerValues(QStringLiteral("Name%1").arg(i)));
        for (const SyncJob &j : f->sync())
            QVERIFY(j.status == JobStatus::Succeeded && j.failed == 0);
        a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
    }

    // C1: name changed on both sides (a true conflict), city locally, email remotely.
    void makeConflict()
    {
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")},
                                                {QStringLiteral("city"), QStringLiteral("Kiel")}});
        f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")},
                              {QStringLiteral("emailaddress1"), QStringLiteral("r@crm.test")}});
        QCOMPARE(EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R).skipped, 1);
    }

    qint64 idOf(const QString &localKey) { return f->couplingOf(CUSTOMER, localKey).id; }

    // After a resolution the next run finds the coupling Unchanged.
    void expectQuietNextRun(bool rowsWritten = true)
    {
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        for (const SyncJob &j : jobs) {
            QVERIFY2(j.modified + j.inserted + j.skipped + j.failed == 0,
                     qPrintable(QStringLiteral("%1 %2: mod %3 ins %4 skip %5 fail %6")
                                    .arg(j.mapping, toString(j.direction))
                                    .arg(j.modified)
                                    .arg(j.inserted)
                                    .arg(j.skipped)
                                    .arg(j.failed)));
        }
        // A row the resolution wrote is read again and found Unchanged.
        if (rowsWritten) {
            QVERIFY(EngineFixture::job(jobs, CUSTOMER, L2R).unchanged +
                        EngineFixture::job(jobs, CUSTOMER, R2L).unchanged >=
                    1);
        }
    }

private slots:
    void initTestCase_data() { couplet::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        try {
            f = std::make_unique<EngineFixture>(backend, m_dir->path());
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
        }
    }

    void cleanup()
    {
        f.reset();
        m_dir.reset();
    }

    void resolveKeepLocal()
    {
        seed(2);
        makeConflict();
        const OperationResult r =
            f->admin().resolveSkipped({idOf(QStringLiteral("C1"))}, Resolution::KeepLocal);
        QCOMPARE(r.done, 1);
        QCOMPARE(r.failed, 0);
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(), QStringLiteral("Local"));
        QCOMPARE(f->account(a1).value(QStringLiteral("address1_city")).toString(),
                 QStringLiteral("Kiel"));
        // Keep local: the remote-only change is overwritten too.
        QCOMPARE(f->account(a1).value(QStringLiteral("emailaddress1")).toString(),
                 QStringLiteral("name1@example.com"));
        const Coupling c = f->couplingOf(CUSTOMER, QStringLiteral("C1"));
        QVERIFY(!c.skipped);
        COMPARE_ENUM(c.lastToRemote, SyncResult::Success);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::Skipped)), 0);
        expectQuietNextRun();
    }

    void resolveKeepRemote()
    {
        seed(1);
        makeConflict();
        const OperationResult r =
            f->admin().resolveSkipped({idOf(QStringLiteral("C1"))}, Resolution::KeepRemote);
        QCOMPARE(r.done, 1);
        const QVariantMap c1 = f->customer(QStringLiteral("C1"));
        QCOMPARE(c1.value(QStringLiteral("name")).toString(), QStringLiteral("Remote"));
        QCOMPARE(c1.value(QStringLiteral("email")).toString(), QStringLiteral("r@crm.test"));
        QCOMPARE(c1.value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
        expectQuietNextRun();
    }

    void resolveMergePerField()
    {
        seed(1);
        makeConflict();
        // name: take remote; the fields changed on one side keep that side's change.
        const OperationResult r =
            f->admin().resolveSkipped({idOf(QStringLiteral("C1"))}, Resolution::Merge,
                                      {{QStringLiteral("name"), Side::Remote}});
        QCOMPARE(r.done, 1);
        const QVariantMap c1 = f->customer(QStringLiteral("C1"));
        const QVariantMap acc = f->account(a1);
        QCOMPARE(c1.value(QStringLiteral("name")).toString(), QStringLiteral("Remote"));
        QCOMPARE(acc.value(QStringLiteral("name")).toString(), QStringLiteral("Remote"));
        QCOMPARE(acc.value(QStringLiteral("address1_city")).toString(), QStringLiteral("Kiel"));
        QCOMPARE(c1.value(QStringLiteral("email")).toString(), QStringLiteral("r@crm.test"));
        expectQuietNextRun();
    }

    void resolveManyAtOnce()
    {
        seed(3);
        QList<qint64> ids;
        const QStringList keys{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")};
        for (const QString &key : keys) {
            f->localCustomer(key, {{QStringLiteral("name"), key + QStringLiteral("-L")}});
            f->remoteAccount(f->remoteKeyOf(CUSTOMER, key),
                             {{QStringLiteral("name"), key + QStringLiteral("-R")}});
        }
        QCOMPARE(EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R).skipped, 3);
        for (const Coupling &c : f->store->couplings(couplingQuery(CouplingQuery::Kind::Skipped)))
            ids.append(c.id);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(f->admin().resolveSkipped(ids, Resolution::KeepRemote).done, 3);
        QCOMPARE(f->customer(QStringLiteral("C2")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("C2-R"));
        expectQuietNextRun();
    }

    void resolveChangedAgainIsRefused()
    {
        seed(1);
        makeConflict();
        const qint64 id = idOf(QStringLiteral("C1"));
        // The CRM row changes after the resolution read it and before it writes:
        // the conditional write refuses, the coupling stays set aside, nothing is lost.
        InterferingConnector remote(*f->remote, [&] {
            f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Even newer")}});
        });
        Administration admin(f->workspace, *f->store, *f->local, remote, f->clock);
        const OperationResult r = admin.resolveSkipped({id}, Resolution::KeepLocal);
        QCOMPARE(r.done, 0);
        QCOMPARE(r.failed, 1);
        QVERIFY2(r.messages.first().contains(QStringLiteral("changed")),
                 qPrintable(r.messages.first()));
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Even newer"));
        QVERIFY(f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
    }

    void retryUnskipsAndTheRunTakesItAgain()
    {
        seed(1);
        makeConflict();
        const qint64 id = idOf(QStringLiteral("C1"));
        QCOMPARE(f->admin().retry({id}).done, 1);
        QVERIFY(!f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
        // Still a conflict: the run takes it (though no row changed) and skips it again.
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        QCOMPARE(out.skipped, 1);
        QVERIFY(f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
        // Retry All un-skips every skipped coupling.
        QCOMPARE(f->admin().retryAll(CUSTOMER).done, 1);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::Skipped)), 0);
    }

    void deleteCouplingsOneAndAll()
    {
        seed(3);
        QCOMPARE(f->admin().deleteCouplings({idOf(QStringLiteral("C1"))}).done, 1);
        QVERIFY(!f->store->couplingByKey(CUSTOMER, Side::Local, QStringLiteral("C1")));
        QCOMPARE(f->admin().deleteCouplingsOfMappings({CUSTOMER}).done, 2);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::All, CUSTOMER)), 0);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 f->admin().deleteCouplingsOfMappings({QStringLiteral("X")}));
    }

    void coupleByHand()
    {
        seed(0);
        f->localCustomer(QStringLiteral("H1"), customerValues(QStringLiteral("Hand")));
        f->remoteAccount(QStringLiteral("acc-h1"),
                         {{QStringLiteral("name"), QStringLiteral("Other")}});
        const OperationResult r =
            f->admin().couple(CUSTOMER, QStringLiteral("H1"), QStringLiteral("acc-h1"));
        QCOMPARE(r.done, 1);
        QCOMPARE(f->remoteKeyOf(CUSTOMER, QStringLiteral("H1")), QStringLiteral("acc-h1"));
        QCOMPARE(f->account(QStringLiteral("acc-h1")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Hand"));
        // Coupling an already coupled row is refused and logged.
        f->remoteAccount(QStringLiteral("acc-h2"),
                         {{QStringLiteral("name"), QStringLiteral("Two")}});
        const OperationResult again =
            f->admin().couple(CUSTOMER, QStringLiteral("H1"), QStringLiteral("acc-h2"));
        QCOMPARE(again.failed, 1);
        QVERIFY(again.messages.first().contains(QStringLiteral("already coupled")));
    }

    void restoreAndDeleteRecordsAfterDeletionConflict()
    {
        seed(2);
        const QString a2 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C2"));
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a1);
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a2);
        // Find for Deleted notices deletions without any row being modified.
        const OperationResult found = f->admin().findForDeleted({CUSTOMER});
        QCOMPARE(found.done, 2);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::CoupledErrors)), 2);
        QVERIFY(f->couplingOf(CUSTOMER, QStringLiteral("C1")).remoteDeleted);

        QCOMPARE(f->admin().restoreRecords({idOf(QStringLiteral("C1"))}).done, 1);
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(), QStringLiteral("Name1"));
        QVERIFY(!f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);

        QCOMPARE(f->admin().deleteRecords({idOf(QStringLiteral("C2"))}).done, 1);
        QVERIFY(f->customer(QStringLiteral("C2")).isEmpty());
        QVERIFY(!f->store->couplingByKey(CUSTOMER, Side::Local, QStringLiteral("C2")));
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::CoupledErrors)), 0);
        expectQuietNextRun();
    }

    void resolveDeletionConflict()
    {
        seed(2);
        const QString a2 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C2"));
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a1);
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a2);
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Bonn")}});
        f->localCustomer(QStringLiteral("C2"), {{QStringLiteral("city"), QStringLiteral("Bonn")}});
        QCOMPARE(EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R).failed, 2);
        // Keep local restores the CRM row; keep remote accepts the deletion.
        QCOMPARE(
            f->admin().resolveSkipped({idOf(QStringLiteral("C1"))}, Resolution::KeepLocal).done, 1);
        QCOMPARE(f->account(a1).value(QStringLiteral("address1_city")).toString(),
                 QStringLiteral("Bonn"));
        QCOMPARE(f->admin().resolveSkipped({idOf(QStringLiteral("C2"))}, Resolution::Merge).failed,
                 1);
        QCOMPARE(
            f->admin().resolveSkipped({idOf(QStringLiteral("C2"))}, Resolution::KeepRemote).done,
            1);
        QVERIFY(f->customer(QStringLiteral("C2")).isEmpty());
        expectQuietNextRun();
    }

    void deleteErrorsAndJobsOlderThan()
    {
        seed(0);
        f->localCustomer(QStringLiteral("X1"), customerValues(QStringLiteral("X")));
        f->upsert(Side::Local, QStringLiteral("customer"), QStringLiteral("no"),
                  QStringLiteral("X1"), {{QStringLiteral("currency_code"), QStringLiteral("ZZZ")}});
        f->sync({CUSTOMER}); // one error, two jobs
        f->clock.advance(8LL * 24 * 3600 * 1000);
        f->localCustomer(QStringLiteral("X2"), customerValues(QStringLiteral("Y")));
        f->upsert(Side::Local, QStringLiteral("customer"), QStringLiteral("no"),
                  QStringLiteral("X2"), {{QStringLiteral("currency_code"), QStringLiteral("YYY")}});
        f->sync({CUSTOMER});                              // a second error, 8 days later
        QCOMPARE(f->store->countErrors(ErrorQuery{}), 3); // X1 retried and failed again
        const QDateTime cutoff = f->clock.now().addDays(-7);
        QCOMPARE(f->store->countErrorsOlderThan(cutoff), 1);
        QCOMPARE(f->admin().deleteErrorsOlderThan(7).done, 1);
        QCOMPARE(f->store->countErrors(ErrorQuery{}), 2);
        const int jobsBefore = f->store->countJobs(JobQuery{});
        QCOMPARE(f->admin().deleteJobsOlderThan(7).done,
                 6); // the seed's four and the first run's two
        QCOMPARE(f->store->countJobs(JobQuery{}), jobsBefore - 6);
        QCOMPARE(f->admin().deleteAllErrors().done, 2);
        QCOMPARE(f->store->countErrors(ErrorQuery{}), 0);
        QCOMPARE(f->admin().deleteAllJobs().done, jobsBefore - 6);
    }

    void workerRunsInAThreadAndReports()
    {
        seed(0);
        for (int i = 0; i < 30; ++i)
            f->localCustomer(QStringLiteral("W%1").arg(i), customerValues(QStringLiteral("W")));
        QThread thread;
        auto *worker = new SyncWorker(f->workspace);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy progress(worker, &SyncWorker::progress);
        QSignalSpy jobs(worker, &SyncWorker::jobFinished);
        QSignalSpy finished(worker, &SyncWorker::finished);
        QSignalSpy failed(worker, &SyncWorker::failed);
        thread.start();
        QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection,
                                  Q_ARG(QStringList, QStringList{CUSTOMER}),
                                  Q_ARG(couplet::JobTrigger, JobTrigger::Scheduled));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 60000);
        thread.quit();
        thread.wait();
        QCOMPARE(failed.size(), 0);
        QVERIFY(progress.size() >= 1);
        // The first pass ends its progress at 30 of 30.
        bool complete = false;
        for (const QList<QVariant> &p : std::as_const(progress))
            complete = complete || (p.at(1).toInt() == 30 && p.at(2).toInt() == 30);
        QVERIFY(complete);
        QCOMPARE(jobs.size(), 2);
        const auto result = finished.first().first().value<QList<SyncJob>>();
        QCOMPARE(result.size(), 2);
        QCOMPARE(result.first().inserted, 30);
        COMPARE_ENUM(result.first().trigger, JobTrigger::Scheduled);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::All, CUSTOMER)), 30);
    }

    void workerReportsAnUnusableStore()
    {
        Workspace broken = f->workspace;
        broken.store.driver = QStringLiteral("QSQLITE");
        broken.store.database = QStringLiteral("/nonexistent-dir/x/state.sqlite");
        QThread thread;
        auto *worker = new SyncWorker(broken);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy failed(worker, &SyncWorker::failed);
        thread.start();
        QMetaObject::invokeMethod(worker, "start", Qt::QueuedConnection,
                                  Q_ARG(QStringList, QStringList{}),
                                  Q_ARG(couplet::JobTrigger, JobTrigger::Manual));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        thread.quit();
        thread.wait();
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdministration)
#include "tst_administration.moc"
