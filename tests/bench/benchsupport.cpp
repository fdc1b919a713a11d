#include "benchsupport.h"

#include "error.h"
#include "store/statestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace couplet::bench {

void check(bool ok, const QString &what)
{
    if (!ok)
        throw Wrong{what};
}

namespace {

QSqlQuery execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(QStringLiteral("SQL failed: %1").arg(sql), q.lastError().text());
    return q;
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

ConnectionConfig sqlite(const QString &name, const QString &path)
{
    ConnectionConfig c;
    c.name = name;
    c.driver = QStringLiteral("QSQLITE");
    c.database = path;
    return c;
}

const QStringList cities = {QStringLiteral("Copenhagen"), QStringLiteral("Hamburg"),
                            QStringLiteral("London"),     QStringLiteral("Stockholm"),
                            QStringLiteral("Seattle"),    QStringLiteral("Lyon")};

} // namespace

void createLocalSchema(QSqlDatabase &db)
{
    execSql(db,
            QStringLiteral("CREATE TABLE currency (code TEXT PRIMARY KEY, rate DOUBLE PRECISION, "
                           "modified_at TEXT NOT NULL)"));
    execSql(db,
            QStringLiteral("CREATE TABLE customer (no TEXT PRIMARY KEY, name TEXT, email TEXT, "
                           "city TEXT, type TEXT, currency_code TEXT, modified_at TEXT NOT NULL)"));
    execSql(db, QStringLiteral("CREATE INDEX customer_modified ON customer (modified_at, no)"));
}

void createRemoteSchema(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("CREATE TABLE transactioncurrencies (transactioncurrencyid TEXT "
                               "PRIMARY KEY, isocurrencycode TEXT, exchangerate DOUBLE PRECISION "
                               "NOT NULL, modifiedon TEXT NOT NULL)"));
    execSql(db, QStringLiteral("CREATE TABLE accounts (accountid TEXT PRIMARY KEY, name TEXT, "
                               "emailaddress1 TEXT, address1_city TEXT, customertypecode INTEGER, "
                               "transactioncurrencyid TEXT, statecode INTEGER, "
                               "modifiedon TEXT NOT NULL)"));
    execSql(db,
            QStringLiteral("CREATE INDEX accounts_modified ON accounts (modifiedon, accountid)"));
}

Workspace makeWorkspace(const QString &local, const QString &remote, const QString &store,
                        Direction customerDirection)
{
    Workspace ws;
    ws.name = QStringLiteral("Bench");
    ws.path = QFileInfo(store).absolutePath() + QStringLiteral("/bench.couplet.json");
    ws.local = sqlite(QStringLiteral("ERP"), local);
    ws.remote = sqlite(QStringLiteral("CRM"), remote);
    ws.store = sqlite(QStringLiteral("store"), store);

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
    customer.direction = customerDirection;
    customer.local = side("customer", "no", "modified_at", "Customer");
    customer.remote = side("accounts", "accountid", "modifiedon", "Account");
    FieldMapping type = field(QStringLiteral("type"), QStringLiteral("customertypecode"));
    type.valueMap = {{QStringLiteral("customer"), 3}, {QStringLiteral("prospect"), 8}};
    FieldMapping cur =
        field(QStringLiteral("currency_code"), QStringLiteral("transactioncurrencyid"));
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

const QStringList &currencyCodes()
{
    static const QStringList codes = {QStringLiteral("EUR"), QStringLiteral("USD"),
                                      QStringLiteral("GBP")};
    return codes;
}

QString currencyRemoteId(const QString &code)
{
    return QStringLiteral("crm-currency-") + code.toLower();
}

void seedCurrencies(QSqlDatabase *local, QSqlDatabase *remote, const QString &storePath)
{
    const QDateTime stamp = QDateTime::currentDateTimeUtc().addDays(-30);
    for (const QString &code : currencyCodes()) {
        if (local) {
            QSqlQuery l(*local);
            l.prepare(QStringLiteral("INSERT INTO currency VALUES (?, ?, ?)"));
            l.addBindValue(code);
            l.addBindValue(1.0);
            l.addBindValue(stampText(stamp));
            if (!l.exec())
                throw Error(QStringLiteral("Cannot seed the currencies"), l.lastError().text());
        }
        if (remote) {
            QSqlQuery r(*remote);
            r.prepare(QStringLiteral("INSERT INTO transactioncurrencies VALUES (?, ?, ?, ?)"));
            r.addBindValue(currencyRemoteId(code));
            r.addBindValue(code);
            r.addBindValue(1.0);
            r.addBindValue(stampText(stamp));
            if (!r.exec())
                throw Error(QStringLiteral("Cannot seed the currencies"), r.lastError().text());
        }
    }
    if (storePath.isEmpty())
        return;
    StateStore store(sqlite(QStringLiteral("store"), storePath));
    store.open();
    QList<Coupling> couplings;
    for (const QString &code : currencyCodes()) {
        Coupling c;
        c.mapping = QStringLiteral("CURRENCY");
        c.localKey = code;
        c.remoteKey = currencyRemoteId(code);
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

QString customerNo(int i)
{
    return QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0'));
}

QVariantList customerValues(int i, const QString &salt)
{
    return {QStringLiteral("Customer %1%2").arg(i).arg(salt),
            QStringLiteral("customer%1@erp.example").arg(i), cities.at(i % cities.size()),
            i % 3 == 0 ? QStringLiteral("prospect") : QStringLiteral("customer"),
            currencyCodes().at(i % currencyCodes().size())};
}

int typeCode(const QString &type)
{
    return type == QLatin1String("prospect") ? 8 : 3;
}

void insertCustomers(QSqlDatabase &db, int from, int to, const QDateTime &stamp)
{
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO customer (no, name, email, city, type, currency_code, "
                             "modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = from; i < to; ++i) {
        q.bindValue(0, customerNo(i));
        const QVariantList v = customerValues(i);
        for (int c = 0; c < v.size(); ++c)
            q.bindValue(c + 1, v.at(c));
        q.bindValue(6, stampText(stamp.addMSecs(i)));
        if (!q.exec())
            throw Error(QStringLiteral("Cannot insert customers"), q.lastError().text());
    }
    if (!db.commit())
        throw Error(QStringLiteral("Cannot commit customers"), db.lastError().text());
}

QString stampText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

RawSqlite::RawSqlite(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        fail("open");
    sqlite3_busy_timeout(m_db, 5000);
    // The page cache the engine's connections have (SqlConnector, StateStore).
    exec("PRAGMA cache_size=-65536");
}

RawSqlite::~RawSqlite()
{
    for (sqlite3_stmt *s : m_statements)
        sqlite3_finalize(s);
    sqlite3_close_v2(m_db);
}

void RawSqlite::fail(const char *what) const
{
    throw Error(QStringLiteral("SQLite %1 failed").arg(QLatin1String(what)),
                QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void RawSqlite::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(sql);
}

sqlite3_stmt *RawSqlite::prepare(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
        fail(sql);
    m_statements.push_back(s);
    return s;
}

bool RawSqlite::step(sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        fail(sqlite3_sql(s));
    return false;
}

std::string RawSqlite::text(sqlite3_stmt *s, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return p ? std::string(p, size_t(sqlite3_column_bytes(s, column))) : std::string();
}

void RawSqlite::bind(sqlite3_stmt *s, int index, const std::string &text)
{
    sqlite3_bind_text(s, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

Sqlite::Sqlite(const QString &path, const QStringList &pragmas)
{
    static int counter = 0;
    m_name = QStringLiteral("bench-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        throw Error(QStringLiteral("Cannot open %1").arg(path), m_db.lastError().text());
    for (const QString &pragma : pragmas)
        exec(pragma);
}

Sqlite::~Sqlite()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void Sqlite::exec(const QString &sql)
{
    execSql(m_db, sql);
}

qint64 Sqlite::scalar(const QString &sql)
{
    QSqlQuery q = execSql(m_db, sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

double medianSeconds(int repetitions, const std::function<void()> &prepare,
                     const std::function<void()> &work, const std::function<void()> &after)
{
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e9);
        if (after)
            after();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const QString &name, qint64 rows, double seconds, double baselineSeconds,
            const QString &note, const QJsonObject &extra)
{
    const double ratio = baselineSeconds > 0 ? seconds / baselineSeconds : 0;
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("seconds"), seconds},
                     {QStringLiteral("rows_per_s"), seconds > 0 ? rows / seconds : 0},
                     {QStringLiteral("baseline_seconds"), baselineSeconds},
                     {QStringLiteral("ratio"), ratio}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    QString dir = qEnvironmentVariable("COUPLET_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("Cannot write %1").arg(file.fileName()));
    file.write(QJsonDocument(json).toJson());
    std::printf("%s: %lld rows in %.3f s (%.0f rows/s); baseline %.3f s; ratio %.2f%s%s\n",
                qPrintable(name), static_cast<long long>(rows), seconds,
                seconds > 0 ? rows / seconds : 0.0, baselineSeconds, ratio,
                note.isEmpty() ? "" : "; ", qPrintable(note));
    std::printf("wrote %s\n", qPrintable(file.fileName()));
    std::fflush(stdout);
}

int run(const std::function<void()> &body)
{
    try {
        body();
        return 0;
    } catch (const Wrong &w) {
        std::fprintf(stderr, "WRONG RESULT: %s\n", qPrintable(w.message));
    } catch (const Error &e) {
        std::fprintf(stderr, "ERROR: %s %s\n", qPrintable(e.message()), qPrintable(e.detail()));
    }
    return 1;
}

} // namespace couplet::bench
