// ConsoleWorker: the console's worker in its own thread, answering queued
// requests (syncs, operations, record views, comparisons, candidates, probes)
// with signals, on SQLite and PostgreSQL. The store is checked through a second
// StateStore in the test thread.

#include "engine/consoleworker.h"
#include "enginefixture.h"
#include "error.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CURRENCY = QStringLiteral("CURRENCY");
constexpr auto L2R = PassDirection::LocalToRemote;
constexpr auto R2L = PassDirection::RemoteToLocal;
constexpr int timeoutMs = 60000;
const QString urlTemplate =
    QStringLiteral("https://crm.example.com/main.aspx?etn={table}&id={key}");

QVariantMap customerValues(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("type"), QStringLiteral("customer")},
            {QStringLiteral("currency_code"), QStringLiteral("EUR")}};
}

// One answer of the worker, received in the test thread.
struct Answer
{
    enum class Kind { None, Sync, Operation, Snapshot, Comparisons, Candidates, Changes, Failed };
    Kind kind = Kind::None;
    QVariant value;
    QString message; // of a failure
    QString detail;
    QList<SyncJob> jobsOnTheWay; // jobFinished before syncFinished
    int progressSignals = 0;
};

const FieldComparison *fieldOf(const Comparison &c, const QString &local)
{
    for (const FieldComparison &f : c.fields) {
        if (f.local == local)
            return &f;
    }
    return nullptr;
}

QVariant valueOf(const RecordSnapshot &s, const QString &column)
{
    for (const auto &[name, value] : s.fields) {
        if (name == column)
            return value;
    }
    return QStringLiteral("<no column %1>").arg(column);
}

} // namespace

class TestConsoleWorker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<QThread> m_thread;
    ConsoleWorker *m_worker = nullptr;
    QHash<quint64, Answer> m_answers;
    quint64 m_lastId = 0;
    QString a1;

    // Every answer is delivered to this object, in the test thread.
    void connectWorker()
    {
        ConsoleWorker *w = m_worker;
        connect(w, &ConsoleWorker::progress, this,
                [this](quint64 id, const QString &, int, int) { ++m_answers[id].progressSignals; });
        connect(w, &ConsoleWorker::jobFinished, this,
                [this](quint64 id, const SyncJob &job) { m_answers[id].jobsOnTheWay.append(job); });
        const auto store = [this](quint64 id, Answer::Kind kind, const QVariant &value) {
            Answer &a = m_answers[id];
            QVERIFY2(a.kind == Answer::Kind::None, "a request was answered twice");
            a.kind = kind;
            a.value = value;
        };
        connect(w, &ConsoleWorker::syncFinished, this,
                [store](quint64 id, const QList<SyncJob> &jobs) {
                    store(id, Answer::Kind::Sync, QVariant::fromValue(jobs));
                });
        connect(w, &ConsoleWorker::operationFinished, this,
                [store](quint64 id, const OperationResult &r) {
                    store(id, Answer::Kind::Operation, QVariant::fromValue(r));
                });
        connect(w, &ConsoleWorker::snapshotReady, this,
                [store](quint64 id, const RecordSnapshot &s) {
                    store(id, Answer::Kind::Snapshot, QVariant::fromValue(s));
                });
        connect(w, &ConsoleWorker::comparisonsReady, this,
                [store](quint64 id, const QList<Comparison> &c) {
                    store(id, Answer::Kind::Comparisons, QVariant::fromValue(c));
                });
        connect(w, &ConsoleWorker::candidatesReady, this,
                [store](quint64 id, const QList<Row> &rows) {
                    store(id, Answer::Kind::Candidates, QVariant::fromValue(rows));
                });
        connect(w, &ConsoleWorker::localChangesFound, this,
                [store](quint64 id, const QStringList &mappings) {
                    store(id, Answer::Kind::Changes, QVariant::fromValue(mappings));
                });
        connect(w, &ConsoleWorker::failed, this,
                [this, store](quint64 id, const QString &message, const QString &detail) {
                    store(id, Answer::Kind::Failed, {});
                    m_answers[id].message = message;
                    m_answers[id].detail = detail;
                });
    }

    // Waits for the answer to a request; fails the test when it is of another kind.
    // The fixture's clock is only used by the test while the worker is idle.
    Answer await(quint64 id, Answer::Kind expected)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_answers.value(id).kind != Answer::Kind::None, timeoutMs);
        }();
        const Answer a = m_answers.value(id);
        if (a.kind != expected && a.kind == Answer::Kind::Failed)
            qWarning("request %llu failed: %s (%s)", id, qPrintable(a.message),
                     qPrintable(a.detail));
        return a;
    }

    quint64 sync(const QStringList &mappings = {})
    {
        const quint64 id = ++m_lastId;
        QMetaObject::invokeMethod(m_worker, "sync", Qt::QueuedConnection, Q_ARG(quint64, id),
                                  Q_ARG(QStringList, mappings),
                                  Q_ARG(couplet::JobTrigger, JobTrigger::Manual));
        return id;
    }

    quint64 perform(const Operation &op)
    {
        const quint64 id = ++m_lastId;
        QMetaObject::invokeMethod(m_worker, "perform", Qt::QueuedConnection, Q_ARG(quint64, id),
                                  Q_ARG(couplet::Operation, op));
        return id;
    }

    // A sync by the worker; then the clock moves on, as after the fixture's sync.
    Answer synced(const QStringList &mappings = {})
    {
        const Answer a = await(sync(mappings), Answer::Kind::Sync);
        f->clock.advance(10);
        return a;
    }

    OperationResult performed(const Operation &op)
    {
        const Answer a = await(perform(op), Answer::Kind::Operation);
        if (a.kind != Answer::Kind::Operation)
            return OperationResult{-1, -1, {a.message}};
        return a.value.value<OperationResult>();
    }

    quint64 fetchSnapshot(const QString &mapping, const RecordRef &ref)
    {
        const quint64 id = ++m_lastId;
        QMetaObject::invokeMethod(m_worker, "fetchSnapshot", Qt::QueuedConnection,
                                  Q_ARG(quint64, id), Q_ARG(QString, mapping),
                                  Q_ARG(couplet::RecordRef, ref));
        return id;
    }

    quint64 fetchComparisons(const QList<qint64> &ids)
    {
        const quint64 id = ++m_lastId;
        QMetaObject::invokeMethod(m_worker, "fetchComparisons", Qt::QueuedConnection,
                                  Q_ARG(quint64, id), Q_ARG(QList<qint64>, ids));
        return id;
    }

    quint64 fetchCandidates(const QString &mapping, Side side, const QString &search, int limit)
    {
        const quint64 id = ++m_lastId;
        QMetaObject::invokeMethod(m_worker, "fetchCandidates", Qt::QueuedConnection,
                                  Q_ARG(quint64, id), Q_ARG(QString, mapping),
                                  Q_ARG(couplet::Side, side), Q_ARG(QString, search),
                                  Q_ARG(int, limit));
        return id;
    }

    quint64 probe(const QStringList &mappings)
    {
        const quint64 id = ++m_lastId;
        QMetaObject::invokeMethod(m_worker, "probeLocalChanges", Qt::QueuedConnection,
                                  Q_ARG(quint64, id), Q_ARG(QStringList, mappings));
        return id;
    }

    QStringList probed(const QStringList &mappings)
    {
        const Answer a = await(probe(mappings), Answer::Kind::Changes);
        return a.kind == Answer::Kind::Changes ? a.value.toStringList()
                                               : QStringList{QStringLiteral("<failed>")};
    }

    // A currency and `customers` customers, synced by the fixture in the test thread.
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
        QVERIFY(customers == 0 || !a1.isEmpty());
    }

    // C1: name changed on both sides, city locally, email remotely: skipped.
    void makeConflict()
    {
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")},
                                                {QStringLiteral("city"), QStringLiteral("Kiel")}});
        f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")},
                              {QStringLiteral("emailaddress1"), QStringLiteral("r@crm.test")}});
        QCOMPARE(EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R).skipped, 1);
        QVERIFY(f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
    }

    qint64 idOf(const QString &localKey) { return f->couplingOf(CUSTOMER, localKey).id; }

    SyncError logError(const QString &message, const QDateTime &at, const QString &localKey)
    {
        SyncError e;
        e.at = at;
        e.mapping = CUSTOMER;
        e.message = message;
        e.detail = QStringLiteral("detail, with \"quotes\"");
        e.source = RecordRef{Side::Local, QStringLiteral("customer"), localKey};
        e.destination = RecordRef{Side::Remote, QStringLiteral("accounts"), QStringLiteral("A-X")};
        f->store->addError(e);
        return e;
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
        f->workspace.remote.recordUrl = urlTemplate;
        m_answers.clear();
        m_thread = std::make_unique<QThread>();
        m_worker = new ConsoleWorker(f->workspace, {}, &f->clock);
        m_worker->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
        connectWorker();
        m_thread->start();
    }

    void cleanup()
    {
        if (m_thread) {
            // Closed in its own thread, which opened the connections.
            QMetaObject::invokeMethod(m_worker, "close", Qt::BlockingQueuedConnection);
            m_thread->quit();
            QVERIFY(m_thread->wait(timeoutMs));
        }
        m_thread.reset();
        m_worker = nullptr;
        f.reset();
        m_dir.reset();
    }

    void syncProducesJobs()
    {
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        for (int i = 1; i <= 3; ++i)
            f->localCustomer(QStringLiteral("C%1").arg(i), customerValues(QStringLiteral("N")));
        const Answer a = synced();
        QVERIFY2(a.kind == Answer::Kind::Sync, qPrintable(a.message));
        const auto jobs = a.value.value<QList<SyncJob>>();
        QCOMPARE(jobs.size(), 4);
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, L2R).inserted, 3);
        QCOMPARE(EngineFixture::job(jobs, CURRENCY, L2R).inserted, 1);
        // The rows just inserted come back as Unchanged, never as changes.
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, R2L).unchanged, 3);
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, R2L).candidates(), 3);
        for (const SyncJob &j : jobs)
            COMPARE_ENUM(j.status, JobStatus::Succeeded);
        // Each job was reported as it ended, with the request's id.
        QCOMPARE(a.jobsOnTheWay.size(), 4);
        QVERIFY(a.progressSignals >= 1);
        // The worker's own store wrote what the test's store reads.
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 3);
        CouplingQuery all;
        all.mapping = CUSTOMER;
        QCOMPARE(f->store->countCouplings(all), 3);
        QCOMPARE(f->store->countJobs(JobQuery{}), 4);

        // A second run finds nothing to do.
        const Answer again = synced({CUSTOMER});
        const auto quiet = again.value.value<QList<SyncJob>>();
        QCOMPARE(quiet.size(), 2);
        QCOMPARE(EngineFixture::job(quiet, CUSTOMER, L2R).inserted, 0);
        QCOMPARE(EngineFixture::job(quiet, CUSTOMER, L2R).modified, 0);
    }

    void cancelAppliesToTheQueuedSyncOnly()
    {
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        for (int i = 1; i <= 5; ++i)
            f->localCustomer(QStringLiteral("C%1").arg(i), customerValues(QStringLiteral("N")));
        // Cancelled while it waits in the queue: it stops as soon as it starts.
        m_worker->cancel();
        const Answer cancelled = synced({CUSTOMER});
        QVERIFY2(cancelled.kind == Answer::Kind::Sync, qPrintable(cancelled.message));
        // No pass began: the run ends before its first one.
        QVERIFY(cancelled.value.value<QList<SyncJob>>().isEmpty());
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 0);
        QCOMPARE(f->store->countJobs(JobQuery{}), 0);
        // The request is spent: the next sync runs.
        const Answer next = synced();
        const auto done = next.value.value<QList<SyncJob>>();
        QCOMPARE(EngineFixture::job(done, CUSTOMER, L2R).inserted, 5);
        COMPARE_ENUM(EngineFixture::job(done, CUSTOMER, L2R).status, JobStatus::Succeeded);
    }

    void retryAndResolveSkipped()
    {
        seed(2);
        makeConflict();
        const qint64 c1 = idOf(QStringLiteral("C1"));

        Operation retry;
        retry.kind = Operation::Kind::Retry;
        retry.couplingIds = {c1};
        const OperationResult r = performed(retry);
        QCOMPARE(r.done, 1);
        QCOMPARE(r.failed, 0);
        QVERIFY(!f->store->coupling(c1)->skipped);

        // Set aside again by the next run, then resolved by keeping the remote changes.
        QCOMPARE(EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R).skipped, 1);
        QVERIFY(f->store->coupling(c1)->skipped);
        Operation resolve;
        resolve.kind = Operation::Kind::ResolveSkipped;
        resolve.couplingIds = {c1};
        resolve.resolution = Resolution::KeepRemote;
        QCOMPARE(performed(resolve).done, 1);
        const Coupling after = *f->store->coupling(c1);
        QVERIFY(!after.skipped);
        COMPARE_ENUM(after.skipReason, SkipReason::None);
        const QVariantMap local = f->customer(QStringLiteral("C1"));
        QCOMPARE(local.value(QStringLiteral("name")).toString(), QStringLiteral("Remote"));
        QCOMPARE(local.value(QStringLiteral("email")).toString(), QStringLiteral("r@crm.test"));
        QCOMPARE(local.value(QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
    }

    void deleteCouplingsAndClearMarks()
    {
        seed(3);
        const qint64 c2 = idOf(QStringLiteral("C2"));
        Operation del;
        del.kind = Operation::Kind::DeleteCouplings;
        del.couplingIds = {c2};
        QCOMPARE(performed(del).done, 1);
        QVERIFY(!f->store->coupling(c2));
        QVERIFY(f->store->coupling(idOf(QStringLiteral("C1"))));

        QVERIFY(f->store->mark(CUSTOMER, L2R).isValid());
        Operation clear;
        clear.kind = Operation::Kind::ClearMarks;
        clear.mappings = {CUSTOMER};
        QCOMPARE(performed(clear).failed, 0);
        QVERIFY(!f->store->mark(CUSTOMER, L2R).isValid());
        QVERIFY(f->store->mark(CURRENCY, L2R).isValid());

        Operation all;
        all.kind = Operation::Kind::DeleteCouplingsOfMappings;
        all.mappings = {CUSTOMER};
        QCOMPARE(performed(all).done, 2);
        CouplingQuery q;
        q.mapping = CUSTOMER;
        QCOMPARE(f->store->countCouplings(q), 0);
    }

    void coupleByHand()
    {
        seed(0);
        f->localCustomer(QStringLiteral("C9"), customerValues(QStringLiteral("Hand")));
        f->remoteAccount(QStringLiteral("acc-9"),
                         {{QStringLiteral("name"), QStringLiteral("Hand")},
                          {QStringLiteral("emailaddress1"), QStringLiteral("hand@example.com")},
                          {QStringLiteral("statecode"), 0}});
        Operation couple;
        couple.kind = Operation::Kind::Couple;
        couple.mappings = {CUSTOMER};
        couple.localKey = QStringLiteral("C9");
        couple.remoteKey = QStringLiteral("acc-9");
        const OperationResult r = performed(couple);
        QCOMPARE(r.done, 1);
        QCOMPARE(f->remoteKeyOf(CUSTOMER, QStringLiteral("C9")), QStringLiteral("acc-9"));
        // The same pair again: refused and logged, not thrown.
        const OperationResult again = performed(couple);
        QCOMPARE(again.done, 0);
        QCOMPARE(again.failed, 1);
    }

    void deleteAndExportErrors()
    {
        seed(1);
        const QDateTime now = f->clock.now();
        const SyncError old1 =
            logError(QStringLiteral("Old one"), now.addDays(-10), QStringLiteral("C1"));
        const SyncError old2 =
            logError(QStringLiteral("Old, two"), now.addDays(-8), QStringLiteral("C1"));
        const SyncError recent =
            logError(QStringLiteral("Recent"), now.addDays(-1), QStringLiteral("C1"));
        const SyncError newest = logError(QStringLiteral("Newest"), now, QStringLiteral("C2"));

        Operation exportAll;
        exportAll.kind = Operation::Kind::ExportErrors;
        exportAll.path = m_dir->filePath(QStringLiteral("errors.csv"));
        exportAll.errorQuery.limit = 1; // ignored: the whole log goes out
        QCOMPARE(performed(exportAll).done, 4);
        QFile csv(exportAll.path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 errors, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0), QByteArray("id,at,mapping,job,message,detail,source,destination\r"));
        QVERIFY2(lines.at(1).startsWith(QByteArray::number(newest.id) + ','),
                 lines.at(1).constData());
        QVERIFY2(lines.at(3).startsWith(QByteArray::number(old2.id) + ',') &&
                     lines.at(3).contains(",\"Old, two\","),
                 lines.at(3).constData());
        QVERIFY(lines.at(1).contains("\"detail, with \"\"quotes\"\"\""));
        QVERIFY(lines.at(1).contains("local:customer/C2"));
        QVERIFY(lines.at(4).startsWith(QByteArray::number(old1.id) + ','));
        csv.close();

        // A filtered export: only what the query selects.
        Operation exportSome = exportAll;
        exportSome.errorQuery.search = QStringLiteral("old");
        QCOMPARE(performed(exportSome).done, 2);

        // An unwritable path fails the request, and nothing is half written.
        Operation badPath = exportAll;
        badPath.path = m_dir->filePath(QStringLiteral("no/such/dir/errors.csv"));
        const Answer bad = await(perform(badPath), Answer::Kind::Failed);
        QCOMPARE(int(bad.kind), int(Answer::Kind::Failed));
        QVERIFY2(bad.message.contains(QStringLiteral("errors.csv")), qPrintable(bad.message));

        Operation older;
        older.kind = Operation::Kind::DeleteErrorsOlderThan;
        older.days = 7;
        QCOMPARE(performed(older).done, 2);
        ErrorQuery everything;
        QList<qint64> left;
        for (const SyncError &e : f->store->errors(everything))
            left.append(e.id);
        QCOMPARE(left, (QList<qint64>{newest.id, recent.id}));

        Operation byId;
        byId.kind = Operation::Kind::DeleteErrors;
        byId.errorIds = {recent.id, 999999};
        QCOMPARE(performed(byId).done, 1);
        QCOMPARE(f->store->countErrors(everything), 1);

        Operation allErrors;
        allErrors.kind = Operation::Kind::DeleteAllErrors;
        QCOMPARE(performed(allErrors).done, 1);
        QCOMPARE(f->store->countErrors(everything), 0);
    }

    void snapshotShowsTheRowAsItIsNow()
    {
        seed(2);
        f->localCustomer(QStringLiteral("C1"),
                         {{QStringLiteral("name"), QStringLiteral("Changed now")}});
        const SyncError first =
            logError(QStringLiteral("First"), f->clock.now(), QStringLiteral("C1"));
        logError(QStringLiteral("Other row"), f->clock.now().addSecs(1), QStringLiteral("C2"));
        const SyncError second =
            logError(QStringLiteral("Second"), f->clock.now().addSecs(2), QStringLiteral("C1"));
        SyncError asDestination;
        asDestination.at = f->clock.now().addSecs(3);
        asDestination.mapping = CUSTOMER;
        asDestination.message = QStringLiteral("Written to C1");
        asDestination.source = RecordRef{Side::Remote, QStringLiteral("accounts"), a1};
        asDestination.destination =
            RecordRef{Side::Local, QStringLiteral("customer"), QStringLiteral("C1")};
        f->store->addError(asDestination);

        const RecordRef ref{Side::Local, QStringLiteral("customer"), QStringLiteral("C1")};
        const Answer a = await(fetchSnapshot(CUSTOMER, ref), Answer::Kind::Snapshot);
        QVERIFY2(a.kind == Answer::Kind::Snapshot, qPrintable(a.message));
        const auto s = a.value.value<RecordSnapshot>();
        QVERIFY(s.found);
        QCOMPARE(s.mapping, CUSTOMER);
        QVERIFY(s.ref == ref);
        QCOMPARE(s.fields.size(), 7);
        QCOMPARE(s.fields.at(0).first, QStringLiteral("no"));
        QCOMPARE(s.fields.at(0).second.toString(), QStringLiteral("C1"));
        QCOMPARE(s.fields.at(1).first, QStringLiteral("modified_at"));
        QCOMPARE(valueOf(s, QStringLiteral("name")).toString(), QStringLiteral("Changed now"));
        QCOMPARE(valueOf(s, QStringLiteral("city")).toString(), QStringLiteral("Lyon"));
        QVERIFY(s.stamp.isValid());
        QCOMPARE(s.stamp, s.fields.at(1).second.toDateTime());
        QVERIFY(s.stamp >
                f->store->couplingByKey(CUSTOMER, Side::Local, QStringLiteral("C1"))->localStamp);
        QVERIFY(s.coupling.has_value());
        QCOMPARE(s.coupling->remoteKey, a1);
        QCOMPARE(s.errors.size(), 3);
        QCOMPARE(s.errors.at(0).message, QStringLiteral("Written to C1"));
        QCOMPARE(s.errors.at(1).id, second.id);
        QCOMPARE(s.errors.at(2).id, first.id);
        QVERIFY(s.url.isEmpty()); // the local connection has no record URL

        // The remote row, with its "Open in browser" address.
        const Answer remote =
            await(fetchSnapshot(CUSTOMER, RecordRef{Side::Remote, QStringLiteral("accounts"), a1}),
                  Answer::Kind::Snapshot);
        const auto rs = remote.value.value<RecordSnapshot>();
        QVERIFY(rs.found);
        QCOMPARE(valueOf(rs, QStringLiteral("name")).toString(), QStringLiteral("Name1"));
        QCOMPARE(rs.coupling->localKey, QStringLiteral("C1"));
        QCOMPARE(rs.errors.size(), 1); // the error whose source is this account
        QCOMPARE(rs.url, QStringLiteral("https://crm.example.com/main.aspx?etn=accounts&id=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(a1)));

        // A row that is gone.
        const Answer missing =
            await(fetchSnapshot(CUSTOMER, RecordRef{Side::Local, QStringLiteral("customer"),
                                                    QStringLiteral("C404")}),
                  Answer::Kind::Snapshot);
        const auto ms = missing.value.value<RecordSnapshot>();
        QVERIFY(!ms.found);
        QVERIFY(ms.fields.isEmpty());
        QVERIFY(!ms.coupling);
        QVERIFY(ms.errors.isEmpty());
    }

    void recordUrlIsPercentEncoded()
    {
        ConnectionConfig c;
        QCOMPARE(Inspector::recordUrl(
                     c, RecordRef{Side::Remote, QStringLiteral("a"), QStringLiteral("1")}),
                 QString());
        c.recordUrl = urlTemplate;
        QCOMPARE(Inspector::recordUrl(c, RecordRef{Side::Remote, QStringLiteral("my table"),
                                                   QStringLiteral("a&b=c/d?#")}),
                 QStringLiteral(
                     "https://crm.example.com/main.aspx?etn=my%20table&id=a%26b%3Dc%2Fd%3F%23"));
    }

    void comparisonsFlagChangedFieldsAndConflicts()
    {
        seed(2);
        makeConflict();
        // C2's account is deleted: its comparison says so, and flags nothing on that side.
        f->localCustomer(QStringLiteral("C2"), {{QStringLiteral("city"), QStringLiteral("Bonn")}});
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"),
                  f->remoteKeyOf(CUSTOMER, QStringLiteral("C2")));
        const qint64 c1 = idOf(QStringLiteral("C1"));
        const qint64 c2 = idOf(QStringLiteral("C2"));

        const Answer a = await(fetchComparisons({c1, c2}), Answer::Kind::Comparisons);
        QVERIFY2(a.kind == Answer::Kind::Comparisons, qPrintable(a.message));
        const auto comparisons = a.value.value<QList<Comparison>>();
        QCOMPARE(comparisons.size(), 2);
        const Comparison &one = comparisons.at(0);
        QCOMPARE(one.coupling.id, c1);
        QVERIFY(one.coupling.skipped);
        QVERIFY(one.localExists && one.remoteExists);
        // Compared fields only: the constant statecode is not one of them.
        QCOMPARE(one.fields.size(), 5);
        const FieldComparison *name = fieldOf(one, QStringLiteral("name"));
        QVERIFY(name);
        QCOMPARE(name->remote, QStringLiteral("name"));
        QCOMPARE(name->localThen.toString(), QStringLiteral("Name1"));
        QCOMPARE(name->localNow.toString(), QStringLiteral("Local"));
        QCOMPARE(name->remoteNow.toString(), QStringLiteral("Remote"));
        QVERIFY(name->localChanged && name->remoteChanged && name->conflict());
        const FieldComparison *city = fieldOf(one, QStringLiteral("city"));
        QVERIFY(city->localChanged && !city->remoteChanged && !city->conflict());
        const FieldComparison *email = fieldOf(one, QStringLiteral("email"));
        QVERIFY(!email->localChanged && email->remoteChanged);
        QCOMPARE(email->remoteNow.toString(), QStringLiteral("r@crm.test"));
        // Same value, another type (3 read back from an INTEGER column): not a change.
        const FieldComparison *type = fieldOf(one, QStringLiteral("type"));
        QVERIFY(!type->localChanged && !type->remoteChanged);

        const Comparison &two = comparisons.at(1);
        QVERIFY(two.localExists);
        QVERIFY(!two.remoteExists);
        QVERIFY(fieldOf(two, QStringLiteral("city"))->localChanged);
        for (const FieldComparison &fc : two.fields) {
            QVERIFY(!fc.remoteChanged);
            QVERIFY(!fc.remoteNow.isValid());
        }
    }

    void candidatesFindRowsByText()
    {
        seed(3);
        f->localCustomer(QStringLiteral("C10"), customerValues(QStringLiteral("Fabrikam")));
        const Answer a = await(fetchCandidates(CUSTOMER, Side::Local, QStringLiteral("fabri"), 10),
                               Answer::Kind::Candidates);
        QVERIFY2(a.kind == Answer::Kind::Candidates, qPrintable(a.message));
        const auto rows = a.value.value<QList<Row>>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().key, QStringLiteral("C10"));
        QCOMPARE(rows.first().values.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Fabrikam"));

        // By key, ordered by key, at most `limit`.
        const auto byKey = await(fetchCandidates(CUSTOMER, Side::Local, QStringLiteral("c1"), 0),
                                 Answer::Kind::Candidates)
                               .value.value<QList<Row>>();
        QCOMPARE(byKey.size(), 2);
        QCOMPARE(byKey.at(0).key, QStringLiteral("C1"));
        QCOMPARE(byKey.at(1).key, QStringLiteral("C10"));
        QCOMPARE(await(fetchCandidates(CUSTOMER, Side::Local, {}, 2), Answer::Kind::Candidates)
                     .value.value<QList<Row>>()
                     .size(),
                 2);
        // The remote side, by one of its text columns.
        const auto remote =
            await(fetchCandidates(CUSTOMER, Side::Remote, QStringLiteral("NAME2@"), 5),
                  Answer::Kind::Candidates)
                .value.value<QList<Row>>();
        QCOMPARE(remote.size(), 1);
        QCOMPARE(remote.first().key, f->remoteKeyOf(CUSTOMER, QStringLiteral("C2")));
    }

    void probeFindsLocalEdits()
    {
        seed(2);
        QCOMPARE(probed({CUSTOMER, CURRENCY}), QStringList());
        // A remote change written locally by the sync is no local change.
        f->remoteAccount(a1, {{QStringLiteral("address1_city"), QStringLiteral("Graz")}});
        const Answer run = synced({CUSTOMER});
        QCOMPARE(EngineFixture::job(run.value.value<QList<SyncJob>>(), CUSTOMER, R2L).modified, 1);
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("city")).toString(),
                 QStringLiteral("Graz"));
        QCOMPARE(probed({CUSTOMER}), QStringList());

        f->localCustomer(QStringLiteral("C2"), {{QStringLiteral("city"), QStringLiteral("Oslo")}});
        QCOMPARE(probed({CURRENCY, CUSTOMER}), QStringList{CUSTOMER});
        // A new row counts too.
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("USD"), {{QStringLiteral("rate"), 1.1}});
        QCOMPARE(probed({CUSTOMER, CURRENCY}), (QStringList{CUSTOMER, CURRENCY}));
        // Once synced, nothing is left.
        QCOMPARE(int(synced().kind), int(Answer::Kind::Sync));
        QCOMPARE(probed({CUSTOMER, CURRENCY}), QStringList());
    }

    void badRequestFailsAndTheWorkerGoesOn()
    {
        seed(1);
        // A coupling that no longer exists (deleted since the page asked) is
        // left out of the comparisons; the others still come.
        const Answer unknown = await(fetchComparisons({idOf(QStringLiteral("C1")), 999999}),
                                     Answer::Kind::Comparisons);
        QCOMPARE(int(unknown.kind), int(Answer::Kind::Comparisons));
        QCOMPARE(unknown.value.value<QList<Comparison>>().size(), 1);

        const Answer wrongTable =
            await(fetchSnapshot(CUSTOMER, RecordRef{Side::Local, QStringLiteral("accounts"), a1}),
                  Answer::Kind::Failed);
        QCOMPARE(int(wrongTable.kind), int(Answer::Kind::Failed));
        QVERIFY2(wrongTable.message.contains(QStringLiteral("customer")),
                 qPrintable(wrongTable.message));

        const Answer noMapping = await(fetchCandidates(QStringLiteral("NOPE"), Side::Local, {}, 5),
                                       Answer::Kind::Failed);
        QCOMPARE(int(noMapping.kind), int(Answer::Kind::Failed));
        QVERIFY2(noMapping.message.contains(QStringLiteral("NOPE")), qPrintable(noMapping.message));
        QCOMPARE(int(await(probe({QStringLiteral("NOPE")}), Answer::Kind::Failed).kind),
                 int(Answer::Kind::Failed));

        Operation couple;
        couple.kind = Operation::Kind::Couple; // no mapping given
        QCOMPARE(int(await(perform(couple), Answer::Kind::Failed).kind), int(Answer::Kind::Failed));

        // The worker still answers, with its connections open.
        const Answer ok =
            await(fetchComparisons({idOf(QStringLiteral("C1"))}), Answer::Kind::Comparisons);
        QCOMPARE(int(ok.kind), int(Answer::Kind::Comparisons));
        QCOMPARE(ok.value.value<QList<Comparison>>().size(), 1);
    }

    void unusableStoreFailsEveryRequest()
    {
        // A worker whose store cannot be opened answers each request with
        // `failed`, and never throws out of a slot.
        Workspace broken = f->workspace;
        broken.store.driver = QStringLiteral("QSQLITE");
        broken.store.database = QStringLiteral("/nonexistent-dir/x/state.sqlite");
        QThread thread;
        auto *worker = new ConsoleWorker(broken, {}, &f->clock);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QList<quint64> failures;
        connect(worker, &ConsoleWorker::failed, this,
                [&failures](quint64 id, const QString &message, const QString &) {
                    QVERIFY(!message.isEmpty());
                    failures.append(id);
                });
        thread.start();
        QMetaObject::invokeMethod(worker, "sync", Qt::QueuedConnection, Q_ARG(quint64, 1),
                                  Q_ARG(QStringList, QStringList{}),
                                  Q_ARG(couplet::JobTrigger, JobTrigger::Manual));
        Operation op;
        op.kind = Operation::Kind::DeleteAllErrors;
        QMetaObject::invokeMethod(worker, "perform", Qt::QueuedConnection, Q_ARG(quint64, 2),
                                  Q_ARG(couplet::Operation, op));
        QMetaObject::invokeMethod(worker, "probeLocalChanges", Qt::QueuedConnection,
                                  Q_ARG(quint64, 3), Q_ARG(QStringList, QStringList{CUSTOMER}));
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 3, timeoutMs);
        QCOMPARE(failures, (QList<quint64>{1, 2, 3}));
        thread.quit();
        QVERIFY(thread.wait(timeoutMs));
    }
};

QTEST_GUILESS_MAIN(TestConsoleWorker)
#include "tst_consoleworker.moc"
