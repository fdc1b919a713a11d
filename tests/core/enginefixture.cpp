#include "enginefixture.h"

#include "error.h"
#include "testsupport.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace couplet::test {

namespace {

QStringList localSchema(const QString &backend)
{
    const QString stamp = stampType(backend);
    return {
        QStringLiteral(
            "CREATE TABLE currency (code VARCHAR(10) PRIMARY KEY, rate DOUBLE PRECISION, "
            "modified_at %1 NOT NULL)")
            .arg(stamp),
        QStringLiteral("CREATE TABLE customer (no VARCHAR(20) PRIMARY KEY, name VARCHAR(100), "
                       "email VARCHAR(80), city VARCHAR(30), type VARCHAR(20), "
                       "currency_code VARCHAR(10), modified_at %1 NOT NULL)")
            .arg(stamp),
        QStringLiteral("CREATE INDEX customer_modified ON customer (modified_at, no)"),
    };
}

QStringList remoteSchema(const QString &backend)
{
    const QString stamp = stampType(backend);
    return {
        QStringLiteral(
            "CREATE TABLE transactioncurrencies (transactioncurrencyid VARCHAR(40) "
            "PRIMARY KEY, isocurrencycode VARCHAR(10), exchangerate DOUBLE PRECISION NOT NULL, "
            "modifiedon %1 NOT NULL)")
            .arg(stamp),
        QStringLiteral("CREATE TABLE accounts (accountid VARCHAR(40) PRIMARY KEY, name "
                       "VARCHAR(100), emailaddress1 VARCHAR(80), address1_city VARCHAR(30), "
                       "customertypecode INTEGER, transactioncurrencyid VARCHAR(40), statecode "
                       "INTEGER, modifiedon %1 NOT NULL)")
            .arg(stamp),
        QStringLiteral("CREATE INDEX accounts_modified ON accounts (modifiedon, accountid)"),
    };
}

FieldMapping field(const QString &local, const QString &remote)
{
    FieldMapping f;
    f.local = local;
    f.remote = remote;
    return f;
}

Workspace makeWorkspace()
{
    Workspace ws;
    ws.name = QStringLiteral("Test");
    TableMapping currency;
    currency.name = QStringLiteral("CURRENCY");
    currency.local = TableSide{QStringLiteral("currency"),
                               QStringLiteral("code"),
                               QStringLiteral("modified_at"),
                               QStringLiteral("Currency"),
                               {}};
    currency.remote = TableSide{QStringLiteral("transactioncurrencies"),
                                QStringLiteral("transactioncurrencyid"),
                                QStringLiteral("modifiedon"),
                                QStringLiteral("Transaction Currency"),
                                {}};
    currency.matchFields = {QStringLiteral("code")};
    currency.fields = {field(QStringLiteral("code"), QStringLiteral("isocurrencycode")),
                       field(QStringLiteral("rate"), QStringLiteral("exchangerate"))};

    TableMapping customer;
    customer.name = QStringLiteral("CUSTOMER");
    customer.local = TableSide{QStringLiteral("customer"),
                               QStringLiteral("no"),
                               QStringLiteral("modified_at"),
                               QStringLiteral("Customer"),
                               {}};
    customer.remote = TableSide{QStringLiteral("accounts"),
                                QStringLiteral("accountid"),
                                QStringLiteral("modifiedon"),
                                QStringLiteral("Account"),
                                {}};
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
    // CUSTOMER is listed first: the engine must still run CURRENCY before it.
    ws.mappings = {customer, currency};
    return ws;
}

} // namespace

EngineFixture::EngineFixture(const QString &b, const QString &dir)
    : clock(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC))
    , backend(b)
    , m_dir(dir)
{
    static QAtomicInt counter;
    const int n = counter.fetchAndAddRelaxed(1);
    m_localDb = freshDatabase(backend, dir, QStringLiteral("erp"));
    m_remoteDb = freshDatabase(backend, dir, QStringLiteral("crm"));
    m_storeDb = freshDatabase(backend, dir, QStringLiteral("state"));
    m_localConn = QStringLiteral("fixture-local-%1").arg(n);
    m_remoteConn = QStringLiteral("fixture-remote-%1").arg(n);
    m_localRaw = openRaw(m_localDb, m_localConn);
    m_remoteRaw = openRaw(m_remoteDb, m_remoteConn);
    exec(m_localRaw, localSchema(backend));
    exec(m_remoteRaw, remoteSchema(backend));
    workspace = makeWorkspace();
    workspace.path = dir + QStringLiteral("/test.couplet.json");
    workspace.local = m_localDb;
    workspace.local.name = QStringLiteral("ERP");
    workspace.remote = m_remoteDb;
    workspace.remote.name = QStringLiteral("CRM");
    workspace.store = m_storeDb;
    reopen();
}

EngineFixture::~EngineFixture()
{
    local.reset();
    remote.reset();
    store.reset();
    m_localRaw = QSqlDatabase();
    m_remoteRaw = QSqlDatabase();
    closeRaw(m_localConn);
    closeRaw(m_remoteConn);
}

void EngineFixture::reopen(bool openConnectors)
{
    local.reset();
    remote.reset();
    store.reset();
    store = std::make_unique<StateStore>(workspace.store);
    store->open();
    local = createConnector(workspace.local, m_dir, {}, clock);
    remote = createConnector(workspace.remote, m_dir, {}, clock);
    if (openConnectors) {
        local->open();
        remote->open();
    }
}

TableMapping &EngineFixture::mapping(const QString &name)
{
    for (TableMapping &m : workspace.mappings) {
        if (m.name == name)
            return m;
    }
    throw Error(QStringLiteral("no mapping %1").arg(name));
}

QList<SyncJob> EngineFixture::sync(const QStringList &mappings, int batchSize)
{
    SyncEngine engine(workspace, *store, *local, *remote, clock);
    SyncOptions options;
    options.mappings = mappings;
    options.batchSize = batchSize;
    const QList<SyncJob> jobs = engine.run(options);
    clock.advance(10);
    return jobs;
}

SyncJob EngineFixture::job(const QList<SyncJob> &jobs, const QString &mapping, PassDirection d)
{
    for (const SyncJob &j : jobs) {
        if (j.mapping == mapping && j.direction == d)
            return j;
    }
    throw Error(QStringLiteral("no job %1 %2").arg(mapping, toString(d)));
}

Administration EngineFixture::admin()
{
    return Administration(workspace, *store, *local, *remote, clock);
}

QSqlDatabase &EngineFixture::raw(Side side)
{
    return side == Side::Local ? m_localRaw : m_remoteRaw;
}

void EngineFixture::upsert(Side side, const QString &table, const QString &keyColumn,
                           const QString &key, const QVariantMap &values)
{
    QSqlDatabase &db = raw(side);
    const QString stampCol = stampColumn(side);
    const QVariant stamp = backend == QLatin1String("postgres")
                               ? QVariant(clock.now())
                               : QVariant(clock.now().toString(Qt::ISODateWithMs));
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    exists.addBindValue(key);
    if (!exists.exec())
        throw Error(QStringLiteral("select failed"), exists.lastError().text());
    QSqlQuery q(db);
    QStringList columns = values.keys();
    if (exists.next()) {
        QStringList sets;
        for (const QString &c : columns)
            sets.append(c + QStringLiteral(" = ?"));
        sets.append(stampCol + QStringLiteral(" = ?"));
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                      .arg(table, sets.join(QStringLiteral(", ")), keyColumn));
        for (const QString &c : columns)
            q.addBindValue(values.value(c));
        q.addBindValue(stamp);
        q.addBindValue(key);
    } else {
        QStringList names = columns;
        names << stampCol << keyColumn;
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks.append(QStringLiteral("?"));
        q.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QString &c : columns)
            q.addBindValue(values.value(c));
        q.addBindValue(stamp);
        q.addBindValue(key);
    }
    if (!q.exec())
        throw Error(QStringLiteral("upsert into %1 failed").arg(table), q.lastError().text());
    clock.advance(10);
}

void EngineFixture::remove(Side side, const QString &table, const QString &keyColumn,
                           const QString &key)
{
    QSqlQuery q(raw(side));
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    q.addBindValue(key);
    if (!q.exec())
        throw Error(QStringLiteral("delete failed"), q.lastError().text());
    clock.advance(10);
}

QVariantMap EngineFixture::row(Side side, const QString &table, const QString &keyColumn,
                               const QString &key)
{
    QSqlQuery q(raw(side));
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    q.addBindValue(key);
    if (!q.exec())
        throw Error(QStringLiteral("select failed"), q.lastError().text());
    QVariantMap result;
    if (q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            result.insert(r.fieldName(i), r.value(i));
    }
    return result;
}

int EngineFixture::count(Side side, const QString &table)
{
    QSqlQuery q(raw(side));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        throw Error(QStringLiteral("count failed"), q.lastError().text());
    return q.value(0).toInt();
}

QString EngineFixture::remoteKeyOf(const QString &mapping, const QString &localKey)
{
    const std::optional<Coupling> c = store->couplingByKey(mapping, Side::Local, localKey);
    return c ? c->remoteKey : QString();
}

Coupling EngineFixture::couplingOf(const QString &mapping, const QString &localKey)
{
    const std::optional<Coupling> c = store->couplingByKey(mapping, Side::Local, localKey);
    if (!c)
        throw Error(QStringLiteral("no coupling for %1 %2").arg(mapping, localKey));
    return *c;
}

} // namespace couplet::test
