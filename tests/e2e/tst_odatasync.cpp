// The synchronization rules of DESIGN.md ("Synchronization semantics") end to end:
// SyncEngine between a local SQL table (SQLite or PostgreSQL) and the remote
// `accounts` of the Dataverse-shaped CAP server (tests/e2e/server), through the
// real OdataConnector. One bidirectional CUSTOMER mapping; every test checks the
// job counts and the data on both sides. Also: paging with a page size of 7, a
// $batch with one failing row, the 412 path, recovery from every fault switch and
// each authentication failure.

#include "clock.h"
#include "connectors/connector.h"
#include "connectors/odata/odataconnector.h"
#include "engine/administration.h"
#include "engine/syncengine.h"
#include "error.h"
#include "model/workspace.h"
#include "odataserver.h"
#include "store/statestore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>

using namespace couplet;
using couplet::test::ODataServer;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
constexpr auto L2R = PassDirection::LocalToRemote;
constexpr auto R2L = PassDirection::RemoteToLocal;

// Local column -> remote property, for every mapped field.
const QList<QPair<QString, QString>> &fieldPairs()
{
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("account_no"), QStringLiteral("accountnumber")},
        {QStringLiteral("phone"), QStringLiteral("telephone1")},
        {QStringLiteral("email"), QStringLiteral("emailaddress1")},
        {QStringLiteral("city"), QStringLiteral("address1_city")},
        {QStringLiteral("credit_limit"), QStringLiteral("creditlimit")},
    };
    return pairs;
}

QVariantMap customerValues(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("account_no"), QStringLiteral("AC-") + name.toUpper().left(12)},
            {QStringLiteral("phone"), QStringLiteral("+33 4 72 00 00 00")},
            {QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("credit_limit"), 1500.5}};
}

QString counts(const SyncJob &j)
{
    return QStringLiteral("ins %1 mod %2 del %3 unch %4 skip %5 fail %6 (%7)")
        .arg(j.inserted)
        .arg(j.modified)
        .arg(j.deleted)
        .arg(j.unchanged)
        .arg(j.skipped)
        .arg(j.failed)
        .arg(j.message);
}

// The counts without Unchanged: rows read again at the high-water mark and the
// echoes of the other pass land there, which depends on the clock.
QString work(const SyncJob &j)
{
    return QStringLiteral("%1 ins %2 mod %3 del %4 skip %5 fail %6 (%7)")
        .arg(toString(j.status))
        .arg(j.inserted)
        .arg(j.modified)
        .arg(j.deleted)
        .arg(j.skipped)
        .arg(j.failed)
        .arg(j.message);
}

#define COMPARE_COUNTS(job, ins, mod, del, unch, skip, fail)                                       \
    QCOMPARE(counts(job), QStringLiteral("ins %1 mod %2 del %3 unch %4 skip %5 fail %6 (%7)")      \
                              .arg(ins)                                                            \
                              .arg(mod)                                                            \
                              .arg(del)                                                            \
                              .arg(unch)                                                           \
                              .arg(skip)                                                           \
                              .arg(fail)                                                           \
                              .arg((job).message))

// Succeeded, with these counts; Unchanged is checked apart (or not at all).
#define COMPARE_WORK(job, ins, mod, del, skip, fail)                                               \
    QCOMPARE(work(job), QStringLiteral("succeeded ins %1 mod %2 del %3 skip %4 fail %5 (%6)")      \
                            .arg(ins)                                                              \
                            .arg(mod)                                                              \
                            .arg(del)                                                              \
                            .arg(skip)                                                             \
                            .arg(fail)                                                             \
                            .arg((job).message))

// Records a failure of the running test without leaving it (an exception would
// end the whole test program). The caller returns a neutral value.
void fail(const QString &message, const QString &detail = {})
{
    QTest::qFail(qPrintable(detail.isEmpty() ? message : message + QStringLiteral(": ") + detail),
                 __FILE__, __LINE__);
}

// Calls a helper that checks things, and leaves the test when it failed.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

CouplingQuery skippedQuery()
{
    CouplingQuery q;
    q.kind = CouplingQuery::Kind::Skipped;
    return q;
}

// Runs `beforeWrite` once, just before the first write reaches the real
// connector (the row changes under the engine: the 412 path), and records
// whether any write came back as "changed meanwhile".
class InterferingConnector final : public Connector
{
public:
    InterferingConnector(Connector &inner, std::function<void()> beforeWrite)
        : m_inner(inner)
        , m_beforeWrite(std::move(beforeWrite))
    {}
    bool sawStampChanged = false;

    void open() override { m_inner.open(); }
    void close() override { m_inner.close(); }
    QString displayName() const override { return m_inner.displayName(); }
    QList<Row> modifiedSince(const TableSpec &t, const QDateTime &s, const ScanCursor &a,
                             int l) override
    {
        return m_inner.modifiedSince(t, s, a, l);
    }
    int countModifiedSince(const TableSpec &t, const QDateTime &s) override
    {
        return m_inner.countModifiedSince(t, s);
    }
    QList<Row> rowsByKeys(const TableSpec &t, const QStringList &k) override
    {
        return m_inner.rowsByKeys(t, k);
    }
    QSet<QString> existingKeys(const TableSpec &t, const QStringList &k) override
    {
        return m_inner.existingKeys(t, k);
    }
    QList<Row> findRows(const TableSpec &t, const QVariantMap &e, int l) override
    {
        return m_inner.findRows(t, e, l);
    }
    QList<Row> searchRows(const TableSpec &t, const QString &text, int l) override
    {
        return m_inner.searchRows(t, text, l);
    }
    QList<WriteResult> write(const TableSpec &t, const QList<WriteOp> &ops) override
    {
        if (m_beforeWrite) {
            auto once = std::move(m_beforeWrite);
            m_beforeWrite = nullptr;
            once();
        }
        const QList<WriteResult> results = m_inner.write(t, ops);
        for (const WriteResult &r : results)
            sawStampChanged = sawStampChanged || r.stampChanged;
        return results;
    }
    bool generatesKeys(const TableSpec &t) override { return m_inner.generatesKeys(t); }
    QStringList tables() override { return m_inner.tables(); }
    TableInfo tableInfo(const QString &t) override { return m_inner.tableInfo(t); }

private:
    Connector &m_inner;
    std::function<void()> m_beforeWrite;
};

} // namespace

class TestOdataSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { couplet::test::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void insertBothWaysUpdateAndUnchanged();
    void echoIsSuppressed();
    void fieldLevelMergeOfDifferentFields();
    void updateConflictPolicies_data();
    void updateConflictPolicies();
    void deletionConflictPolicies_data();
    void deletionConflictPolicies();
    void resolveSkipped_data();
    void resolveSkipped();
    void pagingWithPageSize7();
    void batchWithOneFailingRow();
    void rowChangedBetweenReadAndWriteGoesThroughTheConflictPath();
    void faultsRecover_data();
    void faultsRecover();
    void authenticationFailures_data();
    void authenticationFailures();
    void currencyLookupBothWays();

private:
    // (Re)creates the remote connector with these options over the defaults.
    void openRemote(const QVariantMap &options = {}, const QString &secret = {});
    QList<SyncJob> sync(int batchSize = 500, Connector *remoteOverride = nullptr);
    static SyncJob job(const QList<SyncJob> &jobs, PassDirection d);
    Administration admin() { return Administration(ws, *store, *local, *remote, clock()); }
    static const Clock &clock() { return SystemClock::instance(); }

    // Edits as a user would, a few milliseconds after anything before.
    void localCustomer(const QString &no, const QVariantMap &values);
    void localRemove(const QString &no);
    QString remoteNew(const QVariantMap &remoteValues);
    void remoteAccount(const QString &id, const QVariantMap &remoteValues);
    void remoteRemove(const QString &id);

    QVariantMap customer(const QString &no);
    int customerCount();
    QJsonObject account(const QString &id);
    int accountCount();
    QString remoteKeyOf(const QString &no);
    Coupling couplingOf(const QString &no);
    int stat(const char *name, const char *method = nullptr);

    // The local rows' mapped values, one line a row, sorted (keys left out: the
    // engine makes the keys of rows it inserts).
    QStringList localData();

    // Seeds customers C1..Cn and syncs them (every one coupled).
    void seedCoupled(int customers);
    // Every local row is coupled to a remote row with the same values, and the
    // other way round.
    void verifyInLine();
    // The next run writes nothing anywhere. Nothing: it finds no candidate at all;
    // SomeUnchanged: it reads a row again (one an operation wrote) and finds it
    // Unchanged; Any: either.
    enum class Quiet { Any, Nothing, SomeUnchanged };
    void expectQuietRun(Quiet how = Quiet::Any);

    ODataServer server;
    QString backend;
    std::unique_ptr<QTemporaryDir> m_dir;
    Workspace ws;
    std::unique_ptr<StateStore> store;
    std::unique_ptr<Connector> local;
    std::unique_ptr<OdataConnector> remote;
    QSqlDatabase raw;
    QString rawName;
    int generation = 0;
};

void TestOdataSync::initTestCase()
{
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
}

void TestOdataSync::init()
{
    QFETCH_GLOBAL(QString, backend);
    this->backend = backend;
    QString error;
    QVERIFY2(server.reset(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    try {
        const ConnectionConfig localDb =
            couplet::test::freshDatabase(backend, m_dir->path(), QStringLiteral("erp"));
        const ConnectionConfig storeDb =
            couplet::test::freshDatabase(backend, m_dir->path(), QStringLiteral("state"));
        rawName = QStringLiteral("odatasync-raw-%1").arg(++generation);
        raw = couplet::test::openRaw(localDb, rawName);
        couplet::test::exec(
            raw, {QStringLiteral("CREATE TABLE customer (no VARCHAR(20) PRIMARY KEY, name "
                                 "VARCHAR(160), account_no VARCHAR(40), phone VARCHAR(50), email "
                                 "VARCHAR(100), city VARCHAR(80), credit_limit DOUBLE PRECISION, "
                                 "modified_at %1 NOT NULL)")
                      .arg(couplet::test::stampType(backend)),
                  QStringLiteral("CREATE INDEX customer_modified ON customer (modified_at, no)")});

        ws = Workspace{};
        ws.name = QStringLiteral("OData e2e");
        ws.path = m_dir->filePath(QStringLiteral("test.couplet.json"));
        ws.local = localDb;
        ws.local.name = QStringLiteral("ERP");
        ws.store = storeDb;
        ws.remote.name = QStringLiteral("CRM");
        ws.remote.kind = QStringLiteral("odata");
        ws.remote.driver.clear();
        TableMapping m;
        m.name = CUSTOMER;
        m.local = TableSide{QStringLiteral("customer"),
                            QStringLiteral("no"),
                            QStringLiteral("modified_at"),
                            QStringLiteral("Customer"),
                            {}};
        m.remote = TableSide{QStringLiteral("accounts"),
                             QStringLiteral("accountid"),
                             QStringLiteral("modifiedon"),
                             QStringLiteral("Account"),
                             {}};
        for (const auto &[l, r] : fieldPairs()) {
            FieldMapping f;
            f.local = l;
            f.remote = r;
            m.fields.append(f);
        }
        ws.mappings = {m};

        store = std::make_unique<StateStore>(ws.store);
        store->open();
        local = createConnector(ws.local, m_dir->path(), {}, clock());
        local->open();
        openRemote();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
    }
}

void TestOdataSync::cleanup()
{
    remote.reset();
    local.reset();
    store.reset();
    if (!rawName.isEmpty()) {
        raw = QSqlDatabase();
        couplet::test::closeRaw(rawName);
        rawName.clear();
    }
    m_dir.reset();
    server.clearFaults();
}

void TestOdataSync::openRemote(const QVariantMap &options, const QString &secret)
{
    ws.remote.options = {{QStringLiteral("url"), server.baseUrl().toString()},
                         {QStringLiteral("auth"), QStringLiteral("none")},
                         {QStringLiteral("tokenUrl"), server.tokenUrl().toString()},
                         {QStringLiteral("timeoutSeconds"), 10},
                         {QStringLiteral("retries"), 4}};
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        ws.remote.options.insert(it.key(), it.value());
    remote.reset();
    remote = std::make_unique<OdataConnector>(ws.remote, m_dir->path(), secret);
    remote->setBackoffBase(50);
    try {
        remote->open();
    } catch (const Error &e) {
        fail(e.message(), e.detail());
    }
}

QList<SyncJob> TestOdataSync::sync(int batchSize, Connector *remoteOverride)
{
    SyncEngine engine(ws, *store, *local, remoteOverride ? *remoteOverride : *remote, clock());
    SyncOptions options;
    options.batchSize = batchSize;
    const QList<SyncJob> jobs = engine.run(options);
    QThread::msleep(3); // later edits get later stamps than the run's writes
    return jobs;
}

SyncJob TestOdataSync::job(const QList<SyncJob> &jobs, PassDirection d)
{
    for (const SyncJob &j : jobs) {
        if (j.mapping == CUSTOMER && j.direction == d)
            return j;
    }
    fail(QStringLiteral("no job %1").arg(toString(d)));
    return {};
}

void TestOdataSync::localCustomer(const QString &no, const QVariantMap &values)
{
    QThread::msleep(3);
    const QDateTime now = clock().now();
    const QVariant stamp = backend == QLatin1String("postgres")
                               ? QVariant(now)
                               : QVariant(now.toString(Qt::ISODateWithMs));
    QSqlQuery exists(raw);
    exists.prepare(QStringLiteral("SELECT 1 FROM customer WHERE no = ?"));
    exists.addBindValue(no);
    if (!exists.exec())
        return fail(QStringLiteral("select failed"), exists.lastError().text());
    const QStringList columns = values.keys();
    QSqlQuery q(raw);
    if (exists.next()) {
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        sets << QStringLiteral("modified_at = ?");
        q.prepare(QStringLiteral("UPDATE customer SET %1 WHERE no = ?")
                      .arg(sets.join(QStringLiteral(", "))));
    } else {
        QStringList names = columns;
        names << QStringLiteral("modified_at") << QStringLiteral("no");
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO customer (%1) VALUES (%2)")
                      .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    }
    for (const QString &c : columns)
        q.addBindValue(values.value(c));
    q.addBindValue(stamp);
    q.addBindValue(no);
    if (!q.exec())
        fail(QStringLiteral("upsert of customer %1 failed").arg(no), q.lastError().text());
}

void TestOdataSync::localRemove(const QString &no)
{
    QSqlQuery q(raw);
    q.prepare(QStringLiteral("DELETE FROM customer WHERE no = ?"));
    q.addBindValue(no);
    if (!q.exec())
        fail(QStringLiteral("delete of customer %1 failed").arg(no), q.lastError().text());
}

QString TestOdataSync::remoteNew(const QVariantMap &remoteValues)
{
    QThread::msleep(3);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject body = QJsonObject::fromVariantMap(remoteValues);
    body.insert(QStringLiteral("accountid"), id);
    const couplet::test::HttpResult r =
        server.post(QStringLiteral("accounts"), body, {{"Prefer", "return=minimal"}});
    if (r.status != 204 && r.status != 201)
        fail(QStringLiteral("remote insert failed"), QString::fromUtf8(r.body));
    return id;
}

void TestOdataSync::remoteAccount(const QString &id, const QVariantMap &remoteValues)
{
    QThread::msleep(3);
    const couplet::test::HttpResult r = server.request(
        "PATCH", QStringLiteral("accounts(%1)").arg(id),
        QJsonDocument(QJsonObject::fromVariantMap(remoteValues)).toJson(QJsonDocument::Compact),
        {{"If-Match", "*"}, {"Content-Type", "application/json"}});
    if (r.status != 200 && r.status != 204)
        fail(QStringLiteral("remote update of %1 failed").arg(id), QString::fromUtf8(r.body));
}

void TestOdataSync::remoteRemove(const QString &id)
{
    const couplet::test::HttpResult r =
        server.request("DELETE", QStringLiteral("accounts(%1)").arg(id), {}, {{"If-Match", "*"}});
    if (r.status != 204)
        fail(QStringLiteral("remote delete of %1 failed").arg(id), QString::fromUtf8(r.body));
}

QVariantMap TestOdataSync::customer(const QString &no)
{
    QSqlQuery q(raw);
    q.prepare(QStringLiteral("SELECT * FROM customer WHERE no = ?"));
    q.addBindValue(no);
    if (!q.exec())
        fail(QStringLiteral("select failed"), q.lastError().text());
    QVariantMap result;
    if (q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            result.insert(r.fieldName(i), r.value(i));
    }
    return result;
}

int TestOdataSync::customerCount()
{
    QSqlQuery q(raw);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM customer")) || !q.next()) {
        fail(QStringLiteral("count failed"), q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

QJsonObject TestOdataSync::account(const QString &id)
{
    const QJsonObject o = server.get(QStringLiteral("accounts(%1)").arg(id)).object();
    return o.contains(QLatin1String("error")) ? QJsonObject() : o;
}

int TestOdataSync::accountCount()
{
    const QJsonObject o = server.get(QStringLiteral("accounts?$count=true&$top=0")).object();
    if (!o.contains(QLatin1String("@odata.count"))) {
        fail(QStringLiteral("cannot count the accounts"),
             QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return -1;
    }
    return o.value(QLatin1String("@odata.count")).toInt();
}

QString TestOdataSync::remoteKeyOf(const QString &no)
{
    const std::optional<Coupling> c = store->couplingByKey(CUSTOMER, Side::Local, no);
    return c ? c->remoteKey : QString();
}

Coupling TestOdataSync::couplingOf(const QString &no)
{
    const std::optional<Coupling> c = store->couplingByKey(CUSTOMER, Side::Local, no);
    if (!c) {
        fail(QStringLiteral("no coupling for %1").arg(no));
        return {};
    }
    return *c;
}

int TestOdataSync::stat(const char *name, const char *method)
{
    const QJsonObject s = server.stats();
    if (method)
        return s.value(QLatin1String(name)).toObject().value(QLatin1String(method)).toInt();
    return s.value(QLatin1String(name)).toInt();
}

QStringList TestOdataSync::localData()
{
    QSqlQuery q(raw);
    if (!q.exec(QStringLiteral("SELECT name, account_no, phone, email, city, credit_limit "
                               "FROM customer"))) {
        fail(QStringLiteral("select failed"), q.lastError().text());
        return {};
    }
    QStringList lines;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < 6; ++i) {
            const QVariant v = q.value(i);
            values << (v.isNull() ? QStringLiteral("null")
                       : i == 5   ? QString::number(v.toDouble())
                                  : v.toString());
        }
        lines << values.join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

void TestOdataSync::seedCoupled(int customers)
{
    for (int i = 1; i <= customers; ++i)
        localCustomer(QStringLiteral("C%1").arg(i),
                      customerValues(QStringLiteral("Name%1").arg(i)));
    const QList<SyncJob> jobs = sync();
    COMPARE_WORK(job(jobs, L2R), customers, 0, 0, 0, 0);
    COMPARE_WORK(job(jobs, R2L), 0, 0, 0, 0, 0);
    QCOMPARE(accountCount(), customers);
}

void TestOdataSync::verifyInLine()
{
    QSqlQuery q(raw);
    QVERIFY(q.exec(QStringLiteral("SELECT no FROM customer ORDER BY no")));
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    QSet<QString> remoteKeys;
    for (const QString &no : std::as_const(keys)) {
        const Coupling c = couplingOf(no);
        QVERIFY2(c.isComplete() && !c.skipped, qPrintable(no));
        remoteKeys.insert(c.remoteKey.toLower());
        const QVariantMap row = customer(no);
        const QJsonObject acc = account(c.remoteKey);
        QVERIFY2(!acc.isEmpty(),
                 qPrintable(QStringLiteral("%1: no account %2").arg(no, c.remoteKey)));
        for (const auto &[l, r] : fieldPairs()) {
            const QVariant lv = row.value(l);
            const QJsonValue rv = acc.value(r);
            const QString where = QStringLiteral("%1.%2 = %3, %4 = %5")
                                      .arg(no, l, lv.toString(), r, rv.toVariant().toString());
            if (l == QLatin1String("credit_limit")) {
                QVERIFY2(lv.isNull() == rv.isNull(), qPrintable(where));
                QVERIFY2(qFuzzyCompare(1 + lv.toDouble(), 1 + rv.toDouble()), qPrintable(where));
            } else {
                QVERIFY2(lv.isNull() == rv.isNull(), qPrintable(where));
                QVERIFY2(lv.toString() == rv.toString(), qPrintable(where));
            }
        }
    }
    QCOMPARE(accountCount(), int(keys.size()));
    QCOMPARE(int(remoteKeys.size()), int(keys.size()));
}

void TestOdataSync::expectQuietRun(Quiet how)
{
    const int batches = stat("batchRequests");
    const QList<SyncJob> jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 0, 0, 0, 0);
    COMPARE_WORK(job(jobs, R2L), 0, 0, 0, 0, 0);
    const int unchanged = job(jobs, L2R).unchanged + job(jobs, R2L).unchanged;
    const QString both = counts(job(jobs, L2R)) + QLatin1Char(' ') + counts(job(jobs, R2L));
    if (how == Quiet::Nothing)
        QVERIFY2(unchanged == 0, qPrintable(both));
    if (how == Quiet::SomeUnchanged)
        QVERIFY2(unchanged >= 1, qPrintable(both));
    QCOMPARE(stat("batchRequests"), batches); // nothing written to the CRM
}

// --- insert, update, unchanged, echo -------------------------------------------------------

void TestOdataSync::insertBothWaysUpdateAndUnchanged()
{
    localCustomer(QStringLiteral("C1"), customerValues(QStringLiteral("Alpha")));
    localCustomer(QStringLiteral("C2"), customerValues(QStringLiteral("Beta")));
    const QString gamma =
        remoteNew({{QStringLiteral("name"), QStringLiteral("Gamma")},
                   {QStringLiteral("accountnumber"), QStringLiteral("G-1")},
                   {QStringLiteral("telephone1"), QStringLiteral("+1 555 0100")},
                   {QStringLiteral("emailaddress1"), QStringLiteral("g@crm.test")},
                   {QStringLiteral("address1_city"), QStringLiteral("Seattle")},
                   {QStringLiteral("creditlimit"), 250000}});
    QList<SyncJob> jobs = sync();
    const SyncJob out = job(jobs, L2R);
    COMPARE_COUNTS(out, 2, 0, 0, 0, 0, 0);
    QCOMPARE(out.coupled, 2);
    // Gamma comes in; C1 and C2 come back as echoes and are Unchanged.
    COMPARE_COUNTS(job(jobs, R2L), 1, 0, 0, 2, 0, 0);
    QCOMPARE(job(jobs, R2L).coupled, 1);

    const QJsonObject a1 = account(remoteKeyOf(QStringLiteral("C1")));
    QCOMPARE(a1.value(QLatin1String("name")).toString(), QStringLiteral("Alpha"));
    QCOMPARE(a1.value(QLatin1String("accountnumber")).toString(), QStringLiteral("AC-ALPHA"));
    QCOMPARE(a1.value(QLatin1String("emailaddress1")).toString(),
             QStringLiteral("alpha@example.com"));
    QCOMPARE(a1.value(QLatin1String("creditlimit")).toDouble(), 1500.5);
    const std::optional<Coupling> g = store->couplingByKey(CUSTOMER, Side::Remote, gamma);
    QVERIFY(g && g->isComplete());
    const QVariantMap gl = customer(g->localKey);
    QCOMPARE(gl.value(QStringLiteral("name")).toString(), QStringLiteral("Gamma"));
    QCOMPARE(gl.value(QStringLiteral("city")).toString(), QStringLiteral("Seattle"));
    QCOMPARE(gl.value(QStringLiteral("credit_limit")).toDouble(), 250000.0);
    QCOMPARE(customerCount(), 3);
    CHECKED(verifyInLine());

    // Updates both ways.
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Oslo")},
                                         {QStringLiteral("credit_limit"), 99.25}});
    remoteAccount(gamma, {{QStringLiteral("telephone1"), QStringLiteral("+1 555 0199")}});
    jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    COMPARE_WORK(job(jobs, R2L), 0, 1, 0, 0, 0);
    QCOMPARE(account(remoteKeyOf(QStringLiteral("C1"))).value(QLatin1String("address1_city")),
             QJsonValue(QStringLiteral("Oslo")));
    QCOMPARE(account(remoteKeyOf(QStringLiteral("C1"))).value(QLatin1String("creditlimit")),
             QJsonValue(99.25));
    QCOMPARE(customer(g->localKey).value(QStringLiteral("phone")).toString(),
             QStringLiteral("+1 555 0199"));
    CHECKED(verifyInLine());

    // Touched with the same values: Unchanged, the CRM row is not written.
    const QString a2 = remoteKeyOf(QStringLiteral("C2"));
    const QJsonValue stamp = account(a2).value(QLatin1String("modifiedon"));
    localCustomer(QStringLiteral("C2"), {{QStringLiteral("name"), QStringLiteral("Beta")}});
    jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 0, 0, 0, 0);
    QVERIFY2(job(jobs, L2R).unchanged >= 1, qPrintable(counts(job(jobs, L2R))));
    QCOMPARE(account(a2).value(QLatin1String("modifiedon")), stamp);
    // And the run after it finds nothing to do.
    CHECKED(expectQuietRun(Quiet::Nothing));
    CHECKED(verifyInLine());
}

void TestOdataSync::echoIsSuppressed()
{
    CHECKED(seedCoupled(3));
    const QVariantMap before = customer(QStringLiteral("C2"));
    localCustomer(QStringLiteral("C2"), {{QStringLiteral("city"), QStringLiteral("Bergen")}});
    const QVariant localStamp = customer(QStringLiteral("C2")).value(QStringLiteral("modified_at"));
    QVERIFY(localStamp != before.value(QStringLiteral("modified_at")));
    const QList<SyncJob> jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    // The CRM row the engine just wrote is read back and not synced back.
    COMPARE_WORK(job(jobs, R2L), 0, 0, 0, 0, 0);
    QVERIFY(job(jobs, R2L).unchanged >= 1);
    QCOMPARE(customer(QStringLiteral("C2")).value(QStringLiteral("modified_at")), localStamp);
    // A run after a run finds nothing, and writes nothing to either side.
    const QJsonValue remoteStamp =
        account(remoteKeyOf(QStringLiteral("C2"))).value(QLatin1String("modifiedon"));
    CHECKED(expectQuietRun(Quiet::Nothing));
    CHECKED(expectQuietRun(Quiet::Nothing));
    QCOMPARE(customer(QStringLiteral("C2")).value(QStringLiteral("modified_at")), localStamp);
    QCOMPARE(account(remoteKeyOf(QStringLiteral("C2"))).value(QLatin1String("modifiedon")),
             remoteStamp);
    CHECKED(verifyInLine());
}

// --- update conflicts ----------------------------------------------------------------------

void TestOdataSync::fieldLevelMergeOfDifferentFields()
{
    CHECKED(seedCoupled(2));
    const QString a1 = remoteKeyOf(QStringLiteral("C1"));
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Graz")}});
    remoteAccount(a1, {{QStringLiteral("emailaddress1"), QStringLiteral("crm@x.test")}});
    const QList<SyncJob> jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    COMPARE_WORK(job(jobs, R2L), 0, 0, 0, 0, 0);
    QCOMPARE(account(a1).value(QLatin1String("address1_city")).toString(), QStringLiteral("Graz"));
    QCOMPARE(account(a1).value(QLatin1String("emailaddress1")).toString(),
             QStringLiteral("crm@x.test"));
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
             QStringLiteral("crm@x.test"));
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("city")).toString(),
             QStringLiteral("Graz"));
    QVERIFY(!couplingOf(QStringLiteral("C1")).skipped);
    QCOMPARE(store->countErrors(ErrorQuery{}), 0);
    CHECKED(expectQuietRun());
    CHECKED(verifyInLine());
}

void TestOdataSync::updateConflictPolicies_data()
{
    QTest::addColumn<UpdateConflictPolicy>("policy");
    QTest::addColumn<QString>("winner"); // empty: skipped
    QTest::newRow("none") << UpdateConflictPolicy::None << QString();
    QTest::newRow("sendToRemote") << UpdateConflictPolicy::SendToRemote << "Local";
    QTest::newRow("getFromRemote") << UpdateConflictPolicy::GetFromRemote << "Remote";
}

// The same field changed on both sides to different values: a true conflict.
void TestOdataSync::updateConflictPolicies()
{
    QFETCH(UpdateConflictPolicy, policy);
    QFETCH(QString, winner);
    ws.mappings[0].updateConflictPolicy = policy;
    CHECKED(seedCoupled(2));
    const QString a1 = remoteKeyOf(QStringLiteral("C1"));
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")},
                                         {QStringLiteral("city"), QStringLiteral("Kiel")}});
    remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")},
                       {QStringLiteral("emailaddress1"), QStringLiteral("r@crm.test")}});
    const QList<SyncJob> jobs = sync();
    if (winner.isEmpty()) {
        COMPARE_WORK(job(jobs, L2R), 0, 0, 0, 1, 0);
        COMPARE_WORK(job(jobs, R2L), 0, 0, 0, 1, 0);
        QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Local"));
        QCOMPARE(account(a1).value(QLatin1String("name")).toString(), QStringLiteral("Remote"));
        // Nothing was written on either side.
        QCOMPARE(account(a1).value(QLatin1String("address1_city")).toString(),
                 QStringLiteral("Lyon"));
        QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("name1@example.com"));
        const Coupling c = couplingOf(QStringLiteral("C1"));
        QVERIFY(c.skipped);
        COMPARE_ENUM(c.skipReason, SkipReason::UpdateConflict);
        const QList<SyncError> errors = store->errors(ErrorQuery{});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message,
                 QStringLiteral("Cannot update the Account record because it has a later "
                                "modified date than the Customer record"));
        QVERIFY2(errors.first().detail.contains(QStringLiteral("name")),
                 qPrintable(errors.first().detail));
        QCOMPARE(errors.first().source.key, QStringLiteral("C1"));
        QCOMPARE(errors.first().destination.key.toLower(), a1.toLower());
        QCOMPARE(store->countCouplings(skippedQuery()), 1);
        // Still set aside on the next run; the other row is in line.
        const QList<SyncJob> again = sync();
        QCOMPARE(job(again, L2R).failed + job(again, R2L).failed, 0);
        QCOMPARE(job(again, L2R).modified + job(again, R2L).modified, 0);
        QCOMPARE(store->countCouplings(skippedQuery()), 1);
        return;
    }
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    QCOMPARE(job(jobs, R2L).skipped + job(jobs, R2L).failed, 0);
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("name")).toString(), winner);
    QCOMPARE(account(a1).value(QLatin1String("name")).toString(), winner);
    // Fields changed on one side only are merged whoever wins the conflict.
    QCOMPARE(account(a1).value(QLatin1String("address1_city")).toString(), QStringLiteral("Kiel"));
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
             QStringLiteral("r@crm.test"));
    QCOMPARE(store->countCouplings(skippedQuery()), 0);
    CHECKED(expectQuietRun());
    CHECKED(verifyInLine());
}

// --- deletion conflicts --------------------------------------------------------------------

void TestOdataSync::deletionConflictPolicies_data()
{
    QTest::addColumn<DeletionPolicy>("policy");
    QTest::addColumn<Side>("deleted"); // the side whose coupled row is deleted
    for (const Side side : {Side::Remote, Side::Local}) {
        const QByteArray where = side == Side::Remote ? "CRM row deleted" : "ERP row deleted";
        QTest::newRow((where + ", none").constData()) << DeletionPolicy::None << side;
        QTest::newRow((where + ", restore").constData()) << DeletionPolicy::Restore << side;
        QTest::newRow((where + ", removeCoupling").constData())
            << DeletionPolicy::RemoveCoupling << side;
    }
}

// A coupled row is deleted on one side and changed on the other.
void TestOdataSync::deletionConflictPolicies()
{
    QFETCH(DeletionPolicy, policy);
    QFETCH(Side, deleted);
    ws.mappings[0].deletionPolicy = policy;
    CHECKED(seedCoupled(2));
    const QString a1 = remoteKeyOf(QStringLiteral("C1"));
    if (deleted == Side::Remote) {
        remoteRemove(a1);
        localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Nice")}});
    } else {
        localRemove(QStringLiteral("C1"));
        remoteAccount(a1, {{QStringLiteral("address1_city"), QStringLiteral("Nice")}});
    }
    const QList<SyncJob> jobs = sync();
    // The pass from the surviving row meets the conflict; the other has nothing to do.
    const SyncJob pass = job(jobs, deleted == Side::Remote ? L2R : R2L);
    const SyncJob other = job(jobs, deleted == Side::Remote ? R2L : L2R);
    COMPARE_WORK(other, 0, 0, 0, 0, 0);
    switch (policy) {
    case DeletionPolicy::None: {
        COMPARE_WORK(pass, 0, 0, 0, 0, 1);
        const Coupling c = couplingOf(QStringLiteral("C1"));
        QVERIFY(deleted == Side::Remote ? c.remoteDeleted : c.localDeleted);
        QVERIFY(c.skipped);
        COMPARE_ENUM(c.skipReason, SkipReason::DeletionConflict);
        CouplingQuery q;
        q.kind = CouplingQuery::Kind::CoupledErrors;
        QCOMPARE(store->countCouplings(q), 1);
        // Nothing recreated.
        QCOMPARE(accountCount(), deleted == Side::Remote ? 1 : 2);
        QCOMPARE(customerCount(), deleted == Side::Remote ? 2 : 1);
        const QList<SyncError> errors = store->errors(ErrorQuery{});
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(QStringLiteral("has been deleted")),
                 qPrintable(errors.first().message));
        QCOMPARE(errors.first().source.key.toLower(),
                 deleted == Side::Remote ? QStringLiteral("c1") : a1.toLower());
        // Still set aside on the next run, without a new error.
        const QList<SyncJob> again = sync();
        QCOMPARE(job(again, L2R).failed + job(again, R2L).failed, 0);
        QCOMPARE(store->countErrors(ErrorQuery{}), 1);
        break;
    }
    case DeletionPolicy::Restore:
        COMPARE_WORK(pass, 1, 0, 0, 0, 0);
        // Recreated with the same key and the surviving row's values.
        QCOMPARE(account(a1).value(QLatin1String("address1_city")).toString(),
                 QStringLiteral("Nice"));
        QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("city")).toString(),
                 QStringLiteral("Nice"));
        QCOMPARE(account(a1).value(QLatin1String("name")).toString(), QStringLiteral("Name1"));
        QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Name1"));
        QVERIFY(!couplingOf(QStringLiteral("C1")).skipped);
        QCOMPARE(accountCount(), 2);
        QCOMPARE(customerCount(), 2);
        CHECKED(expectQuietRun());
        CHECKED(verifyInLine());
        break;
    case DeletionPolicy::RemoveCoupling:
        COMPARE_WORK(pass, 0, 0, 1, 0, 0);
        QCOMPARE(pass.uncoupled, 1);
        QVERIFY(!store->couplingByKey(CUSTOMER, Side::Remote, a1));
        // The surviving row stays, uncoupled.
        QCOMPARE(accountCount(), deleted == Side::Remote ? 1 : 2);
        QCOMPARE(customerCount(), deleted == Side::Remote ? 2 : 1);
        break;
    }
}

// --- resolving skipped records -------------------------------------------------------------

void TestOdataSync::resolveSkipped_data()
{
    QTest::addColumn<Resolution>("resolution");
    QTest::newRow("keep local") << Resolution::KeepLocal;
    QTest::newRow("keep remote") << Resolution::KeepRemote;
    QTest::newRow("merge per field") << Resolution::Merge;
}

void TestOdataSync::resolveSkipped()
{
    QFETCH(Resolution, resolution);
    CHECKED(seedCoupled(2));
    const QString a1 = remoteKeyOf(QStringLiteral("C1"));
    // name changed on both sides (a true conflict), city locally, email remotely.
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")},
                                         {QStringLiteral("city"), QStringLiteral("Kiel")}});
    remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")},
                       {QStringLiteral("emailaddress1"), QStringLiteral("r@crm.test")}});
    QCOMPARE(job(sync(), L2R).skipped, 1);
    const qint64 id = couplingOf(QStringLiteral("C1")).id;
    QVERIFY(couplingOf(QStringLiteral("C1")).skipped);

    const QHash<QString, Side> choices =
        resolution == Resolution::Merge
            ? QHash<QString, Side>{{QStringLiteral("name"), Side::Remote}}
            : QHash<QString, Side>{};
    const OperationResult r = admin().resolveSkipped({id}, resolution, choices);
    QCOMPARE(r.done, 1);
    QCOMPARE(r.failed, 0);
    const QVariantMap c1 = customer(QStringLiteral("C1"));
    const QJsonObject acc = account(a1);
    QString name, city, email;
    switch (resolution) {
    case Resolution::KeepLocal: // the remote-only change is overwritten too
        name = QStringLiteral("Local");
        city = QStringLiteral("Kiel");
        email = QStringLiteral("name1@example.com");
        break;
    case Resolution::KeepRemote:
        name = QStringLiteral("Remote");
        city = QStringLiteral("Lyon");
        email = QStringLiteral("r@crm.test");
        break;
    case Resolution::Merge: // name from the CRM; one-sided changes kept
        name = QStringLiteral("Remote");
        city = QStringLiteral("Kiel");
        email = QStringLiteral("r@crm.test");
        break;
    }
    QCOMPARE(c1.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(acc.value(QLatin1String("name")).toString(), name);
    QCOMPARE(c1.value(QStringLiteral("city")).toString(), city);
    QCOMPARE(acc.value(QLatin1String("address1_city")).toString(), city);
    QCOMPARE(c1.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(acc.value(QLatin1String("emailaddress1")).toString(), email);
    const Coupling c = couplingOf(QStringLiteral("C1"));
    QVERIFY(!c.skipped);
    QCOMPARE(store->countCouplings(skippedQuery()), 0);
    // The next run finds it Unchanged.
    CHECKED(expectQuietRun(Quiet::SomeUnchanged));
    CHECKED(verifyInLine());
}

// --- paging, $batch, 412 -------------------------------------------------------------------

void TestOdataSync::pagingWithPageSize7()
{
    openRemote({{QStringLiteral("pageSize"), 7}, {QStringLiteral("batchSize"), 7}});
    for (int i = 0; i < 30; ++i) {
        localCustomer(QStringLiteral("L%1").arg(i, 2, 10, QLatin1Char('0')),
                      customerValues(QStringLiteral("Local%1").arg(i)));
        remoteNew({{QStringLiteral("name"), QStringLiteral("Remote%1").arg(i)},
                   {QStringLiteral("accountnumber"), QStringLiteral("R-%1").arg(i)},
                   {QStringLiteral("creditlimit"), i * 10}});
    }
    const int gets = stat("byMethod", "GET");
    const int batches = stat("batchRequests");
    const QList<SyncJob> jobs = sync(10);
    COMPARE_COUNTS(job(jobs, L2R), 30, 0, 0, 0, 0, 0);
    // 30 CRM rows in, 30 echoes of the ERP rows Unchanged.
    COMPARE_COUNTS(job(jobs, R2L), 30, 0, 0, 30, 0, 0);
    // Pages of 7: 60 rows read back take at least 9 pages; writes go 7 at most a batch.
    QVERIFY2(stat("byMethod", "GET") - gets >= 60 / 7,
             qPrintable(QString::number(stat("byMethod", "GET") - gets)));
    QVERIFY2(stat("batchRequests") - batches >= 30 / 7,
             qPrintable(QString::number(stat("batchRequests") - batches)));
    QCOMPARE(customerCount(), 60);
    QCOMPARE(accountCount(), 60);
    CHECKED(verifyInLine());
    CHECKED(expectQuietRun());
}

// Five new rows in one $batch: B4's credit limit does not fit the CRM's
// Decimal(19,4), which only the server finds; B3's account number is longer than
// the CRM's String(20), which the connector finds before it sends. Each is one
// error; the other rows are written.
void TestOdataSync::batchWithOneFailingRow()
{
    openRemote({{QStringLiteral("batchSize"), 10}});
    for (int i = 1; i <= 5; ++i) {
        QVariantMap v = customerValues(QStringLiteral("Batch%1").arg(i));
        if (i == 3)
            v.insert(QStringLiteral("account_no"), QStringLiteral("ACCOUNT-NUMBER-TOO-LONG-25"));
        if (i == 4)
            v.insert(QStringLiteral("credit_limit"), 1e16);
        localCustomer(QStringLiteral("B%1").arg(i), v);
    }
    const int batches = stat("batchRequests");
    QList<SyncJob> jobs = sync();
    COMPARE_COUNTS(job(jobs, L2R), 3, 0, 0, 0, 0, 2);
    QCOMPARE(stat("batchRequests") - batches, 1); // one $batch for the rows
    QCOMPARE(accountCount(), 3);
    QHash<QString, SyncError> errors;
    for (const SyncError &e : store->errors(ErrorQuery{}))
        errors.insert(e.source.key, e);
    QCOMPARE(errors.size(), 2);
    const SyncError server400 = errors.value(QStringLiteral("B4"));
    QVERIFY2(server400.detail.contains(QStringLiteral("400")) &&
                 (server400.message + server400.detail).contains(QStringLiteral("Decimal(19,4)")),
             qPrintable(server400.message + QLatin1Char('|') + server400.detail));
    const SyncError tooLong = errors.value(QStringLiteral("B3"));
    QVERIFY2(tooLong.message.contains(QStringLiteral("accountnumber")) &&
                 tooLong.message.contains(QStringLiteral("20")),
             qPrintable(tooLong.message + QLatin1Char('|') + tooLong.detail));
    for (const QString &no : {QStringLiteral("B3"), QStringLiteral("B4")}) {
        const Coupling bad = couplingOf(no);
        QVERIFY(bad.remoteKey.isEmpty() || account(bad.remoteKey).isEmpty());
        COMPARE_ENUM(bad.lastToRemote, SyncResult::Failure);
    }
    // The fix: the next run retries them first and inserts them.
    localCustomer(QStringLiteral("B3"), {{QStringLiteral("account_no"), QStringLiteral("AC-B3")}});
    localCustomer(QStringLiteral("B4"), {{QStringLiteral("credit_limit"), 4000.0}});
    jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 2, 0, 0, 0, 0);
    QCOMPARE(accountCount(), 5);
    CHECKED(verifyInLine());
}

void TestOdataSync::rowChangedBetweenReadAndWriteGoesThroughTheConflictPath()
{
    CHECKED(seedCoupled(2));
    const QString a1 = remoteKeyOf(QStringLiteral("C1"));
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("New")}});
    // The CRM row changes after the engine read it and before it writes: 412.
    InterferingConnector interfering(*remote, [&] {
        remoteAccount(a1, {{QStringLiteral("emailaddress1"), QStringLiteral("late@crm.test")}});
    });
    const QList<SyncJob> jobs = sync(500, &interfering);
    QVERIFY(interfering.sawStampChanged);
    // Decided again with the row as it is now: a field-level merge, counted once.
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    QCOMPARE(job(jobs, R2L).modified + job(jobs, R2L).skipped + job(jobs, R2L).failed, 0);
    QCOMPARE(account(a1).value(QLatin1String("name")).toString(), QStringLiteral("New"));
    QCOMPARE(account(a1).value(QLatin1String("emailaddress1")).toString(),
             QStringLiteral("late@crm.test"));
    QCOMPARE(customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
             QStringLiteral("late@crm.test"));
    QCOMPARE(store->countErrors(ErrorQuery{}), 0);
    CHECKED(expectQuietRun());
    CHECKED(verifyInLine());
}

// --- faults and authentication -------------------------------------------------------------

void TestOdataSync::faultsRecover_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("extra");
    QTest::newRow("no fault") << QString() << QJsonObject();
    QTest::newRow("429 with Retry-After")
        << "429" << QJsonObject{{QStringLiteral("retryAfter"), 1}};
    QTest::newRow("503") << "503" << QJsonObject();
    QTest::newRow("500") << "500" << QJsonObject{{QStringLiteral("count"), 2}};
    // Qt resends once by itself on a dropped kept-alive connection.
    QTest::newRow("drop") << "drop" << QJsonObject{{QStringLiteral("count"), 2}};
    QTest::newRow("slow beyond the timeout")
        << "slow" << QJsonObject{{QStringLiteral("delayMs"), 3000}};
    QTest::newRow("malformed JSON") << "malformed" << QJsonObject();
    QTest::newRow("truncated") << "truncated" << QJsonObject();
}

// The same changes on both sides, synced with the fault on the first read of the
// accounts and on the first $batch: the jobs and the final data are those of the
// run without faults.
void TestOdataSync::faultsRecover()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, extra);
    openRemote({{QStringLiteral("timeoutSeconds"), 2}});
    CHECKED(seedCoupled(3));
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Oslo")}});
    localCustomer(QStringLiteral("N1"), customerValues(QStringLiteral("New1")));
    localCustomer(QStringLiteral("N2"), customerValues(QStringLiteral("New2")));
    remoteAccount(remoteKeyOf(QStringLiteral("C2")),
                  {{QStringLiteral("telephone1"), QStringLiteral("+47 22 00 00 00")}});
    const QString r1 = remoteNew({{QStringLiteral("name"), QStringLiteral("Remote1")},
                                  {QStringLiteral("accountnumber"), QStringLiteral("R-1")},
                                  {QStringLiteral("creditlimit"), 10}});
    if (!kind.isEmpty()) {
        for (const auto &[method, path] :
             {std::pair{"GET", "accounts"}, std::pair{"POST", "$batch"}}) {
            QJsonObject fault = extra;
            fault.insert(QStringLiteral("kind"), kind);
            fault.insert(QStringLiteral("method"), QLatin1String(method));
            fault.insert(QStringLiteral("path"), QLatin1String(path));
            QString error;
            QVERIFY2(server.addFault(fault, &error), qPrintable(error));
        }
    }
    QElapsedTimer timer;
    timer.start();
    const QList<SyncJob> jobs = sync();
    const qint64 elapsed = timer.elapsed();
    COMPARE_WORK(job(jobs, L2R), 2, 1, 0, 0, 0);
    COMPARE_WORK(job(jobs, R2L), 1, 1, 0, 0, 0);
    if (extra.contains(QLatin1String("retryAfter"))) // waited as told, twice
        QVERIFY2(elapsed >= 1900, qPrintable(QString::number(elapsed)));
    if (!kind.isEmpty()) {
        // Both faults were served (a drop twice each: Qt resends once by itself).
        const int served = stat("faultsServed");
        QVERIFY2(served >= (kind == QLatin1String("drop") ? 4 : 2),
                 qPrintable(QString::number(served)));
        const QJsonDocument queue = server.get(QStringLiteral("/test/faults"));
        QVERIFY2(queue.object().value(QLatin1String("faults")).toArray().isEmpty(),
                 qPrintable(QString::fromUtf8(queue.toJson(QJsonDocument::Compact))));
    }
    QCOMPARE(customerCount(), 6);
    QCOMPARE(accountCount(), 6);
    QCOMPARE(store->countErrors(ErrorQuery{}), 0);
    // The data of the run without faults, row by row (and the CRM holds the same:
    // verifyInLine below).
    QStringList expected;
    for (const char *name : {"Name1", "Name2", "Name3", "New1", "New2"}) {
        QVariantMap v = customerValues(QLatin1String(name));
        if (qstrcmp(name, "Name1") == 0)
            v.insert(QStringLiteral("city"), QStringLiteral("Oslo"));
        if (qstrcmp(name, "Name2") == 0)
            v.insert(QStringLiteral("phone"), QStringLiteral("+47 22 00 00 00"));
        expected << QStringList{v.value(QStringLiteral("name")).toString(),
                                v.value(QStringLiteral("account_no")).toString(),
                                v.value(QStringLiteral("phone")).toString(),
                                v.value(QStringLiteral("email")).toString(),
                                v.value(QStringLiteral("city")).toString(),
                                QString::number(v.value(QStringLiteral("credit_limit")).toDouble())}
                        .join(QLatin1Char('|'));
    }
    expected << QStringLiteral("Remote1|R-1|null|null|null|10");
    expected.sort();
    QCOMPARE(localData(), expected);
    QCOMPARE(account(remoteKeyOf(QStringLiteral("C1"))).value(QLatin1String("address1_city")),
             QJsonValue(QStringLiteral("Oslo")));
    QCOMPARE(customer(QStringLiteral("C2")).value(QStringLiteral("phone")).toString(),
             QStringLiteral("+47 22 00 00 00"));
    const std::optional<Coupling> rc = store->couplingByKey(CUSTOMER, Side::Remote, r1);
    QVERIFY(rc && rc->isComplete());
    QCOMPARE(customer(rc->localKey).value(QStringLiteral("name")).toString(),
             QStringLiteral("Remote1"));
    CHECKED(verifyInLine());
    CHECKED(expectQuietRun());
}

void TestOdataSync::authenticationFailures_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("message"); // empty: it works
    QTest::newRow("good client") << "couplet-good"
                                 << "good-secret" << QString();
    QTest::newRow("password expired")
        << "couplet-expired"
        << "expired-secret"
        << "The integration user's password has expired or must be changed at next sign-in.";
    QTest::newRow("account disabled") << "couplet-disabled"
                                      << "disabled-secret"
                                      << "The integration user's account is disabled.";
    QTest::newRow("wrong secret")
        << "couplet-good"
        << "wrong-secret"
        << "The client secret is not valid for this application; check the secret or create a "
           "new one.";
}

void TestOdataSync::authenticationFailures()
{
    QFETCH(QString, client);
    QFETCH(QString, secret);
    QFETCH(QString, message);
    localCustomer(QStringLiteral("C1"), customerValues(QStringLiteral("Auth")));
    const QString r1 = remoteNew({{QStringLiteral("name"), QStringLiteral("Remote1")}});
    QString error;
    QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("bearer")}}, &error));
    openRemote(
        {{QStringLiteral("auth"), QStringLiteral("oauth2")}, {QStringLiteral("clientId"), client}},
        secret);
    const QList<SyncJob> jobs = sync();
    QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("none")}}, &error));
    if (message.isEmpty()) {
        COMPARE_WORK(job(jobs, L2R), 1, 0, 0, 0, 0);
        COMPARE_WORK(job(jobs, R2L), 1, 0, 0, 0, 0);
        QCOMPARE(accountCount(), 2);
        CHECKED(verifyInLine());
        return;
    }
    // The sign-in is checked before any row is read: one failed job, one error
    // (not one per direction, let alone per row).
    QCOMPARE(jobs.size(), 1);
    const SyncJob j = jobs.first();
    COMPARE_ENUM(j.status, JobStatus::Failed);
    QVERIFY2(j.message.startsWith(QLatin1String("CRM refused the sign-in: ")),
             qPrintable(j.message));
    QVERIFY2(j.message.contains(message), qPrintable(j.message));
    QVERIFY2(!j.message.contains(secret), qPrintable(j.message));
    // The Integration Synchronization Errors page shows it, without the secret.
    const QList<SyncError> errors = store->errors(ErrorQuery{});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().cause, QStringLiteral("authentication"));
    for (const SyncError &e : errors) {
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(!e.message.contains(secret) && !e.detail.contains(secret), qPrintable(e.detail));
        QVERIFY2(e.detail.contains(QLatin1String("AADSTS")), qPrintable(e.detail));
    }
    // Nothing was written on either side.
    QCOMPARE(accountCount(), 1);
    QVERIFY(account(r1).value(QLatin1String("name")).toString() == QStringLiteral("Remote1"));
    QCOMPARE(customerCount(), 1);
    QVERIFY(remoteKeyOf(QStringLiteral("C1")).isEmpty());
}

// --- lookups --------------------------------------------------------------------------------

// A currency lookup through a CURRENCY mapping (ERP codes coupled with the
// server's seeded currencies by their ISO code). The server refuses a write of
// "_transactioncurrencyid_value" as Dataverse does, so every value that reaches
// it went as "transactioncurrencyid@odata.bind", and a cleared one as a null
// bind; the way back reads the value property.
void TestOdataSync::currencyLookupBothWays()
{
    const QString usdId = QStringLiteral("c0000000-0000-4000-8000-0000000000c1");
    const QString eurId = QStringLiteral("c0000000-0000-4000-8000-0000000000c2");
    const QString lookup = QStringLiteral("_transactioncurrencyid_value");
    try {
        couplet::test::exec(
            raw, {QStringLiteral("CREATE TABLE currency (code VARCHAR(40) PRIMARY KEY, rate "
                                 "DOUBLE PRECISION, modified_at %1 NOT NULL)")
                      .arg(couplet::test::stampType(backend)),
                  QStringLiteral("ALTER TABLE customer ADD COLUMN currency_code VARCHAR(40)")});
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
    }
    const QDateTime now = clock().now();
    for (const auto &[code, rate] : {std::pair{"USD", 1.0}, std::pair{"EUR", 0.92}}) {
        QSqlQuery q(raw);
        q.prepare(
            QStringLiteral("INSERT INTO currency (code, rate, modified_at) VALUES (?, ?, ?)"));
        q.addBindValue(QString::fromLatin1(code));
        q.addBindValue(rate);
        q.addBindValue(backend == QLatin1String("postgres")
                           ? QVariant(now)
                           : QVariant(now.toString(Qt::ISODateWithMs)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    TableMapping currency;
    currency.name = QStringLiteral("CURRENCY");
    currency.direction = Direction::ToRemote;
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
    FieldMapping code;
    code.local = QStringLiteral("code");
    code.remote = QStringLiteral("isocurrencycode");
    FieldMapping rate;
    rate.local = QStringLiteral("rate");
    rate.remote = QStringLiteral("exchangerate");
    currency.fields = {code, rate};
    FieldMapping cur;
    cur.local = QStringLiteral("currency_code");
    cur.remote = lookup;
    cur.lookupMapping = currency.name;
    ws.mappings.first().fields.append(cur);
    ws.mappings.prepend(currency);

    // Inserts: a currency, and none (left out of the insert).
    QVariantMap c1 = customerValues(QStringLiteral("Lookup1"));
    c1.insert(QStringLiteral("currency_code"), QStringLiteral("USD"));
    localCustomer(QStringLiteral("C1"), c1);
    localCustomer(QStringLiteral("C2"), customerValues(QStringLiteral("Lookup2")));
    QList<SyncJob> jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 2, 0, 0, 0, 0);
    const QString a1 = remoteKeyOf(QStringLiteral("C1"));
    const QString a2 = remoteKeyOf(QStringLiteral("C2"));
    QCOMPARE(account(a1).value(lookup).toString(), usdId);
    QVERIFY(account(a2).value(lookup).isNull());

    // Updates: another currency, then none (a null bind).
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("currency_code"), QStringLiteral("EUR")}});
    jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    QCOMPARE(account(a1).value(lookup).toString(), eurId);
    localCustomer(QStringLiteral("C1"), {{QStringLiteral("currency_code"), QVariant()}});
    jobs = sync();
    COMPARE_WORK(job(jobs, L2R), 0, 1, 0, 0, 0);
    QVERIFY(account(a1).value(lookup).isNull());
    QVERIFY(customer(QStringLiteral("C1")).value(QStringLiteral("currency_code")).isNull());

    // The way back: the CRM sets and clears lookups (with binds, as Dataverse
    // needs), and creates an account with one.
    const auto bindTo = [](const QString &id) {
        return id.isEmpty() ? QVariant()
                            : QVariant(QStringLiteral("/transactioncurrencies(%1)").arg(id));
    };
    remoteAccount(a2, {{QStringLiteral("transactioncurrencyid@odata.bind"), bindTo(eurId)}});
    const QString a3 =
        remoteNew({{QStringLiteral("name"), QStringLiteral("Lookup3")},
                   {QStringLiteral("transactioncurrencyid@odata.bind"), bindTo(usdId)}});
    jobs = sync();
    COMPARE_WORK(job(jobs, R2L), 1, 1, 0, 0, 0);
    QCOMPARE(customer(QStringLiteral("C2")).value(QStringLiteral("currency_code")).toString(),
             QStringLiteral("EUR"));
    const std::optional<Coupling> c3 = store->couplingByKey(CUSTOMER, Side::Remote, a3);
    QVERIFY(c3 && c3->isComplete());
    QCOMPARE(customer(c3->localKey).value(QStringLiteral("currency_code")).toString(),
             QStringLiteral("USD"));
    remoteAccount(a2, {{QStringLiteral("transactioncurrencyid@odata.bind"), bindTo({})}});
    jobs = sync();
    COMPARE_WORK(job(jobs, R2L), 0, 1, 0, 0, 0);
    QVERIFY(customer(QStringLiteral("C2")).value(QStringLiteral("currency_code")).isNull());
    CHECKED(verifyInLine());
    CHECKED(expectQuietRun());
}

QTEST_GUILESS_MAIN(TestOdataSync)
#include "tst_odatasync.moc"
