#pragma once

#include "model/workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Shared pieces of the benchmarks: a CUSTOMER-like mapping between two SQLite
// databases (with a value map, a currency lookup and a constant), its data, timing
// and the result file. A benchmark never fails because the machine is slow; it
// fails (exit code 1) when a sync produced wrong results.
namespace couplet::bench {

// A wrong result: the benchmark stops and exits with 1.
struct Wrong
{
    QString message;
};

void check(bool ok, const QString &what);

// ERP customer(no, name, email, city, type, currency_code, modified_at) and
// currency(code, rate, modified_at); CRM accounts(accountid, name, emailaddress1,
// address1_city, customertypecode, transactioncurrencyid, statecode, modifiedon)
// and transactioncurrencies(...). Both with an index on (modified, key).
void createLocalSchema(QSqlDatabase &db);
void createRemoteSchema(QSqlDatabase &db);

// The workspace over three SQLite files. The CUSTOMER mapping runs toRemote or
// bidirectional; CURRENCY is listed too, for the lookup.
Workspace makeWorkspace(const QString &local, const QString &remote, const QString &store,
                        Direction customerDirection);

// The currencies and their CRM ids: coupled before any benchmark runs.
const QStringList &currencyCodes();
QString currencyRemoteId(const QString &code);
// Writes the currencies to the databases given and their couplings to the store
// (when `storePath` is set).
void seedCurrencies(QSqlDatabase *local, QSqlDatabase *remote, const QString &storePath);

// Customer i's values, as the ERP holds them.
QString customerNo(int i);
QVariantList customerValues(int i, const QString &salt = {});
// The CRM value of the type field (the value map).
int typeCode(const QString &type);

// Inserts customers [from, to) into the ERP in one transaction, stamped `stamp`
// plus i milliseconds.
void insertCustomers(QSqlDatabase &db, int from, int to, const QDateTime &stamp);

QString stampText(const QDateTime &t);

// A raw SQLite connection, closed and removed when the object goes.
class Sqlite final
{
public:
    explicit Sqlite(const QString &path, const QStringList &pragmas = {});
    ~Sqlite();
    Sqlite(const Sqlite &) = delete;
    Sqlite &operator=(const Sqlite &) = delete;
    QSqlDatabase &db() { return m_db; }
    void exec(const QString &sql);
    qint64 scalar(const QString &sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

// A connection through SQLite's own C API, for the hand-written floors the
// benchmarks quote beside their baselines: UTF-8 text, no Qt types. Statements
// are finalized with the connection; an error throws.
class RawSqlite final
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;
    void exec(const char *sql);
    sqlite3_stmt *prepare(const char *sql);
    // Steps `s`: true for a row, false when done (and then resets it).
    bool step(sqlite3_stmt *s);
    static std::string text(sqlite3_stmt *s, int column);
    static void bind(sqlite3_stmt *s, int index, const std::string &text);

private:
    [[noreturn]] void fail(const char *what) const;
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

// Runs `work` `repetitions` times, each between `prepare` and `after` (untimed:
// setup and checks), and returns the median wall time in seconds.
double medianSeconds(int repetitions, const std::function<void()> &prepare,
                     const std::function<void()> &work, const std::function<void()> &after);

// Prints the figures and writes $COUPLET_BENCH_DIR/<name>.json (with the
// members of `extra` added to the common ones).
void report(const QString &name, qint64 rows, double seconds, double baselineSeconds,
            const QString &note, const QJsonObject &extra = {});

// Runs `body` and maps its outcome to an exit code: 0, or 1 for a wrong result or
// any other error (printed).
int run(const std::function<void()> &body);

} // namespace couplet::bench
