// initial_sync_sql: the initial sync of 100,000 ERP customers into an empty CRM,
// SQLite to SQLite, through SyncEngine (CUSTOMER mapping toRemote: value map,
// currency lookup, constant; couplings written). Baseline, in the same run: a plain
// loop that copies the same rows and writes the same coupling rows into the same
// state store schema, with prepared statements in batched transactions. The floor,
// for information: the same writes hand-written against SQLite's C API.
//
// COUPLET_BENCH_ROWS overrides the row count (e.g. 10000 under callgrind).

#include "benchsupport.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/syncengine.h"
#include "error.h"
#include "store/statestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

using namespace couplet;
using namespace couplet::bench;

namespace {

constexpr int kBatch = 1000;
constexpr int kRepetitions = 3;

void appendJson(QString &out, const QString &key, const QVariant &value)
{
    out += out.size() > 1 ? QStringLiteral(",\"") : QStringLiteral("\"");
    out += key;
    out += QStringLiteral("\":");
    if (value.isNull()) {
        out += QStringLiteral("null");
    } else if (value.typeId() == QMetaType::Int) {
        out += QString::number(value.toInt());
    } else {
        QString text = value.toString();
        if (text.contains(QLatin1Char('\\')) || text.contains(QLatin1Char('"'))) {
            text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            text.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        }
        out += QLatin1Char('"');
        out += text;
        out += QLatin1Char('"');
    }
}

class InitialSync
{
public:
    InitialSync()
        : m_rows(qEnvironmentVariableIntValue("COUPLET_BENCH_ROWS") > 0
                     ? qEnvironmentVariableIntValue("COUPLET_BENCH_ROWS")
                     : 100000)
    {
        check(m_dir.isValid(), QStringLiteral("no temporary folder"));
        m_local = m_dir.filePath(QStringLiteral("erp.sqlite"));
        Sqlite erp(m_local);
        createLocalSchema(erp.db());
        seedCurrencies(&erp.db(), nullptr, {});
        insertCustomers(erp.db(), 0, m_rows, QDateTime::currentDateTimeUtc().addDays(-1));
    }

    void run()
    {
        std::printf("initial_sync_sql: %d ERP customers to an empty CRM\n", m_rows);
        // COUPLET_BENCH_ONLY=engine|bidirectional|baseline|raw: one run of one side (for
        // valgrind --tool=callgrind).
        const QString only = qEnvironmentVariable("COUPLET_BENCH_ONLY");
        if (!only.isEmpty()) {
            fresh();
            QElapsedTimer timer;
            timer.start();
            if (only == QLatin1String("baseline"))
                baselineRun(kBatch, false);
            else if (only == QLatin1String("raw"))
                rawRun(kBatch);
            else if (only == QLatin1String("bidirectional"))
                engineRun(kBatch, Direction::Bidirectional);
            else
                engineRun(kBatch, Direction::ToRemote);
            std::printf("  %s: %.3f s\n", qPrintable(only), timer.nsecsElapsed() / 1e9);
            verify();
            return;
        }
        // Batch sizes, one run each.
        for (int batch : {100, 500, 1000, 5000}) {
            double seconds = 0;
            medianSeconds(
                1, [&] { fresh(); }, [&] { seconds = engineRun(batch, Direction::ToRemote); },
                [&] { verify(); });
            std::printf("  engine, batch %5d: %.3f s (%.0f rows/s)\n", batch, seconds,
                        m_rows / seconds);
        }
        // Bidirectional, for information: the remote -> local pass reads every row
        // back and finds it unchanged (the echo).
        {
            fresh();
            QElapsedTimer timer;
            timer.start();
            const double out = engineRun(kBatch, Direction::Bidirectional);
            std::printf("  engine, bidirectional: %.3f s (local -> remote %.3f s, echo pass "
                        "%.3f s)\n",
                        timer.nsecsElapsed() / 1e9, out, m_echoSeconds);
            verify();
        }
        const double engine = medianSeconds(
            kRepetitions, [&] { fresh(); }, [&] { engineRun(kBatch, Direction::ToRemote); },
            [&] { verify(); });
        const double baseline = medianSeconds(
            kRepetitions, [&] { fresh(); }, [&] { baselineRun(kBatch, false); }, [&] { verify(); });
        // For information: the same loop with time-ordered keys instead of random GUIDs.
        const double ordered = medianSeconds(
            1, [&] { fresh(); }, [&] { baselineRun(kBatch, true); }, [&] { verify(); });
        std::printf("  plain loop, random GUIDs: %.3f s (%.0f rows/s); time-ordered GUIDs: %.3f s "
                    "(%.0f rows/s)\n",
                    baseline, m_rows / baseline, ordered, m_rows / ordered);
        // The floor: what this machine's SQLite can do for these writes at all.
        const double floor = medianSeconds(
            kRepetitions, [&] { fresh(); }, [&] { rawRun(kBatch); }, [&] { verify(); });
        std::printf("  floor (SQLite C API, no Qt, no engine): %.3f s (%.0f rows/s)\n", floor,
                    m_rows / floor);
        report(QStringLiteral("initial_sync_sql"), m_rows, engine, baseline,
               QStringLiteral("batch %1, median of %2").arg(kBatch).arg(kRepetitions),
               QJsonObject{{QStringLiteral("ordered_keys_baseline_seconds"), ordered},
                           {QStringLiteral("floor_seconds"), floor},
                           {QStringLiteral("floor_rows_per_s"), m_rows / floor}});
    }

private:
    // A new empty CRM and state store, with the currencies coupled.
    void fresh()
    {
        ++m_generation;
        for (const QString &path : {m_remote, m_store}) {
            if (path.isEmpty())
                continue;
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        m_remote = m_dir.filePath(QStringLiteral("crm-%1.sqlite").arg(m_generation));
        m_store = m_dir.filePath(QStringLiteral("state-%1.sqlite").arg(m_generation));
        Sqlite crm(m_remote);
        createRemoteSchema(crm.db());
        seedCurrencies(nullptr, &crm.db(), m_store);
    }

    // The engine's sync; returns the seconds of the local -> remote pass.
    double engineRun(int batch, Direction direction)
    {
        Workspace ws = makeWorkspace(m_local, m_remote, m_store, direction);
        StateStore store(ws.store);
        store.open();
        const Clock &clock = SystemClock::instance();
        std::unique_ptr<Connector> local = createConnector(ws.local, m_dir.path(), {}, clock);
        std::unique_ptr<Connector> remote = createConnector(ws.remote, m_dir.path(), {}, clock);
        local->open();
        remote->open();
        SyncEngine engine(ws, store, *local, *remote, clock);
        const TableMapping &customer = *ws.mapping(QStringLiteral("CUSTOMER"));
        QElapsedTimer timer;
        timer.start();
        const SyncJob job =
            engine.runPass(customer, PassDirection::LocalToRemote, JobTrigger::Manual, batch);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const QString counts = QStringLiteral("status %1, inserted %2, failed %3, coupled %4: %5")
                                   .arg(toString(job.status))
                                   .arg(job.inserted)
                                   .arg(job.failed)
                                   .arg(job.coupled)
                                   .arg(job.message);
        check(job.status == JobStatus::Succeeded && job.inserted == m_rows && job.failed == 0 &&
                  job.coupled == m_rows && job.candidates() == m_rows,
              counts);
        if (direction == Direction::Bidirectional) {
            timer.restart();
            const SyncJob echo =
                engine.runPass(customer, PassDirection::RemoteToLocal, JobTrigger::Manual, batch);
            m_echoSeconds = timer.nsecsElapsed() / 1e9;
            check(echo.status == JobStatus::Succeeded && echo.unchanged == m_rows &&
                      echo.candidates() == m_rows,
                  QStringLiteral("echo pass: unchanged %1 of %2").arg(echo.unchanged).arg(m_rows));
        }
        return seconds;
    }

    // The plain loop: read, translate, insert the row and its coupling.
    void baselineRun(int batch, bool orderedKeys)
    {
        Sqlite erp(m_local);
        Sqlite crm(m_remote);
        Sqlite state(m_store, {QStringLiteral("PRAGMA journal_mode=WAL"),
                               QStringLiteral("PRAGMA synchronous=NORMAL")});
        QHash<QString, QString> currencyIds;
        for (const QString &code : currencyCodes())
            currencyIds.insert(code, currencyRemoteId(code));
        const QHash<QString, int> typeCodes = {{QStringLiteral("customer"), 3},
                                               {QStringLiteral("prospect"), 8}};
        QSqlQuery read(erp.db());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT no, name, email, city, type, currency_code, "
                                      "modified_at FROM customer ORDER BY modified_at, no")))
            throw Error(QStringLiteral("baseline read"), read.lastError().text());
        // Named placeholders: Qt 6.4's positional bindValue() formats a placeholder
        // name for every value it binds, which costs more than SQLite's insert.
        const QStringList a = {QStringLiteral(":a0"), QStringLiteral(":a1"), QStringLiteral(":a2"),
                               QStringLiteral(":a3"), QStringLiteral(":a4"), QStringLiteral(":a5"),
                               QStringLiteral(":a6"), QStringLiteral(":a7")};
        const QStringList c = {QStringLiteral(":c0"), QStringLiteral(":c1"), QStringLiteral(":c2"),
                               QStringLiteral(":c3"), QStringLiteral(":c4"), QStringLiteral(":c5"),
                               QStringLiteral(":c6"), QStringLiteral(":c7"), QStringLiteral(":c8"),
                               QStringLiteral(":c9"), QStringLiteral(":c10")};
        QSqlQuery insert(crm.db());
        insert.prepare(
            QStringLiteral("INSERT INTO accounts (accountid, name, emailaddress1, address1_city, "
                           "customertypecode, transactioncurrencyid, statecode, modifiedon) "
                           "VALUES (:a0, :a1, :a2, :a3, :a4, :a5, :a6, :a7)"));
        QSqlQuery couple(state.db());
        couple.prepare(QStringLiteral(
            "INSERT INTO couplings (mapping, local_key, remote_key, local_stamp, remote_stamp, "
            "remote_etag, local_values, remote_values, last_to_remote, last_from_remote, "
            "last_synced_at, skipped, skip_reason, local_deleted, remote_deleted, last_error, "
            "failed_since) VALUES (:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8, :c9, :c10, 0, "
            "'none', 0, 0, '', NULL)"));
        const QString mapping = QStringLiteral("CUSTOMER");
        const QString success = QStringLiteral("success");
        const QString none = QStringLiteral("none");
        crm.db().transaction();
        state.db().transaction();
        int n = 0;
        while (read.next()) {
            const QString no = read.value(0).toString();
            const QVariant name = read.value(1);
            const QVariant email = read.value(2);
            const QVariant city = read.value(3);
            const QVariant type = read.value(4);
            const QVariant currency = read.value(5);
            const QString localStampText = read.value(6).toString();
            const QVariant typeCode = typeCodes.value(type.toString());
            const QVariant currencyId = currencyIds.value(currency.toString());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (orderedKeys) {
                // A time-ordered GUID (like SQL Server's sequential ids or UUIDv7):
                // the time in front, so new keys go to the end of the key index.
                key.replace(0, 18,
                            QStringLiteral("%1-%2")
                                .arg(now.toMSecsSinceEpoch(), 12, 16, QLatin1Char('0'))
                                .arg(n % 0x10000, 4, 16, QLatin1Char('0'))
                                .insert(8, QLatin1Char('-')));
            }
            const QString stamp = stampText(now);
            insert.bindValue(a[0], key);
            insert.bindValue(a[1], name);
            insert.bindValue(a[2], email);
            insert.bindValue(a[3], city);
            insert.bindValue(a[4], typeCode);
            insert.bindValue(a[5], currencyId);
            insert.bindValue(a[6], 0);
            insert.bindValue(a[7], stamp);
            if (!insert.exec())
                throw Error(QStringLiteral("baseline insert"), insert.lastError().text());

            QString localValues = QStringLiteral("{");
            appendJson(localValues, QStringLiteral("city"), city);
            appendJson(localValues, QStringLiteral("currency_code"), currency);
            appendJson(localValues, QStringLiteral("email"), email);
            appendJson(localValues, QStringLiteral("name"), name);
            appendJson(localValues, QStringLiteral("type"), type);
            localValues += QLatin1Char('}');
            QString remoteValues = QStringLiteral("{");
            appendJson(remoteValues, QStringLiteral("address1_city"), city);
            appendJson(remoteValues, QStringLiteral("customertypecode"), typeCode);
            appendJson(remoteValues, QStringLiteral("emailaddress1"), email);
            appendJson(remoteValues, QStringLiteral("name"), name);
            appendJson(remoteValues, QStringLiteral("statecode"), 0);
            appendJson(remoteValues, QStringLiteral("transactioncurrencyid"), currencyId);
            remoteValues += QLatin1Char('}');
            couple.bindValue(c[0], mapping);
            couple.bindValue(c[1], no);
            couple.bindValue(c[2], key);
            couple.bindValue(
                c[3], QDateTime::fromString(localStampText, Qt::ISODateWithMs).toMSecsSinceEpoch());
            couple.bindValue(c[4], now.toMSecsSinceEpoch());
            couple.bindValue(c[5], stamp);
            couple.bindValue(c[6], localValues);
            couple.bindValue(c[7], remoteValues);
            couple.bindValue(c[8], success);
            couple.bindValue(c[9], none);
            couple.bindValue(c[10], now.toMSecsSinceEpoch());
            if (!couple.exec())
                throw Error(QStringLiteral("baseline coupling"), couple.lastError().text());
            if (++n % batch == 0) {
                crm.db().commit();
                state.db().commit();
                crm.db().transaction();
                state.db().transaction();
            }
        }
        crm.db().commit();
        state.db().commit();
        check(n == m_rows, QStringLiteral("the baseline read %1 rows").arg(n));
    }

    // The floor on this machine: the same reads and writes as the plain loop (with
    // time-ordered keys, as the engine makes them), hand-written against SQLite's C
    // API with UTF-8 text and no Qt types. No sync engine can beat it here.
    void rawRun(int batch)
    {
        RawSqlite erp(m_local);
        RawSqlite crm(m_remote);
        RawSqlite state(m_store);
        state.exec("PRAGMA synchronous=NORMAL");
        std::unordered_map<std::string, std::string> currencyIds;
        for (const QString &code : currencyCodes())
            currencyIds.emplace(code.toStdString(), currencyRemoteId(code).toStdString());
        sqlite3_stmt *read = erp.prepare("SELECT no, name, email, city, type, currency_code, "
                                         "modified_at FROM customer ORDER BY modified_at, no");
        sqlite3_stmt *insert =
            crm.prepare("INSERT INTO accounts (accountid, name, emailaddress1, address1_city, "
                        "customertypecode, transactioncurrencyid, statecode, modifiedon) "
                        "VALUES (?, ?, ?, ?, ?, ?, 0, ?)");
        sqlite3_stmt *couple = state.prepare(
            "INSERT INTO couplings (mapping, local_key, remote_key, local_stamp, remote_stamp, "
            "remote_etag, local_values, remote_values, last_to_remote, last_from_remote, "
            "last_synced_at, skipped, skip_reason, local_deleted, remote_deleted, last_error, "
            "failed_since) VALUES ('CUSTOMER', ?, ?, ?, ?, ?, ?, ?, 'success', 'none', ?, 0, "
            "'none', 0, 0, '', NULL)");
        auto json = [](std::string &out, const char *key, const std::string &value, bool number) {
            out += out.size() > 1 ? ",\"" : "\"";
            out += key;
            out += number ? "\":" : "\":\"";
            out += value;
            if (!number)
                out += '"';
        };
        crm.exec("BEGIN");
        state.exec("BEGIN");
        int n = 0;
        QRandomGenerator64 rng(42);
        while (erp.step(read)) {
            const std::string no = RawSqlite::text(read, 0), name = RawSqlite::text(read, 1),
                              email = RawSqlite::text(read, 2), city = RawSqlite::text(read, 3),
                              type = RawSqlite::text(read, 4), currency = RawSqlite::text(read, 5),
                              localStamp = RawSqlite::text(read, 6);
            const std::string typeCode = type == "customer" ? "3" : type == "prospect" ? "8" : "";
            const std::string &currencyId = currencyIds[currency];
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            char key[40];
            const quint64 r1 = rng.generate(), r2 = rng.generate();
            std::snprintf(key, sizeof key, "%08llx-%04llx-7%03llx-%04llx-%012llx",
                          static_cast<unsigned long long>(now >> 16),
                          static_cast<unsigned long long>(now & 0xffff),
                          static_cast<unsigned long long>(n & 0xfff),
                          static_cast<unsigned long long>(0x8000 | (r1 & 0x3fff)),
                          static_cast<unsigned long long>(r2 & 0xffffffffffffULL));
            const std::string stamp =
                stampText(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)).toStdString();
            RawSqlite::bind(insert, 1, key);
            RawSqlite::bind(insert, 2, name);
            RawSqlite::bind(insert, 3, email);
            RawSqlite::bind(insert, 4, city);
            sqlite3_bind_int(insert, 5, std::atoi(typeCode.c_str()));
            RawSqlite::bind(insert, 6, currencyId);
            RawSqlite::bind(insert, 7, stamp);
            crm.step(insert);
            std::string localValues = "{", remoteValues = "{";
            json(localValues, "city", city, false);
            json(localValues, "currency_code", currency, false);
            json(localValues, "email", email, false);
            json(localValues, "name", name, false);
            json(localValues, "type", type, false);
            localValues += '}';
            json(remoteValues, "address1_city", city, false);
            json(remoteValues, "customertypecode", typeCode, true);
            json(remoteValues, "emailaddress1", email, false);
            json(remoteValues, "name", name, false);
            json(remoteValues, "statecode", "0", true);
            json(remoteValues, "transactioncurrencyid", currencyId, false);
            remoteValues += '}';
            RawSqlite::bind(couple, 1, no);
            RawSqlite::bind(couple, 2, key);
            sqlite3_bind_int64(
                couple, 3,
                QDateTime::fromString(QString::fromStdString(localStamp), Qt::ISODateWithMs)
                    .toMSecsSinceEpoch());
            sqlite3_bind_int64(couple, 4, now);
            RawSqlite::bind(couple, 5, stamp);
            RawSqlite::bind(couple, 6, localValues);
            RawSqlite::bind(couple, 7, remoteValues);
            sqlite3_bind_int64(couple, 8, now);
            state.step(couple);
            if (++n % batch == 0) {
                crm.exec("COMMIT");
                state.exec("COMMIT");
                crm.exec("BEGIN");
                state.exec("BEGIN");
            }
        }
        crm.exec("COMMIT");
        state.exec("COMMIT");
        check(n == m_rows, QStringLiteral("the floor loop read %1 rows").arg(n));
    }

    // Every ERP row is in the CRM once, with the mapped values, and coupled once.
    void verify()
    {
        Sqlite erp(m_local);
        Sqlite crm(m_remote);
        Sqlite state(m_store);
        check(crm.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")) == m_rows,
              QStringLiteral("CRM rows"));
        check(state.scalar(QStringLiteral(
                  "SELECT COUNT(*) FROM couplings WHERE mapping = 'CUSTOMER'")) == m_rows,
              QStringLiteral("couplings"));
        QHash<QString, QStringList> remote;
        QSqlQuery r(crm.db());
        r.setForwardOnly(true);
        r.exec(QStringLiteral("SELECT accountid, name, emailaddress1, address1_city, "
                              "customertypecode, transactioncurrencyid, statecode FROM accounts"));
        while (r.next()) {
            remote.insert(r.value(0).toString(),
                          {r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                           r.value(4).toString(), r.value(5).toString(), r.value(6).toString()});
        }
        QHash<QString, QString> coupled;
        QSqlQuery c(state.db());
        c.setForwardOnly(true);
        c.exec(QStringLiteral("SELECT local_key, remote_key FROM couplings "
                              "WHERE mapping = 'CUSTOMER'"));
        while (c.next())
            coupled.insert(c.value(0).toString(), c.value(1).toString());
        QSqlQuery l(erp.db());
        l.setForwardOnly(true);
        l.exec(QStringLiteral("SELECT no, name, email, city, type, currency_code FROM customer"));
        int checked = 0;
        while (l.next()) {
            const QString no = l.value(0).toString();
            check(coupled.contains(no), QStringLiteral("%1 is not coupled").arg(no));
            const QStringList expected = {l.value(1).toString(),
                                          l.value(2).toString(),
                                          l.value(3).toString(),
                                          QString::number(typeCode(l.value(4).toString())),
                                          currencyRemoteId(l.value(5).toString()),
                                          QStringLiteral("0")};
            const QStringList found = remote.value(coupled.value(no));
            check(found == expected, QStringLiteral("%1: expected %2, found %3")
                                         .arg(no, expected.join(u'|'), found.join(u'|')));
            ++checked;
        }
        check(checked == m_rows && coupled.size() == m_rows, QStringLiteral("rows checked"));
    }

    QTemporaryDir m_dir;
    int m_rows;
    QString m_local;
    QString m_remote;
    QString m_store;
    int m_generation = 0;
    double m_echoSeconds = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return couplet::bench::run([] {
        InitialSync bench;
        bench.run();
    });
}
