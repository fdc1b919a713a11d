// Error causes: the engine's real failures on SQLite and PostgreSQL are
// classified as an administrator would name them, and every cause has guidance.
#include "enginefixture.h"
#include "error.h"
#include "guidance/errorcause.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;

Q_DECLARE_METATYPE(couplet::ErrorCause)

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString causeName(ErrorCause cause)
{
    return causeId(cause);
}

} // namespace

class TestGuidance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addBackendRows(); }
    void init();

    void engineFailuresAreClassified();
    void causesDoNotDependOnTheLanguage();
    void driverErrorsAreClassified();
    void knownMessages_data();
    void knownMessages();
    void everyCauseHasGuidance();

private:
    // Runs two syncs in which rows fail for every kind of failure the engine and
    // the SQL connector report; `expected` gets the cause each row's error must carry.
    void runFailures(EngineFixture &f, QHash<QString, ErrorCause> *expected);
    // Every logged error is expected, carries the expected cause, and every
    // expected error was logged.
    void verifyCauses(EngineFixture &f, const QHash<QString, ErrorCause> &expected);
    // Runs statements on a raw connection to `config`; returns the driver's
    // error text of the last one, or "" when all succeeded.
    QString rawError(const ConnectionConfig &config, const QStringList &statements,
                     const QString &connectOptions = {});

    QTemporaryDir m_dir;
    QString m_backend;
};

void TestGuidance::init()
{
    QFETCH_GLOBAL(QString, backend);
    QVERIFY(m_dir.isValid());
    m_backend = backend;
}

QString TestGuidance::rawError(const ConnectionConfig &config, const QStringList &statements,
                               const QString &connectOptions)
{
    const QString name = str("guidance-raw");
    QString error;
    {
        QSqlDatabase db = test::openRaw(config, name);
        if (!connectOptions.isEmpty()) {
            db.close();
            db.setConnectOptions(connectOptions);
            if (!db.open())
                throw Error(str("Cannot reopen %1").arg(config.database), db.lastError().text());
        }
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            error = q.exec(sql) ? QString() : q.lastError().text();
        }
    }
    test::closeRaw(name);
    return error;
}

// One sync run with a row for each kind of failure the engine and the SQL
// connector report, then a second one with an update and a deletion conflict.
void TestGuidance::runFailures(EngineFixture &f, QHash<QString, ErrorCause> *expected)
{
    const bool postgres = m_backend == QLatin1String("postgres");
    // The CRM requires a city, takes a number for the customer type (a STRICT
    // table on SQLite, so that a wrong type fails there too) and, on PostgreSQL,
    // shorter names than the ERP.
    const QString create =
        postgres ? str("CREATE TABLE accounts (accountid VARCHAR(40) PRIMARY KEY, name "
                       "VARCHAR(50), emailaddress1 VARCHAR(80), address1_city VARCHAR(30) NOT "
                       "NULL, customertypecode INTEGER, transactioncurrencyid VARCHAR(40), "
                       "statecode INTEGER, modifiedon TIMESTAMPTZ(3) NOT NULL)")
                 : str("CREATE TABLE accounts (accountid TEXT PRIMARY KEY, name TEXT, "
                       "emailaddress1 TEXT, address1_city TEXT NOT NULL, customertypecode "
                       "INTEGER, transactioncurrencyid TEXT, statecode INTEGER, modifiedon TEXT "
                       "NOT NULL) STRICT");
    QCOMPARE(rawError(f.workspace.remote,
                      {str("DROP TABLE accounts"), create,
                       str("CREATE INDEX accounts_modified ON accounts (modifiedon, accountid)")}),
             QString());
    f.reopen();
    for (FieldMapping &field : f.mapping(str("CUSTOMER")).fields) {
        if (field.local == QLatin1String("type"))
            field.valueMap.append({str("partner"), str("P")}); // text for a number column
    }

    const auto customer = [](const QString &name, const QString &type, const QString &currency,
                             const QVariant &city) {
        return QVariantMap{{str("name"), name},
                           {str("city"), city},
                           {str("type"), type},
                           {str("currency_code"), currency}};
    };
    f.upsert(Side::Local, str("currency"), str("code"), str("EUR"), {{str("rate"), 1.0}});
    f.upsert(Side::Local, str("currency"), str("code"), str("NOK"), {{str("rate"), QVariant()}});
    f.localCustomer(str("OK1"), customer(str("One"), str("customer"), str("EUR"), str("Lyon")));
    f.localCustomer(str("OK2"), customer(str("Two"), str("customer"), str("EUR"), str("Lyon")));
    f.localCustomer(str("REL"), customer(str("Rel"), str("customer"), str("XXX"), str("Lyon")));
    f.localCustomer(str("REQ"), customer(str("Req"), str("customer"), str("EUR"), QVariant()));
    f.localCustomer(str("TYPE"), customer(str("Typ"), str("partner"), str("EUR"), str("Lyon")));
    f.localCustomer(str("LOOK"), customer(str("Look"), str("reseller"), str("EUR"), str("Lyon")));
    if (postgres) {
        f.localCustomer(str("LONG"), customer(QString(80, QLatin1Char('x')), str("customer"),
                                              str("EUR"), str("Lyon")));
    }
    f.sync();

    // Both sides change the same field; the CRM deletes a coupled account that
    // the ERP then changes.
    f.localCustomer(str("OK1"), {{str("name"), str("Local name")}});
    f.remoteAccount(f.remoteKeyOf(str("CUSTOMER"), str("OK1")), {{str("name"), str("CRM name")}});
    f.remove(Side::Remote, str("accounts"), str("accountid"),
             f.remoteKeyOf(str("CUSTOMER"), str("OK2")));
    f.localCustomer(str("OK2"), {{str("city"), str("Nice")}});
    f.sync();

    *expected = {
        {str("NOK"), ErrorCause::MissingExchangeRate},  {str("REL"), ErrorCause::RelatedNotCoupled},
        {str("REQ"), ErrorCause::RequiredValueMissing}, {str("TYPE"), ErrorCause::TypeMismatch},
        {str("LOOK"), ErrorCause::LookupFailed},        {str("OK1"), ErrorCause::UpdateConflict},
        {str("OK2"), ErrorCause::CoupledRowDeleted},
    };
    if (postgres)
        expected->insert(str("LONG"), ErrorCause::ValueTooLong);
}

void TestGuidance::verifyCauses(EngineFixture &f, const QHash<QString, ErrorCause> &expected)
{
    ErrorQuery all;
    all.limit = 1000;
    QSet<QString> seen;
    for (const SyncError &e : f.store->errors(all)) {
        const QString key = e.source.key;
        const QString what = str("%1: %2 | %3").arg(key, e.message, e.detail);
        QVERIFY2(expected.contains(key), qPrintable(str("unexpected error ") + what));
        QVERIFY2(e.cause == causeId(expected.value(key)),
                 qPrintable(e.cause + str(" stored for ") + what));
        seen.insert(key);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(seen.contains(it.key()), qPrintable(str("no error for ") + it.key()));

    // The counts per cause add up to the whole log.
    int counted = 0;
    for (const auto &[cause, count] : f.store->errorCauseCounts({}))
        counted += count;
    QCOMPARE(counted, f.store->countErrors({}));
}

// Each logged error carries the cause of its row, and the English messages
// alone tell that cause too (errors logged by older versions have only them).
void TestGuidance::engineFailuresAreClassified()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineFixture f(m_backend, dir.path());
    QHash<QString, ErrorCause> expected;
    runFailures(f, &expected);
    if (QTest::currentTestFailed())
        return;
    verifyCauses(f, expected);
    if (QTest::currentTestFailed())
        return;

    ErrorQuery all;
    all.limit = 1000;
    for (const SyncError &e : f.store->errors(all)) {
        const ErrorCause cause = classifyError(e.message, e.detail);
        QVERIFY2(cause == expected.value(e.source.key),
                 qPrintable(causeName(cause) +
                            str(" for %1: %2 | %3").arg(e.source.key, e.message, e.detail)));
    }
}

// The same failures with the console in German: the engine's own messages are
// translated, so their English words are gone, and each error still carries
// the cause of its row.
void TestGuidance::causesDoNotDependOnTheLanguage()
{
    QTranslator german;
    QVERIFY(german.load(str(":/i18n/couplet_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto uninstall = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineFixture f(m_backend, dir.path());
    QHash<QString, ErrorCause> expected;
    runFailures(f, &expected);
    if (QTest::currentTestFailed())
        return;

    // The English words that name the cause of the engine's own sentences.
    const QHash<QString, QString> english{
        {str("OK1"), str("Cannot update")},
        {str("OK2"), str("has been deleted")},
        {str("REL"), str("is not coupled through mapping")},
        {str("LOOK"), str("has no value mapping")},
    };
    ErrorQuery all;
    all.limit = 1000;
    QSet<QString> translated;
    for (const SyncError &e : f.store->errors(all)) {
        const auto words = english.constFind(e.source.key);
        if (words == english.constEnd())
            continue;
        QVERIFY2(!e.message.contains(*words, Qt::CaseInsensitive),
                 qPrintable(str("not translated: ") + e.message));
        translated.insert(e.source.key);
    }
    QCOMPARE(translated.size(), english.size());
    verifyCauses(f, expected);
}

// The databases' own words for a refused connection and a missing permission.
void TestGuidance::driverErrorsAreClassified()
{
    const bool postgres = m_backend == QLatin1String("postgres");
    ConnectionConfig config = test::freshDatabase(m_backend, m_dir.path(), str("driver"));

    // A connection that cannot be made, through the SQL connector as the engine opens it.
    ConnectionConfig unreachable = config;
    unreachable.name = str("CRM");
    if (postgres) {
        unreachable.host = str("127.0.0.1");
        unreachable.port = 1;
    } else {
        unreachable.database = m_dir.filePath(str("no/such/folder/crm.sqlite"));
    }
    ManualClock clock;
    std::unique_ptr<Connector> connector =
        createConnector(unreachable, m_dir.path(), QString(), clock);
    QVERIFY(connector);
    try {
        connector->open();
        QFAIL("the unreachable database opened");
    } catch (const Error &e) {
        QVERIFY2(classifyError(e.message(), e.detail()) == ErrorCause::Connection,
                 qPrintable(e.message() + str(" | ") + e.detail()));
    }

    // A write the user may not make.
    QCOMPARE(rawError(config, {str("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")}),
             QString());
    QString denied;
    if (postgres) {
        rawError(config, {str("CREATE ROLE guidance_reader NOLOGIN")}); // may exist already
        denied = rawError(config, {str("SET ROLE guidance_reader"),
                                   str("INSERT INTO t (id, name) VALUES (1, 'x')")});
    } else {
        denied = rawError(config, {str("INSERT INTO t (id, name) VALUES (1, 'x')")},
                          str("QSQLITE_OPEN_READONLY"));
    }
    QVERIFY(!denied.isEmpty());
    const QString message = str("Cannot insert row \"1\" into table t: ") + denied;
    QVERIFY2(classifyError(message, denied) == ErrorCause::Permission, qPrintable(message));
}

void TestGuidance::knownMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<ErrorCause>("cause");
    const auto row = [](const char *name, const char *message, const char *detail,
                        ErrorCause cause) {
        QTest::newRow(name) << str(message) << str(detail) << cause;
    };
    using C = ErrorCause;
    // The web service's status decides, whatever its body says.
    row("401", "Cannot read table accounts from CRM", "HTTP 401 Unauthorized", C::Authentication);
    row("401 in body", "Cannot write row \"x\" to table accounts: HTTP/1.1 401",
        "{\"error\":{\"code\":\"0x80040220\",\"message\":\"exchange rate is missing\"}}",
        C::Authentication);
    row("403", "Cannot insert row \"x\" into table accounts: HTTP 403",
        "{\"error\":{\"message\":\"Principal user (Id=6d9c, type=8) is missing prvCreateAccount "
        "privilege\"}}",
        C::Permission);
    row("412", "Cannot update row \"x\" in table accounts: HTTP 412 Precondition Failed", "",
        C::ChangedUnderUs);
    row("429", "Cannot read table contacts from CRM: HTTP 429",
        "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
        C::Throttled);
    row("504", "Cannot read table accounts from CRM: HTTP 504 Gateway Timeout", "", C::Timeout);
    row("503", "Cannot read table accounts from CRM: HTTP 503 Service Unavailable", "",
        C::Connection);
    row("404 with an unknown entity set", "Cannot read table accountz from CRM: HTTP 404",
        "Resource not found for the segment 'accountz'.", C::SchemaMismatch);
    row("404 is not decisive", "Cannot read table accounts from CRM: HTTP 404", "Not Found",
        C::Other);
    // A table or field that is not there, and a user or database that is not there.
    row("sqlite no column", "Cannot read table customer from ERP: no such column: emial",
        "no such column: emial Unable to execute statement", C::SchemaMismatch);
    row("pg no relation",
        "Cannot read table custmer from ERP: ERROR:  relation \"custmer\" "
        "does not exist",
        "", C::SchemaMismatch);
    row("odata no property", "Cannot write account 1 to CRM: HTTP 400",
        "Could not find a property named 'emial' on type 'Microsoft.Dynamics.CRM.account'.",
        C::SchemaMismatch);
    row("pg no role", "Cannot open ERP: FATAL:  role \"sync\" does not exist", "",
        C::Authentication);
    row("pg no database", "Cannot open ERP: FATAL:  database \"erp\" does not exist", "",
        C::Connection);
    // Sign-in and permissions, as PostgreSQL, MySQL and Dataverse put them.
    row("pg password", "Cannot open CRM: FATAL:  password authentication failed for user \"sync\"",
        "", C::Authentication);
    row("mysql denied",
        "Cannot open ERP: Access denied for user 'sync'@'10.0.0.5' (using "
        "password: YES)",
        "QMYSQL: Unable to connect", C::Authentication);
    row("password must change", "Cannot open CRM: the password must be changed before signing in",
        "", C::Authentication);
    row("pg permission",
        "Cannot write to table accounts in CRM: permission denied for table accounts", "",
        C::Permission);
    row("sqlite readonly",
        "Cannot insert row \"C1\" into table customer: attempt to write a "
        "readonly database",
        "", C::Permission);
    // The engine's and the connector's own sentences.
    row("changed again", "The Account record 7d17 changed again while it was being synchronized",
        "", C::ChangedUnderUs);
    row("changed after read",
        "Cannot update row \"7d17\" in table accounts: it was changed "
        "after it was read.",
        "", C::ChangedUnderUs);
    row("changed while deciding",
        "The Account record 7d17 changed while you were deciding; review it again", "",
        C::ChangedUnderUs);
    row("row gone", "Cannot update row \"7d17\" in table accounts: the row does not exist.", "",
        C::CoupledRowDeleted);
    row("deleted source", "The Customer record C1 in ERP coupled to Account 7d17 has been deleted",
        "", C::CoupledRowDeleted);
    row("ambiguous match",
        "More than one Account record matches Customer C1 on the match-based "
        "coupling fields, so it cannot be coupled",
        "", C::LookupFailed);
    row("no value mapping",
        "The value \"reseller\" of field type has no value mapping to "
        "customertypecode.",
        "", C::LookupFailed);
    row("conflict mentions a rate field",
        "Cannot update the Transaction Currency record because it has a later modified date than "
        "the Currency record",
        "Currency NOK and Transaction Currency 1f2e were both changed since the last "
        "synchronization. Fields changed on both sides: exchangerate.",
        C::UpdateConflict);
    // Exchange rates, in the ERP's and the databases' words.
    row("erp rate", "There is no exchange rate for currency NOK on 01-11-2026", "",
        C::MissingExchangeRate);
    row("pg rate",
        "Cannot insert row \"1f2e\" into table transactioncurrencies: null value in "
        "column \"exchangerate\" of relation \"transactioncurrencies\" violates not-null "
        "constraint",
        "", C::MissingExchangeRate);
    // Values that do not fit.
    row("pg too long",
        "Cannot insert row \"x\" into table accounts: value too long for type "
        "character varying(100)",
        "", C::ValueTooLong);
    row("sql server truncated",
        "Cannot update row \"x\" in table Customer: String or binary data "
        "would be truncated.",
        "", C::ValueTooLong);
    row("mysql too long",
        "Cannot update row \"x\" in table customer: Data too long for column "
        "'name' at row 1",
        "", C::ValueTooLong);
    row("pg not null",
        "Cannot insert row \"x\" into table accounts: null value in column "
        "\"address1_city\" of relation \"accounts\" violates not-null constraint",
        "", C::RequiredValueMissing);
    row("mysql null", "Cannot insert row \"x\" into table customer: Column 'city' cannot be null",
        "", C::RequiredValueMissing);
    row("pg syntax",
        "Cannot insert row \"x\" into table accounts: invalid input syntax for type "
        "integer: \"P\"",
        "", C::TypeMismatch);
    row("sqlite strict",
        "Cannot insert row \"x\" into table accounts: cannot store TEXT value in "
        "INTEGER column accounts.customertypecode",
        "", C::TypeMismatch);
    // Time and the network.
    row("pg statement timeout",
        "Cannot read table customer from ERP: canceling statement due to "
        "statement timeout",
        "", C::Timeout);
    row("sqlite busy", "Cannot write to table customer in ERP: database is locked", "", C::Timeout);
    row("lost", "The connection to CRM was lost.", "server closed the connection unexpectedly",
        C::Connection);
    row("refused",
        "Cannot open CRM: connection to server at \"127.0.0.1\", port 1 failed: "
        "Connection refused",
        "", C::Connection);
    row("no driver", "Cannot open ERP: the Qt Sql driver QODBC is not installed.",
        "Available drivers: QSQLITE, QPSQL", C::Connection);
    // What is not recognized.
    row("duplicate",
        "Cannot insert row \"x\" into table accounts: UNIQUE constraint failed: "
        "accounts.accountid",
        "", C::Other);
    row("empty", "", "", C::Other);
}

void TestGuidance::knownMessages()
{
    QFETCH(QString, message);
    QFETCH(QString, detail);
    QFETCH(ErrorCause, cause);
    QCOMPARE(causeName(classifyError(message, detail)), causeName(cause));
    // Case does not matter.
    QCOMPARE(causeName(classifyError(message.toUpper(), detail.toUpper())), causeName(cause));
}

void TestGuidance::everyCauseHasGuidance()
{
    const QList<ErrorCause> causes = allErrorCauses();
    QCOMPARE(causes.size(), int(ErrorCause::Other) + 1);
    const QRegularExpression stableId(str("^[a-z]+(-[a-z]+)*$"));
    QSet<QString> ids;
    QSet<QString> titles;
    for (const ErrorCause cause : causes) {
        const Guidance g = guidance(cause);
        const QString id = causeId(cause);
        QVERIFY2(stableId.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(g.id, id);
        QVERIFY(g.cause == cause);
        QVERIFY(causeFromId(id) == cause);
        QVERIFY2(!g.title.isEmpty() && !g.explanation.isEmpty() && !g.fix.isEmpty(),
                 qPrintable(id));
        // Sentences for an administrator, not fragments.
        QVERIFY2(g.explanation.endsWith(QLatin1Char('.')) && g.fix.endsWith(QLatin1Char('.')),
                 qPrintable(id));
        ids.insert(id);
        titles.insert(g.title);
    }
    QCOMPARE(ids.size(), causes.size());
    QCOMPARE(titles.size(), causes.size());
    QCOMPARE(causeId(ErrorCause::MissingExchangeRate), str("missing-exchange-rate"));
    QVERIFY(causeFromId(str("written-by-a-newer-version")) == ErrorCause::Other);
    QVERIFY(causeFromId(QString()) == ErrorCause::Other);
}

QTEST_GUILESS_MAIN(TestGuidance)
#include "tst_guidance.moc"
