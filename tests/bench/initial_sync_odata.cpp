// initial_sync_odata: the initial sync of 10,000 ERP customers (SQLite) into the
// empty accounts of the Dataverse-shaped CAP test server (tests/e2e/server),
// through SyncEngine and OdataConnector (CUSTOMER mapping toRemote: value map,
// currency lookup, constant; couplings written). Baseline, in the same run: the
// server's own ceiling, measured with a plain QNetworkAccessManager client that
// posts the same rows, with the same properties, in $batch requests of the same
// size (one change set per row, as the connector sends them), one after the other.
//
// COUPLET_BENCH_ROWS overrides the row count; COUPLET_BENCH_REPETITIONS the number
// of timed runs of each side (median, default 3).

#include "benchsupport.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/syncengine.h"
#include "error.h"
#include "odataserver.h"
#include "store/statestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace couplet;
using namespace couplet::bench;

namespace {

constexpr int kBatchSize = 100;   // writes per $batch (the connector's default)
constexpr int kEngineBatch = 500; // rows per engine batch (SyncOptions' default)

// The CAP server's seeded currencies (tests/e2e/server/srv/state.js).
QString capCurrencyId(const QString &code)
{
    if (code == QLatin1String("USD"))
        return QStringLiteral("c0000000-0000-4000-8000-0000000000c1");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("c0000000-0000-4000-8000-0000000000c2");
    return QStringLiteral("c0000000-0000-4000-8000-0000000000c3");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat;
// -1 when unknown.
double cpuSecondsOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // After "pid (comm) ": state ppid ... utime (14th field) stime (15th).
    const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    return (f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The node process of the test server: our child running server.js.
qint64 serverPid()
{
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 1 && f.at(1).toLongLong() == self && cmdline.readAll().contains("server.js"))
            return pid;
    }
    return -1;
}

FieldMapping field(const QString &local, const QString &remote)
{
    FieldMapping f;
    f.local = local;
    f.remote = remote;
    return f;
}

TableSide side(const char *table, const char *key, const char *modified, const char *caption)
{
    TableSide t;
    t.table = QLatin1String(table);
    t.key = QLatin1String(key);
    t.modified = QLatin1String(modified);
    t.caption = QLatin1String(caption);
    return t;
}

// Time spent inside one connector, by kind of call.
class TimedConnector final : public Connector
{
    // Runs f and adds its wall time to `total` (also when it throws).
    template <typename F> auto timed(double &total, F &&f)
    {
        QElapsedTimer timer;
        timer.start();
        struct Add
        {
            double &total;
            QElapsedTimer &timer;
            ~Add() { total += timer.nsecsElapsed() / 1e9; }
        } add{total, timer};
        return f();
    }

public:
    explicit TimedConnector(Connector &inner)
        : m_inner(inner)
    {}
    double readSeconds = 0;
    double writeSeconds = 0;
    double otherSeconds = 0;
    int writeCalls = 0;

    void open() override
    {
        timed(otherSeconds, [&] { m_inner.open(); });
    }
    void close() override { m_inner.close(); }
    QString displayName() const override { return m_inner.displayName(); }
    QList<Row> modifiedSince(const TableSpec &t, const QDateTime &s, const ScanCursor &a,
                             int l) override
    {
        return timed(readSeconds, [&] { return m_inner.modifiedSince(t, s, a, l); });
    }
    int countModifiedSince(const TableSpec &t, const QDateTime &s) override
    {
        return timed(readSeconds, [&] { return m_inner.countModifiedSince(t, s); });
    }
    QList<Row> rowsByKeys(const TableSpec &t, const QStringList &k) override
    {
        return timed(readSeconds, [&] { return m_inner.rowsByKeys(t, k); });
    }
    QSet<QString> existingKeys(const TableSpec &t, const QStringList &k) override
    {
        return timed(readSeconds, [&] { return m_inner.existingKeys(t, k); });
    }
    QList<Row> findRows(const TableSpec &t, const QVariantMap &e, int l) override
    {
        return timed(readSeconds, [&] { return m_inner.findRows(t, e, l); });
    }
    QList<Row> searchRows(const TableSpec &t, const QString &text, int l) override
    {
        return timed(readSeconds, [&] { return m_inner.searchRows(t, text, l); });
    }
    QList<WriteResult> write(const TableSpec &t, const QList<WriteOp> &ops) override
    {
        ++writeCalls;
        return timed(writeSeconds, [&] { return m_inner.write(t, ops); });
    }
    bool generatesKeys(const TableSpec &t) override
    {
        return timed(otherSeconds, [&] { return m_inner.generatesKeys(t); });
    }
    QStringList tables() override
    {
        return timed(otherSeconds, [&] { return m_inner.tables(); });
    }
    TableInfo tableInfo(const QString &t) override
    {
        return timed(otherSeconds, [&] { return m_inner.tableInfo(t); });
    }

private:
    Connector &m_inner;
};

class InitialSyncOdata
{
public:
    InitialSyncOdata()
        : m_rows(qEnvironmentVariableIntValue("COUPLET_BENCH_ROWS") > 0
                     ? qEnvironmentVariableIntValue("COUPLET_BENCH_ROWS")
                     : 10000)
        , m_repetitions(qEnvironmentVariableIntValue("COUPLET_BENCH_REPETITIONS") > 0
                            ? qEnvironmentVariableIntValue("COUPLET_BENCH_REPETITIONS")
                            : 3)
    {
        check(m_dir.isValid(), QStringLiteral("no temporary folder"));
        QString error;
        if (!m_server.start(&error))
            throw Error(QStringLiteral("Cannot start the OData test server"), error);
        m_local = m_dir.filePath(QStringLiteral("erp.sqlite"));
        Sqlite erp(m_local);
        createLocalSchema(erp.db());
        seedCurrencies(&erp.db(), nullptr, {});
        insertCustomers(erp.db(), 0, m_rows, QDateTime::currentDateTimeUtc().addDays(-1));
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_limit = m_rows;
        m_serverPid = serverPid();
    }

    void run()
    {
        std::printf("initial_sync_odata: %d ERP customers (SQLite) to the empty accounts of the "
                    "CAP server, $batch of %d\n",
                    m_rows, kBatchSize);
        std::fflush(stdout);
        // COUPLET_BENCH_ONLY=engine|baseline: one run of one side.
        const QString only = qEnvironmentVariable("COUPLET_BENCH_ONLY");
        if (!only.isEmpty()) {
            fresh();
            const double s = only == QLatin1String("baseline") ? baselineRun() : engineRun();
            std::printf("  %s: %.3f s (%.0f rows/s)\n", qPrintable(only), s, m_rows / s);
            return;
        }
        // Warm-up, untimed: the server's first requests are slower (node's JIT).
        fresh();
        m_limit = qMin(m_rows, 5 * kBatchSize);
        const double warm = baselineRun();
        m_limit = m_rows;
        std::printf("  warm-up: %d rows in %.3f s\n", qMin(m_rows, 5 * kBatchSize), warm);
        // Alternating, so that a drift of the machine's load hits both sides alike.
        QList<double> engine;
        QList<double> baseline;
        for (int i = 0; i < m_repetitions; ++i) {
            fresh();
            baseline << baselineRun();
            addCpu(1);
            verifyCount();
            std::printf("  plain client, run %d: %.3f s (%.0f rows/s); CPU: server %.2f s, "
                        "client %.2f s\n",
                        i + 1, baseline.last(), m_rows / baseline.last(), m_cpu.server,
                        m_cpu.client);
            fresh();
            engine << engineRun();
            addCpu(0);
            verify();
            std::printf("  engine, run %d: %.3f s (%.0f rows/s); CPU: server %.2f s, client "
                        "%.2f s; wall time in %s\n",
                        i + 1, engine.last(), m_rows / engine.last(), m_cpu.server, m_cpu.client,
                        qPrintable(m_profile));
            std::fflush(stdout);
        }
        const double e = median(engine);
        const double b = median(baseline);
        std::printf(
            "  median: engine %.0f rows/s, plain client (the server's ceiling) %.0f rows/s\n",
            m_rows / e, m_rows / b);
        report(
            QStringLiteral("initial_sync_odata"), m_rows, e, b,
            QStringLiteral("$batch of %1, median of %2; baseline %3 rows/s")
                .arg(kBatchSize)
                .arg(m_repetitions)
                .arg(m_rows / b, 0, 'f', 0),
            {{QStringLiteral("baseline_rows_per_s"), m_rows / b},
             {QStringLiteral("batch_size"), kBatchSize},
             {QStringLiteral("repetitions"), m_repetitions},
             // CPU seconds per run, on average: where the time went.
             {QStringLiteral("server_cpu_seconds"), m_cpuTotal[0].server / m_repetitions},
             {QStringLiteral("client_cpu_seconds"), m_cpuTotal[0].client / m_repetitions},
             {QStringLiteral("baseline_server_cpu_seconds"), m_cpuTotal[1].server / m_repetitions},
             {QStringLiteral("baseline_client_cpu_seconds"),
              m_cpuTotal[1].client / m_repetitions}});
    }

private:
    struct CpuMark
    {
        double server = -1;
        double client = -1;
    };
    void addCpu(int which)
    {
        m_cpuTotal[which].server += m_cpu.server;
        m_cpuTotal[which].client += m_cpu.client;
    }
    CpuMark cpuMark() const { return {cpuSecondsOf(m_serverPid), ownCpuSeconds()}; }
    CpuMark cpuSince(const CpuMark &start) const
    {
        const CpuMark now = cpuMark();
        return {start.server < 0 || now.server < 0 ? -1 : now.server - start.server,
                now.client - start.client};
    }

    // Empty accounts, a new state store with the currencies coupled.
    void fresh()
    {
        QString error;
        if (!m_server.reset(&error))
            throw Error(QStringLiteral("Cannot reset the OData test server"), error);
        ++m_generation;
        if (!m_store.isEmpty()) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_store + QLatin1String(suffix));
        }
        m_store = m_dir.filePath(QStringLiteral("state-%1.sqlite").arg(m_generation));
        StateStore store(sqliteConfig(QStringLiteral("store"), m_store));
        store.open();
        const QDateTime stamp = QDateTime::currentDateTimeUtc().addDays(-30);
        QList<Coupling> couplings;
        for (const QString &code : currencyCodes()) {
            Coupling c;
            c.mapping = QStringLiteral("CURRENCY");
            c.localKey = code;
            c.remoteKey = capCurrencyId(code);
            c.localStamp = stamp;
            c.remoteStamp = stamp;
            c.localValues = {{QStringLiteral("code"), code}, {QStringLiteral("rate"), 1.0}};
            c.remoteValues = {{QStringLiteral("isocurrencycode"), code},
                              {QStringLiteral("exchangerate"), 1.0}};
            c.lastToRemote = SyncResult::Success;
            c.lastSyncedAt = stamp;
            couplings.append(c);
        }
        store.saveCouplings(couplings);
    }

    static ConnectionConfig sqliteConfig(const QString &name, const QString &path)
    {
        ConnectionConfig c;
        c.name = name;
        c.driver = QStringLiteral("QSQLITE");
        c.database = path;
        return c;
    }

    Workspace workspace() const
    {
        Workspace ws;
        ws.name = QStringLiteral("Bench");
        ws.path = m_dir.filePath(QStringLiteral("bench.couplet.json"));
        ws.local = sqliteConfig(QStringLiteral("ERP"), m_local);
        ws.store = sqliteConfig(QStringLiteral("store"), m_store);
        ws.remote.name = QStringLiteral("CRM");
        ws.remote.kind = QStringLiteral("odata");
        ws.remote.driver.clear();
        ws.remote.options = {{QStringLiteral("url"), m_server.baseUrl().toString()},
                             {QStringLiteral("auth"), QStringLiteral("none")},
                             {QStringLiteral("batchSize"), kBatchSize},
                             {QStringLiteral("timeoutSeconds"), 120}};

        TableMapping currency;
        currency.name = QStringLiteral("CURRENCY");
        currency.local = side("currency", "code", "modified_at", "Currency");
        currency.remote = side("transactioncurrencies", "transactioncurrencyid", "modifiedon",
                               "Transaction Currency");
        currency.matchFields = {QStringLiteral("code")};
        currency.fields = {field(QStringLiteral("code"), QStringLiteral("isocurrencycode")),
                           field(QStringLiteral("rate"), QStringLiteral("exchangerate"))};

        TableMapping customer;
        customer.name = QStringLiteral("CUSTOMER");
        customer.direction = Direction::ToRemote;
        customer.local = side("customer", "no", "modified_at", "Customer");
        customer.remote = side("accounts", "accountid", "modifiedon", "Account");
        // The CAP model has no customertypecode: the option set goes to an integer.
        FieldMapping type = field(QStringLiteral("type"), QStringLiteral("numberofemployees"));
        type.valueMap = {{QStringLiteral("customer"), 3}, {QStringLiteral("prospect"), 8}};
        FieldMapping cur =
            field(QStringLiteral("currency_code"), QStringLiteral("_transactioncurrencyid_value"));
        cur.lookupMapping = QStringLiteral("CURRENCY");
        FieldMapping state;
        state.remote = QStringLiteral("statecode");
        state.constant = 0;
        state.direction = Direction::ToRemote;
        customer.fields = {field(QStringLiteral("name"), QStringLiteral("name")),
                           field(QStringLiteral("email"), QStringLiteral("emailaddress1")),
                           field(QStringLiteral("city"), QStringLiteral("address1_city")),
                           type,
                           cur,
                           state};
        ws.mappings = {currency, customer};
        return ws;
    }

    // The engine's local -> remote pass; returns its seconds.
    double engineRun()
    {
        const Workspace ws = workspace();
        StateStore store(ws.store);
        store.open();
        const Clock &clock = SystemClock::instance();
        std::unique_ptr<Connector> local = createConnector(ws.local, m_dir.path(), {}, clock);
        std::unique_ptr<Connector> remote = createConnector(ws.remote, m_dir.path(), {}, clock);
        TimedConnector timedLocal(*local);
        TimedConnector timedRemote(*remote);
        timedLocal.open();
        timedRemote.open();
        SyncEngine engine(ws, store, timedLocal, timedRemote, clock);
        const TableMapping &customer = *ws.mapping(QStringLiteral("CUSTOMER"));
        const CpuMark cpu = cpuMark();
        QElapsedTimer timer;
        timer.start();
        const SyncJob job = engine.runPass(customer, PassDirection::LocalToRemote,
                                           JobTrigger::Manual, kEngineBatch);
        const double seconds = timer.nsecsElapsed() / 1e9;
        m_cpu = cpuSince(cpu);
        check(job.status == JobStatus::Succeeded && job.inserted == m_rows && job.failed == 0 &&
                  job.coupled == m_rows && job.candidates() == m_rows,
              QStringLiteral("status %1, inserted %2, failed %3, coupled %4: %5")
                  .arg(toString(job.status))
                  .arg(job.inserted)
                  .arg(job.failed)
                  .arg(job.coupled)
                  .arg(job.message));
        const double remoteSeconds =
            timedRemote.readSeconds + timedRemote.writeSeconds + timedRemote.otherSeconds;
        const double localSeconds =
            timedLocal.readSeconds + timedLocal.writeSeconds + timedLocal.otherSeconds;
        m_profile = QStringLiteral("CRM writes %1 s in %2 calls, CRM reads %3 s, CRM schema %4 s, "
                                   "ERP %5 s, engine and state store %6 s")
                        .arg(timedRemote.writeSeconds, 0, 'f', 3)
                        .arg(timedRemote.writeCalls)
                        .arg(timedRemote.readSeconds, 0, 'f', 3)
                        .arg(timedRemote.otherSeconds, 0, 'f', 3)
                        .arg(localSeconds, 0, 'f', 3)
                        .arg(seconds - remoteSeconds - localSeconds, 0, 'f', 3);
        return seconds;
    }

    // The plain client: the same rows, the same properties, the same $batch layout.
    double baselineRun()
    {
        // The request bodies are made before the clock starts: this side measures
        // the server alone.
        QList<QByteArray> bodies;
        QList<QByteArray> boundaries;
        {
            Sqlite erp(m_local);
            QSqlQuery read(erp.db());
            read.setForwardOnly(true);
            if (!read.exec(QStringLiteral("SELECT no, name, email, city, type, currency_code "
                                          "FROM customer ORDER BY modified_at, no LIMIT %1")
                               .arg(m_limit)))
                throw Error(QStringLiteral("baseline read"), read.lastError().text());
            QByteArray body;
            QByteArray boundary;
            int inBatch = 0;
            int n = 0;
            while (read.next()) {
                if (inBatch == 0) {
                    boundary = "batch_" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
                    body.clear();
                }
                const QJsonObject row{
                    {QStringLiteral("name"), read.value(1).toString()},
                    {QStringLiteral("emailaddress1"), read.value(2).toString()},
                    {QStringLiteral("address1_city"), read.value(3).toString()},
                    {QStringLiteral("numberofemployees"), typeCode(read.value(4).toString())},
                    // A lookup is written as a bind, as Couplet (and Dataverse) do.
                    {QStringLiteral("transactioncurrencyid@odata.bind"),
                     QStringLiteral("/transactioncurrencies(%1)")
                         .arg(capCurrencyId(read.value(5).toString()))},
                    {QStringLiteral("statecode"), 0},
                    {QStringLiteral("accountid"),
                     QUuid::createUuid().toString(QUuid::WithoutBraces)}};
                const QByteArray changeset =
                    "changeset_" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
                body += "--" + boundary + "\r\n";
                body += "Content-Type: multipart/mixed; boundary=" + changeset + "\r\n\r\n";
                body += "--" + changeset + "\r\n";
                body += "Content-Type: application/http\r\n";
                body += "Content-Transfer-Encoding: binary\r\n";
                body += "Content-ID: " + QByteArray::number(inBatch + 1) + "\r\n\r\n";
                body += "POST accounts HTTP/1.1\r\n";
                body += "Prefer: return=representation\r\n";
                body += "Accept: application/json\r\n";
                body += "Content-Type: application/json; charset=utf-8\r\n\r\n";
                body += QJsonDocument(row).toJson(QJsonDocument::Compact);
                body += "\r\n--" + changeset + "--\r\n";
                ++n;
                if (++inBatch == kBatchSize) {
                    body += "--" + boundary + "--\r\n";
                    bodies << body;
                    boundaries << boundary;
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                body += "--" + boundary + "--\r\n";
                bodies << body;
                boundaries << boundary;
            }
            check(n == m_limit, QStringLiteral("the baseline read %1 rows").arg(n));
        }
        const QUrl url = m_server.serviceRoot().resolved(QUrl(QStringLiteral("$batch")));
        const CpuMark cpu = cpuMark();
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QNetworkRequest request(url);
            request.setRawHeader("OData-MaxVersion", "4.0");
            request.setRawHeader("OData-Version", "4.0");
            request.setRawHeader("Accept", "multipart/mixed");
            request.setRawHeader("Content-Type", "multipart/mixed; boundary=" + boundaries.at(i));
            request.setRawHeader("Prefer", "odata.continue-on-error");
            QNetworkReply *reply = m_network.post(request, bodies.at(i));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            reply->deleteLater();
            check(status == 200, QStringLiteral("$batch answered %1: %2")
                                     .arg(status)
                                     .arg(QString::fromUtf8(answer.left(300))));
            check(answer.count("HTTP/1.1 201") == qsizetype(bodies.at(i).count("POST accounts")),
                  QStringLiteral("a $batch part failed: %1")
                      .arg(QString::fromUtf8(answer.left(600))));
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        m_cpu = cpuSince(cpu);
        return seconds;
    }

    // Every account the server holds, by key.
    QHash<QString, QJsonObject> allAccounts()
    {
        QHash<QString, QJsonObject> out;
        QString next = QStringLiteral("accounts?$orderby=accountid");
        while (!next.isEmpty()) {
            const QJsonObject page = m_server.get(next).object();
            check(page.contains(QLatin1String("value")),
                  QStringLiteral("cannot read the accounts: %1")
                      .arg(QString::fromUtf8(QJsonDocument(page).toJson().left(300))));
            for (const QJsonValue &v : page.value(QLatin1String("value")).toArray()) {
                const QJsonObject o = v.toObject();
                out.insert(o.value(QLatin1String("accountid")).toString().toLower(), o);
            }
            next = page.value(QLatin1String("@odata.nextLink")).toString();
        }
        return out;
    }

    void verifyCount()
    {
        check(allAccounts().size() == m_rows, QStringLiteral("CRM rows after the plain client"));
    }

    // Every ERP row is in the CRM once, with the mapped values, and coupled once.
    void verify()
    {
        const QHash<QString, QJsonObject> remote = allAccounts();
        check(remote.size() == m_rows,
              QStringLiteral("CRM rows: %1 of %2").arg(remote.size()).arg(m_rows));
        Sqlite state(m_store);
        QHash<QString, QString> coupled;
        QSqlQuery c(state.db());
        c.setForwardOnly(true);
        c.exec(QStringLiteral("SELECT local_key, remote_key FROM couplings "
                              "WHERE mapping = 'CUSTOMER'"));
        while (c.next())
            coupled.insert(c.value(0).toString(), c.value(1).toString().toLower());
        Sqlite erp(m_local);
        QSqlQuery l(erp.db());
        l.setForwardOnly(true);
        l.exec(QStringLiteral("SELECT no, name, email, city, type, currency_code FROM customer"));
        int checked = 0;
        while (l.next()) {
            const QString no = l.value(0).toString();
            check(coupled.contains(no), QStringLiteral("%1 is not coupled").arg(no));
            const QJsonObject a = remote.value(coupled.value(no));
            const QStringList expected = {l.value(1).toString(),
                                          l.value(2).toString(),
                                          l.value(3).toString(),
                                          QString::number(typeCode(l.value(4).toString())),
                                          capCurrencyId(l.value(5).toString()),
                                          QStringLiteral("0")};
            const QStringList found = {
                a.value(QLatin1String("name")).toString(),
                a.value(QLatin1String("emailaddress1")).toString(),
                a.value(QLatin1String("address1_city")).toString(),
                QString::number(a.value(QLatin1String("numberofemployees")).toInt()),
                a.value(QLatin1String("_transactioncurrencyid_value")).toString().toLower(),
                QString::number(a.value(QLatin1String("statecode")).toInt())};
            check(found == expected, QStringLiteral("%1: expected %2, found %3")
                                         .arg(no, expected.join(u'|'), found.join(u'|')));
            ++checked;
        }
        check(checked == m_rows && coupled.size() == m_rows, QStringLiteral("rows checked"));
    }

    QTemporaryDir m_dir;
    int m_rows;
    int m_repetitions;
    int m_limit = 0; // rows the plain client sends
    qint64 m_serverPid = -1;
    CpuMark m_cpu;                            // CPU seconds of the last timed run
    CpuMark m_cpuTotal[2] = {{0, 0}, {0, 0}}; // summed over the runs: engine, plain client
    couplet::test::ODataServer m_server;
    QNetworkAccessManager m_network;
    QString m_local;
    QString m_store;
    int m_generation = 0;
    QString m_profile;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return couplet::bench::run([] {
        InitialSyncOdata bench;
        bench.run();
    });
}
