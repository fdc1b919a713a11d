// OdataConnector against the real Dataverse-shaped CAP server (tests/e2e/server):
// WhoAmI and $metadata, paging with a page size of 7, rows sharing a millisecond,
// keys in chunks, $batch with a failing row, the 412 path, recovery from every
// fault switch, each authentication failure and the token refresh.

#include "clock.h"
#include "connectors/odata/odataconnector.h"
#include "engine/syncengine.h"
#include "error.h"
#include "guidance/errorcause.h"
#include "odataserver.h"
#include "store/statestore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>

using namespace couplet;
using couplet::test::ODataServer;

namespace {

const QString goodUser = QStringLiteral("c0000000-0000-4000-8000-000000000001");

// Couplet Integration's privileges as seeded (tests/e2e/server/srv/state.js).
const QStringList integrationPrivileges{QStringLiteral("prvReadAccount"),
                                        QStringLiteral("prvCreateAccount"),
                                        QStringLiteral("prvWriteAccount"),
                                        QStringLiteral("prvDeleteAccount"),
                                        QStringLiteral("prvReadContact"),
                                        QStringLiteral("prvCreateContact"),
                                        QStringLiteral("prvWriteContact"),
                                        QStringLiteral("prvDeleteContact"),
                                        QStringLiteral("prvReadTransactionCurrency"),
                                        QStringLiteral("prvCreateTransactionCurrency"),
                                        QStringLiteral("prvWriteTransactionCurrency")};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

TableSpec accounts()
{
    return {QStringLiteral("accounts"),
            QStringLiteral("accountid"),
            QStringLiteral("modifiedon"),
            {QStringLiteral("accountid"), QStringLiteral("name"), QStringLiteral("accountnumber"),
             QStringLiteral("numberofemployees"), QStringLiteral("creditlimit"),
             QStringLiteral("modifiedon")},
            {}};
}

WriteOp insert(const QString &id, const QString &name, int employees = 1)
{
    return {WriteOp::Kind::Insert,
            id,
            {{QStringLiteral("name"), name},
             {QStringLiteral("numberofemployees"), employees},
             {QStringLiteral("creditlimit"), 1000.5}},
            {}};
}

QStringList keysOf(const QList<Row> &rows)
{
    QStringList keys;
    for (const Row &r : rows)
        keys << r.key;
    return keys;
}

// Everything modifiedSince gives, in calls of `limit`, as the engine asks for it.
QList<Row> scanAll(OdataConnector &c, int limit, const QDateTime &since = {})
{
    QList<Row> all;
    ScanCursor cursor;
    for (int calls = 0; calls < 10'000; ++calls) {
        const QList<Row> rows = c.modifiedSince(accounts(), since, cursor, limit);
        all += rows;
        if (rows.size() < limit)
            break;
        cursor = {rows.last().stamp, rows.last().key};
    }
    return all;
}

} // namespace

class TestOdataConnector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void whoAmIConnectionTest();
    void metadataConnectionTestAndSchema();
    void insertUpdateDeleteInBatches();
    void batchWithOneFailingRow();
    void staleEtagIsStampChanged();
    void noEtagSendsStarAndNever428();
    void pagingWithPageSize7();
    void rowsSharingAMillisecond();
    void rowsByKeysInChunks();
    void findAndSearch();
    void countModifiedSince();
    void readFaultsRecover_data();
    void readFaultsRecover();
    void writeFaultsRecover_data();
    void writeFaultsRecover();
    void faultsBeyondRetriesAreReported();
    void throttledBatchPartsAreSentAgain();
    void batchPartThrottledPastRetries();
    void laterBatchFailureKeepsEarlierResults_data();
    void laterBatchFailureKeepsEarlierResults();
    void timedOutBatchThatWasCarriedOut();
    void basicAuthentication();
    void oauthErrorsInPlainWords_data();
    void oauthErrorsInPlainWords();
    void tokenIsRefreshed();
    void engineSmoke();
    void dataverseRecordUrl();
    void accessOfTheIntegrationUser();
    void administratorRolesOption();
    void accessFailureIsAnError();
    void tableAccessFromPrivileges();
    void tableAccessAfterRevoking();
    void writeRefusedForAMissingPrivilege();

private:
    std::unique_ptr<OdataConnector> make(const QVariantMap &options = {}, const QString &user = {},
                                         const QString &secret = {});
    QList<WriteResult> insertMany(OdataConnector &c, int n, const QString &prefix);
    // Takes privileges away from the role "Couplet Integration" (couplet-good's).
    void revoke(const QStringList &privileges);

    ODataServer server;
};

void TestOdataConnector::initTestCase()
{
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
}

void TestOdataConnector::init()
{
    QString error;
    QVERIFY2(server.reset(&error), qPrintable(error));
}

std::unique_ptr<OdataConnector> TestOdataConnector::make(const QVariantMap &options,
                                                         const QString &user, const QString &secret)
{
    ConnectionConfig config;
    config.name = QStringLiteral("CRM");
    config.kind = QStringLiteral("odata");
    config.user = user;
    config.options = {{QStringLiteral("url"), server.baseUrl().toString()},
                      {QStringLiteral("auth"), QStringLiteral("none")},
                      {QStringLiteral("tokenUrl"), server.tokenUrl().toString()},
                      {QStringLiteral("timeoutSeconds"), 10},
                      {QStringLiteral("retries"), 4}};
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        config.options.insert(it.key(), it.value());
    auto c = std::make_unique<OdataConnector>(config, QString(), secret);
    c->setBackoffBase(50);
    return c;
}

// "Open in browser": the Dataverse address with the entity's logical name from
// $metadata, through the Connector interface the Inspector uses; a template of
// the connection wins.
void TestOdataConnector::dataverseRecordUrl()
{
    std::unique_ptr<Connector> c = make();
    c->open();
    const QString key = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
    const QString url = c->recordUrl(QStringLiteral("accounts"), key);
    const QString base = server.baseUrl().toString();
    QVERIFY2(url.startsWith((base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/')) +
                            QStringLiteral("main.aspx?pagetype=entityrecord&etn=")),
             qPrintable(url));
    QVERIFY2(url.endsWith(QStringLiteral("&id=") + key), qPrintable(url));

    ConnectionConfig config;
    config.name = QStringLiteral("CRM");
    config.kind = QStringLiteral("odata");
    config.recordUrl = QStringLiteral("https://crm.example.com/r?t={table}&k={key}");
    config.options = {{QStringLiteral("url"), server.baseUrl().toString()},
                      {QStringLiteral("auth"), QStringLiteral("none")}};
    OdataConnector custom(config, QString(), QString());
    custom.open();
    QCOMPARE(custom.recordUrl(QStringLiteral("accounts"), QStringLiteral("k 1")).left(34),
             QStringLiteral("https://crm.example.com/r?t=accoun"));
    QVERIFY(custom.recordUrl(QStringLiteral("accounts"), QStringLiteral("k 1"))
                .endsWith(QStringLiteral("&k=k%201")));

    // A SQL connection leaves it to its template.
    ConnectionConfig sql;
    sql.kind = QStringLiteral("sql");
    sql.driver = QStringLiteral("QSQLITE");
    sql.database = QStringLiteral(":memory:");
    std::unique_ptr<Connector> local =
        createConnector(sql, QString(), QString(), SystemClock::instance());
    QVERIFY(local->recordUrl(QStringLiteral("customer"), QStringLiteral("1")).isEmpty());
}

QList<WriteResult> TestOdataConnector::insertMany(OdataConnector &c, int n, const QString &prefix)
{
    QList<WriteOp> ops;
    for (int i = 0; i < n; ++i)
        ops << insert(newId(), QStringLiteral("%1 %2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')),
                      i);
    const QList<WriteResult> results = c.write(accounts(), ops);
    for (const WriteResult &r : results) {
        if (!r.ok)
            qWarning("insert failed: %s", qPrintable(r.message + QLatin1Char(' ') + r.detail));
    }
    return results;
}

void TestOdataConnector::whoAmIConnectionTest()
{
    auto c = make();
    const ConnectionTestResult t = c->testConnection();
    QVERIFY2(t.ok, qPrintable(t.message + QLatin1Char(' ') + t.detail));
    QVERIFY2(t.message.contains(goodUser), qPrintable(t.message));
    QVERIFY(server.stats()
                .value(QLatin1String("byMethod"))
                .toObject()
                .value(QLatin1String("GET"))
                .toInt() >= 1);
}

void TestOdataConnector::metadataConnectionTestAndSchema()
{
    auto c = make({{QStringLiteral("profile"), QStringLiteral("generic")},
                   {QStringLiteral("serviceRoot"), server.serviceRoot().toString()}});
    const ConnectionTestResult t = c->testConnection();
    QVERIFY2(t.ok, qPrintable(t.message + QLatin1Char(' ') + t.detail));
    const QStringList sets = c->tables();
    for (const char *name :
         {"accounts", "contacts", "transactioncurrencies", "systemusers", "roles"})
        QVERIFY2(sets.contains(QLatin1String(name)), qPrintable(sets.join(u',')));
    const TableInfo info = c->tableInfo(QStringLiteral("accounts"));
    const ColumnInfo *key = info.column(QStringLiteral("accountid"));
    QVERIFY(key);
    QVERIFY(key->primaryKey);
    QCOMPARE(key->type, QMetaType::QUuid);
    QCOMPARE(info.column(QStringLiteral("name"))->length, 160);
    QCOMPARE(info.column(QStringLiteral("modifiedon"))->type, QMetaType::QDateTime);
    QCOMPARE(info.column(QStringLiteral("numberofemployees"))->type, QMetaType::Int);
    QCOMPARE(info.column(QStringLiteral("creditlimit"))->type, QMetaType::Double);
    QVERIFY(!c->generatesKeys(accounts()));
}

void TestOdataConnector::insertUpdateDeleteInBatches()
{
    auto c = make({{QStringLiteral("batchSize"), 4}});
    c->open();
    const QList<WriteResult> inserted = insertMany(*c, 10, QStringLiteral("Batch"));
    QCOMPARE(server.stats().value(QLatin1String("batchRequests")).toInt(), 3);
    for (const WriteResult &r : inserted) {
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.stamp.isValid());
        QVERIFY(r.etag.startsWith(QLatin1String("W/\"")));
    }
    QList<Row> rows = scanAll(*c, 100);
    QCOMPARE(rows.size(), 10);
    QCOMPARE(rows.first().values.value(QStringLiteral("numberofemployees")).toInt(), 0);
    QCOMPARE(rows.first().values.value(QStringLiteral("creditlimit")).toDouble(), 1000.5);

    const Row &first = rows.at(0);
    const Row &second = rows.at(1);
    const QList<WriteResult> changed =
        c->write(accounts(), {{WriteOp::Kind::Update,
                               first.key,
                               {{QStringLiteral("name"), QStringLiteral("O'Brien & Sons")}},
                               first.etag},
                              {WriteOp::Kind::Delete, second.key, {}, second.etag}});
    QVERIFY2(changed.at(0).ok, qPrintable(changed.at(0).message + changed.at(0).detail));
    QVERIFY(changed.at(0).stamp >= first.stamp);
    QVERIFY(changed.at(0).etag != first.etag || changed.at(0).stamp == first.stamp);
    QVERIFY2(changed.at(1).ok, qPrintable(changed.at(1).message + changed.at(1).detail));
    const QList<Row> now = c->rowsByKeys(accounts(), {first.key, second.key});
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().values.value(QStringLiteral("name")).toString(),
             QStringLiteral("O'Brien & Sons"));
    QCOMPARE(now.first().etag, changed.at(0).etag);

    // The row deleted under us: notFound.
    const QList<WriteResult> gone =
        c->write(accounts(), {{WriteOp::Kind::Update,
                               second.key,
                               {{QStringLiteral("name"), QStringLiteral("x")}},
                               second.etag}});
    QVERIFY(!gone.first().ok);
    QVERIFY2(gone.first().notFound || gone.first().stampChanged, qPrintable(gone.first().detail));
}

void TestOdataConnector::batchWithOneFailingRow()
{
    auto c = make();
    c->open();
    QList<WriteOp> ops;
    for (int i = 0; i < 5; ++i)
        ops << insert(newId(), QStringLiteral("Row %1").arg(i));
    ops[2].values.insert(QStringLiteral("nosuchproperty"), 1); // the server refuses this row
    const QList<WriteResult> r = c->write(accounts(), ops);
    QCOMPARE(server.stats().value(QLatin1String("batchRequests")).toInt(), 1);
    for (int i = 0; i < 5; ++i) {
        if (i == 2) {
            QVERIFY(!r.at(i).ok);
            QVERIFY(!r.at(i).message.isEmpty());
            QVERIFY2(r.at(i).detail.contains(QLatin1String("HTTP 400")),
                     qPrintable(r.at(i).detail));
        } else {
            QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message));
        }
    }
    const QSet<QString> existing =
        c->existingKeys(accounts(), keysOf({}) << ops.at(0).key << ops.at(2).key << ops.at(4).key);
    QCOMPARE(existing, (QSet<QString>{ops.at(0).key, ops.at(4).key}));
}

void TestOdataConnector::staleEtagIsStampChanged()
{
    auto c = make();
    c->open();
    const QString id = newId();
    const WriteResult created =
        c->write(accounts(), {insert(id, QStringLiteral("Before"))}).first();
    QVERIFY(created.ok);
    QThread::msleep(5);
    // Someone else edits the row.
    const test::HttpResult other =
        server.request("PATCH", QStringLiteral("accounts(%1)").arg(id), "{\"name\":\"Theirs\"}",
                       {{"If-Match", "*"}, {"Content-Type", "application/json"}});
    QCOMPARE(other.status, 200);
    const QList<WriteResult> r =
        c->write(accounts(), {{WriteOp::Kind::Update,
                               id,
                               {{QStringLiteral("name"), QStringLiteral("Mine")}},
                               created.etag},
                              {WriteOp::Kind::Delete, id, {}, created.etag}});
    QVERIFY(!r.at(0).ok);
    QVERIFY(r.at(0).stampChanged);
    QVERIFY(!r.at(1).ok);
    QVERIFY(r.at(1).stampChanged);
    QCOMPARE(
        c->rowsByKeys(accounts(), {id}).first().values.value(QStringLiteral("name")).toString(),
        QStringLiteral("Theirs"));
}

void TestOdataConnector::noEtagSendsStarAndNever428()
{
    auto c = make();
    c->open();
    const QString id = newId();
    QVERIFY(c->write(accounts(), {insert(id, QStringLiteral("A"))}).first().ok);
    const QList<WriteResult> r =
        c->write(accounts(),
                 {{WriteOp::Kind::Update, id, {{QStringLiteral("name"), QStringLiteral("B")}}, {}},
                  {WriteOp::Kind::Delete, id, {}, {}},
                  {WriteOp::Kind::Delete, newId(), {}, {}}});
    QVERIFY2(r.at(0).ok, qPrintable(r.at(0).detail));
    QVERIFY2(r.at(1).ok, qPrintable(r.at(1).detail));
    QVERIFY(!r.at(2).ok);
    QVERIFY(r.at(2).notFound);
    for (const WriteResult &w : r)
        QVERIFY2(!w.detail.contains(QLatin1String("428")), qPrintable(w.detail));
}

void TestOdataConnector::pagingWithPageSize7()
{
    auto c = make({{QStringLiteral("pageSize"), 7}});
    c->open();
    insertMany(*c, 40, QStringLiteral("Page"));
    const int before = server.stats()
                           .value(QLatin1String("byMethod"))
                           .toObject()
                           .value(QLatin1String("GET"))
                           .toInt();
    const QList<Row> one = c->modifiedSince(accounts(), {}, {}, 100);
    QCOMPARE(one.size(), 40);
    const int pages = server.stats()
                          .value(QLatin1String("byMethod"))
                          .toObject()
                          .value(QLatin1String("GET"))
                          .toInt() -
                      before;
    QCOMPARE(pages, 6); // 40 rows in pages of 7
    for (qsizetype i = 1; i < one.size(); ++i) {
        QVERIFY(one.at(i - 1).stamp <= one.at(i).stamp);
    }
    // In calls of 10, as the engine reads: every row once, in the same order.
    const QList<Row> calls = scanAll(*c, 10);
    QCOMPARE(keysOf(calls), keysOf(one));
    // Since a stamp in the middle: the rows from it on.
    const QDateTime middle = one.at(20).stamp;
    const QList<Row> later = scanAll(*c, 9, middle);
    const qsizetype expected =
        std::count_if(one.cbegin(), one.cend(), [&](const Row &r) { return r.stamp >= middle; });
    QCOMPARE(later.size(), expected);
}

// One change set of many inserts is one transaction: CAP stamps its rows alike.
QByteArray oneChangeSet(int rows)
{
    QByteArray body = "--b\r\nContent-Type: multipart/mixed; boundary=cs\r\n\r\n";
    for (int i = 0; i < rows; ++i) {
        body += "--cs\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
                "Content-ID: " +
                QByteArray::number(i + 1) +
                "\r\n\r\n"
                "POST accounts HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
                "{\"accountid\":\"" +
                newId().toLatin1() + "\",\"name\":\"Ms " + QByteArray::number(i) + "\"}\r\n";
    }
    body += "--cs--\r\n--b--\r\n";
    return body;
}

void TestOdataConnector::rowsSharingAMillisecond()
{
    auto c = make({{QStringLiteral("pageSize"), 7}, {QStringLiteral("batchSize"), 200}});
    c->open();
    for (int i = 0; i < 3; ++i) {
        const test::HttpResult r = server.request(
            "POST", QStringLiteral("$batch"), oneChangeSet(40),
            {{"Content-Type", "multipart/mixed; boundary=b"}, {"Accept", "multipart/mixed"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("HTTP/1.1 4"));
    }
    const QList<Row> all = c->modifiedSince(accounts(), {}, {}, 1000);
    QCOMPARE(all.size(), 120);
    QSet<qint64> stamps;
    for (const Row &r : all)
        stamps.insert(r.stamp.toMSecsSinceEpoch());
    qInfo("120 rows in %lld distinct milliseconds", qlonglong(stamps.size()));
    QVERIFY2(stamps.size() < all.size(), "the test needs rows that share a millisecond");
    for (const int limit : {1, 3, 7, 8}) {
        auto fresh = make({{QStringLiteral("pageSize"), 7}});
        fresh->open();
        const QList<Row> scanned = scanAll(*fresh, limit);
        QCOMPARE(scanned.size(), all.size());
        const QStringList keys = keysOf(scanned);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), all.size());
    }
    // since = a shared stamp: every row of that millisecond (ge), once.
    const QDateTime shared = all.at(all.size() / 2).stamp;
    const QList<Row> from = scanAll(*c, 5, shared);
    const qsizetype expected =
        std::count_if(all.cbegin(), all.cend(), [&](const Row &r) { return r.stamp >= shared; });
    QCOMPARE(from.size(), expected);
}

void TestOdataConnector::rowsByKeysInChunks()
{
    auto c = make({{QStringLiteral("batchSize"), 300}});
    c->open();
    const QList<WriteResult> inserted = insertMany(*c, 300, QStringLiteral("Key"));
    QStringList keys;
    for (const WriteResult &r : inserted)
        keys << r.key;
    for (int i = 0; i < 100; ++i)
        keys << newId();
    keys << QStringLiteral("not a guid");
    const int before = server.stats()
                           .value(QLatin1String("byMethod"))
                           .toObject()
                           .value(QLatin1String("GET"))
                           .toInt();
    const QList<Row> rows = c->rowsByKeys(accounts(), keys);
    QCOMPARE(rows.size(), 300);
    const int requests = server.stats()
                             .value(QLatin1String("byMethod"))
                             .toObject()
                             .value(QLatin1String("GET"))
                             .toInt() -
                         before;
    QVERIFY2(requests >= 400 / 40 && requests <= 400 / 20, qPrintable(QString::number(requests)));
    QCOMPARE(c->existingKeys(accounts(), keys).size(), 300);
}

void TestOdataConnector::findAndSearch()
{
    auto c = make();
    c->open();
    const QString id = newId();
    QVERIFY(c->write(accounts(), {insert(id, QStringLiteral("O'Brien Ltd")),
                                  insert(newId(), QStringLiteral("Other"))})
                .first()
                .ok);
    const QList<Row> found =
        c->findRows(accounts(), {{QStringLiteral("name"), QStringLiteral("O'Brien Ltd")}}, 2);
    QCOMPARE(keysOf(found), QStringList{id});
    QVERIFY(c->findRows(accounts(), {{QStringLiteral("name"), QStringLiteral("O'Brien")}}, 2)
                .isEmpty());
    QCOMPARE(keysOf(c->searchRows(accounts(), QStringLiteral("O'Brien"), 10)), QStringList{id});
    QCOMPARE(keysOf(c->searchRows(accounts(), id, 10)), QStringList{id});
    QCOMPARE(c->searchRows(accounts(), {}, 0).size(), 2);
    // generic: compares without case through tolower()
    auto g = make({{QStringLiteral("profile"), QStringLiteral("generic")},
                   {QStringLiteral("serviceRoot"), server.serviceRoot().toString()}});
    g->open();
    QCOMPARE(keysOf(g->searchRows(accounts(), QStringLiteral("o'brien"), 10)), QStringList{id});
}

void TestOdataConnector::countModifiedSince()
{
    auto c = make();
    c->open();
    insertMany(*c, 25, QStringLiteral("Count"));
    QCOMPARE(c->countModifiedSince(accounts(), {}), 25);
    QCOMPARE(c->countModifiedSince(accounts(), QDateTime::currentDateTimeUtc().addDays(1)), 0);
    TableSpec filtered = accounts();
    filtered.filter = QStringLiteral("numberofemployees lt 5");
    QCOMPARE(c->countModifiedSince(filtered, {}), 5);
    filtered.filter = QStringLiteral("nosuchproperty eq 1");
    try {
        c->countModifiedSince(filtered, {});
        QFAIL("a bad filter must throw");
    } catch (const Error &e) {
        QVERIFY(e.detail().contains(QLatin1String("HTTP 400")));
    }
}

void TestOdataConnector::readFaultsRecover_data()
{
    QTest::addColumn<QJsonObject>("fault");
    const auto fault = [](const char *kind) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("method"), QStringLiteral("GET")},
                           {QStringLiteral("path"), QStringLiteral("accounts")}};
    };
    QJsonObject f = fault("429");
    f.insert(QStringLiteral("retryAfter"), 1);
    QTest::newRow("429 with Retry-After") << f;
    f = fault("503");
    f.insert(QStringLiteral("retryAfter"), 1);
    QTest::newRow("503 with Retry-After") << f;
    f = fault("503");
    f.insert(QStringLiteral("count"), 2);
    QTest::newRow("503 twice") << f;
    f = fault("500");
    f.insert(QStringLiteral("count"), 3);
    QTest::newRow("500 three times") << f;
    f = fault("drop");
    f.insert(QStringLiteral("count"), 2);
    QTest::newRow("dropped connection") << f;
    f = fault("slow");
    f.insert(QStringLiteral("delayMs"), 3000); // beyond timeoutSeconds = 2
    QTest::newRow("slow beyond the timeout") << f;
    f = fault("malformed");
    QTest::newRow("malformed JSON") << f;
    f = fault("truncated");
    QTest::newRow("truncated JSON") << f;
}

void TestOdataConnector::readFaultsRecover()
{
    QFETCH(QJsonObject, fault);
    auto c = make({{QStringLiteral("pageSize"), 7}, {QStringLiteral("timeoutSeconds"), 2}});
    c->open();
    insertMany(*c, 20, QStringLiteral("Fault"));
    const QList<Row> clean = c->modifiedSince(accounts(), {}, {}, 100);
    QCOMPARE(clean.size(), 20);
    QString error;
    QVERIFY2(server.addFault(fault, &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const QList<Row> faulted = c->modifiedSince(accounts(), {}, {}, 100);
    QCOMPARE(keysOf(faulted), keysOf(clean));
    QVERIFY(server.stats().value(QLatin1String("faultsServed")).toInt() >= 1);
    if (fault.value(QLatin1String("retryAfter")).toInt() > 0)
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    // The other reads recover too.
    QVERIFY2(server.addFault(fault, &error), qPrintable(error));
    QCOMPARE(c->rowsByKeys(accounts(), keysOf(clean)).size(), 20);
    QVERIFY2(server.addFault(fault, &error), qPrintable(error));
    QCOMPARE(c->countModifiedSince(accounts(), {}), 20);
}

void TestOdataConnector::writeFaultsRecover_data()
{
    QTest::addColumn<QJsonObject>("fault");
    const auto fault = [](const char *kind) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("path"), QStringLiteral("$batch")}};
    };
    QJsonObject f = fault("429");
    f.insert(QStringLiteral("retryAfter"), 1);
    QTest::newRow("429") << f;
    QTest::newRow("503") << fault("503");
    f = fault("500");
    f.insert(QStringLiteral("count"), 2);
    QTest::newRow("500 twice") << f;
    f = fault("drop");
    f.insert(QStringLiteral("count"), 2);
    QTest::newRow("dropped connection") << f;
    f = fault("slow");
    f.insert(QStringLiteral("delayMs"), 3000);
    QTest::newRow("slow beyond the timeout") << f;
    QTest::newRow("malformed") << fault("malformed");
    QTest::newRow("truncated") << fault("truncated");
}

// The final data equals a run without faults: every row once, with its values.
void TestOdataConnector::writeFaultsRecover()
{
    QFETCH(QJsonObject, fault);
    auto c = make({{QStringLiteral("timeoutSeconds"), 2}});
    c->open();
    const QList<WriteResult> seed = insertMany(*c, 6, QStringLiteral("Seed"));
    QList<Row> rows = c->rowsByKeys(accounts(), {seed.at(0).key, seed.at(1).key});
    QHash<QString, Row> byKey;
    for (const Row &r : rows)
        byKey.insert(r.key, r);
    QString error;
    QVERIFY2(server.addFault(fault, &error), qPrintable(error));
    QList<WriteOp> ops;
    for (int i = 0; i < 5; ++i)
        ops << insert(newId(), QStringLiteral("New %1").arg(i), i);
    ops << WriteOp{WriteOp::Kind::Update,
                   seed.at(0).key,
                   {{QStringLiteral("name"), QStringLiteral("Updated")}},
                   byKey.value(seed.at(0).key).etag};
    ops << WriteOp{WriteOp::Kind::Delete, seed.at(1).key, {}, byKey.value(seed.at(1).key).etag};
    const QList<WriteResult> r = c->write(accounts(), ops);
    for (qsizetype i = 0; i < r.size(); ++i)
        QVERIFY2(
            r.at(i).ok,
            qPrintable(QStringLiteral("%1: %2 %3").arg(i).arg(r.at(i).message, r.at(i).detail)));
    const QList<Row> all = c->modifiedSince(accounts(), {}, {}, 1000);
    QCOMPARE(all.size(), 6 + 5 - 1);
    QStringList names;
    for (const Row &row : all)
        names << row.values.value(QStringLiteral("name")).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("New 0"), QStringLiteral("New 1"),
                                 QStringLiteral("New 2"), QStringLiteral("New 3"),
                                 QStringLiteral("New 4"), QStringLiteral("Seed 0002"),
                                 QStringLiteral("Seed 0003"), QStringLiteral("Seed 0004"),
                                 QStringLiteral("Seed 0005"), QStringLiteral("Updated")}));
}

void TestOdataConnector::faultsBeyondRetriesAreReported()
{
    auto c = make({{QStringLiteral("retries"), 2}});
    c->open();
    QString error;
    QVERIFY(server.addFault(
        {{QStringLiteral("kind"), QStringLiteral("500")}, {QStringLiteral("count"), 10}}, &error));
    try {
        c->modifiedSince(accounts(), {}, {}, 10);
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("answered 500 3 times")),
                 qPrintable(e.message()));
        QVERIFY2(e.detail().startsWith(QLatin1String("HTTP 500")), qPrintable(e.detail()));
    }
    QVERIFY(server.clearFaults(&error));
    QVERIFY(server.addFault(
        {{QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), 10}},
        &error));
    try {
        c->modifiedSince(accounts(), {}, {}, 10);
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("malformed answer")), qPrintable(e.message()));
    }
}

// Dataverse applies its service protection limits to each request inside a
// $batch: parts answered 429 with Retry-After go again after that pause, in a
// $batch of their own; the rows written at the first attempt are not sent again.
void TestOdataConnector::throttledBatchPartsAreSentAgain()
{
    auto c = make();
    c->open();
    QString error;
    QVERIFY2(server.addFault({{QStringLiteral("kind"), QStringLiteral("429")},
                              {QStringLiteral("inBatch"), true},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("accounts")},
                              {QStringLiteral("skip"), 1},
                              {QStringLiteral("count"), 2},
                              {QStringLiteral("retryAfter"), 1}},
                             &error),
             qPrintable(error));
    QList<WriteOp> ops;
    for (int i = 0; i < 5; ++i)
        ops << insert(newId(), QStringLiteral("Throttled %1").arg(i), i);
    QElapsedTimer timer;
    timer.start();
    const QList<WriteResult> r = c->write(accounts(), ops);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.size(), 5);
    for (qsizetype i = 0; i < r.size(); ++i) {
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message + QLatin1Char(' ') + r.at(i).detail));
        QCOMPARE(r.at(i).key, ops.at(i).key);
        QVERIFY(r.at(i).stamp.isValid());
        QVERIFY(r.at(i).etag.startsWith(QLatin1String("W/\"")));
    }
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(QLatin1String("batchRequests")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("faultsServed")).toInt(), 2);
    // Retry-After: 1, waited once, as the pause that every request honours.
    QVERIFY2(c->throttledMilliseconds() >= 1000,
             qPrintable(QString::number(c->throttledMilliseconds())));
    QVERIFY2(elapsed >= 900, qPrintable(QString::number(elapsed)));
    // Every row once.
    const QList<Row> rows = scanAll(*c, 100);
    QCOMPARE(rows.size(), 5);
    QStringList sent;
    for (const WriteOp &op : ops)
        sent << op.key;
    QStringList keys = keysOf(rows);
    keys.sort();
    sent.sort();
    QCOMPARE(keys, sent);
}

// A part that stays throttled fails its row as throttled once the retries are
// spent; the other rows of its $batch are written.
void TestOdataConnector::batchPartThrottledPastRetries()
{
    auto c = make({{QStringLiteral("retries"), 2}});
    c->open();
    const QList<WriteResult> seed = insertMany(*c, 1, QStringLiteral("Seed"));
    QVERIFY(seed.first().ok);
    const QString target = seed.first().key;
    QString error;
    QVERIFY2(server.addFault({{QStringLiteral("kind"), QStringLiteral("429")},
                              {QStringLiteral("inBatch"), true},
                              {QStringLiteral("path"), target},
                              {QStringLiteral("count"), 10},
                              {QStringLiteral("retryAfter"), 0}},
                             &error),
             qPrintable(error));
    QList<WriteOp> ops;
    for (int i = 0; i < 2; ++i)
        ops << insert(newId(), QStringLiteral("Around %1").arg(i), i);
    ops << WriteOp{WriteOp::Kind::Update,
                   target,
                   {{QStringLiteral("name"), QStringLiteral("Never written")}},
                   seed.first().etag};
    for (int i = 2; i < 4; ++i)
        ops << insert(newId(), QStringLiteral("Around %1").arg(i), i);
    const QList<WriteResult> r = c->write(accounts(), ops);
    QCOMPARE(r.size(), 5);
    for (int i : {0, 1, 3, 4})
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message + QLatin1Char(' ') + r.at(i).detail));
    const WriteResult &t = r.at(2);
    QVERIFY(!t.ok);
    QVERIFY(!t.stampChanged && !t.notFound);
    QCOMPARE(t.key, target);
    QVERIFY2(t.message.contains(QLatin1String("throttled")), qPrintable(t.message));
    QVERIFY2(t.detail.startsWith(QLatin1String("HTTP 429")), qPrintable(t.detail));
    QVERIFY2(t.detail.contains(QLatin1String("\"code\":\"0x80072322\"")), qPrintable(t.detail));
    QVERIFY2(t.detail.contains(QLatin1String("Number of requests exceeded the limit")),
             qPrintable(t.detail));
    QCOMPARE(classifyError(t.message, t.detail), ErrorCause::Throttled);
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(QLatin1String("batchRequests")).toInt(), 1 + 1 + 2); // seed, 1 + retries
    QCOMPARE(stats.value(QLatin1String("faultsServed")).toInt(), 1 + 2);
    QCOMPARE(scanAll(*c, 100).size(), 5);
    QCOMPARE(
        c->rowsByKeys(accounts(), {target}).first().values.value(QStringLiteral("name")).toString(),
        QStringLiteral("Seed 0000"));
}

void TestOdataConnector::laterBatchFailureKeepsEarlierResults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ErrorCause>("cause");
    QTest::addColumn<QString>("words");
    // batchSize 2, retries 1: the first two $batch requests pass, the third
    // fails at both of its attempts.
    const auto fault = [](const char *kind, int count) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("method"), QStringLiteral("POST")},
                           {QStringLiteral("path"), QStringLiteral("$batch")},
                           {QStringLiteral("skip"), 2},
                           {QStringLiteral("count"), count}};
    };
    QTest::newRow("500") << fault("500", 2) << ErrorCause::Connection
                         << QStringLiteral("answered 500 2 times");
    QTest::newRow("503") << fault("503", 2) << ErrorCause::Connection
                         << QStringLiteral("answered 503 2 times");
    // Qt resends once, silently, when a kept-alive connection closes: the first
    // attempt takes two drops, the second (on a new connection) one.
    QTest::newRow("drop") << fault("drop", 3) << ErrorCause::Connection
                          << QStringLiteral("Cannot reach");
}

// A later $batch request that fails as a whole costs the rows of the earlier
// ones nothing: their results stand, its rows fail with its error, and nothing
// is thrown.
void TestOdataConnector::laterBatchFailureKeepsEarlierResults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(ErrorCause, cause);
    QFETCH(QString, words);
    auto c = make({{QStringLiteral("batchSize"), 2}, {QStringLiteral("retries"), 1}});
    c->open();
    QString error;
    QVERIFY2(server.addFault(fault, &error), qPrintable(error));
    QList<WriteOp> ops;
    for (int i = 0; i < 6; ++i)
        ops << insert(newId(), QStringLiteral("Chunk %1").arg(i), i);
    QList<WriteResult> r;
    try {
        r = c->write(accounts(), ops);
    } catch (const Error &e) {
        QFAIL(qPrintable(QStringLiteral("write() threw: %1 %2").arg(e.message(), e.detail())));
    }
    QCOMPARE(r.size(), 6);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message + QLatin1Char(' ') + r.at(i).detail));
        QCOMPARE(r.at(i).key, ops.at(i).key);
        QVERIFY(r.at(i).stamp.isValid());
        QVERIFY(r.at(i).etag.startsWith(QLatin1String("W/\"")));
    }
    for (int i = 4; i < 6; ++i) {
        const WriteResult &f = r.at(i);
        QVERIFY(!f.ok);
        QVERIFY(!f.stampChanged && !f.notFound);
        QCOMPARE(f.key, ops.at(i).key);
        QVERIFY2(f.message.contains(words), qPrintable(f.message));
        QVERIFY2(!f.detail.isEmpty(), qPrintable(f.message));
        QCOMPARE(classifyError(f.message, f.detail), cause);
    }
    const int batches = server.stats().value(QLatin1String("batchRequests")).toInt();
    if (fault.value(QLatin1String("kind")).toString() == QLatin1String("drop"))
        QVERIFY2(batches >= 5, qPrintable(QString::number(batches))); // Qt's resends
    else
        QCOMPARE(batches, 4);
    const QList<Row> rows = scanAll(*c, 100);
    QStringList keys = keysOf(rows);
    keys.sort();
    QStringList written{ops.at(0).key, ops.at(1).key, ops.at(2).key, ops.at(3).key};
    written.sort();
    QCOMPARE(keys, written);

    // While nothing has been answered, a failed request is an Error, as before.
    QVERIFY(server.clearFaults(&error));
    QVERIFY2(server.addFault({{QStringLiteral("kind"), QStringLiteral("500")},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("count"), 2}},
                             &error),
             qPrintable(error));
    QVERIFY_THROWS_EXCEPTION(Error, c->write(accounts(), {insert(newId(), QStringLiteral("No"))}));
}

// A $batch request that timed out at every attempt, though the service carried
// it out (its answers came too late): the rows are found, so their results are
// ok, not failed (a failed insert would be sent again under a new key by the
// engine's next run).
void TestOdataConnector::timedOutBatchThatWasCarriedOut()
{
    auto c = make({{QStringLiteral("batchSize"), 2},
                   {QStringLiteral("retries"), 1},
                   {QStringLiteral("timeoutSeconds"), 1}});
    c->open();
    QString error;
    QVERIFY2(server.addFault({{QStringLiteral("kind"), QStringLiteral("late")},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("$batch")},
                              {QStringLiteral("skip"), 1},
                              {QStringLiteral("count"), 2},
                              {QStringLiteral("delayMs"), 1500}},
                             &error),
             qPrintable(error));
    QList<WriteOp> ops;
    for (int i = 0; i < 4; ++i)
        ops << insert(newId(), QStringLiteral("Late %1").arg(i), i);
    QList<WriteResult> r;
    try {
        r = c->write(accounts(), ops);
    } catch (const Error &e) {
        QFAIL(qPrintable(QStringLiteral("write() threw: %1 %2").arg(e.message(), e.detail())));
    }
    QCOMPARE(r.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message + QLatin1Char(' ') + r.at(i).detail));
        QCOMPARE(r.at(i).key, ops.at(i).key);
        QVERIFY(r.at(i).stamp.isValid());
        QVERIFY(r.at(i).etag.startsWith(QLatin1String("W/\"")));
    }
    const QJsonObject stats = server.stats();
    QCOMPARE(stats.value(QLatin1String("faultsServed")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("batchRequests")).toInt(), 3);
    QCOMPARE(scanAll(*c, 100).size(), 4);
}

void TestOdataConnector::basicAuthentication()
{
    QString error;
    QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("basic")}}, &error));
    auto good = make({{QStringLiteral("auth"), QStringLiteral("basic")}},
                     QStringLiteral("couplet-good"), QStringLiteral("good-secret"));
    const ConnectionTestResult ok = good->testConnection();
    QVERIFY2(ok.ok, qPrintable(ok.message + ok.detail));
    auto none = make();
    ConnectionTestResult t = none->testConnection();
    QVERIFY(!t.ok);
    QVERIFY2(t.message.contains(QLatin1String("refused the credentials")), qPrintable(t.message));
    auto expired = make({{QStringLiteral("auth"), QStringLiteral("basic")}},
                        QStringLiteral("couplet-expired"), QStringLiteral("expired-secret"));
    t = expired->testConnection();
    QVERIFY(!t.ok);
    QVERIFY2(t.detail.contains(QLatin1String("AADSTS50055")), qPrintable(t.detail));
    QCOMPARE(t.message, QStringLiteral("The integration user's password has expired or must be "
                                       "changed at next sign-in."));
    QVERIFY(!t.message.contains(QLatin1String("expired-secret")) &&
            !t.detail.contains(QLatin1String("expired-secret")));
}

void TestOdataConnector::oauthErrorsInPlainWords_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("message");
    QTest::newRow("expired")
        << "couplet-expired"
        << "expired-secret"
        << "The integration user's password has expired or must be changed at next sign-in.";
    QTest::newRow("disabled") << "couplet-disabled"
                              << "disabled-secret"
                              << "The integration user's account is disabled.";
    QTest::newRow("wrong secret")
        << "couplet-good"
        << "wrong-secret"
        << "The client secret is not valid for this application; check the "
           "secret or create a new one.";
    QTest::newRow("unknown client") << "couplet-nobody"
                                    << "x"
                                    << "The application (client id) is not known to the directory; "
                                       "check the client id and the tenant.";
}

void TestOdataConnector::oauthErrorsInPlainWords()
{
    QFETCH(QString, client);
    QFETCH(QString, secret);
    QFETCH(QString, message);
    QString error;
    QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("bearer")}}, &error));
    auto c = make(
        {{QStringLiteral("auth"), QStringLiteral("oauth2")}, {QStringLiteral("clientId"), client}},
        {}, secret);
    const ConnectionTestResult t = c->testConnection();
    QVERIFY(!t.ok);
    QCOMPARE(t.message, message);
    QVERIFY(!t.detail.contains(secret));
    QVERIFY(t.detail.contains(QLatin1String("AADSTS")));
    // The same from a read, and it is not retried.
    const int tokens = server.stats().value(QLatin1String("tokensIssued")).toInt();
    QVERIFY_THROWS_EXCEPTION(Error, c->modifiedSince(accounts(), {}, {}, 1));
    QCOMPARE(server.stats().value(QLatin1String("tokensIssued")).toInt(), tokens);
}

void TestOdataConnector::tokenIsRefreshed()
{
    QString error;
    QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("bearer")},
                              {QStringLiteral("tokenLifetimeSeconds"), 3}},
                             &error));
    auto c = make({{QStringLiteral("auth"), QStringLiteral("oauth2")},
                   {QStringLiteral("clientId"), QStringLiteral("couplet-good")}},
                  {}, QStringLiteral("good-secret"));
    const ConnectionTestResult t = c->testConnection();
    QVERIFY2(t.ok, qPrintable(t.message + t.detail));
    insertMany(*c, 3, QStringLiteral("Token"));
    QCOMPARE(server.stats().value(QLatin1String("tokensIssued")).toInt(), 1); // cached
    QThread::msleep(3500);
    QCOMPARE(c->modifiedSince(accounts(), {}, {}, 10).size(), 3);
    QCOMPARE(server.stats().value(QLatin1String("tokensIssued")).toInt(), 2);
    // A token the server forgot (a reset) is replaced once, on its 401.
    QVERIFY(server.setConfig({{QStringLiteral("tokenLifetimeSeconds"), 3600}}, &error));
    QVERIFY(c->modifiedSince(accounts(), {}, {}, 10).size() == 3);
}

// The engine over SQLite and this connector, made by createConnector(): inserts
// with client GUIDs, no echo, a change on each side. (The full rule-by-rule
// engine suite against CAP is a later round.)
void TestOdataConnector::engineSmoke()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(dir.filePath(QStringLiteral("erp.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE customer (no VARCHAR(20) PRIMARY KEY, name "
                                  "VARCHAR(100), city VARCHAR(30), modified_at TEXT NOT NULL)")));
        for (int i = 0; i < 15; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customer VALUES ('C%1', 'Customer %1', "
                                          "'City %1', '%2')")
                               .arg(i, 3, 10, QLatin1Char('0'))
                               .arg(now)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));

    Workspace ws;
    ws.path = dir.filePath(QStringLiteral("w.couplet.json"));
    ws.store.database = dir.filePath(QStringLiteral("w.state.sqlite"));
    ws.local.name = QStringLiteral("ERP");
    ws.local.database = dir.filePath(QStringLiteral("erp.sqlite"));
    ws.remote.name = QStringLiteral("CRM");
    ws.remote.kind = QStringLiteral("odata");
    ws.remote.options = {{QStringLiteral("url"), server.baseUrl().toString()},
                         {QStringLiteral("auth"), QStringLiteral("none")},
                         {QStringLiteral("pageSize"), 7},
                         {QStringLiteral("batchSize"), 4}};
    TableMapping m;
    m.name = QStringLiteral("CUSTOMER");
    m.local = {QStringLiteral("customer"),
               QStringLiteral("no"),
               QStringLiteral("modified_at"),
               QStringLiteral("Customer"),
               {}};
    m.remote = {QStringLiteral("accounts"),
                QStringLiteral("accountid"),
                QStringLiteral("modifiedon"),
                QStringLiteral("Account"),
                {}};
    FieldMapping name;
    name.local = QStringLiteral("name");
    name.remote = QStringLiteral("name");
    FieldMapping city;
    city.local = QStringLiteral("city");
    city.remote = QStringLiteral("address1_city");
    m.fields = {name, city};
    ws.mappings = {m};

    const Clock &clock = SystemClock::instance();
    StateStore store(ws.store);
    store.open();
    std::unique_ptr<Connector> local = createConnector(ws.local, dir.path(), {}, clock);
    std::unique_ptr<Connector> remote = createConnector(ws.remote, dir.path(), {}, clock);
    QVERIFY(dynamic_cast<OdataConnector *>(remote.get()));
    local->open();
    remote->open();
    const auto run = [&] {
        SyncEngine engine(ws, store, *local, *remote, clock);
        SyncOptions options;
        options.batchSize = 5;
        const QList<SyncJob> jobs = engine.run(options);
        QThread::msleep(5);
        return jobs;
    };
    const auto pass = [](const QList<SyncJob> &jobs, PassDirection d) {
        for (const SyncJob &j : jobs) {
            if (j.direction == d)
                return j;
        }
        return SyncJob{};
    };

    QList<SyncJob> jobs = run();
    SyncJob out = pass(jobs, PassDirection::LocalToRemote);
    QVERIFY2(out.message.isEmpty(), qPrintable(out.message));
    QCOMPARE(out.inserted, 15);
    QCOMPARE(out.failed, 0);
    QList<Row> accountsNow = remote->modifiedSince(accounts(), {}, {}, 100);
    QCOMPARE(accountsNow.size(), 15);
    QVERIFY(!QUuid::fromString(accountsNow.first().key).isNull());

    // Nothing changed: nothing to do, and our own inserts do not come back (echo).
    jobs = run();
    for (const SyncJob &j : jobs) {
        QVERIFY2(j.message.isEmpty(), qPrintable(j.message));
        QCOMPARE(j.inserted + j.modified + j.deleted + j.failed + j.skipped, 0);
    }

    // A change in the CRM reaches the ERP.
    const Row &target = accountsNow.at(3);
    const test::HttpResult patched = server.request(
        "PATCH", QStringLiteral("accounts(%1)").arg(target.key), "{\"name\":\"Renamed in CRM\"}",
        {{"If-Match", "*"}, {"Content-Type", "application/json"}});
    QCOMPARE(patched.status, 200);
    jobs = run();
    const SyncJob in = pass(jobs, PassDirection::RemoteToLocal);
    QVERIFY2(in.message.isEmpty(), qPrintable(in.message));
    QCOMPARE(in.modified, 1);
    const QList<Row> localRows = local->findRows(
        {QStringLiteral("customer"),
         QStringLiteral("no"),
         QStringLiteral("modified_at"),
         {QStringLiteral("no"), QStringLiteral("name"), QStringLiteral("modified_at")},
         {}},
        {{QStringLiteral("name"), QStringLiteral("Renamed in CRM")}}, 5);
    QCOMPARE(localRows.size(), 1);
}

void TestOdataConnector::revoke(const QStringList &privileges)
{
    QStringList kept = integrationPrivileges;
    for (const QString &p : privileges)
        kept.removeAll(p);
    QString error;
    QVERIFY2(server.setConfig(
                 {{QStringLiteral("privileges"), QJsonObject{{QStringLiteral("Couplet Integration"),
                                                              QJsonArray::fromStringList(kept)}}}},
                 &error),
             qPrintable(error));
}

// access(): WhoAmI's user, its name and roles; an administrator by the role
// "System Administrator".
void TestOdataConnector::accessOfTheIntegrationUser()
{
    auto good = make();
    good->open();
    AccessInfo a = good->access();
    QVERIFY(a.known);
    QCOMPARE(a.user, QStringLiteral("couplet-good@couplet.test"));
    QCOMPARE(a.roles,
             (QStringList{QStringLiteral("Basic User"), QStringLiteral("Couplet Integration")}));
    QVERIFY(!a.administrator);
    QVERIFY(a.administratorBecause.isEmpty());

    // couplet-admin, signed in with basic authentication.
    QString error;
    QVERIFY2(server.setConfig({{QStringLiteral("auth"), QStringLiteral("basic")}}, &error),
             qPrintable(error));
    auto admin = make({{QStringLiteral("auth"), QStringLiteral("basic")}},
                      QStringLiteral("couplet-admin"), QStringLiteral("admin-secret"));
    admin->open();
    a = admin->access();
    QVERIFY(a.known);
    QCOMPARE(a.user, QStringLiteral("couplet-admin@couplet.test"));
    QCOMPARE(a.roles, QStringList{QStringLiteral("System Administrator")});
    QVERIFY(a.administrator);
    QCOMPARE(a.administratorBecause, QStringLiteral("System Administrator"));

    // couplet-good made an administrator by the server's userRoles switch.
    QVERIFY2(server.setConfig({{QStringLiteral("auth"), QStringLiteral("none")},
                               {QStringLiteral("userRoles"),
                                QJsonObject{{QStringLiteral("couplet-good"),
                                             QJsonArray{QStringLiteral("Basic User"),
                                                        QStringLiteral("System Administrator")}}}}},
                              &error),
             qPrintable(error));
    a = good->access();
    QCOMPARE(a.roles,
             (QStringList{QStringLiteral("Basic User"), QStringLiteral("System Administrator")}));
    QVERIFY(a.administrator);
    QCOMPARE(a.administratorBecause, QStringLiteral("System Administrator"));

    // The generic profile has no users to tell of.
    auto generic = make({{QStringLiteral("profile"), QStringLiteral("generic")},
                         {QStringLiteral("serviceRoot"), server.serviceRoot().toString()}});
    generic->open();
    QVERIFY(!generic->access().known);
}

// administratorRoles decides which roles make an administrator, without case.
void TestOdataConnector::administratorRolesOption()
{
    auto integration = make(
        {{QStringLiteral("administratorRoles"),
          QVariantList{QStringLiteral("Sales Manager"), QStringLiteral("couplet INTEGRATION")}}});
    integration->open();
    AccessInfo a = integration->access();
    QVERIFY(a.administrator);
    QCOMPARE(a.administratorBecause, QStringLiteral("Couplet Integration"));

    auto none = make({{QStringLiteral("administratorRoles"), QVariantList{}}});
    none->open();
    a = none->access();
    QVERIFY(!a.administrator);
    QCOMPARE(a.roles.size(), 2);

    // A wrong type names the option, and the connector does not open.
    auto wrong =
        make({{QStringLiteral("administratorRoles"), QStringLiteral("System Administrator")}});
    try {
        wrong->open();
        QFAIL("open() should throw");
    } catch (const Error &e) {
        QVERIFY2(e.detail().contains(QLatin1String("options.administratorRoles: expected an "
                                                   "array of names")),
                 qPrintable(e.detail()));
    }
}

// A failed request throws Error with a message and the technical detail.
void TestOdataConnector::accessFailureIsAnError()
{
    auto c = make();
    c->open();
    QString error;
    QVERIFY2(
        server.addFault({{QStringLiteral("kind"), QStringLiteral("malformed")},
                         {QStringLiteral("count"), 20},
                         {QStringLiteral("path"), QStringLiteral("systemuserroles_association")}},
                        &error),
        qPrintable(error));
    try {
        c->access();
        QFAIL("access() should throw");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("malformed answer for the security roles")),
                 qPrintable(e.message()));
        QVERIFY2(e.detail().contains(QLatin1String("does not parse")), qPrintable(e.detail()));
    }
    QVERIFY(server.clearFaults());

    QVERIFY2(server.addFault({{QStringLiteral("kind"), QStringLiteral("500")},
                              {QStringLiteral("count"), 20},
                              {QStringLiteral("path"), QStringLiteral("RetrieveUserPrivileges")}},
                             &error),
             qPrintable(error));
    try {
        c->tableAccess(QStringLiteral("accounts"));
        QFAIL("tableAccess() should throw");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("500")), qPrintable(e.message()));
        QVERIFY2(!e.detail().isEmpty(), qPrintable(e.message()));
    }
    QVERIFY(server.clearFaults());
    QVERIFY(c->tableAccess(QStringLiteral("accounts")).known); // a failure is not cached
}

// tableAccess(): prvRead/Create/Write/Delete<logical name> from RetrieveUserPrivileges.
void TestOdataConnector::tableAccessFromPrivileges()
{
    auto c = make();
    c->open();
    TableAccess t = c->tableAccess(QStringLiteral("accounts"));
    QVERIFY(t.known);
    QVERIFY(t.read && t.create && t.write && t.remove);
    QCOMPARE(t.detail, QStringLiteral("prvReadAccount, prvCreateAccount, prvWriteAccount, "
                                      "prvDeleteAccount"));

    // couplet-good may not delete currencies.
    t = c->tableAccess(QStringLiteral("transactioncurrencies"));
    QVERIFY(t.known);
    QVERIFY(t.read && t.create && t.write);
    QVERIFY(!t.remove);
    QVERIFY2(t.detail.contains(QLatin1String("prvDeleteTransactionCurrency")),
             qPrintable(t.detail));
    QVERIFY2(t.detail.contains(QLatin1String("prvReadTransactionCurrency")), qPrintable(t.detail));

    // Basic User's privileges are on other tables.
    t = c->tableAccess(QStringLiteral("roles"));
    QVERIFY(t.known);
    QVERIFY(t.read);
    QVERIFY(!t.create && !t.write && !t.remove);

    // An entity set $metadata does not know, and the generic profile: unknown.
    t = c->tableAccess(QStringLiteral("nosuchset"));
    QVERIFY(!t.known);
    QVERIFY2(t.detail.contains(QLatin1String("nosuchset")), qPrintable(t.detail));
    auto generic = make({{QStringLiteral("profile"), QStringLiteral("generic")},
                         {QStringLiteral("serviceRoot"), server.serviceRoot().toString()}});
    generic->open();
    QVERIFY(!generic->tableAccess(QStringLiteral("accounts")).known);

    // couplet-admin may do everything.
    QString error;
    QVERIFY2(server.setConfig({{QStringLiteral("auth"), QStringLiteral("basic")}}, &error),
             qPrintable(error));
    auto admin = make({{QStringLiteral("auth"), QStringLiteral("basic")}},
                      QStringLiteral("couplet-admin"), QStringLiteral("admin-secret"));
    admin->open();
    t = admin->tableAccess(QStringLiteral("transactioncurrencies"));
    QVERIFY(t.read && t.create && t.write && t.remove);
}

// The privileges are read once per connection: a revoke shows after close().
void TestOdataConnector::tableAccessAfterRevoking()
{
    auto c = make();
    c->open();
    QVERIFY(c->tableAccess(QStringLiteral("accounts")).create);
    revoke({QStringLiteral("prvCreateAccount"), QStringLiteral("prvDeleteAccount")});

    const int before = server.stats().value(QLatin1String("requests")).toInt();
    TableAccess t = c->tableAccess(QStringLiteral("accounts"));
    QVERIFY(t.create && t.remove); // cached
    QCOMPARE(server.stats().value(QLatin1String("requests")).toInt(), before);

    c->close();
    c->open();
    t = c->tableAccess(QStringLiteral("accounts"));
    QVERIFY(t.known);
    QVERIFY(t.read && t.write);
    QVERIFY(!t.create && !t.remove);
    QCOMPARE(t.detail, QStringLiteral("The integration user lacks prvCreateAccount, "
                                      "prvDeleteAccount; it has prvReadAccount, prvWriteAccount."));
    t = c->tableAccess(QStringLiteral("contacts"));
    QVERIFY(t.read && t.create && t.write && t.remove);

    // A fresh connector sees it at once.
    auto fresh = make();
    fresh->open();
    QVERIFY(!fresh->tableAccess(QStringLiteral("accounts")).create);
}

// A write the server refuses with 403 (a missing privilege) fails its row with
// words that classifyError() takes for a permission problem.
void TestOdataConnector::writeRefusedForAMissingPrivilege()
{
    revoke({QStringLiteral("prvCreateAccount")});
    auto c = make();
    c->open();
    const QString id = newId();
    const QList<WriteResult> r = c->write(accounts(), {insert(id, QStringLiteral("Refused"))});
    QCOMPARE(r.size(), 1);
    QVERIFY(!r.first().ok);
    QVERIFY(!r.first().notFound && !r.first().stampChanged);
    QVERIFY2(r.first().detail.contains(QLatin1String("HTTP 403")), qPrintable(r.first().detail));
    QVERIFY2(r.first().detail.contains(QLatin1String("0x80040220")), qPrintable(r.first().detail));
    QVERIFY2(r.first().message.contains(QLatin1String("is missing prvCreateAccount privilege")),
             qPrintable(r.first().message));
    QCOMPARE(classifyError(r.first().message, r.first().detail), ErrorCause::Permission);
    QVERIFY(c->existingKeys(accounts(), {id}).isEmpty());
}

QTEST_GUILESS_MAIN(TestOdataConnector)
#include "tst_odataconnector.moc"
