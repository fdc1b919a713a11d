// WorkspaceFile: the *.couplet.json contract of docs/workspace.md, its checks
// against real SQLite databases, and readSecret.

#include "clock.h"
#include "connectors/sql/sqlconnector.h"
#include "testsupport.h"
#include "workspace/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace couplet;

namespace {

// Written exactly as toJson() writes it, so a round trip must give it back.
// URLs are written with JSON's "\/" for "/": a "//" in a raw string would end
// CMake AutoMoc's scan of this file, which then finds no Q_OBJECT.
const char fullWorkspace[] = R"({
  "version": 1,
  "name": "Full",
  "store": { "driver": "QPSQL", "database": "couplet_state", "host": "db.example",
             "port": 5432, "user": "couplet", "secret": { "env": "COUPLET_STORE_PASSWORD" } },
  "local": { "name": "ERP", "kind": "sql", "driver": "QSQLITE", "database": "erp.sqlite" },
  "remote": { "name": "CRM", "kind": "sql", "driver": "QPSQL", "database": "crm",
              "host": "crm.example", "port": 5433, "user": "integration",
              "secret": { "file": "secrets/crm.secret" },
              "options": { "connectOptions": "connect_timeout=5", "pageSize": 500 },
              "recordUrl": "https:\/\/crm.example\/main.aspx?etn={table}&id={key}" },
  "mappings": [
    {
      "name": "CURRENCY",
      "local": { "table": "currency", "key": "code", "modified": "modified_at",
                 "caption": "Currency" },
      "remote": { "table": "transactioncurrencies", "key": "transactioncurrencyid",
                  "modified": "modifiedon" },
      "onlyCoupled": true,
      "match": ["code"],
      "deletionPolicy": "restore",
      "updateConflictPolicy": "sendToRemote",
      "conflictDetection": "record",
      "fields": [
        { "local": "code", "remote": "isocurrencycode" },
        { "local": "exchange_rate", "remote": "exchangerate", "direction": "fromRemote" }
      ]
    },
    {
      "name": "CUSTOMER",
      "local": { "table": "customer", "key": "no", "modified": "modified_at",
                 "caption": "Customer", "filter": "blocked = 0" },
      "remote": { "table": "accounts", "key": "accountid", "modified": "modifiedon",
                  "caption": "Account", "filter": "statecode eq 0" },
      "direction": "toRemote",
      "deletionPolicy": "removeCoupling",
      "updateConflictPolicy": "getFromRemote",
      "schedule": { "intervalMinutes": 15, "inactivityLimitMinutes": 120 },
      "fields": [
        { "local": "name", "remote": "name" },
        { "local": "type", "remote": "customertypecode",
          "valueMap": [["customer", 3], ["prospect", 8], [null, 1]] },
        { "local": "currency_code", "remote": "transactioncurrencyid", "lookup": "CURRENCY",
          "clearOnFailedLookup": true },
        { "remote": "statecode", "constant": 0 },
        { "remote": "description", "constant": "Synced by Couplet" },
        { "remote": "creditlimit", "constant": null }
      ]
    },
    {
      "name": "CONTACT",
      "local": { "table": "contact", "key": "id", "modified": "modified_at" },
      "remote": { "table": "contacts", "key": "contactid", "modified": "modifiedon" },
      "direction": "fromRemote",
      "schedule": { "intervalMinutes": 5 },
      "fields": [
        { "local": "customer_no", "remote": "parentcustomerid", "lookup": "CUSTOMER" },
        { "local": "source", "constant": "CRM" }
      ]
    }
  ]
})";

// The example of docs/workspace.md.
const char docExample[] = R"({
  "version": 1,
  "name": "Demo",
  "store":  { "driver": "QSQLITE", "database": "demo.state.sqlite" },
  "local":  { "name": "ERP", "kind": "sql", "driver": "QSQLITE", "database": "erp.sqlite" },
  "remote": { "name": "CRM", "kind": "sql", "driver": "QSQLITE", "database": "crm.sqlite",
              "recordUrl": "https:\/\/crm.example.com\/main.aspx?pagetype=entityrecord&etn={table}&id={key}" },
  "mappings": [
    {
      "name": "CURRENCY",
      "local":  { "table": "currency", "key": "code", "modified": "modified_at",
                  "caption": "Currency" },
      "remote": { "table": "transactioncurrencies", "key": "transactioncurrencyid",
                  "modified": "modifiedon", "caption": "Transaction Currency" },
      "direction": "bidirectional",
      "onlyCoupled": false,
      "match": ["code"],
      "deletionPolicy": "none",
      "updateConflictPolicy": "none",
      "conflictDetection": "field",
      "schedule": { "intervalMinutes": 5, "inactivityLimitMinutes": 30 },
      "fields": [
        { "local": "code", "remote": "isocurrencycode" },
        { "local": "exchange_rate", "remote": "exchangerate" }
      ]
    },
    {
      "name": "CUSTOMER",
      "local":  { "table": "customer", "key": "no", "modified": "modified_at",
                  "caption": "Customer", "filter": "blocked = 0" },
      "remote": { "table": "accounts", "key": "accountid", "modified": "modifiedon",
                  "caption": "Account" },
      "fields": [
        { "local": "name", "remote": "name" },
        { "local": "email", "remote": "emailaddress1" },
        { "local": "type", "remote": "customertypecode",
          "valueMap": [["customer", 3], ["prospect", 8]] },
        { "local": "currency_code", "remote": "transactioncurrencyid",
          "lookup": "CURRENCY", "clearOnFailedLookup": false },
        { "remote": "statecode", "constant": 0, "direction": "toRemote" }
      ]
    }
  ]
})";

QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Sets (or with an undefined value removes) the value at a path such as
// "mappings[1].fields[3].local".
QJsonValue edited(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    static const QRegularExpression indexPattern(QStringLiteral("^\\[(\\d+)\\]$"));
    const QRegularExpressionMatch m = indexPattern.match(step);
    if (m.hasMatch()) {
        QJsonArray array = node.toArray();
        const int i = m.captured(1).toInt();
        const QJsonValue inner = edited(array.at(i), steps, value);
        if (inner.isUndefined())
            array.removeAt(i);
        else if (i == array.size())
            array.append(inner);
        else
            array.replace(i, inner);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue inner = edited(object.value(step), steps, value);
    if (inner.isUndefined())
        object.remove(step);
    else
        object.insert(step, inner);
    return object;
}

QJsonObject edit(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    QString spaced = path;
    spaced.replace(QLatin1Char('['), QStringLiteral(".["))
        .replace(QLatin1Char('.'), QLatin1Char('\n'));
    return edited(root, spaced.split(QLatin1Char('\n'), Qt::SkipEmptyParts), value).toObject();
}

QStringList texts(const QList<WorkspaceIssue> &issues)
{
    QStringList list;
    for (const WorkspaceIssue &i : issues)
        list << i.toString();
    return list;
}

void writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    QVERIFY(f.setPermissions(permissions));
}

void createDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst-workspace-create");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        test::exec(db, statements);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestWorkspaceFile final : public QObject
{
    Q_OBJECT

private slots:
    void fullWorkspaceRoundTrips();
    void docExampleIsValid();
    void saveAndLoad();
    void storeDefaultsBesideTheFile();
    void structuralMistakes_data();
    void structuralMistakes();
    void odataConnectionRoundTrips();
    void odataConnectionMistakes_data();
    void odataConnectionMistakes();
    void invalidJsonNamesLineAndColumn();
    void missingConnectionIsOneIssue();
    void validateStructureOfBuiltWorkspace();
    void schemaMatchesRealDatabases();
    void schemaMistakes_data();
    void schemaMistakes();
    void readSecretFromEnvironment();
    void readSecretFromFile();
    void readSecretRefusesReadableFile();

private:
    Workspace loadText(const QByteArray &text, QList<WorkspaceIssue> *issues,
                       const QString &name = QStringLiteral("w.couplet.json"));
    void createDemoDatabases();

    QTemporaryDir m_dir;
    ManualClock m_clock;
};

Workspace TestWorkspaceFile::loadText(const QByteArray &text, QList<WorkspaceIssue> *issues,
                                      const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    f.close();
    return WorkspaceFile::load(path, issues);
}

void TestWorkspaceFile::fullWorkspaceRoundTrips()
{
    const QJsonObject original = parse(fullWorkspace);
    QList<WorkspaceIssue> issues;
    const Workspace w = loadText(QJsonDocument(original).toJson(), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));

    // Everything arrived in the model...
    QCOMPARE(w.path, m_dir.filePath(QStringLiteral("w.couplet.json")));
    QCOMPARE(w.store.driver, QStringLiteral("QPSQL"));
    QCOMPARE(w.store.port, 5432);
    QCOMPARE(w.store.secret.kind, SecretSource::Kind::Environment);
    QCOMPARE(w.store.secret.name, QStringLiteral("COUPLET_STORE_PASSWORD"));
    QCOMPARE(w.remote.secret.kind, SecretSource::Kind::File);
    QCOMPARE(w.remote.options.value(QStringLiteral("pageSize")).toInt(), 500);
    QCOMPARE(w.mappings.size(), 3);
    const TableMapping &currency = w.mappings.at(0);
    QVERIFY(currency.onlyCoupled);
    QCOMPARE(currency.matchFields, QStringList{QStringLiteral("code")});
    QVERIFY(currency.deletionPolicy == DeletionPolicy::Restore);
    QVERIFY(currency.updateConflictPolicy == UpdateConflictPolicy::SendToRemote);
    QVERIFY(currency.conflictDetection == ConflictDetection::RecordLevel);
    QVERIFY(currency.fields.at(0).direction == Direction::Bidirectional);
    QVERIFY(currency.fields.at(1).direction == Direction::FromRemote);
    const TableMapping &customer = w.mappings.at(1);
    QVERIFY(customer.direction == Direction::ToRemote);
    QCOMPARE(customer.local.filter, QStringLiteral("blocked = 0"));
    QVERIFY(customer.fields.at(0).direction == Direction::ToRemote); // inherited
    QCOMPARE(customer.fields.at(1).valueMap.size(), 3);
    QCOMPARE(customer.fields.at(1).valueMap.at(1).second.toInt(), 8);
    QVERIFY(customer.fields.at(1).valueMap.at(2).first.isNull());
    QCOMPARE(customer.fields.at(2).lookupMapping, QStringLiteral("CURRENCY"));
    QVERIFY(customer.fields.at(2).clearOnFailedLookup);
    QVERIFY(customer.fields.at(3).isConstant());
    QCOMPARE(customer.fields.at(3).constant->toInt(), 0);
    QVERIFY(customer.fields.at(5).isConstant());
    QVERIFY(customer.fields.at(5).constant->isNull());
    QCOMPARE(w.orderedMappings().last().name, QStringLiteral("CONTACT"));
    QCOMPARE(w.remote.recordUrl,
             QStringLiteral("https://crm.example/main.aspx?etn={table}&id={key}"));
    QVERIFY(w.local.recordUrl.isEmpty());
    QVERIFY(!currency.schedule.enabled());
    QCOMPARE(customer.schedule.intervalMinutes, 15);
    QCOMPARE(customer.schedule.inactivityLimitMinutes, 120);
    // Without a limit, four times the interval.
    QCOMPARE(w.mappings.at(2).schedule.intervalMinutes, 5);
    QCOMPARE(w.mappings.at(2).schedule.inactivityLimitMinutes, 20);

    // ...and comes back out exactly as written.
    const QJsonObject json = WorkspaceFile::toJson(w);
    QCOMPARE(json, original);
    QList<WorkspaceIssue> again;
    const Workspace w2 = WorkspaceFile::fromJson(json, w.path, &again);
    QVERIFY(again.isEmpty());
    QCOMPARE(WorkspaceFile::toJson(w2), original);
}

void TestWorkspaceFile::docExampleIsValid()
{
    QList<WorkspaceIssue> issues;
    const Workspace w = loadText(docExample, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));
    QCOMPARE(w.name, QStringLiteral("Demo"));
    QCOMPARE(w.mapping(QStringLiteral("customer"))->fields.size(), 5);
    QVERIFY(w.mappings.at(1).fields.at(4).direction == Direction::ToRemote);
    QVERIFY(w.remote.recordUrl.startsWith(QLatin1String("https://crm.example.com/")));
    QVERIFY(w.mappings.at(0).schedule.enabled());
    QCOMPARE(w.mappings.at(0).schedule.intervalMinutes, 5);
    QCOMPARE(w.mappings.at(0).schedule.limitMinutes(), 30);
    QVERIFY(!w.mappings.at(1).schedule.enabled());
    QCOMPARE(w.resolvePath(w.local.database), m_dir.filePath(QStringLiteral("erp.sqlite")));
    // Defaults are left out when written, and the result reads back the same.
    const QJsonObject json = WorkspaceFile::toJson(w);
    const QJsonObject currency = json.value(QLatin1String("mappings")).toArray().at(0).toObject();
    QVERIFY(!currency.contains(QLatin1String("direction")));
    QVERIFY(!currency.contains(QLatin1String("deletionPolicy")));
    QList<WorkspaceIssue> again;
    QCOMPARE(WorkspaceFile::toJson(WorkspaceFile::fromJson(json, w.path, &again)), json);
    QVERIFY(again.isEmpty());
}

void TestWorkspaceFile::saveAndLoad()
{
    QList<WorkspaceIssue> issues;
    const Workspace w = WorkspaceFile::fromJson(parse(fullWorkspace), {}, &issues);
    QVERIFY(issues.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("saved.couplet.json"));
    QString error;
    QVERIFY2(WorkspaceFile::save(w, path, &error), qPrintable(error));
    const Workspace loaded = WorkspaceFile::load(path, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));
    QCOMPARE(WorkspaceFile::toJson(loaded), parse(fullWorkspace));
    // No secret can be in the file, whatever the workspace held.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("password"));

    QVERIFY(!WorkspaceFile::save(w, m_dir.filePath(QStringLiteral("no/such/dir/x.json")), &error));
    QVERIFY2(error.contains(QLatin1String("no/such/dir")), qPrintable(error));
}

void TestWorkspaceFile::storeDefaultsBesideTheFile()
{
    QJsonObject json = edit(parse(docExample), QStringLiteral("store"), QJsonValue::Undefined);
    QList<WorkspaceIssue> issues;
    const Workspace w =
        loadText(QJsonDocument(json).toJson(), &issues, QStringLiteral("sales.couplet.json"));
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));
    QCOMPARE(w.store.driver, QStringLiteral("QSQLITE"));
    QCOMPARE(w.store.database, QStringLiteral("sales.state.sqlite"));
    QCOMPARE(w.resolvePath(w.store.database), m_dir.filePath(QStringLiteral("sales.state.sqlite")));
}

void TestWorkspaceFile::structuralMistakes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    const QJsonValue removed = QJsonValue::Undefined;
    const QString secretAdvice =
        QStringLiteral("secrets are never stored in the workspace; use \"secret\": \"keychain\", "
                       "{\"env\": NAME} or {\"file\": PATH}");
    QTest::newRow("no version") << "version" << removed << "version: required";
    QTest::newRow("version 2") << "version" << QJsonValue(2)
                               << "version: unsupported version 2; this Couplet reads version 1";
    QTest::newRow("unknown top key")
        << "mapings" << QJsonValue(QJsonArray())
        << "mapings: unknown key; the allowed keys are: version, name, store, local, remote, "
           "mappings";
    QTest::newRow("password") << "local.password" << QJsonValue(QStringLiteral("hunter2"))
                              << QStringLiteral("local.password: ") + secretAdvice;
    QTest::newRow("literal secret") << "remote.secret" << QJsonValue(QStringLiteral("hunter2"))
                                    << QStringLiteral("remote.secret: ") + secretAdvice;
    QTest::newRow("numeric secret")
        << "store.secret" << QJsonValue(1234) << QStringLiteral("store.secret: ") + secretAdvice;
    QTest::newRow("empty env name")
        << "local.secret" << QJsonValue(QJsonObject{{QStringLiteral("env"), QString()}})
        << "local.secret.env: name the environment variable";
    QTest::newRow("unknown kind") << "local.kind" << QJsonValue(QStringLiteral("ftp"))
                                  << "local.kind: unknown value \"ftp\"; allowed: sql, odata";
    QTest::newRow("unknown driver")
        << "remote.driver" << QJsonValue(QStringLiteral("QPSGL"))
        << "remote.driver: unknown Qt Sql driver \"QPSGL\"; allowed: QSQLITE, QPSQL, QMYSQL, "
           "QMARIADB, QODBC, QOCI, QDB2, QIBASE, QMIMER";
    QTest::newRow("store driver") << "store.driver" << QJsonValue(QStringLiteral("QMYSQL"))
                                  << "store.driver: unknown Qt Sql driver \"QMYSQL\"; allowed: "
                                     "QSQLITE, QPSQL";
    QTest::newRow("no database") << "local.database" << removed << "local.database: required";
    QTest::newRow("port type") << "remote.port" << QJsonValue(QStringLiteral("5432"))
                               << "remote.port: expected a whole number";
    QTest::newRow("unknown direction")
        << "mappings[0].direction" << QJsonValue(QStringLiteral("both"))
        << "mappings[0].direction: unknown value \"both\"; allowed: bidirectional, toRemote, "
           "fromRemote";
    QTest::newRow("unknown deletion policy")
        << "mappings[1].deletionPolicy" << QJsonValue(QStringLiteral("delete"))
        << "mappings[1].deletionPolicy: unknown value \"delete\"; allowed: none, restore, "
           "removeCoupling";
    QTest::newRow("unknown conflict policy")
        << "mappings[0].updateConflictPolicy" << QJsonValue(QStringLiteral("newest"))
        << "mappings[0].updateConflictPolicy: unknown value \"newest\"; allowed: none, "
           "sendToRemote, getFromRemote";
    QTest::newRow("unknown detection")
        << "mappings[0].conflictDetection" << QJsonValue(QStringLiteral("row"))
        << "mappings[0].conflictDetection: unknown value \"row\"; allowed: field, record";
    QTest::newRow("bool type") << "mappings[0].onlyCoupled" << QJsonValue(QStringLiteral("yes"))
                               << "mappings[0].onlyCoupled: expected true or false";
    QTest::newRow("duplicate name")
        << "mappings[1].name" << QJsonValue(QStringLiteral("currency"))
        << "mappings[1].name: duplicate mapping name \"currency\" (also mappings[0])";
    QTest::newRow("no name") << "mappings[1].name" << removed << "mappings[1].name: required";
    QTest::newRow("no table") << "mappings[0].local.table" << removed
                              << "mappings[0].local.table: required";
    QTest::newRow("no modified") << "mappings[1].remote.modified" << removed
                                 << "mappings[1].remote.modified: required";
    QTest::newRow("unknown field key")
        << "mappings[1].fields[1].emial" << QJsonValue(QStringLiteral("x"))
        << "mappings[1].fields[1].emial: unknown key; the allowed keys are: local, remote, "
           "direction, constant, valueMap, lookup, clearOnFailedLookup";
    QTest::newRow("lookup to nothing")
        << "mappings[1].fields[3].lookup" << QJsonValue(QStringLiteral("CURRENCIES"))
        << "mappings[1].fields[3].lookup: mapping \"CURRENCIES\" does not exist";
    QTest::newRow("lookup cycle")
        << "mappings[0].fields[2]"
        << QJsonValue(QJsonObject{{QStringLiteral("local"), QStringLiteral("owner")},
                                  {QStringLiteral("remote"), QStringLiteral("ownerid")},
                                  {QStringLiteral("lookup"), QStringLiteral("CUSTOMER")}})
        << "mappings[0].fields[2].lookup: lookup cycle: CURRENCY → CUSTOMER → CURRENCY";
    QTest::newRow("match not mapped")
        << "mappings[0].match"
        << QJsonValue(QJsonArray{QStringLiteral("code"), QStringLiteral("symbol")})
        << "mappings[0].match[1]: \"symbol\" is not the local column of a mapped field";
    QTest::newRow("field without columns")
        << "mappings[1].fields[0]"
        << QJsonValue(QJsonObject{{QStringLiteral("direction"), QStringLiteral("toRemote")}})
        << "mappings[1].fields[0]: a field needs \"local\", \"remote\" or both";
    QTest::newRow("field with one column")
        << "mappings[1].fields[0].remote" << removed
        << "mappings[1].fields[0].remote: required: a field without \"constant\" maps a local "
           "column to a remote property";
    QTest::newRow("constant with source")
        << "mappings[1].fields[4].local" << QJsonValue(QStringLiteral("status"))
        << "mappings[1].fields[4].local: a constant has no source column; remove \"local\"";
    QTest::newRow("constant the wrong way")
        << "mappings[1].fields[4].direction" << QJsonValue(QStringLiteral("fromRemote"))
        << "mappings[1].fields[4].direction: a constant for the remote property \"statecode\" "
           "is written \"toRemote\"";
    QTest::newRow("field direction not allowed")
        << "mappings[0].direction" << QJsonValue(QStringLiteral("toRemote"))
        << "mappings[0].fields[0].direction: \"bidirectional\" is not allowed in a mapping "
           "whose direction is \"toRemote\"";
    QTest::newRow("clear without lookup")
        << "mappings[1].fields[0].clearOnFailedLookup" << QJsonValue(true)
        << "mappings[1].fields[0].clearOnFailedLookup: only applies to a field with \"lookup\"";
    QTest::newRow("bad value map")
        << "mappings[1].fields[2].valueMap[1]" << QJsonValue(QJsonArray{QStringLiteral("prospect")})
        << "mappings[1].fields[2].valueMap[1]: expected a pair [local, remote]";
    const QString urlAdvice = QStringLiteral(
        "expected an http or https address with the placeholder {key} (and optionally {table}), "
        "such as https://crm.example.com/main.aspx?etn={table}&id={key}");
    QTest::newRow("record url not http")
        << "remote.recordUrl" << QJsonValue(QStringLiteral("ftp://crm.example.com/{table}/{key}"))
        << QStringLiteral("remote.recordUrl: ") + urlAdvice;
    QTest::newRow("record url a script")
        << "local.recordUrl" << QJsonValue(QStringLiteral("javascript:alert('{key}')"))
        << QStringLiteral("local.recordUrl: ") + urlAdvice;
    QTest::newRow("record url without key")
        << "remote.recordUrl" << QJsonValue(QStringLiteral("https://crm.example.com/{table}"))
        << QStringLiteral("remote.recordUrl: ") + urlAdvice;
    QTest::newRow("record url without host")
        << "remote.recordUrl" << QJsonValue(QStringLiteral("https:///{table}/{key}"))
        << QStringLiteral("remote.recordUrl: ") + urlAdvice;
    QTest::newRow("record url type")
        << "remote.recordUrl" << QJsonValue(42) << "remote.recordUrl: expected a string";
    QTest::newRow("record url on the store")
        << "store.recordUrl" << QJsonValue(QStringLiteral("https://db.example.com/{key}"))
        << "store.recordUrl: only the local and remote connections have records to open";
    QTest::newRow("schedule interval 0")
        << "mappings[0].schedule.intervalMinutes" << QJsonValue(0)
        << "mappings[0].schedule.intervalMinutes: expected 1 to 1440 minutes; leave "
           "\"schedule\" out for a mapping that only runs when started";
    QTest::newRow("schedule interval over a day")
        << "mappings[0].schedule.intervalMinutes" << QJsonValue(1441)
        << "mappings[0].schedule.intervalMinutes: expected 1 to 1440 minutes";
    QTest::newRow("schedule interval type")
        << "mappings[0].schedule.intervalMinutes" << QJsonValue(QStringLiteral("5"))
        << "mappings[0].schedule.intervalMinutes: expected a whole number";
    QTest::newRow("schedule limit below interval")
        << "mappings[0].schedule.inactivityLimitMinutes" << QJsonValue(4)
        << "mappings[0].schedule.inactivityLimitMinutes: must be at least the interval (5 "
           "minutes)";
    QTest::newRow("schedule without interval")
        << "mappings[1].schedule"
        << QJsonValue(QJsonObject{{QStringLiteral("inactivityLimitMinutes"), 60}})
        << "mappings[1].schedule.intervalMinutes: required";
    QTest::newRow("schedule unknown key")
        << "mappings[0].schedule.every" << QJsonValue(5)
        << "mappings[0].schedule.every: unknown key; the allowed keys are: intervalMinutes, "
           "inactivityLimitMinutes";
    QTest::newRow("schedule not an object")
        << "mappings[1].schedule" << QJsonValue(15) << "mappings[1].schedule: expected an object";
    QTest::newRow("fields not an array")
        << "mappings[0].fields" << QJsonValue(QStringLiteral("code"))
        << "mappings[0].fields: expected an array";
}

void TestWorkspaceFile::structuralMistakes()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = parse(docExample);
    if (path == QLatin1String("mappings[0].direction") &&
        value == QJsonValue(QStringLiteral("toRemote"))) {
        // Only the first field keeps the mapping's old direction, written out.
        json = edit(json, QStringLiteral("mappings[0].fields[0].direction"),
                    QStringLiteral("bidirectional"));
        json = edit(json, QStringLiteral("mappings[0].fields[1].direction"),
                    QStringLiteral("toRemote"));
    }
    json = edit(json, path, value);
    QList<WorkspaceIssue> issues;
    WorkspaceFile::fromJson(json, m_dir.filePath(QStringLiteral("w.couplet.json")), &issues);
    QCOMPARE(texts(issues), QStringList{expected});
}

// The docs' example with an odata remote, as docs/workspace.md shows it.
QJsonObject odataExample()
{
    QJsonObject json = parse(docExample);
    const QJsonObject remote{
        {QStringLiteral("name"), QStringLiteral("CRM")},
        {QStringLiteral("kind"), QStringLiteral("odata")},
        {QStringLiteral("user"), QStringLiteral("00000000-aaaa-bbbb-cccc-000000000001")},
        {QStringLiteral("secret"), QStringLiteral("keychain")},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("profile"), QStringLiteral("dataverse")},
                     {QStringLiteral("url"), QStringLiteral("https://contoso.crm4.dynamics.com")},
                     {QStringLiteral("auth"), QStringLiteral("oauth2")},
                     {QStringLiteral("tokenUrl"),
                      QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/"
                                     "oauth2/v2.0/token")},
                     {QStringLiteral("pageSize"), 500},
                     {QStringLiteral("batchSize"), 100},
                     {QStringLiteral("timeoutSeconds"), 60},
                     {QStringLiteral("retries"), 5}}}};
    json.insert(QStringLiteral("remote"), remote);
    return json;
}

void TestWorkspaceFile::odataConnectionRoundTrips()
{
    const QJsonObject json = odataExample();
    QList<WorkspaceIssue> issues;
    const Workspace w =
        WorkspaceFile::fromJson(json, m_dir.filePath(QStringLiteral("w.couplet.json")), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));
    QCOMPARE(w.remote.kind, QStringLiteral("odata"));
    QCOMPARE(w.remote.options.value(QStringLiteral("pageSize")).toInt(), 500);
    QCOMPARE(WorkspaceFile::toJson(w).value(QLatin1String("remote")),
             json.value(QLatin1String("remote")));
    // A generic service needs only its address.
    QJsonObject generic = edit(
        json, QStringLiteral("remote.options"),
        QJsonObject{{QStringLiteral("profile"), QStringLiteral("generic")},
                    {QStringLiteral("serviceRoot"), QStringLiteral("https://odata.example/v4/")}});
    WorkspaceFile::fromJson(generic, {}, &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));
}

void TestWorkspaceFile::odataConnectionMistakes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const QJsonValue removed = QJsonValue::Undefined;
    QTest::newRow("unknown option")
        << "remote.options.pagesize" << QJsonValue(7)
        << "remote.options.pagesize: unknown option; the options of an odata connection are: "
           "profile, url, serviceRoot, auth, tokenUrl, clientId, scope, pageSize, batchSize, "
           "timeoutSeconds, retries, caFile, administratorRoles, bindLookups, lookups";
    QTest::newRow("lookup target")
        << "remote.options.lookups"
        << QJsonValue(QJsonObject{
               {QStringLiteral("contacts"),
                QJsonObject{{QStringLiteral("_parentcustomerid_value"), QJsonValue(5)}}}})
        << "remote.options.lookups.contacts._parentcustomerid_value: expected the name of the "
           "target entity set or of the navigation property";
    QTest::newRow("page size text") << "remote.options.pageSize" << QJsonValue(QStringLiteral("7"))
                                    << "remote.options.pageSize: expected a whole number from 1 "
                                       "to 5000";
    QTest::newRow("batch size too big") << "remote.options.batchSize" << QJsonValue(5000)
                                        << "remote.options.batchSize: expected a whole number "
                                           "from 1 to 1000";
    QTest::newRow("unknown profile")
        << "remote.options.profile" << QJsonValue(QStringLiteral("sap"))
        << "remote.options.profile: unknown value \"sap\"; allowed: dataverse, generic";
    QTest::newRow("unknown auth")
        << "remote.options.auth" << QJsonValue(QStringLiteral("kerberos"))
        << "remote.options.auth: unknown value \"kerberos\"; allowed: none, basic, oauth2";
    QTest::newRow("no url") << "remote.options.url" << removed
                            << "remote.options.url: required: the organisation's address, such as "
                               "https://contoso.crm.dynamics.com";
    QTest::newRow("url not http") << "remote.options.url" << QJsonValue(QStringLiteral("contoso"))
                                  << "remote.options.url: expected an http or https address";
    QTest::newRow("no token url") << "remote.options.tokenUrl" << removed
                                  << "remote.options.tokenUrl: required with \"auth\": \"oauth2\"";
    QTest::newRow("timeout type") << "remote.options.timeoutSeconds" << QJsonValue(true)
                                  << "remote.options.timeoutSeconds: expected a whole number from "
                                     "1 to 3600";
    QTest::newRow("database") << "remote.database" << QJsonValue(QStringLiteral("crm"))
                              << "remote.database: an odata connection has no \"database\"; its "
                                 "address is \"options.url\" or \"options.serviceRoot\"";
}

void TestWorkspaceFile::odataConnectionMistakes()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QList<WorkspaceIssue> issues;
    WorkspaceFile::fromJson(edit(odataExample(), path, value),
                            m_dir.filePath(QStringLiteral("w.couplet.json")), &issues);
    QCOMPARE(texts(issues), QStringList{expected});
}

void TestWorkspaceFile::invalidJsonNamesLineAndColumn()
{
    QList<WorkspaceIssue> issues;
    loadText("{\n  \"version\": 1,\n  \"name\": \"x\"\n  \"local\": {}\n}\n", &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QLatin1String("is not valid JSON")),
             qPrintable(issues.first().message));
    QVERIFY2(issues.first().message.contains(QLatin1String("line 4")),
             qPrintable(issues.first().message));

    issues.clear();
    WorkspaceFile::load(m_dir.filePath(QStringLiteral("missing.couplet.json")), &issues);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.startsWith(QLatin1String("Cannot read ")),
             qPrintable(issues.first().message));
}

void TestWorkspaceFile::missingConnectionIsOneIssue()
{
    QList<WorkspaceIssue> issues;
    WorkspaceFile::fromJson(
        edit(parse(docExample), QStringLiteral("remote"), QJsonValue::Undefined), {}, &issues);
    QCOMPARE(texts(issues), QStringList{QStringLiteral("remote: required")});
}

void TestWorkspaceFile::validateStructureOfBuiltWorkspace()
{
    // A workspace made in code (the console's editor) is checked the same way.
    Workspace w;
    w.local.database = QStringLiteral("erp.sqlite");
    w.remote.database = QStringLiteral("crm.sqlite");
    w.store.database = QStringLiteral("state.sqlite");
    TableMapping m;
    m.name = QStringLiteral("A");
    m.local = {QStringLiteral("a"), QStringLiteral("id"), QStringLiteral("m"), {}, {}};
    m.remote = {QStringLiteral("b"), QStringLiteral("id"), QStringLiteral("m"), {}, {}};
    FieldMapping f;
    f.local = QStringLiteral("x");
    f.remote = QStringLiteral("y");
    f.lookupMapping = QStringLiteral("A"); // a self-lookup (a parent row) is no cycle
    m.fields << f;
    w.mappings << m;
    QCOMPARE(texts(WorkspaceFile::validateStructure(w)), QStringList());
    // A schedule set in the console is held to the file's rules.
    w.mappings[0].schedule = Schedule{10, 5};
    QCOMPARE(texts(WorkspaceFile::validateStructure(w)),
             QStringList{QStringLiteral("mappings[0].schedule.inactivityLimitMinutes: must be at "
                                        "least the interval (10 minutes)")});
    w.mappings[0].schedule = Schedule{10, 0}; // the default limit
    QCOMPARE(texts(WorkspaceFile::validateStructure(w)), QStringList());
    QCOMPARE(WorkspaceFile::toJson(w)
                 .value(QLatin1String("mappings"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("schedule"))
                 .toObject(),
             (QJsonObject{{QStringLiteral("intervalMinutes"), 10}}));
    w.mappings[0].schedule = {};
    w.local.recordUrl = QStringLiteral("mailto:{key}@example.com");
    QCOMPARE(WorkspaceFile::validateStructure(w).size(), 1);
    QCOMPARE(WorkspaceFile::validateStructure(w).constFirst().path,
             QStringLiteral("local.recordUrl"));
    w.local.recordUrl = QStringLiteral("http://erp.example:8080/card?no={key}");
    QCOMPARE(texts(WorkspaceFile::validateStructure(w)), QStringList());
    w.mappings << m;
    QCOMPARE(texts(WorkspaceFile::validateStructure(w)),
             QStringList{QStringLiteral("mappings[1].name: duplicate mapping name \"A\" (also "
                                        "mappings[0])")});
}

void TestWorkspaceFile::createDemoDatabases()
{
    createDatabase(
        m_dir.filePath(QStringLiteral("erp.sqlite")),
        {QStringLiteral("CREATE TABLE IF NOT EXISTS currency (code TEXT PRIMARY KEY, "
                        "exchange_rate REAL NOT NULL, modified_at TEXT)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS customer (no TEXT PRIMARY KEY, name TEXT, "
                        "email TEXT, type TEXT, currency_code TEXT NOT NULL, blocked INTEGER, "
                        "modified_at TEXT)")});
    createDatabase(
        m_dir.filePath(QStringLiteral("crm.sqlite")),
        {QStringLiteral("CREATE TABLE IF NOT EXISTS transactioncurrencies (transactioncurrencyid "
                        "TEXT PRIMARY KEY, isocurrencycode TEXT, exchangerate REAL, "
                        "modifiedon TEXT)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS accounts (accountid TEXT PRIMARY KEY, "
                        "name TEXT, emailaddress1 TEXT, customertypecode INTEGER, "
                        "transactioncurrencyid TEXT, statecode INTEGER, modifiedon TEXT)")});
}

void TestWorkspaceFile::schemaMatchesRealDatabases()
{
    createDemoDatabases();
    QList<WorkspaceIssue> issues;
    const Workspace w = loadText(docExample, &issues);
    QVERIFY(issues.isEmpty());
    SqlConnector local(w.local, m_dir.path(), {}, m_clock);
    SqlConnector remote(w.remote, m_dir.path(), {}, m_clock);
    local.open();
    remote.open();
    QCOMPARE(texts(WorkspaceFile::validateSchema(w, local, remote)), QStringList());
}

void TestWorkspaceFile::schemaMistakes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("misspelt column")
        << "mappings[1].fields[1].local" << QJsonValue(QStringLiteral("emial"))
        << "mappings[1].fields[1].local: column \"emial\" does not exist in table customer";
    QTest::newRow("missing table")
        << "mappings[1].remote.table" << QJsonValue(QStringLiteral("acounts"))
        << "mappings[1].remote.table: table \"acounts\" does not exist";
    QTest::newRow("table in another case")
        << "mappings[0].local.table" << QJsonValue(QStringLiteral("Currency"))
        << "mappings[0].local.table: table \"Currency\" does not exist (did you mean "
           "\"currency\"?)";
    QTest::newRow("missing key column")
        << "mappings[0].remote.key" << QJsonValue(QStringLiteral("id"))
        << "mappings[0].remote.key: column \"id\" does not exist in table transactioncurrencies";
    QTest::newRow("modified is not a stamp")
        << "mappings[1].local.modified" << QJsonValue(QStringLiteral("blocked"))
        << "mappings[1].local.modified: column \"blocked\" in table customer holds a number; it "
           "must hold a timestamp";
    QTest::newRow("value map into numbers")
        << "mappings[1].fields[2].valueMap[0]"
        << QJsonValue(QJsonArray{QStringLiteral("customer"), QStringLiteral("three")})
        << "mappings[1].fields[2].valueMap[0]: \"three\" is not a number, but column "
           "\"customertypecode\" in table accounts holds numbers";
    QTest::newRow("constant into numbers")
        << "mappings[1].fields[4].constant" << QJsonValue(QStringLiteral("active"))
        << "mappings[1].fields[4].constant: \"active\" is not a number, but column \"statecode\" "
           "in table accounts holds numbers";
    QTest::newRow("clearing a NOT NULL column")
        << "mappings[1].fields[3].clearOnFailedLookup" << QJsonValue(true)
        << "mappings[1].fields[3].clearOnFailedLookup: column \"currency_code\" in table "
           "customer does not accept empty values, so a failed lookup cannot clear it";
    QTest::newRow("lookup into a number column")
        << "mappings[1].fields[3].remote" << QJsonValue(QStringLiteral("statecode"))
        << "mappings[1].fields[3].lookup: column \"statecode\" in table accounts holds a "
           "number, but the keys of mapping CURRENCY (column \"transactioncurrencyid\" in table "
           "transactioncurrencies) are text";
}

void TestWorkspaceFile::schemaMistakes()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    createDemoDatabases();
    QList<WorkspaceIssue> issues;
    const Workspace w =
        WorkspaceFile::fromJson(edit(parse(docExample), path, value),
                                m_dir.filePath(QStringLiteral("w.couplet.json")), &issues);
    QVERIFY2(issues.isEmpty(), qPrintable(texts(issues).join(u'\n')));
    SqlConnector local(w.local, m_dir.path(), {}, m_clock);
    SqlConnector remote(w.remote, m_dir.path(), {}, m_clock);
    local.open();
    remote.open();
    QCOMPARE(texts(WorkspaceFile::validateSchema(w, local, remote)), QStringList{expected});
}

void TestWorkspaceFile::readSecretFromEnvironment()
{
    const SecretSource source{SecretSource::Kind::Environment,
                              QStringLiteral("COUPLET_TST_SECRET")};
    qputenv("COUPLET_TST_SECRET", "from-env");
    QString error = QStringLiteral("stale");
    QCOMPARE(readSecret(source, m_dir.path(), &error), QStringLiteral("from-env"));
    QVERIFY(error.isEmpty());

    qunsetenv("COUPLET_TST_SECRET");
    QCOMPARE(readSecret(source, m_dir.path(), &error), QString());
    QVERIFY2(error.contains(QLatin1String("COUPLET_TST_SECRET")), qPrintable(error));
    qputenv("COUPLET_TST_SECRET", "");
    QCOMPARE(readSecret(source, m_dir.path(), &error), QString());
    QVERIFY2(error.contains(QLatin1String("not set or empty")), qPrintable(error));
    qunsetenv("COUPLET_TST_SECRET");

    QCOMPARE(readSecret({}, m_dir.path(), &error), QString());
    QVERIFY(error.isEmpty());
    readSecret({SecretSource::Kind::Keychain, {}}, m_dir.path(), &error);
    QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
}

void TestWorkspaceFile::readSecretFromFile()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("secrets")));
    writeFile(m_dir.filePath(QStringLiteral("secrets/crm.secret")), "s3cret pass\n",
              QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    QCOMPARE(readSecret({SecretSource::Kind::File, QStringLiteral("secrets/crm.secret")},
                        m_dir.path(), &error),
             QStringLiteral("s3cret pass"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Stricter than 0600 is fine too; only the trailing newline goes.
    const QString readOnly = m_dir.filePath(QStringLiteral("ro.secret"));
    writeFile(readOnly, " spaced \r\n", QFile::ReadOwner);
    QCOMPARE(readSecret({SecretSource::Kind::File, readOnly}, {}, &error),
             QStringLiteral(" spaced "));

    readSecret({SecretSource::Kind::File, QStringLiteral("secrets/none")}, m_dir.path(), &error);
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
}

void TestWorkspaceFile::readSecretRefusesReadableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("open.secret"));
    writeFile(path, "t0p-secret\n",
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QString error;
    QCOMPARE(readSecret({SecretSource::Kind::File, path}, {}, &error), QString());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("0644")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("t0p-secret")));
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
