// The health checks against the Dataverse-shaped CAP server (tests/e2e/server),
// each check with the server set up to fail it; and the guidance causes of real
// errors that the OData connector and the engine produce against it.

#include "clock.h"
#include "connectors/connector.h"
#include "connectors/odata/odataconnector.h"
#include "engine/syncengine.h"
#include "error.h"
#include "guidance/errorcause.h"
#include "health/healthcheck.h"
#include "model/workspace.h"
#include "odataserver.h"
#include "store/statestore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace couplet;
using couplet::test::ODataServer;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

const QString gbpId = str("c0000000-0000-4000-8000-0000000000c3");

QString describe(const QList<HealthResult> &results)
{
    QStringList lines;
    for (const HealthResult &r : results) {
        lines << str("%1 %2 %3 [%4] %5 | fix: %6 | %7")
                     .arg(toString(r.status), r.check, toString(r.side), r.subject, r.message,
                          r.fix, r.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

// The results of `check` on `side` with `status`.
QList<HealthResult> find(const QList<HealthResult> &results, const QString &check, Side side,
                         HealthStatus status)
{
    QList<HealthResult> found;
    for (const HealthResult &r : results) {
        if (r.check == check && r.side == side && r.status == status)
            found << r;
    }
    return found;
}

#define ONE(list_, check_, side_, status_, out_)                                                   \
    do {                                                                                           \
        const QList<HealthResult> found_ = find(list_, str(check_), side_, status_);               \
        if (found_.size() != 1)                                                                    \
            QFAIL(qPrintable(str("expected one %1 result of %2 on %3, got %4:\n%5")                \
                                 .arg(toString(status_), str(check_), toString(side_))             \
                                 .arg(found_.size())                                               \
                                 .arg(describe(list_))));                                          \
        out_ = found_.first();                                                                     \
    } while (false)

FieldMapping field(const QString &local, const QString &remote)
{
    FieldMapping f;
    f.local = local;
    f.remote = remote;
    return f;
}

} // namespace

class TestHealthOdata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void healthyServicePasses();
    void unreachableServiceAndTls();
    void signInFailures_data();
    void signInFailures();
    void administratorAccount();
    void missingPrivilege();
    void currencyWithoutRate();
    void schemaFromMetadata();
    void duplicateMatchKeys();

    void connectorErrorsCarryTheirCause();

private:
    void makeWorkspace();
    // Re-creates the connectors and the store from the workspace.
    void reopen(const QString &secret = {});
    QList<HealthResult> check(const HealthOptions &options = {});
    void setRemote(const QVariantMap &options);
    QList<SyncJob> sync(const QStringList &mappings = {});
    void setConfig(const QJsonObject &config);
    void localCurrency(const QString &code, const QVariant &rate);

    ODataServer server;
    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
    Workspace ws;
    std::unique_ptr<StateStore> store;
    std::unique_ptr<Connector> local;
    std::unique_ptr<Connector> remote;
    QString m_raw;
    int m_generation = 0;
};

void TestHealthOdata::initTestCase()
{
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
}

void TestHealthOdata::init()
{
    QString error;
    QVERIFY2(server.reset(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeWorkspace();
    if (QTest::currentTestFailed())
        return;
    reopen();
}

void TestHealthOdata::cleanup()
{
    remote.reset();
    local.reset();
    store.reset();
    if (!m_raw.isEmpty()) {
        test::closeRaw(m_raw);
        m_raw.clear();
    }
    m_dir.reset();
    server.clearFaults();
}

void TestHealthOdata::makeWorkspace()
{
    const ConnectionConfig erp = test::freshDatabase(str("sqlite"), m_dir->path(), str("erp"));
    const ConnectionConfig state = test::freshDatabase(str("sqlite"), m_dir->path(), str("state"));
    m_raw = str("health-odata-%1").arg(++m_generation);
    {
        QSqlDatabase db = test::openRaw(erp, m_raw);
        test::exec(db, {str("CREATE TABLE currency (code VARCHAR(5) PRIMARY KEY, rate DOUBLE "
                            "PRECISION, modified_at TEXT NOT NULL)"),
                        str("CREATE TABLE customer (no VARCHAR(20) PRIMARY KEY, name VARCHAR(160), "
                            "account_no VARCHAR(20), email VARCHAR(100), notes VARCHAR(400), "
                            "credit DOUBLE PRECISION, currency_code VARCHAR(5), modified_at TEXT "
                            "NOT NULL)"),
                        str("INSERT INTO currency VALUES ('USD', 1, '2026-11-01T08:00:00.000Z')"),
                        str("INSERT INTO currency VALUES ('EUR', 0.92, "
                            "'2026-11-01T08:00:00.000Z')")});
    }
    ws = Workspace{};
    ws.name = str("Health e2e");
    ws.path = m_dir->filePath(str("health.couplet.json"));
    ws.local = erp;
    ws.local.name = str("ERP");
    ws.store = state;
    ws.remote.name = str("CRM");
    ws.remote.kind = str("odata");
    ws.remote.driver.clear();
    setRemote({});

    TableMapping currency;
    currency.name = str("CURRENCY");
    currency.local = {str("currency"), str("code"), str("modified_at"), str("Currency"), {}};
    currency.remote = {str("transactioncurrencies"),
                       str("transactioncurrencyid"),
                       str("modifiedon"),
                       str("Transaction Currency"),
                       {}};
    currency.matchFields = {str("code")};
    currency.fields = {field(str("code"), str("isocurrencycode")),
                       field(str("rate"), str("exchangerate"))};

    TableMapping customer;
    customer.name = str("CUSTOMER");
    customer.local = {str("customer"), str("no"), str("modified_at"), str("Customer"), {}};
    customer.remote = {str("accounts"), str("accountid"), str("modifiedon"), str("Account"), {}};
    customer.matchFields = {str("account_no")};
    FieldMapping cur = field(str("currency_code"), str("_transactioncurrencyid_value"));
    cur.lookupMapping = str("CURRENCY");
    customer.fields = {field(str("name"), str("name")),
                       field(str("account_no"), str("accountnumber")),
                       field(str("email"), str("emailaddress1")), cur};
    ws.mappings = {currency, customer};
}

void TestHealthOdata::setRemote(const QVariantMap &options)
{
    ws.remote.options = {{str("url"), server.baseUrl().toString()},
                         {str("auth"), str("none")},
                         {str("tokenUrl"), server.tokenUrl().toString()},
                         {str("timeoutSeconds"), 10},
                         {str("retries"), 2}};
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        ws.remote.options.insert(it.key(), it.value());
}

void TestHealthOdata::reopen(const QString &secret)
{
    remote.reset();
    local.reset();
    store.reset();
    try {
        store = std::make_unique<StateStore>(ws.store);
        store->open();
        local = createConnector(ws.local, m_dir->path(), {}, m_clock);
        remote = createConnector(ws.remote, m_dir->path(), secret, m_clock);
        if (auto *odata = dynamic_cast<OdataConnector *>(remote.get()))
            odata->setBackoffBase(20);
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
    }
}

QList<HealthResult> TestHealthOdata::check(const HealthOptions &options)
{
    return runHealthChecks(ws, *local, *remote, options);
}

QList<SyncJob> TestHealthOdata::sync(const QStringList &mappings)
{
    SyncEngine engine(ws, *store, *local, *remote, m_clock);
    SyncOptions options;
    options.mappings = mappings;
    return engine.run(options);
}

void TestHealthOdata::setConfig(const QJsonObject &config)
{
    QString error;
    QVERIFY2(server.setConfig(config, &error), qPrintable(error));
}

void TestHealthOdata::localCurrency(const QString &code, const QVariant &rate)
{
    QSqlDatabase db = QSqlDatabase::database(m_raw);
    QSqlQuery q(db);
    q.prepare(str("INSERT OR REPLACE INTO currency VALUES (?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(rate);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QVERIFY(q.exec());
}

// GBP gets its rate, and every check passes for couplet-good (auth none).
void TestHealthOdata::healthyServicePasses()
{
    const test::HttpResult patched =
        server.request("PATCH", str("transactioncurrencies(%1)").arg(gbpId),
                       R"({"exchangerate":0.85})", {{"If-Match", "*"}});
    QVERIFY2(patched.status == 200 || patched.status == 204, patched.body.constData());
    const QList<HealthResult> results = check();
    for (const HealthResult &r : results)
        QVERIFY2(!r.failed(), qPrintable(describe(results)));

    HealthResult r;
    ONE(results, "connection", Side::Remote, HealthStatus::Ok, r);
    QVERIFY2(r.message.startsWith(str("Connected to CRM")), qPrintable(r.message));
    ONE(results, "authentication", Side::Remote, HealthStatus::Ok, r);
    ONE(results, "administrator", Side::Remote, HealthStatus::Ok, r);
    QCOMPARE(r.message, str("The integration user couplet-good@couplet.test of CRM is not an "
                            "administrator (roles: Basic User, Couplet Integration)."));
    // Couplet Integration may not delete currencies: a warning, not an error.
    const QList<HealthResult> warned =
        find(results, str("permissions"), Side::Remote, HealthStatus::Warning);
    QCOMPARE(warned.size(), 1);
    QCOMPARE(warned.first().subject, str("CURRENCY"));
    ONE(results, "permissions", Side::Remote, HealthStatus::Ok, r);
    QCOMPARE(r.message, str("The integration user of CRM may read, create and write accounts."));
    ONE(results, "exchange-rates", Side::Remote, HealthStatus::Ok, r);
    QCOMPARE(r.message, str("All 3 currencies of CURRENCY have an exchange rate in CRM."));
    QCOMPARE(find(results, str("schema"), Side::Remote, HealthStatus::Ok).size(), 2);
    QCOMPARE(find(results, str("keys"), Side::Remote, HealthStatus::Ok).size(), 2);
}

void TestHealthOdata::unreachableServiceAndTls()
{
    // Nothing listens on port 1.
    setRemote({{str("url"), str("http://127.0.0.1:1/")}, {str("retries"), 0}});
    reopen();
    QList<HealthResult> results = check();
    HealthResult r;
    ONE(results, "connection", Side::Remote, HealthStatus::Error, r);
    QVERIFY2(r.message.startsWith(str("Couplet cannot connect to CRM: ")), qPrintable(r.message));
    QCOMPARE(r.cause, ErrorCause::Connection);
    QVERIFY2(r.fix.startsWith(str("Check the address")), qPrintable(r.fix));
    ONE(results, "authentication", Side::Remote, HealthStatus::Skipped, r);
    QCOMPARE(find(results, str("permissions"), Side::Remote, HealthStatus::Skipped).size(), 1);
    ONE(results, "connection", Side::Local, HealthStatus::Ok, r);

    // TLS to a server that speaks plain HTTP: the handshake fails.
    QUrl https = server.baseUrl();
    https.setScheme(str("https"));
    setRemote({{str("url"), https.toString()}, {str("retries"), 0}});
    reopen();
    results = check();
    ONE(results, "connection", Side::Remote, HealthStatus::Error, r);
    QVERIFY2(r.fix.contains(str("CA file")), qPrintable(r.message + str(" | ") + r.fix));
}

void TestHealthOdata::signInFailures_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("fix");
    QTest::newRow("password expired")
        << "couplet-expired"
        << "expired-secret"
        << "The integration user's password has expired or must be changed at next sign-in. "
           "Sign in once as that user and change the password, then enter the new password for "
           "CRM in Connection Setup.";
    QTest::newRow("account disabled")
        << "couplet-disabled"
        << "disabled-secret"
        << "The integration user's account is disabled or locked. Ask the administrator of CRM "
           "to enable it, or enter another integration user in Connection Setup.";
    QTest::newRow("wrong secret")
        << "couplet-good"
        << "not-the-secret"
        << "The client secret is wrong or has expired. Create a new secret for the app "
           "registration if needed, and enter it for CRM in Connection Setup.";
}

void TestHealthOdata::signInFailures()
{
    QFETCH(QString, client);
    QFETCH(QString, secret);
    QFETCH(QString, fix);
    setConfig({{str("auth"), str("bearer")}});
    setRemote({{str("auth"), str("oauth2")}, {str("clientId"), client}});
    reopen(secret);
    const QList<HealthResult> results = check();
    HealthResult r;
    ONE(results, "connection", Side::Remote, HealthStatus::Ok, r);
    QCOMPARE(r.message, str("CRM answered, but refused the sign-in."));
    ONE(results, "authentication", Side::Remote, HealthStatus::Error, r);
    QVERIFY2(r.message.startsWith(str("CRM refused the sign-in: ")), qPrintable(r.message));
    QCOMPARE(r.fix, fix);
    QCOMPARE(r.cause, ErrorCause::Authentication);
    QVERIFY2(!r.message.contains(secret) && !r.detail.contains(secret), qPrintable(r.detail));

    // A sync stops at the same check, with one error of that cause.
    const QList<SyncJob> jobs = sync();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().message, r.message);
    const QList<SyncError> errors = store->errors({});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().cause, str("authentication"));
    setConfig({{str("auth"), str("none")}});
}

void TestHealthOdata::administratorAccount()
{
    // couplet-admin holds System Administrator.
    setConfig({{str("auth"), str("basic")}});
    ws.remote.user = str("couplet-admin");
    setRemote({{str("auth"), str("basic")}});
    reopen(str("admin-secret"));
    QList<HealthResult> results = check({true, {}});
    QCOMPARE(find(results, str("authentication"), Side::Remote, HealthStatus::Ok).size(), 1);
    results = check();
    HealthResult r;
    ONE(results, "administrator", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.message, str("The integration user couplet-admin@couplet.test of CRM is an "
                            "administrator (System Administrator)."));
    QVERIFY2(r.fix.startsWith(str("Remove the role System Administrator from "
                                  "couplet-admin@couplet.test")),
             qPrintable(r.fix));
    QCOMPARE(r.cause, ErrorCause::AdministratorAccount);
    QCOMPARE(r.target.kind, HealthTarget::Kind::Connection);
    setConfig({{str("auth"), str("none")}});

    // The administrator roles can be named: here the integration role itself.
    ws.remote.user.clear();
    setRemote({{str("administratorRoles"), QVariantList{str("Couplet Integration")}}});
    reopen();
    results = check();
    ONE(results, "administrator", Side::Remote, HealthStatus::Error, r);
    QVERIFY2(r.message.endsWith(str("is an administrator (Couplet Integration).")),
             qPrintable(r.message));
}

void TestHealthOdata::missingPrivilege()
{
    // The integration role loses the right to create accounts and to delete them.
    setConfig({{str("privileges"),
                QJsonObject{{str("Couplet Integration"),
                             QJsonArray{str("prvReadAccount"), str("prvWriteAccount"),
                                        str("prvReadContact"), str("prvReadTransactionCurrency"),
                                        str("prvCreateTransactionCurrency"),
                                        str("prvWriteTransactionCurrency")}}}}});
    const QList<HealthResult> results = check();
    QList<HealthResult> failed =
        find(results, str("permissions"), Side::Remote, HealthStatus::Error);
    QCOMPARE(failed.size(), 1);
    const HealthResult r = failed.first();
    QCOMPARE(r.subject, str("CUSTOMER"));
    QCOMPARE(r.message, str("The integration user of CRM may not create rows of accounts, which "
                            "mapping CUSTOMER needs."));
    QCOMPARE(r.fix, str("Give the integration user of CRM a security role (or a grant) with the "
                        "create privilege on accounts. Do not make it an administrator."));
    QCOMPARE(r.cause, ErrorCause::Permission);
    QCOMPARE(r.target.mapping, str("CUSTOMER"));

    // The real error of a sync that tries: 403, classified as a missing privilege.
    QSqlDatabase db = QSqlDatabase::database(m_raw);
    QSqlQuery q(db);
    QVERIFY(q.exec(str("INSERT INTO customer (no, name, account_no, modified_at) VALUES ('C1', "
                       "'One', 'A-1', '2026-11-02T08:00:00.000Z')")));
    const QList<SyncJob> jobs = sync({str("CUSTOMER")});
    QVERIFY(!jobs.isEmpty());
    ErrorQuery query;
    query.mapping = str("CUSTOMER");
    const QList<SyncError> errors = store->errors(query);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().detail.contains(str("prvCreateAccount")),
             qPrintable(errors.first().detail));
    QCOMPARE(errors.first().cause, str("permission"));
}

void TestHealthOdata::currencyWithoutRate()
{
    // The seed's GBP has no rate.
    const QList<HealthResult> results = check();
    HealthResult r;
    ONE(results, "exchange-rates", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.subject, str("Currency GBP"));
    QCOMPARE(r.message, str("Currency GBP has no exchange rate in CRM "
                            "(transactioncurrencies.exchangerate is empty)."));
    QCOMPARE(r.fix, str("Open currency GBP in CRM and enter its exchange rate, then synchronize "
                        "mapping CURRENCY and the records that use the currency."));
    QCOMPARE(r.target.kind, HealthTarget::Kind::Record);
    QCOMPARE(r.target.key, gbpId);
    QCOMPARE(r.cause, ErrorCause::MissingExchangeRate);
    ONE(results, "exchange-rates", Side::Local, HealthStatus::Ok, r);

    // Logged on the errors page with its cause, once.
    QCOMPARE(logHealthProblems(*store, ws, results, QDateTime::currentDateTimeUtc()), 1);
    QCOMPARE(logHealthProblems(*store, ws, results, QDateTime::currentDateTimeUtc()), 0);
    ErrorQuery query;
    query.cause = str("missing-exchange-rate");
    const QList<SyncError> logged = store->errors(query);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().source.toString(), str("remote:transactioncurrencies/") + gbpId);
}

void TestHealthOdata::schemaFromMetadata()
{
    TableMapping &customer = ws.mappings[1];
    // notes (400) into accountnumber (String(20)); a number into a date.
    customer.fields << field(str("notes"), str("telephone1"))
                    << field(str("credit"), str("createdon"));
    reopen();
    QList<HealthResult> results = check();
    HealthResult r;
    ONE(results, "schema", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.cause, ErrorCause::TypeMismatch);
    QVERIFY2(r.message.startsWith(str("Mapping CUSTOMER: customer.credit in ERP holds")),
             qPrintable(r.message));
    QVERIFY2(r.message.contains(str("accounts.createdon in CRM")), qPrintable(r.message));
    ONE(results, "schema", Side::Remote, HealthStatus::Warning, r);
    QCOMPARE(r.message, str("Mapping CUSTOMER: customer.notes in ERP holds up to 400 characters, "
                            "but accounts.telephone1 in CRM only 50; longer values will fail."));

    // A property that is not in $metadata.
    customer.fields.removeLast();
    customer.fields.removeLast();
    customer.fields[2].remote = str("emailaddress");
    reopen();
    results = check();
    ONE(results, "schema", Side::Remote, HealthStatus::Error, r);
    QCOMPARE(r.cause, ErrorCause::SchemaMismatch);
    QVERIFY2(r.message.startsWith(str("Mapping CUSTOMER: column \"emailaddress\" does not exist "
                                      "in table accounts")),
             qPrintable(r.message));
}

void TestHealthOdata::duplicateMatchKeys()
{
    for (const char *id :
         {"a0000000-0000-4000-8000-000000000001", "a0000000-0000-4000-8000-000000000002"}) {
        const test::HttpResult created =
            server.post(str("accounts"), {{str("accountid"), QLatin1String(id)},
                                          {str("name"), str("Same")},
                                          {str("accountnumber"), str("A-7")}});
        QVERIFY2(created.status == 201, created.body.constData());
    }
    QVERIFY(
        server
            .post(str("accounts"), {{str("accountid"), str("a0000000-0000-4000-8000-000000000003")},
                                    {str("name"), str("No number")}})
            .status == 201);
    const QList<HealthResult> results = check();
    QList<HealthResult> failed = find(results, str("keys"), Side::Remote, HealthStatus::Error);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().message,
             str("2 rows of accounts in CRM share accountnumber = A-7, so match-based coupling "
                 "of mapping CUSTOMER cannot tell them apart."));
    QCOMPARE(failed.first().cause, ErrorCause::LookupFailed);
    QVERIFY2(failed.first().fix.contains(str("a0000000-0000-4000-8000-000000000001")),
             qPrintable(failed.first().fix));
    QList<HealthResult> warned = find(results, str("keys"), Side::Remote, HealthStatus::Warning);
    QCOMPARE(warned.size(), 1);
    QVERIFY2(warned.first().message.startsWith(str("1 rows of accounts in CRM have no value in "
                                                   "accountnumber")),
             qPrintable(warned.first().message));
}

// Each cause of the guidance catalogue that the OData side produces, from a
// real answer of the server through the connector and the engine.
void TestHealthOdata::connectorErrorsCarryTheirCause()
{
    setRemote({{str("retries"), 0}, {str("timeoutSeconds"), 1}});
    reopen();
    QVERIFY(sync({str("CURRENCY")}).size() == 2);
    const int before = store->countErrors({});
    QCOMPARE(before, 0);

    const TableMapping &currency = ws.mappings[0];
    const TableSpec spec{currency.remote.table,
                         currency.remote.key,
                         currency.remote.modified,
                         currency.columns(Side::Remote),
                         {}};
    const auto causeOf = [](const WriteResult &w) { return classifyError(w.message, w.detail); };

    // 412: a stale ETag.
    WriteOp stale;
    stale.kind = WriteOp::Kind::Update;
    stale.key = str("c0000000-0000-4000-8000-0000000000c1"); // USD
    stale.values = {{str("currencyname"), str("Pound")}};
    stale.etag = str("W/\"2000-01-01T00:00:00.000Z\"");
    QList<WriteResult> written = remote->write(spec, {stale});
    QCOMPARE(written.size(), 1);
    QVERIFY(!written.first().ok);
    QVERIFY2(written.first().stampChanged,
             qPrintable(written.first().message + str(" | ") + written.first().detail));
    QCOMPARE(causeOf(written.first()), ErrorCause::ChangedUnderUs);

    // A currency without a rate, refused by the service.
    WriteOp noRate;
    noRate.kind = WriteOp::Kind::Insert;
    noRate.key = str("c0000000-0000-4000-8000-0000000000d9");
    noRate.values = {{str("isocurrencycode"), str("NOK")}, {str("exchangerate"), QVariant()}};
    written = remote->write(spec, {noRate});
    QVERIFY(!written.first().ok);
    QVERIFY2(causeOf(written.first()) == ErrorCause::MissingExchangeRate,
             qPrintable(written.first().message + str(" | ") + written.first().detail));

    // 429 without retries left, and a reply slower than the timeout.
    for (const auto &[kind, cause] :
         {std::pair{"429", ErrorCause::Throttled}, std::pair{"slow", ErrorCause::Timeout}}) {
        QString error;
        QVERIFY2(server.addFault({{str("kind"), QLatin1String(kind)},
                                  {str("delayMs"), 2500},
                                  {str("retryAfter"), 1},
                                  {str("path"), str("transactioncurrencies")}},
                                 &error),
                 qPrintable(error));
        try {
            remote->modifiedSince(spec, {}, {}, 10);
            QFAIL(qPrintable(str("no error for the fault ") + QLatin1String(kind)));
        } catch (const Error &e) {
            QVERIFY2(classifyError(e.message(), e.detail()) == cause,
                     qPrintable(causeId(classifyError(e.message(), e.detail())) + str(": ") +
                                e.message() + str(" | ") + e.detail()));
        }
        server.clearFaults();
    }

    // Through the engine: a local currency without a rate fails its insert with
    // that cause on the errors page.
    localCurrency(str("SEK"), QVariant());
    sync({str("CURRENCY")});
    ErrorQuery query;
    query.cause = causeId(ErrorCause::MissingExchangeRate);
    const QList<SyncError> logged = store->errors(query);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().source.key, str("SEK"));
}

QTEST_GUILESS_MAIN(TestHealthOdata)
#include "tst_health_odata.moc"
