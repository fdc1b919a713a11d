// The health checks against real databases (SQLite files and PostgreSQL), each
// set up to fail the check; the OData side is tested in tests/e2e/tst_health_odata.cpp.

#include "enginefixture.h"
#include "health/healthcheck.h"
#include "testsupport.h"

#include "error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace couplet;
using namespace couplet::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString describe(const QList<HealthResult> &results)
{
    QStringList lines;
    for (const HealthResult &r : results) {
        lines << str("%1 %2 %3 [%4] %5 | fix: %6")
                     .arg(toString(r.status), r.check, toString(r.side), r.subject, r.message,
                          r.fix);
    }
    return lines.join(QLatin1Char('\n'));
}

QList<HealthResult> matching(const QList<HealthResult> &results, const QString &check,
                             HealthStatus status)
{
    QList<HealthResult> found;
    for (const HealthResult &r : results) {
        if (r.check == check && r.status == status)
            found << r;
    }
    return found;
}

// The only result of `check` on `side` with that status; fails the test otherwise.
#define ONE_RESULT(list_, check_, side_, status_, out_)                                            \
    do {                                                                                           \
        QList<HealthResult> found_;                                                                \
        for (const HealthResult &r_ : matching(list_, str(check_), status_)) {                     \
            if (r_.side == side_)                                                                  \
                found_ << r_;                                                                      \
        }                                                                                          \
        if (found_.size() != 1)                                                                    \
            QFAIL(qPrintable(str("expected one %1 result of %2 on %3, got %4:\n%5")                \
                                 .arg(toString(status_), str(check_), toString(side_))             \
                                 .arg(found_.size())                                               \
                                 .arg(describe(list_))));                                          \
        out_ = found_.first();                                                                     \
    } while (false)

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();

    void healthyWorkspacePasses();
    void unreachableDatabaseFailsConnection();
    void refusedSignInFailsAuthentication();
    void administratorAccount();
    void missingPrivilegesFailPermissions();
    void currencyWithoutRateFails();
    void missingFieldsAndIncompatibleTypesFailSchema();
    void duplicateMatchKeysFail();
    void failuresAreLoggedOnceWithTheirCause();
    void syncStopsAtAFailedFastCheck();

private:
    void exec(EngineFixture &f, Side side, const QStringList &statements);
    void seedHealthy(EngineFixture &f);

    QTemporaryDir m_dir;
    QString m_backend;
};

void TestHealth::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    QVERIFY(m_dir.isValid());
}

void TestHealth::exec(EngineFixture &f, Side side, const QStringList &statements)
{
    const ConnectionConfig &config = f.workspace.connection(side);
    static int calls = 0;
    const QString name = str("health-raw-%1").arg(++calls);
    {
        QSqlDatabase db = openRaw(config, name);
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + str(": ") + q.lastError().text()));
    }
    closeRaw(name);
}

// Two currencies with rates and a customer, synchronized: nothing to complain about.
void TestHealth::seedHealthy(EngineFixture &f)
{
    f.upsert(Side::Local, str("currency"), str("code"), str("EUR"), {{str("rate"), 1.0}});
    f.upsert(Side::Local, str("currency"), str("code"), str("USD"), {{str("rate"), 1.08}});
    f.localCustomer(str("C1"), {{str("name"), str("One")},
                                {str("city"), str("Lyon")},
                                {str("type"), str("customer")},
                                {str("currency_code"), str("EUR")}});
    f.sync();
}

void TestHealth::healthyWorkspacePasses()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    seedHealthy(f);
    QStringList steps;
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote, {},
                                                        [&](const QString &id) { steps << id; });

    // Every check ran, in order, and said something.
    QStringList ids = healthCheckIds();
    ids.removeOne(str("authentication")); // reported with the connection
    QCOMPARE(steps, ids);
    for (const QString &id : healthCheckIds()) {
        bool present = false;
        for (const HealthResult &r : results)
            present = present || r.check == id;
        QVERIFY2(present, qPrintable(id + str(" missing:\n") + describe(results)));
        QVERIFY(!healthCheckTitle(id).isEmpty());
    }
    for (const HealthResult &r : results) {
        QVERIFY2(!r.message.isEmpty(), qPrintable(describe(results)));
        QVERIFY2(r.status != HealthStatus::Error, qPrintable(describe(results)));
    }
    HealthResult r;
    ONE_RESULT(results, "connection", Side::Remote, HealthStatus::Ok, r);
    QVERIFY2(r.message.contains(str("CRM")), qPrintable(r.message));
    ONE_RESULT(results, "authentication", Side::Local, HealthStatus::Ok, r);
    QVERIFY2(r.message.contains(str("ERP")), qPrintable(r.message));
    QCOMPARE(matching(results, str("exchange-rates"), HealthStatus::Ok).size(), 2);
    QCOMPARE(matching(results, str("permissions"), HealthStatus::Ok).size(), 4);
    ONE_RESULT(results, "keys", Side::Remote, HealthStatus::Ok, r);
    QVERIFY2(r.message.contains(str("isocurrencycode")), qPrintable(r.message));

    // The fast checks are the connection and the sign-in, nothing else.
    HealthOptions fast;
    fast.fastOnly = true;
    const QList<HealthResult> quick = runHealthChecks(f.workspace, *f.local, *f.remote, fast);
    QCOMPARE(quick.size(), 4);
    for (const HealthResult &q : quick) {
        QVERIFY(q.check == str("connection") || q.check == str("authentication"));
        QCOMPARE(toString(q.status), toString(HealthStatus::Ok));
    }
}

void TestHealth::unreachableDatabaseFailsConnection()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    seedHealthy(f);
    if (m_backend == str("postgres")) {
        f.workspace.local.host = str("127.0.0.1");
        f.workspace.local.port = 1; // nothing listens there
    } else {
        f.workspace.local.database = dir.filePath(str("no/such/folder/erp.sqlite"));
    }
    f.reopen(false);
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);

    HealthResult r;
    ONE_RESULT(results, "connection", Side::Local, HealthStatus::Error, r);
    QVERIFY2(r.message.startsWith(str("Couplet cannot connect to ERP:")), qPrintable(r.message));
    QVERIFY2(r.fix.contains(str("Connection Setup")), qPrintable(r.fix));
    if (m_backend == str("sqlite"))
        QVERIFY2(r.fix.startsWith(str("Check the path of the database file of ERP")),
                 qPrintable(r.fix));
    QCOMPARE(r.cause, ErrorCause::Connection);
    QCOMPARE(r.target.kind, HealthTarget::Kind::Connection);
    QCOMPARE(toString(r.target.side), toString(Side::Local));
    // What needs the connection is not checked on that side, and says why.
    ONE_RESULT(results, "authentication", Side::Local, HealthStatus::Skipped, r);
    QVERIFY2(r.message.contains(str("cannot connect to ERP")), qPrintable(r.message));
    ONE_RESULT(results, "administrator", Side::Local, HealthStatus::Skipped, r);
    // The other side is still checked.
    ONE_RESULT(results, "connection", Side::Remote, HealthStatus::Ok, r);
    QVERIFY(!matching(results, str("permissions"), HealthStatus::Ok).isEmpty());
}

void TestHealth::refusedSignInFailsAuthentication()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    if (m_backend != str("postgres")) {
        // An SQLite file has no sign-in: opening it is the whole of it.
        const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
        HealthResult r;
        ONE_RESULT(results, "authentication", Side::Remote, HealthStatus::Ok, r);
        QCOMPARE(r.message, str("CRM accepted the credentials."));
        return;
    }
    f.workspace.remote.user = str("no_such_integration_user");
    f.reopen(false);
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
    HealthResult r;
    ONE_RESULT(results, "connection", Side::Remote, HealthStatus::Ok, r);
    QCOMPARE(r.message, str("CRM answered, but refused the sign-in."));
    ONE_RESULT(results, "authentication", Side::Remote, HealthStatus::Error, r);
    QVERIFY2(r.message.startsWith(str("CRM refused the sign-in:")), qPrintable(r.message));
    QVERIFY2(r.message.contains(str("no_such_integration_user")), qPrintable(r.message));
    QCOMPARE(r.fix, str("Check the user name of CRM and enter its password or secret again in "
                        "Connection Setup, then choose Test Connection."));
    QCOMPARE(r.cause, ErrorCause::Authentication);
}

void TestHealth::administratorAccount()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    if (m_backend != str("postgres")) {
        const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
        HealthResult r;
        ONE_RESULT(results, "administrator", Side::Remote, HealthStatus::Skipped, r);
        QCOMPARE(r.message, str("CRM has no users or roles that Couplet can read."));
        return;
    }
    // The test server's own user is a superuser: a warning for a database.
    {
        const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
        HealthResult r;
        ONE_RESULT(results, "administrator", Side::Remote, HealthStatus::Warning, r);
        QVERIFY2(r.message.contains(str("is an administrator (a superuser)")),
                 qPrintable(r.message));
        QVERIFY2(r.fix.contains(str("not a superuser")), qPrintable(r.fix));
        QCOMPARE(r.cause, ErrorCause::AdministratorAccount);
    }
    // A plain login role is fine.
    exec(f, Side::Remote,
         {str("DROP ROLE IF EXISTS health_plain"), str("CREATE ROLE health_plain LOGIN"),
          str("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
              "health_plain")});
    const QString owner = f.workspace.remote.user;
    f.workspace.remote.user = str("health_plain");
    f.reopen();
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
    HealthResult r;
    ONE_RESULT(results, "administrator", Side::Remote, HealthStatus::Ok, r);
    QCOMPARE(r.message, str("The integration user health_plain of CRM is not an administrator."));
    QCOMPARE(r.subject, str("health_plain"));
    f.local.reset();
    f.remote.reset();
    f.store.reset();
    f.workspace.remote.user = owner;
    exec(f, Side::Remote,
         {str("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM health_plain"),
          str("DROP ROLE health_plain")});
}

void TestHealth::missingPrivilegesFailPermissions()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    QString owner;
    if (m_backend == str("postgres")) {
        // A user that may read the CRM's accounts, and nothing more.
        exec(f, Side::Remote,
             {str("DROP ROLE IF EXISTS health_reader"), str("CREATE ROLE health_reader LOGIN"),
              str("GRANT SELECT ON accounts, transactioncurrencies TO health_reader"),
              str("GRANT INSERT, UPDATE ON transactioncurrencies TO health_reader")});
        owner = f.workspace.remote.user;
        f.workspace.remote.user = str("health_reader");
    } else {
        f.workspace.remote.options.insert(str("connectOptions"), str("QSQLITE_OPEN_READONLY"));
    }
    f.reopen();
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);

    HealthResult r;
    QList<HealthResult> failed = matching(results, str("permissions"), HealthStatus::Error);
    const bool postgres = m_backend == str("postgres");
    QCOMPARE(failed.size(), postgres ? 1 : 2);
    r = failed.first();
    for (const HealthResult &each : failed) {
        if (each.subject == str("CUSTOMER"))
            r = each;
    }
    QCOMPARE(toString(r.side), toString(Side::Remote));
    QCOMPARE(r.subject, str("CUSTOMER"));
    QCOMPARE(r.message, str("The integration user of CRM may not create, write rows of accounts, "
                            "which mapping CUSTOMER needs."));
    QCOMPARE(r.fix, str("Give the integration user of CRM a security role (or a grant) with the "
                        "create, write privilege on accounts. Do not make it an administrator."));
    QCOMPARE(r.cause, ErrorCause::Permission);
    QCOMPARE(r.target.kind, HealthTarget::Kind::Mapping);
    QCOMPARE(r.target.mapping, str("CUSTOMER"));
    if (postgres) {
        QVERIFY2(r.detail.contains(str("SELECT")), qPrintable(r.detail));
        // The currencies may be written, but not deleted: a warning.
        ONE_RESULT(results, "permissions", Side::Remote, HealthStatus::Warning, r);
        QCOMPARE(r.subject, str("CURRENCY"));
        QVERIFY2(r.message.contains(str("Delete Records")), qPrintable(r.message));
        f.local.reset();
        f.remote.reset();
        f.store.reset();
        f.workspace.remote.user = owner;
        exec(f, Side::Remote,
             {str("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM health_reader"),
              str("DROP ROLE health_reader")});
    } else {
        QVERIFY2(r.detail.contains(str("read-only")), qPrintable(r.detail));
    }
    // The local side is fine.
    QCOMPARE(matching(results, str("permissions"), HealthStatus::Ok).size(), 2);
}

void TestHealth::currencyWithoutRateFails()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    seedHealthy(f);
    // NOK has no rate in the ERP; the CRM's USD has a rate of 0 (its column
    // takes no null).
    f.upsert(Side::Local, str("currency"), str("code"), str("NOK"), {{str("rate"), QVariant()}});
    const QString usd = f.remoteKeyOf(str("CURRENCY"), str("USD"));
    QVERIFY(!usd.isEmpty());
    f.upsert(Side::Remote, str("transactioncurrencies"), str("transactioncurrencyid"), usd,
             {{str("exchangerate"), 0}});
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);

    HealthResult r;
    ONE_RESULT(results, "exchange-rates", Side::Local, HealthStatus::Error, r);
    QCOMPARE(r.subject, str("Currency NOK"));
    QCOMPARE(r.message, str("Currency NOK has no exchange rate in ERP (currency.rate is empty)."));
    QCOMPARE(r.fix, str("Open currency NOK in ERP and enter its exchange rate, then synchronize "
                        "mapping CURRENCY and the records that use the currency."));
    QCOMPARE(r.cause, ErrorCause::MissingExchangeRate);
    QCOMPARE(r.target.kind, HealthTarget::Kind::Record);
    QCOMPARE(r.target.table, str("currency"));
    QCOMPARE(r.target.key, str("NOK"));
    QCOMPARE(r.detail, str("rate = null"));

    ONE_RESULT(results, "exchange-rates", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.subject, str("Currency USD"));
    QCOMPARE(r.message, str("Currency USD has no valid exchange rate in CRM "
                            "(transactioncurrencies.exchangerate is 0)."));
    QCOMPARE(r.target.table, str("transactioncurrencies"));
    QCOMPARE(r.target.key, usd);

    // A mapping can name its rate columns itself.
    TableMapping &currency = f.mapping(str("CURRENCY"));
    currency.exchangeRate.local = str("rate");
    const QList<HealthResult> named = runHealthChecks(f.workspace, *f.local, *f.remote);
    QCOMPARE(matching(named, str("exchange-rates"), HealthStatus::Error).size(), 1);
}

void TestHealth::missingFieldsAndIncompatibleTypesFailSchema()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    const bool postgres = m_backend == str("postgres");
    exec(f, Side::Local,
         {str("ALTER TABLE customer ADD COLUMN credit DOUBLE PRECISION"),
          str("ALTER TABLE customer ADD COLUMN notes VARCHAR(400)")});
    exec(f, Side::Remote,
         {postgres ? str("ALTER TABLE accounts ADD COLUMN founded TIMESTAMPTZ")
                   : str("ALTER TABLE accounts ADD COLUMN founded DATETIME"),
          str("ALTER TABLE accounts ADD COLUMN description VARCHAR(200)")});
    TableMapping &customer = f.mapping(str("CUSTOMER"));
    FieldMapping credit;
    credit.local = str("credit");
    credit.remote = str("founded");
    FieldMapping notes;
    notes.local = str("notes");
    notes.remote = str("description");
    customer.fields << credit << notes;
    f.reopen();
    {
        const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
        HealthResult r;
        ONE_RESULT(results, "schema", Side::Remote, HealthStatus::Error, r);
        QCOMPARE(r.cause, ErrorCause::TypeMismatch);
        QVERIFY2(r.message.startsWith(str("Mapping CUSTOMER: customer.credit in ERP holds")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(str("but accounts.founded in CRM holds")),
                 qPrintable(r.message));
        QCOMPARE(r.target.mapping, str("CUSTOMER"));
        ONE_RESULT(results, "schema", Side::Remote, HealthStatus::Warning, r);
        QCOMPARE(r.cause, ErrorCause::ValueTooLong);
        QCOMPARE(r.message, str("Mapping CUSTOMER: customer.notes in ERP holds up to 400 "
                                "characters, but accounts.description in CRM only 200; longer "
                                "values will fail."));
        QCOMPARE(r.fix, str("Lengthen accounts.description in CRM, or shorten the values of "
                            "customer.notes."));
        // CURRENCY is fine.
        ONE_RESULT(results, "schema", Side::Remote, HealthStatus::Ok, r);
        QVERIFY2(r.message.contains(str("CURRENCY")), qPrintable(r.message));
    }

    // A field that is not there: named, with the closest name.
    customer.fields.removeLast();
    customer.fields.removeLast();
    for (FieldMapping &field : customer.fields) {
        if (field.local == str("email"))
            field.remote = str("emailaddress");
    }
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
    HealthResult r;
    ONE_RESULT(results, "schema", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.cause, ErrorCause::SchemaMismatch);
    QCOMPARE(r.message, str("Mapping CUSTOMER: column \"emailaddress\" does not exist in table "
                            "accounts"));
    QVERIFY2(r.fix.contains(str("Integration Table Mappings")), qPrintable(r.fix));
    QVERIFY2(r.detail.startsWith(str("mappings[0].fields[1].remote")), qPrintable(r.detail));
    QCOMPARE(r.target.kind, HealthTarget::Kind::Mapping);
    QCOMPARE(r.target.mapping, str("CUSTOMER"));
}

void TestHealth::duplicateMatchKeysFail()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    // Two CRM currencies called EUR, and one without a code.
    f.upsert(Side::Remote, str("transactioncurrencies"), str("transactioncurrencyid"), str("t-1"),
             {{str("isocurrencycode"), str("EUR")}, {str("exchangerate"), 1.0}});
    f.upsert(Side::Remote, str("transactioncurrencies"), str("transactioncurrencyid"), str("t-2"),
             {{str("isocurrencycode"), str("EUR")}, {str("exchangerate"), 1.0}});
    f.upsert(Side::Remote, str("transactioncurrencies"), str("transactioncurrencyid"), str("t-3"),
             {{str("isocurrencycode"), QVariant()}, {str("exchangerate"), 1.0}});
    f.upsert(Side::Local, str("currency"), str("code"), str("EUR"), {{str("rate"), 1.0}});
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);

    HealthResult r;
    ONE_RESULT(results, "keys", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.message, str("2 rows of transactioncurrencies in CRM share isocurrencycode = EUR, "
                            "so match-based coupling of mapping CURRENCY cannot tell them apart."));
    QCOMPARE(r.fix, str("Remove or merge the duplicates in CRM (keys t-1, t-2), or match on more "
                        "fields in mapping CURRENCY."));
    QCOMPARE(r.cause, ErrorCause::LookupFailed);
    QCOMPARE(r.target.kind, HealthTarget::Kind::Record);
    QCOMPARE(r.target.key, str("t-1"));
    ONE_RESULT(results, "keys", Side::Remote, HealthStatus::Warning, r);
    QVERIFY2(r.message.startsWith(str("1 rows of transactioncurrencies in CRM have no value in "
                                      "isocurrencycode")),
             qPrintable(r.message));
    ONE_RESULT(results, "keys", Side::Local, HealthStatus::Ok, r);

    // The connectors' generic scan finds the same groups as SQL's GROUP BY.
    const TableSide &side = f.mapping(str("CURRENCY")).remote;
    TableSpec spec{side.table, side.key, side.modified, {str("isocurrencycode")}, {}};
    int incomplete = 0;
    const QList<DuplicateGroup> sql =
        f.remote->duplicates(spec, {str("isocurrencycode")}, 10, &incomplete);
    QCOMPARE(sql.size(), 1);
    QCOMPARE(sql.first().count, 2);
    QCOMPARE(sql.first().keys, (QStringList{str("t-1"), str("t-2")}));
    QCOMPARE(incomplete, 1);
    int scanned = 0;
    const QList<DuplicateGroup> generic =
        f.remote->Connector::duplicates(spec, {str("isocurrencycode")}, 10, &scanned);
    QCOMPARE(generic.size(), 1);
    QCOMPARE(generic.first().count, 2);
    QCOMPARE(generic.first().values.value(str("isocurrencycode")).toString(), str("EUR"));
    QCOMPARE(scanned, 1);
}

void TestHealth::failuresAreLoggedOnceWithTheirCause()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    seedHealthy(f);
    f.upsert(Side::Local, str("currency"), str("code"), str("NOK"), {{str("rate"), QVariant()}});
    const int before = f.store->countErrors({});
    const QList<HealthResult> results = runHealthChecks(f.workspace, *f.local, *f.remote);
    int failed = 0;
    for (const HealthResult &r : results)
        failed += r.failed() ? 1 : 0;
    QCOMPARE(failed, 1);
    QCOMPARE(logHealthProblems(*f.store, f.workspace, results, f.clock.now()), 1);
    QCOMPARE(f.store->countErrors({}), before + 1);
    ErrorQuery query;
    query.cause = causeId(ErrorCause::MissingExchangeRate);
    const QList<SyncError> logged = f.store->errors(query);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().message,
             str("Currency NOK has no exchange rate in ERP (currency.rate is empty)."));
    QCOMPARE(logged.first().mapping, str("CURRENCY"));
    QCOMPARE(logged.first().source.toString(), str("local:currency/NOK"));
    QVERIFY2(logged.first().detail.startsWith(str("Health check \"Exchange rates\" on ERP.")),
             qPrintable(logged.first().detail));
    // Found again: not logged twice.
    QCOMPARE(logHealthProblems(*f.store, f.workspace, results, f.clock.now()), 0);
    QCOMPARE(f.store->countErrors({}), before + 1);
}

void TestHealth::syncStopsAtAFailedFastCheck()
{
    QTemporaryDir dir;
    EngineFixture f(m_backend, dir.path());
    seedHealthy(f);
    const int before = f.store->countErrors({});
    if (m_backend == str("postgres")) {
        f.workspace.remote.host = str("127.0.0.1");
        f.workspace.remote.port = 1;
    } else {
        f.workspace.remote.database = dir.filePath(str("gone/crm.sqlite"));
    }
    f.reopen(false);
    f.localCustomer(str("C2"), {{str("name"), str("Two")}, {str("type"), str("customer")}});
    const QList<SyncJob> jobs = f.sync();
    // One failed job and one error, not one per mapping and direction.
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(toString(jobs.first().status), toString(JobStatus::Failed));
    QCOMPARE(jobs.first().mapping, str("CURRENCY")); // the first in running order
    QVERIFY2(jobs.first().message.startsWith(str("Couplet cannot connect to CRM:")),
             qPrintable(jobs.first().message));
    QCOMPARE(f.store->countErrors({}), before + 1);
    ErrorQuery query;
    query.jobId = jobs.first().id;
    const QList<SyncError> errors = f.store->errors(query);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().cause, causeId(ErrorCause::Connection));
    QCOMPARE(errors.first().message, jobs.first().message);
    QVERIFY2(errors.first().detail.contains(str("Connection Setup")),
             qPrintable(errors.first().detail));
    // Nothing moved, and the marks did not advance: the next run takes C2.
    QVERIFY(f.remoteKeyOf(str("CUSTOMER"), str("C2")).isEmpty());
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
