// The demo data itself (couplet::Demo, in couplet_core): what it writes, and that
// the sync after it meets every situation the demo promises.
#include "clock.h"
#include "connectors/connector.h"
#include "demo/demo.h"
#include "engine/syncengine.h"
#include "error.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace couplet;

namespace {

const QDateTime demoNow = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

// A read-only look into one of the demo's databases.
class Db
{
public:
    explicit Db(const QString &path)
        : m_name(u"tst-demo-%1"_s.arg(++counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Db()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QList<QVariantList> result;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            result.append(row);
        }
        return result;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        const QList<QVariantList> r = rows(sql, binds);
        return r.isEmpty() ? QVariant() : r.first().value(0);
    }
    int count(const QString &table) const
    {
        return value(u"SELECT count(*) FROM "_s + table).toInt();
    }

private:
    static inline int counter = 0;
    QString m_name;
};

SyncJob jobOf(const QList<SyncJob> &jobs, const QString &mapping, PassDirection d)
{
    for (const SyncJob &j : jobs) {
        if (j.mapping == mapping && j.direction == d)
            return j;
    }
    return {};
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheFiles();
    void workspaceHasTheMappings();
    void databasesHaveAFewHundredRows();
    void stampsAreIsoUtcAndBeforeNow();
    void firstSyncIsClean();
    void nextSyncMeetsEveryCase();
    void createReplacesAnEarlierDemo();
    void unwritableFolderThrows();

private:
    QString path(const QString &file) const { return QDir(m_dir.path()).filePath(file); }

    QTemporaryDir m_dir;
    DemoResult m_demo;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const ManualClock clock(demoNow);
    m_demo = Demo::create(m_dir.path(), clock);
}

void TestDemo::writesTheFiles()
{
    QCOMPARE(m_demo.workspacePath, path(u"demo.couplet.json"_s));
    for (const QString &file : Demo::fileNames())
        QVERIFY2(QFile::exists(path(file)), qPrintable(file));
    QVERIFY(Demo::exists(m_dir.path()));
    QTemporaryDir empty;
    QVERIFY(!Demo::exists(empty.path()));
}

void TestDemo::workspaceHasTheMappings()
{
    QList<WorkspaceIssue> issues;
    const Workspace ws = WorkspaceFile::load(m_demo.workspacePath, &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(ws.mappings.size(), 3);

    const TableMapping *currency = ws.mapping(u"CURRENCY"_s);
    QVERIFY(currency);
    QCOMPARE(currency->matchFields, QStringList{u"code"_s});

    const TableMapping *customer = ws.mapping(u"CUSTOMER"_s);
    QVERIFY(customer);
    QCOMPARE(customer->local.filter, u"blocked = 0"_s);
    QCOMPARE(customer->remote.displayName(), u"Account"_s);
    const FieldMapping *type = customer->fieldByLocal(u"type"_s);
    QVERIFY(type);
    QCOMPARE(type->remote, u"customertypecode"_s);
    QCOMPARE(type->valueMap.size(), 2);
    QCOMPARE(type->valueMap.at(0).first.toString(), u"customer"_s);
    QCOMPARE(type->valueMap.at(0).second.toInt(), 3);
    const FieldMapping *currencyCode = customer->fieldByLocal(u"currency_code"_s);
    QVERIFY(currencyCode);
    QCOMPARE(currencyCode->lookupMapping, u"CURRENCY"_s);
    bool statecode = false;
    for (const FieldMapping &f : customer->fields) {
        if (f.remote == u"statecode"_s) {
            statecode =
                f.isConstant() && f.constant->toInt() == 0 && f.direction == Direction::ToRemote;
        }
    }
    QVERIFY(statecode);

    const TableMapping *contact = ws.mapping(u"CONTACT"_s);
    QVERIFY(contact);
    QCOMPARE(contact->fieldByLocal(u"customer_no"_s)->lookupMapping, u"CUSTOMER"_s);
    QCOMPARE(contact->lookupDependencies(), QStringList{u"CUSTOMER"_s});

    // The file names no secret and validates against both databases.
    std::unique_ptr<Connector> local =
        createConnector(ws.local, m_dir.path(), {}, SystemClock::instance());
    std::unique_ptr<Connector> remote =
        createConnector(ws.remote, m_dir.path(), {}, SystemClock::instance());
    local->open();
    remote->open();
    const QList<WorkspaceIssue> schema = WorkspaceFile::validateSchema(ws, *local, *remote);
    for (const WorkspaceIssue &issue : schema)
        qWarning() << issue.toString();
    QVERIFY(schema.isEmpty());
    local->close();
    remote->close();
}

void TestDemo::databasesHaveAFewHundredRows()
{
    const Db erp(path(u"erp.sqlite"_s));
    const Db crm(path(u"crm.sqlite"_s));
    const int erpRows = erp.count(u"currency"_s) + erp.count(u"salesperson"_s) +
                        erp.count(u"customer"_s) + erp.count(u"contact"_s);
    const int crmRows =
        crm.count(u"transactioncurrencies"_s) + crm.count(u"accounts"_s) + crm.count(u"contacts"_s);
    QVERIFY2(erpRows + crmRows >= 200 && erpRows + crmRows <= 1000,
             qPrintable(u"%1 + %2 rows"_s.arg(erpRows).arg(crmRows)));
    QVERIFY(erp.count(u"salesperson"_s) >= 3);

    // Keys are text: "C00010", "CT00010", GUIDs in the CRM.
    QCOMPARE(erp.value(u"SELECT typeof(no) FROM customer LIMIT 1"_s).toString(), u"text"_s);
    QVERIFY(erp.value(u"SELECT count(*) FROM customer WHERE no = 'C00010'"_s).toInt() == 1);
    QVERIFY(erp.value(u"SELECT count(*) FROM contact WHERE no = 'CT00010'"_s).toInt() == 1);
    const QRegularExpression guid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    for (const QVariantList &row : crm.rows(u"SELECT accountid FROM accounts"_s))
        QVERIFY2(guid.match(row.value(0).toString()).hasMatch(),
                 qPrintable(row.value(0).toString()));

    // Blocked customers and prospects exist; the filter and the value map have work.
    QVERIFY(erp.value(u"SELECT count(*) FROM customer WHERE blocked = 1"_s).toInt() >= 1);
    QVERIFY(erp.value(u"SELECT count(*) FROM customer WHERE type = 'prospect'"_s).toInt() >= 1);

    // The currency without an exchange rate, and the CRM column that refuses it.
    QVERIFY(
        erp.value(u"SELECT count(*) FROM currency WHERE code = 'NOK' AND exchange_rate IS NULL"_s)
            .toInt() == 1);
    QCOMPARE(crm.value(u"SELECT \"notnull\" FROM pragma_table_info('transactioncurrencies') "
                       "WHERE name = 'exchangerate'"_s)
                 .toInt(),
             1);
    QCOMPARE(erp.value(u"SELECT currency_code FROM customer WHERE no = 'C00040'"_s).toString(),
             u"NOK"_s);

    // Rows that exist only in the CRM (not yet synchronized to the ERP).
    QVERIFY(crm.value(u"SELECT count(*) FROM accounts WHERE name = 'Bellows College'"_s).toInt() ==
            1);
    QCOMPARE(erp.value(u"SELECT count(*) FROM customer WHERE name = 'Bellows College'"_s).toInt(),
             0);
    // Currencies on both sides, coupled by matching the code.
    QVERIFY(crm.value(u"SELECT count(*) FROM transactioncurrencies WHERE isocurrencycode = 'EUR'"_s)
                .toInt() == 1);
}

void TestDemo::stampsAreIsoUtcAndBeforeNow()
{
    const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    const QString now = demoNow.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    const QDateTime firstSync = m_demo.firstSync.value(0).started;
    QVERIFY(firstSync.isValid());
    // The scripted edits come a minute apart after the first sync; the rows that
    // sync wrote carry stamps within a second of its start.
    const QString afterFirstSync =
        firstSync.addSecs(1).toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    QStringList edits;
    for (const auto &[file, tables] :
         {std::pair{u"erp.sqlite"_s,
                    QStringList{u"currency"_s, u"customer"_s, u"contact"_s, u"salesperson"_s}}}) {
        const Db db(path(file));
        for (const QString &table : tables) {
            for (const QVariantList &row : db.rows(u"SELECT modified_at FROM "_s + table)) {
                const QString stamp = row.value(0).toString();
                QVERIFY2(iso.match(stamp).hasMatch(), qPrintable(stamp));
                QVERIFY2(stamp < now, qPrintable(stamp));
                if (stamp > afterFirstSync)
                    edits.append(stamp);
            }
        }
    }
    const Db crm(path(u"crm.sqlite"_s));
    for (const QString &table : {u"transactioncurrencies"_s, u"accounts"_s, u"contacts"_s}) {
        for (const QVariantList &row : crm.rows(u"SELECT modifiedon FROM "_s + table)) {
            const QString stamp = row.value(0).toString();
            QVERIFY2(iso.match(stamp).hasMatch(), qPrintable(stamp));
            QVERIFY2(stamp < now, qPrintable(stamp));
            if (stamp > afterFirstSync)
                edits.append(stamp);
        }
    }
    // Every scripted edit has its own stamp.
    QVERIFY(edits.size() >= 20);
    QCOMPARE(QSet<QString>(edits.cbegin(), edits.cend()).size(), edits.size());
}

void TestDemo::firstSyncIsClean()
{
    QCOMPARE(m_demo.firstSync.size(), 6);
    for (const SyncJob &j : m_demo.firstSync) {
        QCOMPARE(toString(j.status), toString(JobStatus::Succeeded));
        QCOMPARE(j.failed, 0);
        QCOMPARE(j.skipped, 0);
    }
    // Inserts both ways, and currencies coupled by matching rather than inserting.
    QVERIFY(jobOf(m_demo.firstSync, u"CUSTOMER"_s, PassDirection::LocalToRemote).inserted >= 70);
    QVERIFY(jobOf(m_demo.firstSync, u"CUSTOMER"_s, PassDirection::RemoteToLocal).inserted >= 10);
    const SyncJob currency = jobOf(m_demo.firstSync, u"CURRENCY"_s, PassDirection::LocalToRemote);
    QCOMPARE(currency.coupled, 6);
    QCOMPARE(currency.inserted, 3);
}

void TestDemo::nextSyncMeetsEveryCase()
{
    // A copy, so the other tests see the demo as created.
    QTemporaryDir copy;
    for (const QString &file : Demo::fileNames())
        QVERIFY(QFile::copy(path(file), QDir(copy.path()).filePath(file)));
    QList<WorkspaceIssue> issues;
    const Workspace ws =
        WorkspaceFile::load(QDir(copy.path()).filePath(Demo::workspaceFileName()), &issues);
    QVERIFY(issues.isEmpty());
    const ManualClock clock(demoNow);
    StoreConfig storeConfig = ws.store;
    storeConfig.database = ws.resolvePath(storeConfig.database);
    StateStore store(storeConfig);
    store.open();
    std::unique_ptr<Connector> local = createConnector(ws.local, copy.path(), {}, clock);
    std::unique_ptr<Connector> remote = createConnector(ws.remote, copy.path(), {}, clock);
    local->open();
    remote->open();
    SyncEngine engine(ws, store, *local, *remote, clock);
    const QList<SyncJob> jobs = engine.run({});
    local->close();
    remote->close();

    // Update conflicts: skipped, with the ERP's words.
    for (const QString &no : {u"C00010"_s, u"C00020"_s}) {
        const std::optional<Coupling> c = store.couplingByKey(u"CUSTOMER"_s, Side::Local, no);
        QVERIFY(c);
        QVERIFY(c->skipped);
        QCOMPARE(toString(c->skipReason), toString(SkipReason::UpdateConflict));
        QCOMPARE(c->lastError, u"Cannot update the Account record because it has a later "
                               "modified date than the Customer record"_s);
    }
    QCOMPARE(jobOf(jobs, u"CUSTOMER"_s, PassDirection::LocalToRemote).skipped, 2);

    // Different fields on each side: merged, both sides have both changes.
    const std::optional<Coupling> merged =
        store.couplingByKey(u"CUSTOMER"_s, Side::Local, u"C00030"_s);
    QVERIFY(merged && !merged->skipped);
    const Db erp(QDir(copy.path()).filePath(u"erp.sqlite"_s));
    const Db crm(QDir(copy.path()).filePath(u"crm.sqlite"_s));
    QCOMPARE(erp.rows(u"SELECT phone, city FROM customer WHERE no = 'C00030'"_s).value(0),
             (QVariantList{u"+45 70 10 20 30"_s, u"Odense"_s}));
    QCOMPARE(crm.rows(u"SELECT telephone1, address1_city FROM accounts WHERE accountid = ?"_s,
                      {merged->remoteKey})
                 .value(0),
             (QVariantList{u"+45 70 10 20 30"_s, u"Odense"_s}));

    // The deletion conflict: an error and a coupled-data error.
    const std::optional<Coupling> deleted =
        store.couplingByKey(u"CONTACT"_s, Side::Local, u"CT00050"_s);
    QVERIFY(deleted);
    QVERIFY(deleted->remoteDeleted);
    QCOMPARE(toString(deleted->lastToRemote), toString(SyncResult::Failure));

    // The currency without an exchange rate fails, and so does the customer using it.
    ErrorQuery q;
    q.search = u"NOK"_s;
    const QList<SyncError> nokErrors = store.errors(q);
    bool currencyFailed = false;
    bool lookupFailed = false;
    for (const SyncError &e : nokErrors) {
        currencyFailed = currencyFailed || (e.mapping == u"CURRENCY"_s && e.source.key == u"NOK"_s);
        lookupFailed = lookupFailed || (e.mapping == u"CUSTOMER"_s && e.source.key == u"C00040"_s &&
                                        e.message.contains(u"not coupled"_s));
    }
    QVERIFY(currencyFailed);
    QVERIFY(lookupFailed);
    QCOMPARE(
        crm.value(u"SELECT count(*) FROM transactioncurrencies WHERE isocurrencycode = 'NOK'"_s)
            .toInt(),
        0);

    // Clean inserts and updates, both ways.
    QCOMPARE(crm.value(u"SELECT count(*) FROM accounts WHERE name = 'Nordlys Shipping'"_s).toInt(),
             1);
    QCOMPARE(erp.value(u"SELECT count(*) FROM customer WHERE name = 'Bellows College'"_s).toInt(),
             1);
    QCOMPARE(erp.value(u"SELECT phone FROM customer WHERE no = 'C00090'"_s).toString(),
             u"+45 88 77 66 55"_s);
    QCOMPARE(erp.value(u"SELECT count(*) FROM customer WHERE name = 'Humongous Insurance Group'"_s)
                 .toInt(),
             1);
    QVERIFY(jobOf(jobs, u"CONTACT"_s, PassDirection::RemoteToLocal).inserted >= 1);
    QVERIFY(jobOf(jobs, u"CONTACT"_s, PassDirection::LocalToRemote).inserted >= 1);
    store.close();
}

void TestDemo::createReplacesAnEarlierDemo()
{
    QTemporaryDir dir;
    const ManualClock clock(demoNow);
    Demo::create(dir.path(), clock);
    {
        Db erp(QDir(dir.path()).filePath(u"erp.sqlite"_s));
        erp.rows(u"DELETE FROM customer"_s);
    }
    const DemoResult again = Demo::create(dir.path(), clock);
    QCOMPARE(again.firstSync.size(), 6);
    const Db erp(QDir(dir.path()).filePath(u"erp.sqlite"_s));
    QVERIFY(erp.count(u"customer"_s) >= 80);
}

void TestDemo::unwritableFolderThrows()
{
    QTemporaryDir dir;
    QFile blocker(QDir(dir.path()).filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ManualClock clock(demoNow);
    // A folder below a plain file cannot be made.
    QVERIFY_THROWS_EXCEPTION(Error, Demo::create(QDir(dir.path()).filePath(u"file/demo"_s), clock));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
