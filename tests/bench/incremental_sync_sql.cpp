// incremental_sync_sql: an incremental sync (both passes of the CUSTOMER mapping)
// with 1,000,000 couplings and 1,000 rows changed in the ERP; its baseline is the
// same 1,000 changes over 10,000 couplings. The cost should grow with the changes,
// not with the table: target ratio <= 1.5.
//
// The coupled tables are built either with bulk SQL inserts and
// StateStore::saveCouplings in big transactions, or with a first engine sync; both
// are timed on 100,000 rows and the faster one builds the million.
//
// The changed rows are random all over the table (the figure in the JSON); a run of
// neighbouring rows is measured too, for information.
//
// COUPLET_BENCH_ROWS overrides the large size (e.g. 100000 for a quick run).
// COUPLET_BENCH_KEEP=DIR (for profiling): the large tables are built once in DIR and
// reused by later runs of the same size, which then measure only the large case.

#include "benchsupport.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/syncengine.h"
#include "engine/values.h"
#include "error.h"
#include "store/statestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <string>

#include <sqlite3.h>

using namespace couplet;
using namespace couplet::bench;

namespace {

constexpr int kChanged = 1000;
constexpr int kSmall = 10000;
constexpr int kBatch = 1000;
constexpr int kRepetitions = 3;
const QString CUSTOMER = QStringLiteral("CUSTOMER");

enum class Method { Bulk, Engine };

QString methodName(Method m)
{
    return m == Method::Bulk ? QStringLiteral("bulk SQL + saveCouplings")
                             : QStringLiteral("first engine sync");
}

// Two SQLite databases with `size` coupled customers, a state store, and the
// engine's connections to them.
class CoupledTables
{
public:
    CoupledTables(const QString &folder, int size, Method method)
        : m_folder(folder)
        , m_size(size)
    {
        QDir().mkpath(folder);
        m_ws = makeWorkspace(folder + QStringLiteral("/erp.sqlite"),
                             folder + QStringLiteral("/crm.sqlite"),
                             folder + QStringLiteral("/state.sqlite"), Direction::Bidirectional);
        QElapsedTimer timer;
        timer.start();
        if (QFile ready(readyMarker()); ready.open(QIODevice::ReadOnly)) {
            check(ready.readAll().toInt() == size,
                  QStringLiteral("%1 holds tables of another size").arg(folder));
            open();
            return;
        }
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2);
        {
            Sqlite erp(m_ws.local.database);
            createLocalSchema(erp.db());
            seedCurrencies(&erp.db(), nullptr, {});
            insertCustomers(erp.db(), 0, size, past);
            Sqlite crm(m_ws.remote.database);
            createRemoteSchema(crm.db());
            seedCurrencies(nullptr, &crm.db(), m_ws.store.database);
            if (method == Method::Bulk)
                insertAccounts(crm.db(), past);
        }
        open();
        if (method == Method::Bulk) {
            saveCouplings(past);
            // Everything above is synchronized: the marks stand after it.
            const QDateTime mark = QDateTime::currentDateTimeUtc().addSecs(-3600);
            m_store->setMark(CUSTOMER, PassDirection::LocalToRemote, mark);
            m_store->setMark(CUSTOMER, PassDirection::RemoteToLocal, mark);
        } else {
            SyncEngine engine(m_ws, *m_store, *m_local, *m_remote, SystemClock::instance());
            const SyncJob job = engine.runPass(
                *m_ws.mapping(CUSTOMER), PassDirection::LocalToRemote, JobTrigger::Manual, kBatch);
            check(
                job.status == JobStatus::Succeeded && job.inserted == size && job.failed == 0,
                QStringLiteral("first engine sync: inserted %1 of %2").arg(job.inserted).arg(size));
            // The rows the engine wrote are not read back: the remote -> local mark
            // stands after them.
            markPastRemoteStamps();
        }
        m_setupSeconds = timer.nsecsElapsed() / 1e9;
        CouplingQuery all;
        all.mapping = CUSTOMER;
        check(m_store->countCouplings(all) == size, QStringLiteral("%1 couplings").arg(size));
        QFile ready(readyMarker());
        check(ready.open(QIODevice::WriteOnly) && ready.write(QByteArray::number(size)) > 0,
              QStringLiteral("cannot write %1").arg(ready.fileName()));
    }

    QString readyMarker() const { return m_folder + QStringLiteral("/ready"); }

    ~CoupledTables()
    {
        m_floor.reset();
        m_local.reset();
        m_remote.reset();
        m_store.reset();
    }
    CoupledTables(const CoupledTables &) = delete;
    CoupledTables &operator=(const CoupledTables &) = delete;

    double setupSeconds() const { return m_setupSeconds; }

    // Changes kChanged customers in the ERP (untimed): random ones all over the
    // table, or (clustered) a run of neighbours, as when recent rows change.
    void change(int repetition, bool clustered = false)
    {
        QRandomGenerator rng(quint32(1000 + repetition));
        QSet<int> picked;
        const int start = int(rng.bounded(quint32(m_size - kChanged + 1)));
        while (picked.size() < kChanged) {
            picked.insert(clustered ? start + int(picked.size())
                                    : int(rng.bounded(quint32(m_size))));
        }
        m_changed.clear();
        m_localSince = stampText(QDateTime::currentDateTimeUtc().addMSecs(-1)).toStdString();
        Sqlite erp(m_ws.local.database);
        erp.db().transaction();
        QSqlQuery q(erp.db());
        q.prepare(QStringLiteral("UPDATE customer SET name = ?, modified_at = ? WHERE no = ?"));
        const QString salt = QStringLiteral(" changed %1").arg(repetition);
        for (int i : std::as_const(picked)) {
            const QString name = customerValues(i, salt).at(0).toString();
            q.addBindValue(name);
            q.addBindValue(stampText(QDateTime::currentDateTimeUtc()));
            q.addBindValue(customerNo(i));
            if (!q.exec())
                throw Error(QStringLiteral("Cannot change customers"), q.lastError().text());
            m_changed.insert(customerNo(i), name);
        }
        if (!erp.db().commit())
            throw Error(QStringLiteral("Cannot commit the changes"));
    }

    // The floor's connections and statements, opened once and kept, as the
    // engine's connectors are: only the work is timed.
    struct Floor
    {
        explicit Floor(const Workspace &ws)
            : erp(ws.local.database)
            , crm(ws.remote.database)
            , state(ws.store.database)
        {
            state.exec("PRAGMA synchronous=NORMAL");
            changed = erp.prepare(
                "SELECT no, name, email, city, type, currency_code, modified_at FROM customer "
                "WHERE modified_at > ? ORDER BY modified_at, no");
            byLocal =
                state.prepare("SELECT id, remote_key, local_values, remote_values FROM couplings "
                              "WHERE mapping = 'CUSTOMER' AND local_key = ?");
            account = crm.prepare(
                "SELECT accountid, name, emailaddress1, address1_city, customertypecode, "
                "transactioncurrencyid, statecode, modifiedon FROM accounts WHERE accountid = ?");
            newest = crm.prepare("SELECT MAX(modifiedon) FROM accounts");
            update =
                crm.prepare("UPDATE accounts SET name = ?, modifiedon = ? WHERE accountid = ?");
            saveCoupling = state.prepare(
                "UPDATE couplings SET local_stamp = ?, remote_stamp = ?, remote_etag = ?, "
                "local_values = ?, remote_values = ?, last_synced_at = ? WHERE id = ?");
            written = crm.prepare(
                "SELECT accountid, name, emailaddress1, address1_city, customertypecode, "
                "transactioncurrencyid, statecode, modifiedon FROM accounts WHERE modifiedon > ? "
                "ORDER BY modifiedon, accountid");
            byRemote =
                state.prepare("SELECT id, local_key, remote_etag, remote_values FROM couplings "
                              "WHERE mapping = 'CUSTOMER' AND remote_key = ?");
        }
        RawSqlite erp;
        RawSqlite crm;
        RawSqlite state;
        sqlite3_stmt *changed = nullptr;
        sqlite3_stmt *byLocal = nullptr;
        sqlite3_stmt *account = nullptr;
        sqlite3_stmt *newest = nullptr;
        sqlite3_stmt *update = nullptr;
        sqlite3_stmt *saveCoupling = nullptr;
        sqlite3_stmt *written = nullptr;
        sqlite3_stmt *byRemote = nullptr;
    };

    Floor &floor()
    {
        if (!m_floor)
            m_floor = std::make_unique<Floor>(m_ws);
        return *m_floor;
    }

    // The floor, timed like sync(): the least work any engine must do for these
    // changes, hand-written against SQLite's C API. Local -> remote: read each
    // changed ERP row, its coupling by local key and its CRM row by key, update
    // the CRM row and the coupling's stored values. Remote -> local: read the CRM
    // rows written and find each one's coupling by remote key (the echo). Leaves
    // the tables as the engine would, so that sync() can run again after it.
    void rawSync()
    {
        Floor &f = floor();
        RawSqlite &erp = f.erp;
        RawSqlite &crm = f.crm;
        RawSqlite &state = f.state;
        sqlite3_stmt *const changed = f.changed;
        sqlite3_stmt *const byLocal = f.byLocal;
        sqlite3_stmt *const account = f.account;
        sqlite3_stmt *const newest = f.newest;
        sqlite3_stmt *const update = f.update;
        sqlite3_stmt *const saveCoupling = f.saveCoupling;
        sqlite3_stmt *const written = f.written;
        sqlite3_stmt *const byRemote = f.byRemote;
        // CRM stamps go after the newest one (the connector's may run ahead of the clock).
        check(crm.step(newest), QStringLiteral("no CRM stamp"));
        const std::string remoteSince = RawSqlite::text(newest, 0);
        crm.step(newest);
        qint64 lastStamp =
            QDateTime::fromString(QString::fromStdString(remoteSince), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        auto replaceName = [](std::string json, const std::string &from, const std::string &to) {
            const std::string old = "\"name\":\"" + from + '"';
            const size_t at = json.find(old);
            check(at != std::string::npos, QStringLiteral("no name in stored values"));
            return json.replace(at, old.size(), "\"name\":\"" + to + '"');
        };
        int out = 0;
        crm.exec("BEGIN");
        state.exec("BEGIN");
        RawSqlite::bind(changed, 1, m_localSince);
        while (erp.step(changed)) {
            const std::string no = RawSqlite::text(changed, 0);
            const std::string name = RawSqlite::text(changed, 1);
            const std::string localStamp = RawSqlite::text(changed, 6);
            RawSqlite::bind(byLocal, 1, no);
            if (!state.step(byLocal))
                throw Wrong{QStringLiteral("%1 is not coupled").arg(QString::fromStdString(no))};
            const qint64 id = sqlite3_column_int64(byLocal, 0);
            const std::string remoteKey = RawSqlite::text(byLocal, 1);
            const std::string localValues = RawSqlite::text(byLocal, 2);
            const std::string remoteValues = RawSqlite::text(byLocal, 3);
            state.step(byLocal);
            RawSqlite::bind(account, 1, remoteKey);
            if (!crm.step(account))
                throw Wrong{QStringLiteral("no CRM row for %1").arg(QString::fromStdString(no))};
            const std::string oldName = RawSqlite::text(account, 1);
            crm.step(account);
            lastStamp = qMax(lastStamp + 1, QDateTime::currentMSecsSinceEpoch());
            const std::string stamp =
                stampText(QDateTime::fromMSecsSinceEpoch(lastStamp, Qt::UTC)).toStdString();
            RawSqlite::bind(update, 1, name);
            RawSqlite::bind(update, 2, stamp);
            RawSqlite::bind(update, 3, remoteKey);
            crm.step(update);
            sqlite3_bind_int64(
                saveCoupling, 1,
                QDateTime::fromString(QString::fromStdString(localStamp), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch());
            sqlite3_bind_int64(saveCoupling, 2, lastStamp);
            RawSqlite::bind(saveCoupling, 3, stamp);
            RawSqlite::bind(saveCoupling, 4, replaceName(localValues, oldName, name));
            RawSqlite::bind(saveCoupling, 5, replaceName(remoteValues, oldName, name));
            sqlite3_bind_int64(saveCoupling, 6, QDateTime::currentMSecsSinceEpoch());
            sqlite3_bind_int64(saveCoupling, 7, id);
            state.step(saveCoupling);
            ++out;
        }
        crm.exec("COMMIT");
        state.exec("COMMIT");
        int echoes = 0;
        RawSqlite::bind(written, 1, remoteSince);
        while (crm.step(written)) {
            RawSqlite::bind(byRemote, 1, RawSqlite::text(written, 0));
            check(state.step(byRemote), QStringLiteral("a CRM row written is not coupled"));
            if (RawSqlite::text(byRemote, 2) == RawSqlite::text(written, 7))
                ++echoes;
            state.step(byRemote);
        }
        check(out == kChanged && echoes == kChanged,
              QStringLiteral("floor: %1 rows out, %2 echoes").arg(out).arg(echoes));
    }

    // After rawSync(): the marks pass what it wrote, as the engine's would.
    void settleRaw()
    {
        m_store->setMark(CUSTOMER, PassDirection::LocalToRemote, QDateTime::currentDateTimeUtc());
        markPastRemoteStamps();
    }

    // The timed part: one incremental sync of the mapping, both passes.
    void sync()
    {
        SyncEngine engine(m_ws, *m_store, *m_local, *m_remote, SystemClock::instance());
        SyncOptions options;
        options.mappings = {CUSTOMER};
        options.batchSize = kBatch;
        m_jobs = engine.run(options);
    }

    // The two passes' durations of the last run, from their jobs.
    QString passTimes() const
    {
        QStringList parts;
        for (const SyncJob &j : m_jobs) {
            parts.append(QStringLiteral("%1 %2 ms")
                             .arg(toString(j.direction))
                             .arg(j.started.msecsTo(j.finished)));
        }
        return parts.join(QStringLiteral(", "));
    }

    // The changes went over, the echo came back unchanged, and nothing else moved.
    // Then the remote -> local mark is moved past the rows this run wrote: the SQL
    // connector stamps rows ahead of the clock when it writes faster than one row a
    // millisecond, so the engine's own mark (never past the job's start) would leave
    // them to be read again by the next measured run.
    void verifyAndSettle()
    {
        check(m_jobs.size() == 2, QStringLiteral("%1 jobs").arg(m_jobs.size()));
        const SyncJob &out = m_jobs.at(0);
        const SyncJob &in = m_jobs.at(1);
        const QString counts =
            QStringLiteral("out: modified %1, unchanged %2, failed %3, candidates %4; in: "
                           "modified %5, unchanged %6, failed %7, candidates %8")
                .arg(out.modified)
                .arg(out.unchanged)
                .arg(out.failed)
                .arg(out.candidates())
                .arg(in.modified)
                .arg(in.unchanged)
                .arg(in.failed)
                .arg(in.candidates());
        check(out.status == JobStatus::Succeeded && in.status == JobStatus::Succeeded, counts);
        check(out.modified == kChanged && out.candidates() == kChanged, counts);
        check(in.unchanged == kChanged && in.candidates() == kChanged, counts);
        const QHash<QString, Coupling> coupled =
            m_store->couplingsByKeys(CUSTOMER, Side::Local, m_changed.keys());
        check(coupled.size() == kChanged, QStringLiteral("couplings of the changed rows"));
        QStringList remoteKeys;
        for (const Coupling &c : coupled)
            remoteKeys.append(c.remoteKey);
        const TableMapping &m = *m_ws.mapping(CUSTOMER);
        const QList<Row> rows = m_remote->rowsByKeys(
            TableSpec{m.remote.table, m.remote.key, m.remote.modified, m.columns(Side::Remote), {}},
            remoteKeys);
        check(rows.size() == kChanged, QStringLiteral("%1 CRM rows").arg(rows.size()));
        QHash<QString, QString> nameByRemote;
        for (const Row &r : rows)
            nameByRemote.insert(r.key, r.values.value(QStringLiteral("name")).toString());
        for (auto it = coupled.cbegin(); it != coupled.cend(); ++it) {
            check(nameByRemote.value(it->remoteKey) == m_changed.value(it.key()),
                  QStringLiteral("%1 did not reach the CRM").arg(it.key()));
        }
        markPastRemoteStamps();
    }

private:
    void open()
    {
        m_store = std::make_unique<StateStore>(m_ws.store);
        m_store->open();
        m_local = createConnector(m_ws.local, m_folder, {}, SystemClock::instance());
        m_remote = createConnector(m_ws.remote, m_folder, {}, SystemClock::instance());
        m_local->open();
        m_remote->open();
    }

    static QString accountId(int i)
    {
        return QStringLiteral("acc-%1").arg(i, 7, 10, QLatin1Char('0'));
    }

    // The CRM rows the first sync would have written.
    void insertAccounts(QSqlDatabase &db, const QDateTime &past)
    {
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO accounts (accountid, name, emailaddress1, "
                                 "address1_city, customertypecode, transactioncurrencyid, "
                                 "statecode, modifiedon) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"));
        for (int i = 0; i < m_size; ++i) {
            const QVariantList v = customerValues(i);
            q.bindValue(0, accountId(i));
            q.bindValue(1, v.at(0));
            q.bindValue(2, v.at(1));
            q.bindValue(3, v.at(2));
            q.bindValue(4, typeCode(v.at(3).toString()));
            q.bindValue(5, currencyRemoteId(v.at(4).toString()));
            q.bindValue(6, stampText(past.addMSecs(i)));
            if (!q.exec())
                throw Error(QStringLiteral("Cannot insert accounts"), q.lastError().text());
        }
        if (!db.commit())
            throw Error(QStringLiteral("Cannot commit accounts"), db.lastError().text());
    }

    // The couplings the first sync would have saved, in one transaction.
    void saveCouplings(const QDateTime &past)
    {
        const TableMapping &m = *m_ws.mapping(CUSTOMER);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_store->begin();
        QList<Coupling> chunk;
        for (int i = 0; i < m_size; ++i) {
            const QVariantList v = customerValues(i);
            const QDateTime stamp = past.addMSecs(i);
            Coupling c;
            c.mapping = CUSTOMER;
            c.localKey = customerNo(i);
            c.remoteKey = accountId(i);
            c.localStamp = stamp;
            c.remoteStamp = stamp;
            c.remoteEtag = stampText(stamp);
            c.localValues = mappedValues(m, Side::Local,
                                         {{QStringLiteral("name"), v.at(0)},
                                          {QStringLiteral("email"), v.at(1)},
                                          {QStringLiteral("city"), v.at(2)},
                                          {QStringLiteral("type"), v.at(3)},
                                          {QStringLiteral("currency_code"), v.at(4)}});
            c.remoteValues = mappedValues(
                m, Side::Remote,
                {{QStringLiteral("name"), v.at(0)},
                 {QStringLiteral("emailaddress1"), v.at(1)},
                 {QStringLiteral("address1_city"), v.at(2)},
                 {QStringLiteral("customertypecode"), typeCode(v.at(3).toString())},
                 {QStringLiteral("transactioncurrencyid"), currencyRemoteId(v.at(4).toString())},
                 {QStringLiteral("statecode"), 0}});
            c.lastToRemote = SyncResult::Success;
            c.lastFromRemote = SyncResult::Success;
            c.lastSyncedAt = now;
            chunk.append(c);
            if (chunk.size() == 10000 || i == m_size - 1) {
                m_store->saveCouplings(chunk);
                chunk.clear();
            }
        }
        m_store->commit();
    }

    void markPastRemoteStamps()
    {
        Sqlite crm(m_ws.remote.database);
        QSqlQuery q(crm.db());
        q.exec(QStringLiteral("SELECT MAX(modifiedon) FROM accounts"));
        const QDateTime newest =
            q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs)
                     : QDateTime();
        check(newest.isValid(), QStringLiteral("no CRM stamp"));
        m_store->setMark(CUSTOMER, PassDirection::RemoteToLocal, newest);
    }

    QString m_folder;
    int m_size;
    Workspace m_ws;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<Connector> m_local;
    std::unique_ptr<Connector> m_remote;
    double m_setupSeconds = 0;
    QHash<QString, QString> m_changed; // customer no -> new name
    std::string m_localSince;          // the ERP stamp before the last change()
    QList<SyncJob> m_jobs;
    std::unique_ptr<Floor> m_floor;
};

// A new number for each change(), so that every run writes new values (also on
// tables reused from an earlier run, COUPLET_BENCH_KEEP).
int nextRepetition()
{
    static int repetition = qEnvironmentVariableIsSet("COUPLET_BENCH_KEEP")
                                ? int(QDateTime::currentSecsSinceEpoch() % 100000) * 10
                                : 0;
    return ++repetition;
}

// The floor's median over the same kind of changes.
double measureFloor(CoupledTables &tables, int size)
{
    const double seconds = medianSeconds(
        kRepetitions,
        [&] {
            tables.change(nextRepetition());
            tables.floor(); // opened untimed, like the engine's connections
        },
        [&] { tables.rawSync(); }, [&] { tables.settleRaw(); });
    std::printf("  %d couplings: floor %.3f s for %d random changes (SQLite C API, no engine)\n",
                size, seconds, kChanged);
    std::fflush(stdout);
    return seconds;
}

double measure(CoupledTables &tables, int size, bool clustered = false)
{
    QStringList passes;
    const double seconds = medianSeconds(
        kRepetitions, [&] { tables.change(nextRepetition(), clustered); }, [&] { tables.sync(); },
        [&] {
            passes.append(tables.passTimes());
            tables.verifyAndSettle();
        });
    std::printf("  %d couplings: %.3f s for %d %s changes (median of %d; %s)\n", size, seconds,
                kChanged, clustered ? "clustered" : "random", kRepetitions,
                qPrintable(passes.join(QStringLiteral("; "))));
    std::fflush(stdout);
    return seconds;
}

void runBenchmark()
{
    const int large = qEnvironmentVariableIntValue("COUPLET_BENCH_ROWS") > 0
                          ? qEnvironmentVariableIntValue("COUPLET_BENCH_ROWS")
                          : 1000000;
    QTemporaryDir dir;
    check(dir.isValid(), QStringLiteral("no temporary folder"));
    const QString keep = qEnvironmentVariable("COUPLET_BENCH_KEEP");
    if (!keep.isEmpty() && QFile::exists(keep + QStringLiteral("/ready"))) {
        CoupledTables tables(keep, large, Method::Bulk);
        measure(tables, large);
        measure(tables, large, true);
        measureFloor(tables, large);
        return;
    }
    std::printf("incremental_sync_sql: %d changes over %d and over %d couplings\n", kChanged, large,
                kSmall);

    // How to build the coupled tables fastest: both ways on 100,000 rows.
    const int probe = qMin(100000, large);
    double probeSeconds[2] = {0, 0};
    double middle = 0;
    for (Method method : {Method::Bulk, Method::Engine}) {
        const QString folder = dir.filePath(QStringLiteral("probe-%1").arg(int(method)));
        {
            CoupledTables tables(folder, probe, method);
            probeSeconds[int(method)] = tables.setupSeconds();
            // A built setup must sync like any other: one checked run on each.
            tables.change(0);
            tables.sync();
            tables.verifyAndSettle();
            // For information: the middle of the scale (10k, 100k, 1M).
            if (method == Method::Bulk && probe < large)
                middle = measure(tables, probe);
        }
        QDir(folder).removeRecursively();
        std::printf("  setup of %d coupled rows by %s: %.2f s (%.0f rows/s)\n", probe,
                    qPrintable(methodName(method)), probeSeconds[int(method)],
                    probe / probeSeconds[int(method)]);
    }
    const Method fastest = probeSeconds[0] <= probeSeconds[1] ? Method::Bulk : Method::Engine;

    double small = 0;
    double smallFloor = 0;
    {
        CoupledTables tables(dir.filePath(QStringLiteral("small")), kSmall, fastest);
        small = measure(tables, kSmall);
        measure(tables, kSmall, true);
        smallFloor = measureFloor(tables, kSmall);
    }
    double big = 0;
    double bigFloor = 0;
    {
        CoupledTables tables(keep.isEmpty() ? dir.filePath(QStringLiteral("large")) : keep, large,
                             fastest);
        std::printf("  setup of %d coupled rows by %s: %.1f s\n", large,
                    qPrintable(methodName(fastest)), tables.setupSeconds());
        big = measure(tables, large);
        // For information: neighbouring rows, which touch few pages of the tables.
        measure(tables, large, true);
        bigFloor = measureFloor(tables, large);
    }
    // The floor's own ratio: what SQLite on this machine charges for the same changes
    // spread over the larger tables, with no engine at all.
    std::printf("  floor ratio (SQLite C API, %d vs %d couplings): %.2f\n", large, kSmall,
                bigFloor / smallFloor);
    report(
        QStringLiteral("incremental_sync_sql"), kChanged, big, small,
        QStringLiteral("%1 changes over %2 couplings vs %3").arg(kChanged).arg(large).arg(kSmall),
        QJsonObject{{QStringLiteral("middle_couplings"), probe},
                    {QStringLiteral("middle_seconds"), middle},
                    {QStringLiteral("floor_seconds"), bigFloor},
                    {QStringLiteral("floor_baseline_seconds"), smallFloor},
                    {QStringLiteral("floor_ratio"), bigFloor / smallFloor}});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return couplet::bench::run(runBenchmark);
}
