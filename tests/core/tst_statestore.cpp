// Tests of the state store: every test runs on SQLite and on PostgreSQL, each
// on a database of its own.
#include "error.h"
#include "store/records.h"
#include "store/statestore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>

using namespace couplet;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

// Noon UTC on 2024-01-01 plus `days`, with milliseconds so that precision shows.
QDateTime day(int days, int hour = 12, int ms = 0)
{
    return QDateTime(QDate(2024, 1, 1).addDays(days), QTime(hour, 0, 0, ms), Qt::UTC);
}

Coupling makeCoupling(const QString &mapping, const QString &localKey, const QString &remoteKey)
{
    Coupling c;
    c.mapping = mapping;
    c.localKey = localKey;
    c.remoteKey = remoteKey;
    return c;
}

QList<qint64> idsOf(const QList<Coupling> &couplings)
{
    QList<qint64> ids;
    for (const Coupling &c : couplings)
        ids.append(c.id);
    return ids;
}

QList<qint64> idsOf(const QList<SyncError> &errors)
{
    QList<qint64> ids;
    for (const SyncError &e : errors)
        ids.append(e.id);
    return ids;
}

QList<qint64> idsOf(const QList<SyncJob> &jobs)
{
    QList<qint64> ids;
    for (const SyncJob &j : jobs)
        ids.append(j.id);
    return ids;
}

// A value read back from JSON keeps its meaning: numbers by value, booleans as
// booleans, null as null.
bool sameStoredValue(const QVariant &actual, const QVariant &expected)
{
    if (expected.isNull())
        return actual.isNull();
    if (expected.typeId() == QMetaType::Bool)
        return actual.typeId() == QMetaType::Bool && actual.toBool() == expected.toBool();
    if (expected.typeId() == QMetaType::Int || expected.typeId() == QMetaType::Double) {
        bool ok = false;
        const double d = actual.toDouble(&ok);
        return ok && actual.typeId() != QMetaType::QString && d == expected.toDouble();
    }
    return actual.typeId() == QMetaType::QString && actual.toString() == expected.toString();
}

QString mapDifference(const char *name, const QVariantMap &actual, const QVariantMap &expected)
{
    if (actual.keys() != expected.keys())
        return str("%1 keys: %2").arg(str(name), actual.keys().join(QLatin1Char(',')));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!sameStoredValue(actual.value(it.key()), it.value()))
            return str("%1[%2] = %3").arg(str(name), it.key(), actual.value(it.key()).toString());
    }
    return {};
}

// The first field that differs, empty when the couplings are the same.
QString couplingDifference(const Coupling &a, const Coupling &b)
{
    const std::array<std::pair<const char *, bool>, 17> same{{
        {"id", a.id == b.id},
        {"mapping", a.mapping == b.mapping},
        {"localKey", a.localKey == b.localKey},
        {"remoteKey", a.remoteKey == b.remoteKey},
        {"localStamp", a.localStamp == b.localStamp},
        {"remoteStamp", a.remoteStamp == b.remoteStamp},
        {"remoteEtag", a.remoteEtag == b.remoteEtag},
        {"lastToRemote", a.lastToRemote == b.lastToRemote},
        {"lastFromRemote", a.lastFromRemote == b.lastFromRemote},
        {"lastSyncedAt", a.lastSyncedAt == b.lastSyncedAt},
        {"skipped", a.skipped == b.skipped},
        {"skipReason", a.skipReason == b.skipReason},
        {"localDeleted", a.localDeleted == b.localDeleted},
        {"remoteDeleted", a.remoteDeleted == b.remoteDeleted},
        {"lastError", a.lastError == b.lastError},
        {"failedSince", a.failedSince == b.failedSince},
        {"validity of stamps", a.localStamp.isValid() == b.localStamp.isValid() &&
                                   a.remoteStamp.isValid() == b.remoteStamp.isValid() &&
                                   a.lastSyncedAt.isValid() == b.lastSyncedAt.isValid() &&
                                   a.failedSince.isValid() == b.failedSince.isValid()},
    }};
    for (const auto &[name, equal] : same) {
        if (!equal)
            return str(name);
    }
    const QString local = mapDifference("localValues", a.localValues, b.localValues);
    return local.isEmpty() ? mapDifference("remoteValues", a.remoteValues, b.remoteValues) : local;
}

QString errorDifference(const SyncError &a, const SyncError &b)
{
    if (a.id != b.id || a.at != b.at || a.mapping != b.mapping || a.jobId != b.jobId)
        return str("id, at, mapping or job");
    if (a.message != b.message || a.detail != b.detail)
        return str("message or detail");
    if (!(a.source == b.source) || !(a.destination == b.destination))
        return str("source or destination: %1 %2")
            .arg(a.source.toString(), a.destination.toString());
    if (a.cause != b.cause)
        return str("cause: %1").arg(a.cause);
    return {};
}

QString jobDifference(const SyncJob &a, const SyncJob &b)
{
    if (a.id != b.id || a.mapping != b.mapping || a.direction != b.direction ||
        a.trigger != b.trigger || a.status != b.status)
        return str("id, mapping, direction, trigger or status");
    if (a.started != b.started || a.finished != b.finished ||
        a.finished.isValid() != b.finished.isValid())
        return str("started or finished");
    if (a.inserted != b.inserted || a.modified != b.modified || a.deleted != b.deleted ||
        a.unchanged != b.unchanged || a.skipped != b.skipped || a.failed != b.failed ||
        a.coupled != b.coupled || a.uncoupled != b.uncoupled)
        return str("counts");
    return a.message == b.message ? QString() : str("message");
}

// Collects the messages of couplet.store, debug included, while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        QMutexLocker lock(&s_mutex);
        s_messages.clear();
        QLoggingCategory::setFilterRules(str("couplet.store.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }
    // The SQL of every statement the store prepared.
    static QStringList preparedSql()
    {
        QStringList sql;
        const QString prefix = str("prepare ");
        for (const QString &m : messages()) {
            if (m.startsWith(prefix))
                sql.append(m.mid(prefix.size()));
        }
        return sql;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        s_messages.append(message);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();

    void freshStoreIsAtLatestVersion();
    void reopenKeepsDataAndDoesNotRerunMigrations();
    void migratesFromVersionOne();
    void refusesNewerSchema();
    void openFailureNamesTheStore();
    void secretIsNeverLogged();
    void closedStoreThrowsAndFreesItsConnection();

    void marksPerMappingAndDirection();
    void couplingRoundTrip();
    void storedValuesReadAsQtReadsThem();
    void couplingUpdateKeepsIdAndHalfCouplingsHaveNullKeys();
    void couplingByKeyOnEachSide();
    void duplicateKeysAreRejected();
    void couplingsByKeysInBatches();
    void failedCouplingsPerDirection();
    void couplingQueriesAllKinds();
    void couplingQuerySearchAndPaging();
    void couplingsOfMappingInPages();
    void deleteCouplings();

    void jobsRoundTripAndOrder();
    void deleteJobs();
    void errorsRoundTrip();
    void errorQueryFilters();
    void errorQueryOrderAndPaging();
    void couplingSortOrders();
    void errorSortOrders();
    void jobSortOrders();
    void errorKeysetPagingMatchesOffsetPaging();
    void errorCausesStoredFilteredAndCounted();
    void migrationClassifiesLoggedErrors();
    void errorSearchUsesItsIndexAndFollowsDeletes();
    void migrationIndexesLoggedErrorsForSearch();
    void deleteErrorsOlderThan();
    void deleteErrorsByIdAndAll();
    void mappingCounts();
    void journalAddListRemove();

    void nestedTransactions();
    void failureInsideTransactionRollsBackTheWhole();
    void lookupsUseIndexes();

    void wrongThreadThrows();
    void twoStoresInTwoThreads();

private:
    std::unique_ptr<StateStore> openStore(const QString &secret = {});
    QVariantList rawColumn(const QString &sql);
    void rawExec(const QString &sql);
    bool isSqlite() const { return m_backend == QLatin1String("sqlite"); }

    QTemporaryDir m_dir;
    QString m_backend;
    StoreConfig m_config;
};

void TestStateStore::initTestCase_data()
{
    test::addBackendRows();
}

void TestStateStore::init()
{
    QFETCH_GLOBAL(QString, backend);
    QVERIFY(m_dir.isValid());
    m_backend = backend;
    m_config = test::freshDatabase(backend, m_dir.path(), str(QTest::currentTestFunction()));
}

std::unique_ptr<StateStore> TestStateStore::openStore(const QString &secret)
{
    auto store = std::make_unique<StateStore>(m_config, secret);
    store->open();
    return store;
}

QVariantList TestStateStore::rawColumn(const QString &sql)
{
    const QString name = str("raw-inspect");
    QVariantList values;
    {
        QSqlDatabase db = test::openRaw(m_config, name);
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw Error(str("SQL failed: %1").arg(sql), q.lastError().text());
        while (q.next())
            values.append(q.value(0));
    }
    test::closeRaw(name);
    return values;
}

void TestStateStore::rawExec(const QString &sql)
{
    const QString name = str("raw-exec");
    {
        QSqlDatabase db = test::openRaw(m_config, name);
        test::exec(db, sql);
    }
    test::closeRaw(name);
}

// --- schema and connection ----------------------------------------------------

void TestStateStore::freshStoreIsAtLatestVersion()
{
    auto store = openStore();
    QVERIFY(store->isOpen());
    QVERIFY(StateStore::latestSchemaVersion() >= 2);
    QCOMPARE(store->schemaVersion(), StateStore::latestSchemaVersion());
    QCOMPARE(store->driverName(), isSqlite() ? str("QSQLITE") : str("QPSQL"));

    const QVariantList versions =
        rawColumn(str("SELECT version FROM schema_migrations ORDER BY version"));
    QCOMPARE(versions.size(), StateStore::latestSchemaVersion());
    for (int i = 0; i < versions.size(); ++i)
        QCOMPARE(versions.at(i).toInt(), i + 1);

    const QString indexSql =
        isSqlite() ? str("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
                   : str("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
                         " ORDER BY indexname");
    QStringList indexes;
    for (const QVariant &v : rawColumn(indexSql))
        indexes.append(v.toString());
    for (const char *name :
         {"couplings_local_key", "couplings_remote_key", "couplings_mapping", "couplings_skipped",
          "couplings_coupled_errors", "couplings_failed_to_remote", "couplings_failed_from_remote",
          "jobs_started", "jobs_mapping_started", "errors_at", "errors_mapping_at", "errors_job",
          "errors_cause_at", "errors_mapping_cause_at", "journal_mapping"}) {
        QVERIFY2(indexes.contains(str(name)), name);
    }
    if (isSqlite())
        QCOMPARE(rawColumn(str("PRAGMA journal_mode")).value(0).toString(), str("wal"));
}

void TestStateStore::reopenKeepsDataAndDoesNotRerunMigrations()
{
    Coupling c = makeCoupling(str("CUSTOMER"), str("C1"), str("R1"));
    {
        auto store = openStore();
        store->setMark(str("CUSTOMER"), PassDirection::LocalToRemote, day(3));
        store->saveCoupling(c);
        store->close();
        QVERIFY(!store->isOpen());
    }
    const QVariantList appliedBefore =
        rawColumn(str("SELECT applied_at FROM schema_migrations ORDER BY version"));
    QCOMPARE(appliedBefore.size(), StateStore::latestSchemaVersion());

    auto store = openStore();
    QCOMPARE(store->schemaVersion(), StateStore::latestSchemaVersion());
    QCOMPARE(store->mark(str("CUSTOMER"), PassDirection::LocalToRemote), day(3));
    const std::optional<Coupling> read = store->coupling(c.id);
    QVERIFY(read);
    QCOMPARE(read->localKey, str("C1"));
    // A step that ran again would add a row (or fail on CREATE TABLE).
    QCOMPARE(rawColumn(str("SELECT applied_at FROM schema_migrations ORDER BY version")),
             appliedBefore);

    // Opening an open store changes nothing.
    store->open();
    QVERIFY(store->coupling(c.id));
}

void TestStateStore::migratesFromVersionOne()
{
    Coupling c = makeCoupling(str("CUSTOMER"), str("C1"), str("R1"));
    c.localValues = {{str("name"), str("Alpha")}};
    {
        StateStore store(m_config);
        store.open(1);
        QCOMPARE(store.schemaVersion(), 1);
        store.saveCoupling(c);
        store.setMark(str("CUSTOMER"), PassDirection::RemoteToLocal, day(2));
        // Version 1 has no log yet.
        SyncError e;
        e.at = day(1);
        e.message = str("x");
        QVERIFY_THROWS_EXCEPTION(Error, store.addError(e));
    }
    QCOMPARE(rawColumn(str("SELECT version FROM schema_migrations")), QVariantList{1});

    auto store = openStore();
    QCOMPARE(store->schemaVersion(), StateStore::latestSchemaVersion());
    const std::optional<Coupling> read = store->coupling(c.id);
    QVERIFY(read);
    QCOMPARE(couplingDifference(*read, c), QString());
    QCOMPARE(store->mark(str("CUSTOMER"), PassDirection::RemoteToLocal), day(2));
    SyncError e;
    e.at = day(1);
    e.mapping = str("CUSTOMER");
    e.message = str("logged after the upgrade");
    QVERIFY(store->addError(e) > 0);
    QCOMPARE(store->countErrors({}), 1);
    QCOMPARE(rawColumn(str("SELECT COUNT(*) FROM schema_migrations")).value(0).toInt(),
             StateStore::latestSchemaVersion());
}

void TestStateStore::refusesNewerSchema()
{
    openStore().reset();
    rawExec(str("INSERT INTO schema_migrations (version, description, applied_at)"
                " VALUES (%1, 'from the future', 0)")
                .arg(StateStore::latestSchemaVersion() + 1));
    StateStore store(m_config);
    try {
        store.open();
        QFAIL("a store made by a newer version opened");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(str("newer")), qPrintable(e.message()));
    }
    QVERIFY(!store.isOpen());
}

void TestStateStore::openFailureNamesTheStore()
{
    StoreConfig bad = m_config;
    bad.database = isSqlite() ? m_dir.filePath(str("no/such/folder/state.sqlite"))
                              : str("no_such_database_here");
    StateStore store(bad);
    try {
        store.open();
        QFAIL("opening a missing database succeeded");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(bad.database), qPrintable(e.message()));
        QVERIFY(!e.detail().isEmpty());
    }
    QVERIFY(!store.isOpen());
    QVERIFY_THROWS_EXCEPTION(Error, store.mark(str("X"), PassDirection::LocalToRemote));

    StoreConfig other = m_config;
    other.driver = str("QMYSQL");
    QVERIFY_THROWS_EXCEPTION(Error, StateStore(other).open());
}

void TestStateStore::secretIsNeverLogged()
{
    const QString secret = str("Pa55-never-in-a-log-9731");
    LogCapture capture;
    {
        auto store = openStore(secret);
        store->saveCoupling(
            *std::make_unique<Coupling>(makeCoupling(str("M"), str("a"), str("b"))));
        store->close();
    }
    StoreConfig bad = m_config;
    bad.database = isSqlite() ? m_dir.filePath(str("missing/state.sqlite")) : str("missing_db");
    try {
        StateStore(bad, secret).open();
        QFAIL("opening a missing database succeeded");
    } catch (const Error &e) {
        QVERIFY(!e.message().contains(secret));
        QVERIFY(!e.detail().contains(secret));
    }
    const QStringList messages = LogCapture::messages();
    QVERIFY2(!messages.isEmpty(), "the store logged nothing at debug level");
    for (const QString &m : messages)
        QVERIFY2(!m.contains(secret), qPrintable(m));
}

void TestStateStore::closedStoreThrowsAndFreesItsConnection()
{
    const auto storeConnections = [] {
        return QSqlDatabase::connectionNames().filter(str("couplet-store-")).size();
    };
    const int before = storeConnections();
    StateStore never(m_config);
    QVERIFY(!never.isOpen());
    QVERIFY_THROWS_EXCEPTION(Error, never.couplings({}));
    QVERIFY_THROWS_EXCEPTION(Error, never.begin());
    {
        auto store = openStore();
        QCOMPARE(storeConnections(), before + 1);
        store->close();
        QCOMPARE(storeConnections(), before);
        QVERIFY_THROWS_EXCEPTION(Error, store->countCouplings({}));
        store->open();
        QCOMPARE(storeConnections(), before + 1);
    }
    QCOMPARE(storeConnections(), before); // the destructor closed it
}

// --- marks and couplings ------------------------------------------------------

void TestStateStore::marksPerMappingAndDirection()
{
    auto store = openStore();
    const QString a = str("CUSTOMER"), b = str("ITEM");
    QVERIFY(!store->mark(a, PassDirection::LocalToRemote).isValid());

    store->setMark(a, PassDirection::LocalToRemote, day(1, 10, 123));
    store->setMark(a, PassDirection::RemoteToLocal, day(2, 11, 456));
    // A stamp with an offset is kept as the same instant.
    const QDateTime withOffset(QDate(2024, 5, 1), QTime(14, 0, 0, 7), Qt::OffsetFromUTC, 7200);
    store->setMark(b, PassDirection::LocalToRemote, withOffset);

    QCOMPARE(store->mark(a, PassDirection::LocalToRemote), day(1, 10, 123));
    QCOMPARE(store->mark(a, PassDirection::RemoteToLocal), day(2, 11, 456));
    QCOMPARE(store->mark(b, PassDirection::LocalToRemote), withOffset);
    QCOMPARE(store->mark(b, PassDirection::LocalToRemote).toMSecsSinceEpoch(),
             withOffset.toMSecsSinceEpoch());
    QVERIFY(!store->mark(b, PassDirection::RemoteToLocal).isValid());

    store->setMark(a, PassDirection::LocalToRemote, day(5));
    QCOMPARE(store->mark(a, PassDirection::LocalToRemote), day(5));
    store->setMark(a, PassDirection::RemoteToLocal, QDateTime());
    QVERIFY(!store->mark(a, PassDirection::RemoteToLocal).isValid());
    QCOMPARE(store->mark(a, PassDirection::LocalToRemote), day(5));

    store->clearMarks(a);
    QVERIFY(!store->mark(a, PassDirection::LocalToRemote).isValid());
    QCOMPARE(store->mark(b, PassDirection::LocalToRemote), withOffset);
}

void TestStateStore::couplingRoundTrip()
{
    auto store = openStore();
    Coupling full = makeCoupling(str("CUSTOMER"), str("C-0001 'quoted' \"x\""), str("ÅÄÖ-ü-😀"));
    full.localStamp = day(1, 9, 1);
    full.remoteStamp = day(2, 9, 999);
    full.remoteEtag = str("W/\"123456\"");
    full.localValues = {{str("name"), str("Zürich \"AG\"; DROP TABLE x")},
                        {str("count"), 42},
                        {str("price"), 12.75},
                        {str("nothing"), QVariant()},
                        {str("active"), true},
                        {str("blocked"), false},
                        {str("empty"), str("")},
                        {str("lines"), str("first\nsecond\ttab \\ back")}};
    full.remoteValues = {{str("accountnumber"), str("C-0001")}, {str("revenue"), -0.5}};
    full.lastToRemote = SyncResult::Failure;
    full.lastFromRemote = SyncResult::Success;
    full.lastSyncedAt = day(3, 8, 250);
    full.skipped = true;
    full.skipReason = SkipReason::RepeatedError;
    full.localDeleted = true;
    full.remoteDeleted = false;
    full.lastError = str("The currency code EUR has no exchange rate");
    full.failedSince = day(2, 7, 5);

    Coupling bare = makeCoupling(str("CUSTOMER"), str("C-0002"), str("R-0002"));
    bare.remoteDeleted = true;
    bare.skipReason = SkipReason::DeletionConflict;

    QList<Coupling> both{full, bare};
    store->saveCouplings(both);
    QVERIFY(both[0].id > 0);
    QVERIFY(both[1].id > both[0].id);
    full.id = both[0].id;
    bare.id = both[1].id;

    for (const Coupling &expected : {full, bare}) {
        const std::optional<Coupling> read = store->coupling(expected.id);
        QVERIFY(read);
        QCOMPARE(couplingDifference(*read, expected), QString());
    }
    const std::optional<Coupling> read = store->coupling(bare.id);
    QVERIFY(!read->localStamp.isValid());
    QVERIFY(!read->failedSince.isValid());
    QVERIFY(read->localValues.isEmpty());
    QVERIFY(!store->coupling(bare.id + 1000));
}

// The stored values are parsed without QJsonDocument when they are plain: each
// value must come back with the type and value Qt's parser gives, and anything
// the fast path does not read exactly is left to Qt.
void TestStateStore::storedValuesReadAsQtReadsThem()
{
    struct Case
    {
        const char *json;
        bool fast; // read without QJsonDocument
    };
    const Case cases[] = {
        {R"({})", true},
        {R"({"name":"Contoso","count":42,"price":12.75,"none":null,"on":true,"off":false})", true},
        {R"({"a":0,"b":-7,"c":-0.5,"d":123456789012345678,"e":"","f":0.1})", true},
        {R"({"big":1234567890123456789})", false},     // 19 digits: Qt's rules
        {R"({"huge":99999999999999999999})", false},   // beyond qint64
        {R"({"neg":-0})", false},                      // negative zero
        {R"({"exp":1e3,"x":1})", false},               // exponent
        {R"({"s":"Z\u00fcrich \"AG\""})", false},      // escapes
        {"{\"s\":\"Z\xc3\xbcrich\"}", false},          // UTF-8
        {"{\"s\":\"\xff\"}", false},                   // not UTF-8: Qt refuses it
        {R"({"dup":1,"dup":2})", false},               // a key twice
        {R"({"nested":{"a":1},"list":[1,2]})", false}, // not flat
        {R"({ "spaced" : 1 })", false},
        {R"({"a":01})", false},
        {R"({"a":1.})", false},
        {R"({"a":.5})", false},
        {R"({"a":tru})", false},
        {R"({"a":1,})", false},
        {R"({"a":1}x)", false},
        {R"({"a":"open)", false},
        {R"([1,2])", false},
        {"", false},
    };
    for (const Case &c : cases) {
        const QByteArray json(c.json);
        const QVariantMap qt = QJsonDocument::fromJson(json).object().toVariantMap();
        const QVariantMap ours = store::mapFromJson(json);
        QVERIFY2(ours.keys() == qt.keys(), c.json);
        for (auto it = qt.cbegin(); it != qt.cend(); ++it) {
            const QVariant &mine = ours.value(it.key());
            QVERIFY2(mine.typeId() == it.value().typeId(),
                     qPrintable(str("%1: %2 is %3, Qt reads %4")
                                    .arg(QString::fromUtf8(c.json), it.key(),
                                         QString::fromLatin1(mine.typeName()),
                                         QString::fromLatin1(it.value().typeName()))));
            QVERIFY2(mine == it.value(), c.json);
        }
        QCOMPARE(store::parseFlatJson(json).has_value(), c.fast);
    }
}

void TestStateStore::couplingUpdateKeepsIdAndHalfCouplingsHaveNullKeys()
{
    auto store = openStore();
    Coupling half = makeCoupling(str("CUSTOMER"), str("C1"), QString());
    Coupling otherHalf = makeCoupling(str("CUSTOMER"), str("C2"), QString());
    Coupling remoteOnly = makeCoupling(str("CUSTOMER"), QString(), str("R9"));
    QList<Coupling> list{half, otherHalf, remoteOnly};
    store->saveCouplings(list);
    half = list[0];
    QCOMPARE(
        rawColumn(str("SELECT COUNT(*) FROM couplings WHERE remote_key IS NULL")).value(0).toInt(),
        2);
    QCOMPARE(
        rawColumn(str("SELECT COUNT(*) FROM couplings WHERE local_key IS NULL")).value(0).toInt(),
        1);
    QCOMPARE(
        rawColumn(str("SELECT COUNT(*) FROM couplings WHERE remote_key = ''")).value(0).toInt(), 0);

    const qint64 id = half.id;
    half.remoteKey = str("R1");
    half.remoteStamp = day(4);
    half.lastToRemote = SyncResult::Success;
    half.localValues = {{str("name"), str("after")}};
    store->saveCoupling(half);
    QCOMPARE(half.id, id);
    QCOMPARE(store->countCouplings({}), 3);
    const std::optional<Coupling> read = store->coupling(id);
    QVERIFY(read);
    QCOMPARE(couplingDifference(*read, half), QString());

    // Saving a coupling deleted meanwhile does not bring it back.
    QCOMPARE(store->deleteCouplings({id}), 1);
    half.lastError = str("late write");
    store->saveCoupling(half);
    QVERIFY(!store->coupling(id));
    QCOMPARE(store->countCouplings({}), 2);
}

void TestStateStore::couplingByKeyOnEachSide()
{
    auto store = openStore();
    QList<Coupling> list{makeCoupling(str("A"), str("K1"), str("R1")),
                         makeCoupling(str("B"), str("K1"), str("R7")),
                         makeCoupling(str("A"), str("K2"), QString())};
    store->saveCouplings(list);
    QCOMPARE(store->couplingByKey(str("A"), Side::Local, str("K1"))->id, list[0].id);
    QCOMPARE(store->couplingByKey(str("B"), Side::Local, str("K1"))->id, list[1].id);
    QCOMPARE(store->couplingByKey(str("A"), Side::Remote, str("R1"))->id, list[0].id);
    QCOMPARE(store->couplingByKey(str("B"), Side::Remote, str("R7"))->remoteKey, str("R7"));
    QVERIFY(!store->couplingByKey(str("A"), Side::Remote, str("R7")));
    QVERIFY(!store->couplingByKey(str("A"), Side::Local, str("k1"))); // keys are exact
    QVERIFY(!store->couplingByKey(str("A"), Side::Remote, QString()));
}

void TestStateStore::duplicateKeysAreRejected()
{
    auto store = openStore();
    Coupling first = makeCoupling(str("CUSTOMER"), str("L1"), str("R1"));
    store->saveCoupling(first);

    for (const Coupling &dup : {makeCoupling(str("CUSTOMER"), str("L1"), str("R2")),
                                makeCoupling(str("CUSTOMER"), str("L2"), str("R1"))}) {
        Coupling c = dup;
        try {
            store->saveCoupling(c);
            QFAIL("a duplicate key was saved");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(str("CUSTOMER")), qPrintable(e.message()));
            QVERIFY(!e.detail().isEmpty());
        }
        QCOMPARE(c.id, 0);
    }

    // A batch with one duplicate saves nothing and sets no id.
    QList<Coupling> batch{makeCoupling(str("CUSTOMER"), str("L3"), str("R3")),
                          makeCoupling(str("CUSTOMER"), str("L4"), str("R4")),
                          makeCoupling(str("CUSTOMER"), str("L4"), str("R5"))};
    QVERIFY_THROWS_EXCEPTION(Error, store->saveCouplings(batch));
    QCOMPARE(idsOf(batch), (QList<qint64>{0, 0, 0}));
    QVERIFY(!store->couplingByKey(str("CUSTOMER"), Side::Local, str("L3")));
    QCOMPARE(store->countCouplings({}), 1);

    // A large batch is saved in multi-row statements: a duplicate in one of them
    // still names the coupling at fault, and still saves nothing.
    QList<Coupling> large;
    for (int i = 0; i < 120; ++i)
        large.append(makeCoupling(str("CUSTOMER"), str("big-%1").arg(i), str("rbig-%1").arg(i)));
    large[77].remoteKey = str("R1");
    try {
        store->saveCouplings(large);
        QFAIL("a large batch with a duplicate key was saved");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(str("big-77")), qPrintable(e.message()));
    }
    QVERIFY(std::all_of(large.cbegin(), large.cend(), [](const Coupling &c) { return c.id == 0; }));
    QCOMPARE(store->countCouplings({}), 1);
    large[77].remoteKey = str("rbig-77");
    store->saveCouplings(large);
    QCOMPARE(store->countCouplings({}), 121);
    QCOMPARE(store->couplingByKey(str("CUSTOMER"), Side::Remote, str("rbig-119"))->id,
             large[119].id);
    QCOMPARE(store->couplingByKey(str("CUSTOMER"), Side::Local, str("big-0"))->id, large[0].id);

    // The same keys in another mapping, and two half couplings, are fine.
    QList<Coupling> fine{makeCoupling(str("VENDOR"), str("L1"), str("R1")),
                         makeCoupling(str("CUSTOMER"), str("L5"), QString()),
                         makeCoupling(str("CUSTOMER"), str("L6"), QString())};
    store->saveCouplings(fine);
    QCOMPARE(store->countCouplings({}), 124);

    // An update that changes a key to one already coupled is rejected too, and
    // the stored coupling keeps its keys; one that keeps its keys goes through.
    Coupling moved = *store->couplingByKey(str("CUSTOMER"), Side::Local, str("L5"));
    moved.remoteKey = str("R1");
    QVERIFY_THROWS_EXCEPTION(Error, store->saveCoupling(moved));
    QVERIFY(store->coupling(moved.id)->remoteKey.isEmpty());
    moved.remoteKey.clear();
    moved.lastError = str("kept keys");
    store->saveCoupling(moved);
    QCOMPARE(store->coupling(moved.id)->lastError, str("kept keys"));
    QCOMPARE(store->countCouplings({}), 124);
}

void TestStateStore::couplingsByKeysInBatches()
{
    auto store = openStore();
    QList<Coupling> list;
    QStringList localKeys, remoteKeys;
    for (int i = 0; i < 2000; ++i) {
        localKeys.append(str("L%1").arg(i, 5, 10, QLatin1Char('0')));
        remoteKeys.append(str("R%1").arg(i, 5, 10, QLatin1Char('0')));
        list.append(makeCoupling(str("CUSTOMER"), localKeys.last(), remoteKeys.last()));
    }
    list.append(makeCoupling(str("VENDOR"), str("L00001"), str("V1")));
    store->saveCouplings(list);

    QStringList asked = localKeys;
    for (int i = 0; i < 150; ++i)
        asked.append(str("missing-%1").arg(i));
    asked.append(localKeys.mid(0, 30)); // repeated keys
    asked.append(QString());
    const QHash<QString, Coupling> byLocal =
        store->couplingsByKeys(str("CUSTOMER"), Side::Local, asked);
    QCOMPARE(byLocal.size(), 2000);
    // Every id handed back by saveCouplings() is the id of that row.
    for (int i = 0; i < 2000; ++i) {
        const Coupling found = byLocal.value(localKeys.at(i));
        QVERIFY2(found.id == list.at(i).id && found.remoteKey == remoteKeys.at(i),
                 qPrintable(localKeys.at(i)));
    }
    QCOMPARE(byLocal.value(str("L01999")).remoteKey, str("R01999"));

    const QHash<QString, Coupling> byRemote =
        store->couplingsByKeys(str("CUSTOMER"), Side::Remote, remoteKeys.mid(500, 1001));
    QCOMPARE(byRemote.size(), 1001);
    QCOMPARE(byRemote.value(str("R01500")).localKey, str("L01500"));

    const QHash<QString, Coupling> vendor =
        store->couplingsByKeys(str("VENDOR"), Side::Local, localKeys);
    QCOMPARE(vendor.keys(), QStringList{str("L00001")});
    QVERIFY(store->couplingsByKeys(str("CUSTOMER"), Side::Local, {}).isEmpty());
}

void TestStateStore::failedCouplingsPerDirection()
{
    auto store = openStore();
    const QString m = str("CUSTOMER");
    QList<Coupling> list;
    const auto add = [&](SyncResult toRemote, SyncResult fromRemote, bool skipped,
                         const QString &mapping) {
        Coupling c =
            makeCoupling(mapping, str("L%1").arg(list.size()), str("R%1").arg(list.size()));
        c.lastToRemote = toRemote;
        c.lastFromRemote = fromRemote;
        c.skipped = skipped;
        list.append(c);
    };
    add(SyncResult::Failure, SyncResult::Success, false, m); // 0: to remote
    add(SyncResult::Success, SyncResult::Failure, false, m); // 1: from remote
    add(SyncResult::Failure, SyncResult::Failure, true, m);  // 2: skipped, neither
    add(SyncResult::Success, SyncResult::None, false, m);    // 3: neither
    for (int i = 0; i < 5; ++i)
        add(SyncResult::Failure, SyncResult::None, false, m);            // 4..8: to remote
    add(SyncResult::Failure, SyncResult::Failure, false, str("VENDOR")); // 9: other mapping
    add(SyncResult::Failure, SyncResult::Failure, false, m);             // 10: both ways
    store->saveCouplings(list);

    const auto idsAt = [&](std::initializer_list<int> indexes) {
        QList<qint64> ids;
        for (int i : indexes)
            ids.append(list.at(i).id);
        return ids;
    };
    QCOMPARE(idsOf(store->failedCouplings(m, PassDirection::LocalToRemote, 0, 100)),
             idsAt({0, 4, 5, 6, 7, 8, 10}));
    QCOMPARE(idsOf(store->failedCouplings(m, PassDirection::RemoteToLocal, 0, 100)),
             idsAt({1, 10}));

    QList<qint64> paged;
    qint64 after = 0;
    int pages = 0;
    for (;;) {
        const QList<Coupling> page =
            store->failedCouplings(m, PassDirection::LocalToRemote, after, 3);
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= 3);
        paged.append(idsOf(page));
        after = page.last().id;
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(paged, idsAt({0, 4, 5, 6, 7, 8, 10}));
    QVERIFY(store->failedCouplings(m, PassDirection::LocalToRemote, 0, 0).isEmpty());
}

namespace {

// Couplings of two mappings, one of each kind the pages show.
struct CouplingSet
{
    QList<Coupling> list;
    QHash<QString, qint64> idByLocalKey;

    void add(const QString &mapping, const QString &local, const QString &remote,
             SyncResult toRemote, SyncResult fromRemote, bool skipped, bool localDeleted,
             bool remoteDeleted)
    {
        Coupling c = makeCoupling(mapping, local, remote);
        c.lastToRemote = toRemote;
        c.lastFromRemote = fromRemote;
        c.skipped = skipped;
        c.localDeleted = localDeleted;
        c.remoteDeleted = remoteDeleted;
        list.append(c);
    }
    void save(StateStore &store)
    {
        store.saveCouplings(list);
        for (const Coupling &c : std::as_const(list))
            idByLocalKey.insert(c.mapping + QLatin1Char('/') + c.localKey, c.id);
    }
    QList<qint64> ids(const QStringList &keys) const
    {
        QList<qint64> result;
        for (const QString &k : keys)
            result.append(idByLocalKey.value(k));
        return result;
    }
};

CouplingSet sampleCouplings(StateStore &store)
{
    const auto ok = SyncResult::Success, failed = SyncResult::Failure, none = SyncResult::None;
    CouplingSet set;
    const QString a = str("CUSTOMER"), b = str("VENDOR");
    set.add(a, str("Cust-001"), str("acc-aaa"), ok, ok, false, false, false);
    set.add(a, str("Cust-002"), str("acc-bbb"), failed, ok, false, false, false);
    set.add(a, str("cust-003"), str("acc-ccc"), ok, none, false, true, false);
    set.add(a, str("CUST-004"), str("acc-ddd"), ok, ok, true, false, false);
    set.add(a, str("Cust-005"), str("ACC-x_1%"), ok, failed, true, false, false);
    set.add(a, str("Other-006"), str("acc-fff"), none, none, false, false, true);
    set.add(b, str("Cust-001"), str("v-1"), failed, failed, false, false, false);
    set.add(b, str("Cust-100"), str("v-2"), ok, ok, true, false, false);
    set.save(store);
    return set;
}

CouplingQuery couplingQuery(CouplingQuery::Kind kind, const QString &mapping,
                            const QString &search = {}, int offset = 0, int limit = 500)
{
    CouplingQuery q;
    q.kind = kind;
    q.mapping = mapping;
    q.search = search;
    q.offset = offset;
    q.limit = limit;
    return q;
}

} // namespace

void TestStateStore::couplingQueriesAllKinds()
{
    auto store = openStore();
    const CouplingSet set = sampleCouplings(*store);
    using Kind = CouplingQuery::Kind;
    const QString a = str("CUSTOMER");
    struct Case
    {
        CouplingQuery query;
        QStringList expected;
    };
    const QList<Case> cases{
        {couplingQuery(Kind::All, a),
         {str("CUSTOMER/Cust-001"), str("CUSTOMER/Cust-002"), str("CUSTOMER/cust-003"),
          str("CUSTOMER/CUST-004"), str("CUSTOMER/Cust-005"), str("CUSTOMER/Other-006")}},
        {couplingQuery(Kind::All, {}),
         {str("CUSTOMER/Cust-001"), str("CUSTOMER/Cust-002"), str("CUSTOMER/cust-003"),
          str("CUSTOMER/CUST-004"), str("CUSTOMER/Cust-005"), str("CUSTOMER/Other-006"),
          str("VENDOR/Cust-001"), str("VENDOR/Cust-100")}},
        {couplingQuery(Kind::CoupledErrors, a),
         {str("CUSTOMER/Cust-002"), str("CUSTOMER/cust-003"), str("CUSTOMER/Cust-005"),
          str("CUSTOMER/Other-006")}},
        {couplingQuery(Kind::CoupledErrors, {}),
         {str("CUSTOMER/Cust-002"), str("CUSTOMER/cust-003"), str("CUSTOMER/Cust-005"),
          str("CUSTOMER/Other-006"), str("VENDOR/Cust-001")}},
        {couplingQuery(Kind::Skipped, a), {str("CUSTOMER/CUST-004"), str("CUSTOMER/Cust-005")}},
        {couplingQuery(Kind::Skipped, {}),
         {str("CUSTOMER/CUST-004"), str("CUSTOMER/Cust-005"), str("VENDOR/Cust-100")}},
        {couplingQuery(Kind::Skipped, str("NOBODY")), {}},
    };
    for (const Case &c : cases) {
        const QString label =
            str("kind %1, mapping '%2'").arg(int(c.query.kind)).arg(c.query.mapping);
        QVERIFY2(idsOf(store->couplings(c.query)) == set.ids(c.expected), qPrintable(label));
        QVERIFY2(store->countCouplings(c.query) == c.expected.size(), qPrintable(label));
    }
}

void TestStateStore::couplingQuerySearchAndPaging()
{
    auto store = openStore();
    const CouplingSet set = sampleCouplings(*store);
    using Kind = CouplingQuery::Kind;
    const QString a = str("CUSTOMER");

    // Case-insensitive on either key.
    CouplingQuery q = couplingQuery(Kind::All, a, str("cust-00"));
    QCOMPARE(idsOf(store->couplings(q)),
             set.ids({str("CUSTOMER/Cust-001"), str("CUSTOMER/Cust-002"), str("CUSTOMER/cust-003"),
                      str("CUSTOMER/CUST-004"), str("CUSTOMER/Cust-005")}));
    QCOMPARE(store->countCouplings(q), 5);
    q.search = str("ACC-AAA");
    QCOMPARE(idsOf(store->couplings(q)), set.ids({str("CUSTOMER/Cust-001")}));
    // Wildcards in the search text are literal: "t_0" would match "t-0" as a pattern.
    q.search = str("x_1%");
    QCOMPARE(idsOf(store->couplings(q)), set.ids({str("CUSTOMER/Cust-005")}));
    q.search = str("t_0");
    QCOMPARE(store->countCouplings(q), 0);
    q.search = str("%");
    QCOMPARE(store->countCouplings(q), 1);

    // Search within a kind, and across mappings.
    q = couplingQuery(Kind::CoupledErrors, a, str("CUST"));
    QCOMPARE(
        idsOf(store->couplings(q)),
        set.ids({str("CUSTOMER/Cust-002"), str("CUSTOMER/cust-003"), str("CUSTOMER/Cust-005")}));
    QCOMPARE(store->countCouplings(q), 3);
    q = couplingQuery(Kind::Skipped, {}, str("cust-1"));
    QCOMPARE(idsOf(store->couplings(q)), set.ids({str("VENDOR/Cust-100")}));
    QCOMPARE(store->countCouplings(q), 1);

    // Paging by offset and limit, in id order; counts ignore paging.
    q = couplingQuery(Kind::All, a, {}, 2, 2);
    QCOMPARE(idsOf(store->couplings(q)),
             set.ids({str("CUSTOMER/cust-003"), str("CUSTOMER/CUST-004")}));
    QCOMPARE(store->countCouplings(q), 6);
    q = couplingQuery(Kind::All, a, {}, 5, 10);
    QCOMPARE(idsOf(store->couplings(q)), set.ids({str("CUSTOMER/Other-006")}));
    q = couplingQuery(Kind::CoupledErrors, {}, {}, 1, 3);
    QCOMPARE(
        idsOf(store->couplings(q)),
        set.ids({str("CUSTOMER/cust-003"), str("CUSTOMER/Cust-005"), str("CUSTOMER/Other-006")}));
    QCOMPARE(store->countCouplings(q), 5);
    q = couplingQuery(Kind::All, a, {}, 6, 10);
    QVERIFY(store->couplings(q).isEmpty());

    // Paging by keyset on the id, either way; the offset is then ignored.
    q = couplingQuery(Kind::All, a, {}, 4, 2);
    q.afterId = set.ids({str("CUSTOMER/Cust-002")}).constFirst();
    QCOMPARE(idsOf(store->couplings(q)),
             set.ids({str("CUSTOMER/cust-003"), str("CUSTOMER/CUST-004")}));
    q.order = Qt::DescendingOrder;
    q.afterId = set.ids({str("CUSTOMER/CUST-004")}).constFirst();
    QCOMPARE(idsOf(store->couplings(q)),
             set.ids({str("CUSTOMER/cust-003"), str("CUSTOMER/Cust-002")}));
    q = couplingQuery(Kind::CoupledErrors, {}, {}, 0, 10);
    q.afterId = set.ids({str("CUSTOMER/cust-003")}).constFirst();
    QCOMPARE(idsOf(store->couplings(q)),
             idsOf(store->couplings(couplingQuery(Kind::CoupledErrors, {}, {}, 2, 10))));
}

void TestStateStore::couplingsOfMappingInPages()
{
    auto store = openStore();
    QList<Coupling> list;
    for (int i = 0; i < 25; ++i)
        list.append(
            makeCoupling(i % 2 ? str("A") : str("B"), str("L%1").arg(i), str("R%1").arg(i)));
    store->saveCouplings(list);
    QList<qint64> expected;
    for (const Coupling &c : std::as_const(list)) {
        if (c.mapping == QLatin1String("A"))
            expected.append(c.id);
    }
    QList<qint64> seen;
    qint64 after = 0;
    for (QList<Coupling> page; !(page = store->couplingsOfMapping(str("A"), after, 5)).isEmpty();) {
        QVERIFY(page.size() <= 5);
        seen.append(idsOf(page));
        after = page.last().id;
    }
    QCOMPARE(seen, expected);
}

void TestStateStore::deleteCouplings()
{
    auto store = openStore();
    QList<Coupling> list;
    for (int i = 0; i < 1200; ++i)
        list.append(
            makeCoupling(i < 1000 ? str("A") : str("B"), str("L%1").arg(i), str("R%1").arg(i)));
    store->saveCouplings(list);

    QList<qint64> doomed = idsOf(list.mid(0, 900)); // more than one IN batch
    doomed.append(doomed.mid(0, 10));               // repeated
    doomed.append(list.last().id + 999);            // unknown
    QCOMPARE(store->deleteCouplings(doomed), 900);
    QVERIFY(!store->coupling(list.at(0).id));
    QVERIFY(!store->coupling(list.at(899).id));
    QVERIFY(store->coupling(list.at(900).id));
    QCOMPARE(store->countCouplings(couplingQuery(CouplingQuery::Kind::All, str("A"))), 100);
    QCOMPARE(store->deleteCouplings({}), 0);

    QCOMPARE(store->deleteCouplingsOfMapping(str("A")), 100);
    QCOMPARE(store->countCouplings({}), 200);
    QCOMPARE(store->deleteCouplingsOfMapping(str("A")), 0);
    // The keys are free again.
    Coupling again = makeCoupling(str("A"), str("L0"), str("R0"));
    store->saveCoupling(again);
    QVERIFY(again.id > list.last().id); // ids are never reused
}

// --- jobs, errors, journal ----------------------------------------------------

void TestStateStore::jobsRoundTripAndOrder()
{
    auto store = openStore();
    SyncJob job;
    job.mapping = str("CUSTOMER");
    job.direction = PassDirection::RemoteToLocal;
    job.trigger = JobTrigger::Scheduled;
    job.started = day(1, 10, 5);
    store->saveJob(job);
    QVERIFY(job.id > 0);
    std::optional<SyncJob> read = store->job(job.id);
    QVERIFY(read);
    QCOMPARE(jobDifference(*read, job), QString());
    QVERIFY(!read->finished.isValid());
    QCOMPARE(toString(read->status), toString(JobStatus::Running));

    const qint64 id = job.id;
    job.status = JobStatus::Failed;
    job.finished = day(1, 11, 999);
    job.inserted = 1, job.modified = 2, job.deleted = 3, job.unchanged = 4;
    job.skipped = 5, job.failed = 6, job.coupled = 7, job.uncoupled = 8;
    job.message = str("The connection to CRM was lost");
    store->saveJob(job);
    QCOMPARE(job.id, id);
    read = store->job(id);
    QVERIFY(read);
    QCOMPARE(jobDifference(*read, job), QString());
    QVERIFY(!store->job(id + 100));

    SyncJob noStart;
    noStart.mapping = str("CUSTOMER");
    QVERIFY_THROWS_EXCEPTION(Error, store->saveJob(noStart));

    // Newest first by start; equal starts newest id first.
    QList<SyncJob> more;
    for (const auto &[mapping, start] :
         {std::pair{str("ITEM"), day(3)}, std::pair{str("CUSTOMER"), day(2)},
          std::pair{str("ITEM"), day(3)}, std::pair{str("CUSTOMER"), day(0)}}) {
        SyncJob j;
        j.mapping = mapping;
        j.started = start;
        store->saveJob(j);
        more.append(j);
    }
    const QList<qint64> all{more[2].id, more[0].id, more[1].id, id, more[3].id};
    QCOMPARE(idsOf(store->jobs({})), all);
    QCOMPARE(store->countJobs({}), 5);
    JobQuery q;
    q.mapping = str("CUSTOMER");
    QCOMPARE(idsOf(store->jobs(q)), (QList<qint64>{more[1].id, id, more[3].id}));
    QCOMPARE(store->countJobs(q), 3);
    q.offset = 1;
    q.limit = 1;
    QCOMPARE(idsOf(store->jobs(q)), QList<qint64>{id});
    QCOMPARE(store->countJobs(q), 3);
}

void TestStateStore::deleteJobs()
{
    auto store = openStore();
    for (int i = 1; i <= 10; ++i) {
        SyncJob j;
        j.mapping = str("CUSTOMER");
        j.started = day(i);
        store->saveJob(j);
    }
    // Strictly older: the job started at the cutoff stays.
    QCOMPARE(store->deleteJobsOlderThan(day(5)), 4);
    QCOMPARE(store->countJobs({}), 6);
    QCOMPARE(store->jobs({}).constLast().started, day(5));
    QCOMPARE(store->deleteJobsOlderThan(day(5)), 0);
    QCOMPARE(store->deleteJobsOlderThan(QDateTime()), 0);
    QCOMPARE(store->deleteAllJobs(), 6);
    QCOMPARE(store->countJobs({}), 0);
}

void TestStateStore::errorsRoundTrip()
{
    auto store = openStore();
    SyncError e;
    e.at = day(4, 16, 321);
    e.mapping = str("CUSTOMER");
    e.jobId = 77;
    e.message = str("Cannot insert the Account record: the privilege prvCreateAccount is missing");
    e.detail = str("HTTP 403 {\"error\":{\"code\":\"0x80040220\"}} — ü");
    e.source = RecordRef{Side::Local, str("customer"), str("C00010")};
    e.destination = RecordRef{Side::Remote, str("accounts"), str("7d1f-'x'")};
    const qint64 id = store->addError(e);
    QVERIFY(id > 0);
    QCOMPARE(e.id, id);
    QCOMPARE(e.cause, str("permission")); // classified from the message and detail

    SyncError bare;
    bare.at = day(5);
    bare.message = str("An administrator operation failed");
    bare.destination.side = Side::Remote;
    store->addError(bare);
    QVERIFY(bare.id > id);
    QCOMPARE(bare.cause, str("other"));

    const QList<SyncError> read = store->errors({});
    QCOMPARE(read.size(), 2);
    QCOMPARE(errorDifference(read.at(1), e), QString());
    QCOMPARE(errorDifference(read.at(0), bare), QString());
    QCOMPARE(read.at(0).jobId, 0);
    QCOMPARE(toString(read.at(0).destination.side), toString(Side::Remote));

    SyncError noTime;
    noTime.message = str("x");
    QVERIFY_THROWS_EXCEPTION(Error, store->addError(noTime));
}

namespace {

// Errors spread over two mappings, three jobs and ten hours.
QList<SyncError> sampleErrors(StateStore &store)
{
    QList<SyncError> list;
    for (int i = 0; i < 10; ++i) {
        SyncError e;
        e.at = day(0, 8 + i);
        e.mapping = i % 2 ? str("VENDOR") : str("CUSTOMER");
        e.jobId = i < 4 ? 1 : i < 8 ? 2 : 0;
        e.message = str("Message %1").arg(i);
        e.detail = str("detail %1").arg(i);
        e.source = RecordRef{Side::Local, str("customer"), str("SRC-%1").arg(i)};
        e.destination = RecordRef{Side::Remote, str("account"), str("dst-%1").arg(i)};
        list.append(e);
    }
    list[3].message = str("No EXCHANGE RATE for the currency");
    list[6].detail = str("violates the Exchange-Rate constraint");
    list[7].source.key = str("exchange-rate-7");
    list[9].destination.key = str("EXCHANGE_RATE_9");
    for (SyncError &e : list)
        store.addError(e);
    return list;
}

} // namespace

void TestStateStore::errorQueryFilters()
{
    auto store = openStore();
    const QList<SyncError> list = sampleErrors(*store);
    const auto ids = [&](std::initializer_list<int> indexes) {
        QList<qint64> result;
        for (int i : indexes)
            result.append(list.at(i).id);
        return result;
    };
    struct Case
    {
        const char *name;
        ErrorQuery query;
        QList<qint64> expected; // oldest first
    };
    ErrorQuery byMapping, byJob, from, to, range, search, combined, none;
    byMapping.mapping = str("VENDOR");
    byJob.jobId = 2;
    from.from = day(0, 15);
    to.to = day(0, 10);
    range.from = day(0, 10);
    range.to = day(0, 12);
    search.search = str("exchange");
    combined.mapping = str("VENDOR");
    combined.jobId = 2;
    combined.search = str("RATE");
    none.search = str("no such text");
    const QList<Case> cases{
        {"mapping", byMapping, ids({1, 3, 5, 7, 9})},
        {"job", byJob, ids({4, 5, 6, 7})},
        {"from (inclusive)", from, ids({7, 8, 9})},
        {"to (inclusive)", to, ids({0, 1, 2})},
        {"from and to", range, ids({2, 3, 4})},
        {"search message, detail, source and destination keys", search, ids({3, 6, 7, 9})},
        {"mapping, job and search", combined, ids({7})},
        {"no match", none, {}},
    };
    for (Case c : cases) {
        c.query.order = Qt::AscendingOrder;
        QVERIFY2(idsOf(store->errors(c.query)) == c.expected, c.name);
        QVERIFY2(store->countErrors(c.query) == c.expected.size(), c.name);
        c.query.order = Qt::DescendingOrder;
        QList<qint64> reversed(c.expected.crbegin(), c.expected.crend());
        QVERIFY2(idsOf(store->errors(c.query)) == reversed, c.name);
    }
    // An error in no job is found by no job id.
    ErrorQuery jobless;
    jobless.jobId = 99;
    QCOMPARE(store->countErrors(jobless), 0);
}

void TestStateStore::errorQueryOrderAndPaging()
{
    auto store = openStore();
    QList<SyncError> list = sampleErrors(*store);
    // Two errors at the same instant: the later id is newer.
    SyncError tie = list.last();
    tie.id = 0;
    store->addError(tie);
    list.append(tie);

    ErrorQuery q;
    q.limit = 3;
    QCOMPARE(idsOf(store->errors(q)), (QList<qint64>{list[10].id, list[9].id, list[8].id}));
    q.offset = 3;
    QCOMPARE(idsOf(store->errors(q)), (QList<qint64>{list[7].id, list[6].id, list[5].id}));
    q.order = Qt::AscendingOrder;
    q.offset = 8;
    QCOMPARE(idsOf(store->errors(q)), (QList<qint64>{list[8].id, list[9].id, list[10].id}));
    QCOMPARE(store->countErrors(q), 11);
    q.offset = 11;
    QVERIFY(store->errors(q).isEmpty());
}

namespace {

// The parts of a row's sort key, compared in turn; a null part (an empty value,
// NULL in the store) sorts before any value, as the store sorts it.
int compareParts(const QVariantList &a, const QVariantList &b)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QVariant &x = a.at(i);
        const QVariant &y = b.at(i);
        if (x.isNull() || y.isNull()) {
            if (x.isNull() != y.isNull())
                return x.isNull() ? -1 : 1;
            continue;
        }
        const int c =
            x.typeId() == QMetaType::QString
                ? QString::compare(x.toString(), y.toString())
                : (x.toLongLong() < y.toLongLong() ? -1 : x.toLongLong() > y.toLongLong());
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

// The ids in the order the store must give: by key, then by id, all reversed
// when descending.
template <typename T, typename Key>
QList<qint64> expectedOrder(QList<T> rows, Key key, Qt::SortOrder order)
{
    std::sort(rows.begin(), rows.end(), [&key](const T &a, const T &b) {
        const int c = compareParts(key(a), key(b));
        return c != 0 ? c < 0 : a.id < b.id;
    });
    QList<qint64> ids = idsOf(rows);
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

// Every row, read page by page by offset.
template <typename Query, typename Fetch>
QList<qint64> pagedIds(Query query, int pageSize, Fetch fetch)
{
    QList<qint64> ids;
    query.limit = pageSize;
    for (query.offset = 0;; query.offset += pageSize) {
        const auto page = fetch(query);
        ids.append(idsOf(page));
        if (page.size() < pageSize)
            return ids;
    }
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullable(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QVariant stamp(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

constexpr std::array bothOrders{Qt::AscendingOrder, Qt::DescendingOrder};

} // namespace

void TestStateStore::couplingSortOrders()
{
    auto store = openStore();
    // Ties on every key, empty values, and ids out of the order of the values.
    const std::array results{SyncResult::None, SyncResult::Success, SyncResult::Failure};
    const std::array reasons{SkipReason::UpdateConflict, SkipReason::DeletionConflict,
                             SkipReason::RepeatedError};
    QList<Coupling> list;
    for (int i = 0; i < 14; ++i) {
        Coupling c = makeCoupling(i < 7 ? str("ALPHA") : str("BETA"), str("k%1").arg((i * 3) % 7),
                                  str("r%1").arg((i * 5) % 14, 2, 10, QLatin1Char('0')));
        if (i % 5 == 4)
            c.remoteKey.clear(); // a half coupling: no remote row yet
        if (i % 4 != 0)
            c.lastSyncedAt = day(i % 3);
        c.lastToRemote = results[i % 3];
        c.lastFromRemote = results[(i / 2) % 3];
        if (i % 3 != 0)
            c.failedSince = day(i % 2, 9);
        c.skipped = i % 4 == 1;
        c.skipReason = c.skipped ? reasons[i % 3] : SkipReason::None;
        c.lastError = i % 3 ? str("e%1").arg(i % 2) : QString();
        list.append(c);
    }
    store->saveCouplings(list);

    using Key = CouplingQuery::SortKey;
    using KeyOf = std::function<QVariantList(const Coupling &)>;
    const QList<std::pair<Key, KeyOf>> keys{
        {Key::Id, [](const Coupling &) { return QVariantList{}; }},
        {Key::Mapping, [](const Coupling &c) { return QVariantList{c.mapping}; }},
        {Key::LocalKey, [](const Coupling &c) { return QVariantList{nullable(c.localKey)}; }},
        {Key::RemoteKey, [](const Coupling &c) { return QVariantList{nullable(c.remoteKey)}; }},
        {Key::LastSynchronized,
         [](const Coupling &c) { return QVariantList{nullable(c.lastSyncedAt)}; }},
        {Key::LastToRemote,
         [](const Coupling &c) { return QVariantList{toString(c.lastToRemote)}; }},
        {Key::LastFromRemote,
         [](const Coupling &c) { return QVariantList{toString(c.lastFromRemote)}; }},
        {Key::FailedSince, [](const Coupling &c) { return QVariantList{nullable(c.failedSince)}; }},
        {Key::SkipReason,
         [](const Coupling &c) {
             return QVariantList{c.skipped ? 1 : 0, toString(c.skipReason)};
         }},
        {Key::LastError, [](const Coupling &c) { return QVariantList{c.lastError}; }},
    };
    const auto fetch = [&store](const CouplingQuery &q) { return store->couplings(q); };
    for (const auto &[key, keyOf] : keys) {
        for (const Qt::SortOrder order : bothOrders) {
            const QString label = str("key %1, order %2").arg(int(key)).arg(int(order));
            CouplingQuery q;
            q.sortBy = key;
            q.order = order;
            const QList<qint64> expected = expectedOrder(list, keyOf, order);
            QVERIFY2(idsOf(store->couplings(q)) == expected, qPrintable(label));
            // Pages of 4 join up to the same list: no row twice, none left out.
            QVERIFY2(pagedIds(q, 4, fetch) == expected, qPrintable(label));
        }
    }

    // Sorting within a filter.
    CouplingQuery q = couplingQuery(CouplingQuery::Kind::All, str("BETA"));
    q.sortBy = Key::LocalKey;
    q.order = Qt::DescendingOrder;
    QList<Coupling> beta;
    for (const Coupling &c : std::as_const(list)) {
        if (c.mapping == QLatin1String("BETA"))
            beta.append(c);
    }
    QCOMPARE(
        idsOf(store->couplings(q)),
        expectedOrder(
            beta, [](const Coupling &c) { return QVariantList{c.localKey}; }, Qt::DescendingOrder));
    QCOMPARE(store->countCouplings(q), int(beta.size()));
}

void TestStateStore::errorSortOrders()
{
    auto store = openStore();
    QList<SyncError> list;
    for (int i = 0; i < 15; ++i) {
        SyncError e;
        e.at = day(0, 8 + (i * 7) % 4); // four instants, each shared by several errors
        e.mapping = i % 3 ? str("ALPHA") : str("BETA");
        e.jobId = i % 4 == 0 ? 0 : 1 + i % 2; // 0: logged outside a job
        e.message = str("m%1").arg((i * 2) % 5);
        e.detail = str("d%1").arg(i);
        e.source = RecordRef{Side::Local, str("t%1").arg(i % 2), str("k%1").arg(i % 3)};
        e.destination = RecordRef{Side::Remote, str("u%1").arg(i % 3), str("j%1").arg(i % 2)};
        store->addError(e);
        list.append(e);
    }

    using Key = ErrorQuery::SortKey;
    using KeyOf = std::function<QVariantList(const SyncError &)>;
    const QList<std::pair<Key, KeyOf>> keys{
        {Key::At, [](const SyncError &e) { return QVariantList{stamp(e.at)}; }},
        {Key::Mapping,
         [](const SyncError &e) {
             return QVariantList{e.mapping, stamp(e.at)};
         }},
        {Key::Message, [](const SyncError &e) { return QVariantList{e.message}; }},
        {Key::Source,
         [](const SyncError &e) {
             return QVariantList{e.source.table, e.source.key};
         }},
        {Key::Destination,
         [](const SyncError &e) {
             return QVariantList{e.destination.table, e.destination.key};
         }},
        {Key::Job,
         [](const SyncError &e) {
             return QVariantList{e.jobId ? QVariant(e.jobId) : QVariant(), stamp(e.at)};
         }},
    };
    const auto fetch = [&store](const ErrorQuery &q) { return store->errors(q); };
    for (const auto &[key, keyOf] : keys) {
        for (const Qt::SortOrder order : bothOrders) {
            const QString label = str("key %1, order %2").arg(int(key)).arg(int(order));
            ErrorQuery q;
            q.sortBy = key;
            q.order = order;
            const QList<qint64> expected = expectedOrder(list, keyOf, order);
            QVERIFY2(idsOf(store->errors(q)) == expected, qPrintable(label));
            QVERIFY2(pagedIds(q, 4, fetch) == expected, qPrintable(label));
        }
    }
}

void TestStateStore::jobSortOrders()
{
    auto store = openStore();
    const std::array statuses{JobStatus::Succeeded, JobStatus::Failed, JobStatus::Cancelled,
                              JobStatus::Running};
    QList<SyncJob> list;
    for (int i = 0; i < 13; ++i) {
        SyncJob j;
        j.mapping = i % 3 ? str("ALPHA") : str("BETA");
        j.started = day((i * 5) % 3);
        if (i % 4 != 3)
            j.finished = day((i * 5) % 3, 13 + i % 2); // running jobs have not finished
        j.status = j.finished.isValid() ? statuses[i % 3] : statuses[3];
        j.inserted = i % 4, j.modified = (i * 3) % 5, j.deleted = i % 2, j.unchanged = i % 3;
        j.skipped = (i + 1) % 3, j.failed = i % 5, j.coupled = (i * 2) % 3, j.uncoupled = i % 2;
        store->saveJob(j);
        list.append(j);
    }

    using Key = JobQuery::SortKey;
    using KeyOf = std::function<QVariantList(const SyncJob &)>;
    const auto count = [](int SyncJob::*member) {
        return KeyOf([member](const SyncJob &j) { return QVariantList{j.*member}; });
    };
    const QList<std::pair<Key, KeyOf>> keys{
        {Key::Started, [](const SyncJob &j) { return QVariantList{stamp(j.started)}; }},
        {Key::Finished, [](const SyncJob &j) { return QVariantList{nullable(j.finished)}; }},
        {Key::Mapping,
         [](const SyncJob &j) {
             return QVariantList{j.mapping, stamp(j.started)};
         }},
        {Key::Status,
         [](const SyncJob &j) {
             return QVariantList{toString(j.status), stamp(j.started)};
         }},
        {Key::Inserted, count(&SyncJob::inserted)},
        {Key::Modified, count(&SyncJob::modified)},
        {Key::Deleted, count(&SyncJob::deleted)},
        {Key::Unchanged, count(&SyncJob::unchanged)},
        {Key::Skipped, count(&SyncJob::skipped)},
        {Key::Failed, count(&SyncJob::failed)},
        {Key::Coupled, count(&SyncJob::coupled)},
        {Key::Uncoupled, count(&SyncJob::uncoupled)},
    };
    const auto fetch = [&store](const JobQuery &q) { return store->jobs(q); };
    for (const auto &[key, keyOf] : keys) {
        for (const Qt::SortOrder order : bothOrders) {
            const QString label = str("key %1, order %2").arg(int(key)).arg(int(order));
            JobQuery q;
            q.sortBy = key;
            q.order = order;
            const QList<qint64> expected = expectedOrder(list, keyOf, order);
            QVERIFY2(idsOf(store->jobs(q)) == expected, qPrintable(label));
            QVERIFY2(pagedIds(q, 4, fetch) == expected, qPrintable(label));
        }
    }
}

void TestStateStore::errorKeysetPagingMatchesOffsetPaging()
{
    auto store = openStore();
    QList<SyncError> list;
    for (int i = 0; i < 40; ++i) {
        SyncError e;
        e.at = day(0, 8 + (i * 7) % 10); // four errors at each instant, ids out of time order
        e.mapping = i % 3 ? str("CUSTOMER") : str("CURRENCY");
        e.message = i % 4 ? str("Cannot update the Account record because it has a later "
                                "modified date than the Customer record")
                          : str("The connection to CRM was lost.");
        store->addError(e);
        list.append(e);
    }
    // Every row by keyset: each page starts after the last row of the one before.
    const auto byKeyset = [&store](ErrorQuery q, int pageSize) {
        QList<qint64> ids;
        q.limit = pageSize;
        for (;;) {
            const QList<SyncError> page = store->errors(q);
            ids.append(idsOf(page));
            if (page.size() < pageSize)
                return ids;
            q.after = ErrorPosition{page.constLast().at, page.constLast().id};
            q.offset = 1000; // ignored when `after` is set
        }
    };
    const auto fetch = [&store](const ErrorQuery &q) { return store->errors(q); };

    ErrorQuery all, byMapping, byCause, range;
    byMapping.mapping = str("CUSTOMER");
    byCause.cause = str("connection");
    range.from = day(0, 10);
    range.to = day(0, 15);
    for (ErrorQuery q : {all, byMapping, byCause, range}) {
        for (const Qt::SortOrder order : bothOrders) {
            q.order = order;
            q.limit = 1000;
            const QList<qint64> expected = idsOf(store->errors(q));
            QVERIFY(!expected.isEmpty());
            QCOMPARE(byKeyset(q, 3), expected);
            QCOMPARE(pagedIds(q, 3, fetch), expected);
            QCOMPARE(byKeyset(q, 1000), expected);
        }
    }

    // Rows deleted behind the page do not shift the pages by keyset.
    ErrorQuery q;
    q.limit = 10;
    const QList<SyncError> first = store->errors(q);
    ErrorQuery rest = q;
    rest.limit = 1000;
    rest.offset = 10;
    const QList<qint64> remaining = idsOf(store->errors(rest));
    QCOMPARE(store->deleteErrors(idsOf(first)), 10);
    q.after = ErrorPosition{first.constLast().at, first.constLast().id};
    q.limit = 1000;
    QCOMPARE(idsOf(store->errors(q)), remaining);

    // Another order pages by offset: the position is ignored.
    ErrorQuery byMessage;
    byMessage.sortBy = ErrorQuery::SortKey::Message;
    byMessage.limit = 5;
    const QList<qint64> firstPage = idsOf(store->errors(byMessage));
    byMessage.after = ErrorPosition{day(0, 12), list.at(20).id};
    QCOMPARE(idsOf(store->errors(byMessage)), firstPage);
}

void TestStateStore::errorCausesStoredFilteredAndCounted()
{
    auto store = openStore();
    const auto add = [&store](const QString &mapping, const QString &message,
                              const QString &detail = {}, const QString &cause = {}) {
        SyncError e;
        e.at = day(1);
        e.mapping = mapping;
        e.message = message;
        e.detail = detail;
        e.cause = cause;
        store->addError(e);
        return e;
    };
    const QString rate = str("missing-exchange-rate"), related = str("related-not-coupled");
    QList<SyncError> list;
    for (int i = 0; i < 3; ++i) {
        list.append(add(str("CURRENCY"),
                        str("Cannot insert row \"%1\" into table transactioncurrencies: NOT NULL "
                            "constraint failed: transactioncurrencies.exchangerate")
                            .arg(i),
                        str("NOT NULL constraint failed: transactioncurrencies.exchangerate")));
    }
    for (int i = 0; i < 2; ++i) {
        list.append(add(str("CUSTOMER"),
                        str("The related record \"NOK\" in field currency_code is not coupled "
                            "through mapping CURRENCY, so it cannot be set on the other side.")));
    }
    list.append(add(str("CUSTOMER"), str("Cannot update the Account record because it has a "
                                         "later modified date than the Customer record")));
    // A cause given by the caller (a health check that knows it) is kept.
    list.append(add({}, str("The integration user lacks a role"), {}, str("permission")));
    list.append(add({}, str("Something nobody expected")));

    const QStringList causes{
        rate,        rate, rate, related, related, str("update-conflict"), str("permission"),
        str("other")};
    QList<qint64> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).cause, causes.at(i));
        ids.append(list.at(i).id);
    }
    ErrorQuery oldestFirst;
    oldestFirst.order = Qt::AscendingOrder;
    const QList<SyncError> read = store->errors(oldestFirst);
    QCOMPARE(idsOf(read), ids);
    for (qsizetype i = 0; i < read.size(); ++i)
        QCOMPARE(read.at(i).cause, causes.at(i));

    ErrorQuery byCause;
    byCause.cause = rate;
    QCOMPARE(idsOf(store->errors(byCause)), (QList<qint64>{ids[2], ids[1], ids[0]}));
    QCOMPARE(store->countErrors(byCause), 3);
    byCause.mapping = str("CUSTOMER");
    QCOMPARE(store->countErrors(byCause), 0);
    byCause.cause = related;
    QCOMPARE(idsOf(store->errors(byCause)), (QList<qint64>{ids[4], ids[3]}));
    QCOMPARE(store->countErrors(byCause), 2);

    // Most frequent first, then by id; the cause filter itself is left out.
    const ErrorCauseCounts expected{{rate, 3},
                                    {related, 2},
                                    {str("other"), 1},
                                    {str("permission"), 1},
                                    {str("update-conflict"), 1}};
    QCOMPARE(store->errorCauseCounts({}), expected);
    ErrorQuery customer;
    customer.mapping = str("CUSTOMER");
    QCOMPARE(store->errorCauseCounts(customer),
             (ErrorCauseCounts{{related, 2}, {str("update-conflict"), 1}}));
    customer.cause = rate;
    QCOMPARE(store->errorCauseCounts(customer),
             (ErrorCauseCounts{{related, 2}, {str("update-conflict"), 1}}));
    ErrorQuery nothing;
    nothing.search = str("no such text");
    QVERIFY(store->errorCauseCounts(nothing).isEmpty());
}

// Errors logged before the store kept causes get theirs in the upgrade, in
// chunks (more than one here).
void TestStateStore::migrationClassifiesLoggedErrors()
{
    {
        StateStore store(m_config);
        store.open(2);
        QCOMPARE(store.schemaVersion(), 2);
    }
    const QStringList messages{
        str("The connection to CRM was lost."),
        str("Cannot insert row \"x\" into table transactioncurrencies: NOT NULL constraint failed: "
            "transactioncurrencies.exchangerate"),
        str("The Contact record in CRM coupled to Contact CT00050 has been deleted"),
        str("An administrator operation failed"),
    };
    constexpr int rows = 2345;
    const QString name = str("raw-seed");
    {
        QSqlDatabase db = test::openRaw(m_config, name);
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(str("INSERT INTO errors (at, mapping, message, detail, source_key)"
                              " VALUES (?, ?, ?, ?, ?)")));
        for (int i = 0; i < rows; ++i) {
            q.bindValue(0, day(0).toMSecsSinceEpoch() + i);
            q.bindValue(1, str("CUSTOMER"));
            q.bindValue(2, messages.at(i % messages.size()));
            q.bindValue(3,
                        i % messages.size() == 0 ? str("server closed the connection") : str(""));
            q.bindValue(4, str("C%1").arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    test::closeRaw(name);

    auto store = openStore();
    QCOMPARE(store->schemaVersion(), StateStore::latestSchemaVersion());
    QCOMPARE(rawColumn(str("SELECT COUNT(*) FROM errors WHERE cause = ''")).value(0).toInt(), 0);
    const int each = rows / 4; // 2345 = 4 * 586 + 1: the first message has one more
    QCOMPARE(store->errorCauseCounts({}), (ErrorCauseCounts{{str("connection"), each + 1},
                                                            {str("coupled-record-deleted"), each},
                                                            {str("missing-exchange-rate"), each},
                                                            {str("other"), each}}));
    ErrorQuery q;
    q.order = Qt::AscendingOrder;
    q.limit = 4;
    const QList<SyncError> first = store->errors(q);
    QCOMPARE(first.at(0).cause, str("connection"));
    QCOMPARE(first.at(1).cause, str("missing-exchange-rate"));
    QCOMPARE(first.at(2).cause, str("coupled-record-deleted"));
    QCOMPARE(first.at(3).cause, str("other"));
    // New errors are classified as they are logged.
    SyncError e;
    e.at = day(2);
    e.message = messages.at(2);
    store->addError(e);
    QCOMPARE(e.cause, str("coupled-record-deleted"));
}

void TestStateStore::deleteErrorsOlderThan()
{
    auto store = openStore();
    sampleErrors(*store); // 08:00 .. 17:00
    const QDateTime cutoff = day(0, 12);
    QCOMPARE(store->countErrorsOlderThan(cutoff), 4);
    QCOMPARE(store->deleteErrorsOlderThan(cutoff), 4);
    QCOMPARE(store->countErrors({}), 6);
    QCOMPARE(store->countErrorsOlderThan(cutoff), 0);
    ErrorQuery oldest;
    oldest.order = Qt::AscendingOrder;
    oldest.limit = 1;
    QCOMPARE(store->errors(oldest).constFirst().at, cutoff); // the cutoff itself stays
    QCOMPARE(store->countErrorsOlderThan(day(30)), 6);
    QCOMPARE(store->countErrorsOlderThan(QDateTime()), 0);
    QCOMPARE(store->deleteErrorsOlderThan(QDateTime()), 0);
    QCOMPARE(store->countErrors({}), 6);
}

void TestStateStore::deleteErrorsByIdAndAll()
{
    auto store = openStore();
    const QList<SyncError> list = sampleErrors(*store);
    QCOMPARE(store->deleteErrors({list[0].id, list[2].id, list[2].id, 424242}), 2);
    QCOMPARE(store->countErrors({}), 8);
    QVERIFY(!idsOf(store->errors({})).contains(list[0].id));
    QCOMPARE(store->deleteAllErrors(), 8);
    QCOMPARE(store->countErrors({}), 0);
}

void TestStateStore::mappingCounts()
{
    auto store = openStore();
    sampleCouplings(*store);
    sampleErrors(*store);
    const MappingCounts customer = store->mappingCounts(str("CUSTOMER"));
    QCOMPARE(customer.couplings, 6);
    QCOMPARE(customer.coupledErrors, 4);
    QCOMPARE(customer.skipped, 2);
    QCOMPARE(customer.errors, 5);
    const MappingCounts vendor = store->mappingCounts(str("VENDOR"));
    QCOMPARE(vendor.couplings, 2);
    QCOMPARE(vendor.coupledErrors, 1);
    QCOMPARE(vendor.skipped, 1);
    QCOMPARE(vendor.errors, 5);
    const MappingCounts nobody = store->mappingCounts(str("NOBODY"));
    QCOMPARE(nobody.couplings + nobody.coupledErrors + nobody.skipped + nobody.errors, 0);
}

void TestStateStore::journalAddListRemove()
{
    auto store = openStore();
    JournalEntry first;
    first.mapping = str("CUSTOMER");
    first.targetSide = Side::Remote;
    first.created = day(1, 9, 1);
    first.keys = {{str("C1"), str("0b5e-1")}, {str("C \"2\", 'ü'"), str("0b5e-2")}};
    JournalEntry second = first;
    second.targetSide = Side::Local;
    second.keys = {{str("R9"), str("L-new")}};
    JournalEntry other = first;
    other.mapping = str("VENDOR");
    for (JournalEntry *e : {&first, &second, &other}) {
        const qint64 id = store->addJournalEntry(*e);
        QCOMPARE(id, e->id);
    }
    QVERIFY(first.id > 0 && second.id > first.id);

    QList<JournalEntry> entries = store->journal(str("CUSTOMER"));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].id, first.id);
    QCOMPARE(entries[0].mapping, str("CUSTOMER"));
    QCOMPARE(toString(entries[0].targetSide), toString(Side::Remote));
    QCOMPARE(entries[0].created, first.created);
    QCOMPARE(entries[0].keys, first.keys);
    QCOMPARE(toString(entries[1].targetSide), toString(Side::Local));
    QCOMPARE(entries[1].keys, second.keys);

    store->removeJournalEntry(first.id);
    entries = store->journal(str("CUSTOMER"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].id, second.id);
    QCOMPARE(store->journal(str("VENDOR")).size(), 1);
    QVERIFY(store->journal(str("NOBODY")).isEmpty());
}

// --- transactions -------------------------------------------------------------

void TestStateStore::nestedTransactions()
{
    auto store = openStore();
    auto observer = openStore(); // a second connection sees only what is committed
    const auto count = [&] { return observer->countCouplings({}); };

    // Only the outermost commit commits.
    store->begin();
    store->begin();
    Coupling c1 = makeCoupling(str("A"), str("L1"), str("R1"));
    store->saveCoupling(c1);
    store->commit();
    QCOMPARE(count(), 0);
    store->commit();
    QCOMPARE(count(), 1);

    // The outer rollback undoes a committed inner level.
    store->begin();
    store->begin();
    Coupling c2 = makeCoupling(str("A"), str("L2"), str("R2"));
    store->saveCoupling(c2);
    store->commit();
    store->rollback();
    QCOMPARE(count(), 1);
    QVERIFY(!store->coupling(c2.id));

    // A nested rollback dooms the whole: the outer commit rolls back and throws.
    store->begin();
    Coupling c3 = makeCoupling(str("A"), str("L3"), str("R3"));
    store->saveCoupling(c3);
    store->begin();
    Coupling c4 = makeCoupling(str("A"), str("L4"), str("R4"));
    store->saveCoupling(c4);
    store->rollback();
    QVERIFY_THROWS_EXCEPTION(Error, store->commit());
    QCOMPARE(count(), 1);
    QVERIFY(!store->coupling(c3.id));
    QVERIFY(!store->coupling(c4.id));

    // A commit without a transaction throws; the caller's rollback after a failed
    // commit does nothing; the store is usable afterwards.
    QVERIFY_THROWS_EXCEPTION(Error, store->commit());
    store->rollback();
    QCOMPARE(count(), 1);
    store->begin();
    store->setMark(str("A"), PassDirection::LocalToRemote, day(1));
    store->commit();
    QCOMPARE(observer->mark(str("A"), PassDirection::LocalToRemote), day(1));
}

void TestStateStore::failureInsideTransactionRollsBackTheWhole()
{
    auto store = openStore();
    Coupling existing = makeCoupling(str("A"), str("L1"), str("R1"));
    store->saveCoupling(existing);

    store->begin();
    store->setMark(str("A"), PassDirection::LocalToRemote, day(1));
    Coupling fresh = makeCoupling(str("A"), str("L2"), str("R2"));
    store->saveCoupling(fresh);
    Coupling dup = makeCoupling(str("A"), str("L1"), str("R9"));
    QVERIFY_THROWS_EXCEPTION(Error, store->saveCoupling(dup));
    // The engine's pattern: commit in a try, roll back in the catch.
    try {
        store->commit();
        QFAIL("a transaction with a failed part committed");
    } catch (const Error &) {
        store->rollback();
    }

    QVERIFY(!store->mark(str("A"), PassDirection::LocalToRemote).isValid());
    QVERIFY(!store->couplingByKey(str("A"), Side::Local, str("L2")));
    QCOMPARE(store->countCouplings({}), 1);
    Coupling later = makeCoupling(str("A"), str("L3"), str("R3"));
    store->saveCoupling(later);
    QCOMPARE(store->countCouplings({}), 2);
}

namespace {

// The plan of a statement as the store prepared it, with NULL for each parameter.
QStringList planOf(QSqlDatabase &db, bool sqlite, QString sql)
{
    const qsizetype parameters = sql.count(QLatin1Char('?'));
    QStringList lines;
    QSqlQuery q(db);
    if (sqlite) {
        if (!q.prepare(str("EXPLAIN QUERY PLAN ") + sql))
            throw Error(sql, q.lastError().text());
        for (qsizetype i = 0; i < parameters; ++i)
            q.bindValue(int(i), QVariant());
        if (!q.exec())
            throw Error(sql, q.lastError().text());
        while (q.next())
            lines.append(q.value(3).toString());
        return lines;
    }
    for (int i = 1; sql.contains(QLatin1Char('?')); ++i)
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, str("$%1").arg(i));
    QStringList nulls(parameters, str("NULL"));
    test::exec(db, {str("DEALLOCATE ALL"), str("PREPARE probe AS ") + sql});
    if (!q.exec(str("EXPLAIN EXECUTE probe") +
                (parameters ? str("(%1)").arg(nulls.join(QLatin1Char(','))) : QString())))
        throw Error(sql, q.lastError().text());
    while (q.next())
        lines.append(q.value(0).toString());
    return lines;
}

} // namespace

// The search of the errors page finds what LIKE would (any part of the message,
// detail or either key, in any case, wildcards taken literally) through its
// index: FTS5 trigrams on SQLite, pg_trgm on PostgreSQL. Deleted errors leave
// the index with their rows.
void TestStateStore::errorSearchUsesItsIndexAndFollowsDeletes()
{
    auto store = openStore();
    const QList<SyncError> list = sampleErrors(*store);
    const auto searchIds = [&store](const char *text) {
        ErrorQuery q;
        q.search = str(text);
        q.order = Qt::AscendingOrder;
        const QList<qint64> ids = idsOf(store->errors(q));
        if (store->countErrors(q) != ids.size())
            return QList<qint64>{-1};
        return ids;
    };
    const auto ids = [&list](std::initializer_list<int> indexes) {
        QList<qint64> result;
        for (int i : indexes)
            result.append(list.at(i).id);
        return result;
    };
    QCOMPARE(searchIds("exchange"), ids({3, 6, 7, 9}));
    QCOMPARE(searchIds("EXCHANGE-RATE"), ids({6, 7}));
    QCOMPARE(searchIds("change_rate"), ids({9}));                 // "_" is no wildcard
    QCOMPARE(searchIds("src-4"), ids({4}));                       // a key, any case
    QCOMPARE(searchIds("tail 5"), ids({5}));                      // across a word boundary
    QCOMPARE(searchIds("e 1"), ids({1}));                         // three characters
    QCOMPARE(searchIds("ds"), ids({0, 1, 2, 3, 4, 5, 6, 7, 8}));  // shorter: no index, a scan
    QCOMPARE(searchIds("\"exchange\" OR rate"), QList<qint64>{}); // no FTS syntax
    QCOMPARE(searchIds("no such text"), QList<qint64>{});

    // On SQLite, FTS5's integrity check compares the index with the table row
    // by row, and the delete trigger is in place.
    const auto indexMatchesTable = [this] {
        if (!isSqlite())
            return true;
        const QString check = str("fts-check");
        bool matches = false;
        {
            QSqlDatabase db = test::openRaw(m_config, check);
            QSqlQuery q(db);
            matches = q.exec(str("INSERT INTO errors_search (errors_search, rank) "
                                 "VALUES ('integrity-check', 1)")) &&
                      q.exec(str("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name = 'errors_search_delete'")) &&
                      q.next() && q.value(0).toInt() == 1;
            if (!matches)
                qWarning() << "search index:" << q.lastError().text();
        }
        test::closeRaw(check);
        return matches;
    };

    // Deleted rows are gone from the index; new ones are in it at once.
    QCOMPARE(store->deleteErrors(ids({3, 7})), 2);
    QCOMPARE(searchIds("exchange"), ids({6, 9}));
    QVERIFY(indexMatchesTable());
    // Most of the errors go: the rows that stay are indexed again instead.
    QCOMPARE(store->deleteErrorsOlderThan(day(0, 15)), 6); // 0, 1, 2, 4, 5, 6
    QVERIFY(indexMatchesTable());
    QCOMPARE(searchIds("exchange"), ids({9}));
    QCOMPARE(searchIds("message"), ids({8, 9}));
    SyncError again;
    again.at = day(1);
    again.mapping = str("CUSTOMER");
    again.message = str("Exchange rate missing again");
    store->addError(again);
    QCOMPARE(searchIds("exchange"), ids({9}) + QList<qint64>{again.id});
    QCOMPARE(store->deleteAllErrors(), 3);
    QCOMPARE(searchIds("exchange"), QList<qint64>{});
    QCOMPARE(searchIds("ds"), QList<qint64>{});
    QCOMPARE(store->countErrors({}), 0);

    // Delete All Entries empties the index with the table (on SQLite without
    // its delete trigger) and leaves the trigger in place: an error logged and
    // deleted afterwards leaves the index as the table is.
    SyncError later;
    later.at = day(2);
    later.mapping = str("CUSTOMER");
    later.message = str("Exchange rate late");
    store->addError(later);
    QCOMPARE(searchIds("exchange"), QList<qint64>{later.id});
    QCOMPARE(store->deleteErrors({later.id}), 1);
    QCOMPARE(searchIds("exchange"), QList<qint64>{});
    QVERIFY(indexMatchesTable());

    // The search statements read the index (a new connection prepares them anew).
    sampleErrors(*store);
    QStringList sql;
    {
        LogCapture capture;
        auto reader = openStore();
        ErrorQuery q;
        q.search = str("exchange");
        reader->errors(q);
        reader->countErrors(q);
        for (const QString &statement : LogCapture::preparedSql()) {
            if (statement.contains(QLatin1String(" LIKE ")))
                sql.append(statement);
        }
    }
    QCOMPARE(sql.size(), 2);
    const QString name = str("raw-plan");
    {
        QSqlDatabase db = test::openRaw(m_config, name);
        if (!isSqlite()) {
            // On a tiny table any plan is cheap: leave the planner only
            // bitmap scans, which need an index that the LIKE can use.
            test::exec(db, {str("SET enable_seqscan = off"), str("SET enable_indexscan = off"),
                            str("SET enable_indexonlyscan = off"),
                            str("SET plan_cache_mode = force_generic_plan")});
        }
        const QString index = isSqlite() ? str("VIRTUAL TABLE INDEX") : str("errors_message_trgm");
        for (const QString &statement : std::as_const(sql)) {
            const QStringList plan = planOf(db, isSqlite(), statement);
            QVERIFY2(plan.join(QLatin1Char('\n')).contains(index),
                     qPrintable(statement + str("\n  -> ") + plan.join(str("\n  -> "))));
        }
    }
    test::closeRaw(name);
}

// Errors logged before the store had its search index are in it after the upgrade.
void TestStateStore::migrationIndexesLoggedErrorsForSearch()
{
    QList<SyncError> list;
    {
        StateStore store(m_config);
        store.open(4);
        QCOMPARE(store.schemaVersion(), 4);
        list = sampleErrors(store);
    }
    auto store = openStore();
    QCOMPARE(store->schemaVersion(), StateStore::latestSchemaVersion());
    ErrorQuery q;
    q.search = str("exchange");
    q.order = Qt::AscendingOrder;
    QCOMPARE(idsOf(store->errors(q)),
             (QList<qint64>{list.at(3).id, list.at(6).id, list.at(7).id, list.at(9).id}));
    QCOMPARE(store->deleteErrors({list.at(6).id}), 1);
    QCOMPARE(store->countErrors(q), 3);
}

// The engine's lookups and the pages' lists must cost O(log n): each statement
// the store prepares for them is planned with an index, never a full scan or a sort.
void TestStateStore::lookupsUseIndexes()
{
    auto store = openStore();
    sampleCouplings(*store);
    sampleErrors(*store);
    SyncJob job;
    job.mapping = str("CUSTOMER");
    job.started = day(1);
    store->saveJob(job);

    QStringList sql;
    {
        LogCapture capture;
        const QString m = str("CUSTOMER");
        store->coupling(1);
        store->couplingByKey(m, Side::Local, str("Cust-001"));
        store->couplingByKey(m, Side::Remote, str("acc-aaa"));
        store->couplingsByKeys(m, Side::Local, {str("Cust-001"), str("Cust-002")});
        store->couplingsByKeys(m, Side::Remote, {str("acc-aaa")});
        store->failedCouplings(m, PassDirection::LocalToRemote, 0, 10);
        store->failedCouplings(m, PassDirection::RemoteToLocal, 0, 10);
        store->couplingsOfMapping(m, 0, 10);
        for (auto kind : {CouplingQuery::Kind::All, CouplingQuery::Kind::CoupledErrors,
                          CouplingQuery::Kind::Skipped}) {
            store->couplings(couplingQuery(kind, m));
            store->countCouplings(couplingQuery(kind, m));
        }
        Coupling c = *store->coupling(1);
        store->saveCoupling(c);
        store->deleteCouplings({12345});
        ErrorQuery byMapping, byJob, byTime;
        byMapping.mapping = m;
        byJob.jobId = 1;
        byTime.from = day(0, 9);
        byTime.to = day(0, 12);
        for (const ErrorQuery &q : {byMapping, byJob, byTime}) {
            store->errors(q);
            store->countErrors(q);
        }
        // Filtered by cause, sorted within a filter, and paged by keyset.
        ErrorQuery byCause, byMappingAndCause, mappingSorted, jobSorted;
        byCause.cause = str("other");
        byMappingAndCause.mapping = m;
        byMappingAndCause.cause = str("other");
        mappingSorted.mapping = m;
        mappingSorted.sortBy = ErrorQuery::SortKey::Mapping;
        jobSorted.jobId = 1;
        jobSorted.sortBy = ErrorQuery::SortKey::Job;
        jobSorted.order = Qt::AscendingOrder;
        for (const ErrorQuery &q : {byCause, byMappingAndCause, mappingSorted, jobSorted}) {
            store->errors(q);
            store->countErrors(q);
        }
        for (ErrorQuery q : {ErrorQuery{}, byMapping, byCause}) {
            q.after = ErrorPosition{day(0, 12), 5};
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                q.order = order;
                store->errors(q);
            }
        }
        store->errorCauseCounts(byMapping);
        JobQuery jobsByMapping;
        jobsByMapping.mapping = m;
        jobsByMapping.sortBy = JobQuery::SortKey::Mapping;
        store->jobs(jobsByMapping);
        // The coupling lists, of one mapping or of all, paged by keyset on the
        // id both ways (a page next to one the console holds).
        for (auto kind : {CouplingQuery::Kind::All, CouplingQuery::Kind::CoupledErrors,
                          CouplingQuery::Kind::Skipped}) {
            for (const QString &mapping : {QString(), m}) {
                CouplingQuery q = couplingQuery(kind, mapping);
                q.afterId = 3;
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    q.order = order;
                    store->couplings(q);
                }
            }
        }
        CouplingQuery couplingsByMapping = couplingQuery(CouplingQuery::Kind::All, m);
        couplingsByMapping.sortBy = CouplingQuery::SortKey::Mapping;
        couplingsByMapping.order = Qt::DescendingOrder;
        store->couplings(couplingsByMapping);
        store->countErrorsOlderThan(day(0, 9));
        store->deleteErrorsOlderThan(day(-5));
        JobQuery jobs;
        jobs.mapping = m;
        store->jobs(jobs);
        store->deleteJobsOlderThan(day(-5));
        store->mark(m, PassDirection::LocalToRemote);
        store->journal(m);
        sql = LogCapture::preparedSql();
    }
    QVERIFY2(sql.size() >= 25, qPrintable(sql.join(QLatin1Char('\n'))));
    // The coupling reads too, whichever way they are prepared (on SQLite, through
    // SQLite's own API).
    QVERIFY2(sql.filter(str("FROM couplings")).size() >= 14,
             qPrintable(sql.filter(str("FROM couplings")).join(QLatin1Char('\n'))));

    const QString name = str("raw-plan");
    {
        QSqlDatabase db = test::openRaw(m_config, name);
        if (!isSqlite()) {
            // The tables are tiny, so price out scans and sorts: a Seq Scan or a
            // Sort left in the plan means that no index fits the statement.
            test::exec(db, {str("SET enable_seqscan = off"), str("SET enable_sort = off"),
                            str("SET plan_cache_mode = force_generic_plan")});
        }
        const QRegularExpression fullScan(isSqlite() ? str("^SCAN |TEMP B-TREE")
                                                     : str("Seq Scan|Sort"));
        for (const QString &statement : std::as_const(sql)) {
            if (statement.startsWith(QLatin1String("INSERT")))
                continue;
            const QStringList plan = planOf(db, isSqlite(), statement);
            QVERIFY2(!plan.isEmpty(), qPrintable(statement));
            for (const QString &line : plan) {
                QVERIFY2(!fullScan.match(line).hasMatch(),
                         qPrintable(statement + str("\n  -> ") + plan.join(str("\n  -> "))));
            }
        }
    }
    test::closeRaw(name);
}

// --- threads ------------------------------------------------------------------

void TestStateStore::wrongThreadThrows()
{
    auto store = openStore();
    QStringList messages;
    int thrown = 0;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const std::array<std::function<void()>, 4> calls{
            [&] { store->mark(str("A"), PassDirection::LocalToRemote); },
            [&] { store->countCouplings({}); },
            [&] {
                QList<Coupling> list{makeCoupling(str("A"), str("L"), str("R"))};
                store->saveCouplings(list);
            },
            [&] { store->close(); },
        };
        for (const auto &call : calls) {
            try {
                call();
            } catch (const Error &e) {
                ++thrown;
                messages.append(e.message());
            }
        }
    }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QCOMPARE(thrown, 4);
    QVERIFY2(messages.first().contains(str("thread")), qPrintable(messages.first()));
    // The owner thread still works, and nothing was written from the other one.
    QVERIFY(store->isOpen());
    QCOMPARE(store->countCouplings({}), 0);
}

void TestStateStore::twoStoresInTwoThreads()
{
    struct Outcome
    {
        QString error;
        QList<qint64> ids;
        int counted = 0;
        int errors = 0;
        QDateTime mark;
    };
    std::array<Outcome, 2> outcomes;
    QSemaphore go;
    const StoreConfig config = m_config;
    const auto work = [&go, &config](Outcome &out, int n) {
        go.acquire();
        try {
            // Opened in this thread, on a database nobody migrated yet: both race
            // through the migrations.
            StateStore store(config);
            store.open();
            const QString mapping = str("T%1").arg(n);
            for (int batch = 0; batch < 20; ++batch) {
                QList<Coupling> list;
                for (int i = 0; i < 50; ++i)
                    list.append(makeCoupling(mapping, str("L%1-%2").arg(batch).arg(i),
                                             str("R%1-%2").arg(batch).arg(i)));
                store.saveCouplings(list);
                out.ids.append(idsOf(list));
                SyncError e;
                e.at = day(batch);
                e.mapping = mapping;
                e.message = str("batch %1").arg(batch);
                store.addError(e);
                store.setMark(mapping, PassDirection::LocalToRemote, day(batch));
            }
            out.counted = store.countCouplings(couplingQuery(CouplingQuery::Kind::All, mapping));
            ErrorQuery q;
            q.mapping = mapping;
            out.errors = store.countErrors(q);
            out.mark = store.mark(mapping, PassDirection::LocalToRemote);
        } catch (const Error &e) {
            out.error = e.message() + str(": ") + e.detail();
        }
    };
    std::unique_ptr<QThread> first(QThread::create(work, std::ref(outcomes[0]), 0));
    std::unique_ptr<QThread> second(QThread::create(work, std::ref(outcomes[1]), 1));
    first->start();
    second->start();
    go.release(2);
    QVERIFY(first->wait(300000));
    QVERIFY(second->wait(300000));

    QSet<qint64> allIds;
    for (const Outcome &out : outcomes) {
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.counted, 1000);
        QCOMPARE(out.errors, 20);
        QCOMPARE(out.mark, day(19));
        QCOMPARE(out.ids.size(), 1000);
        for (qint64 id : out.ids)
            allIds.insert(id);
    }
    QCOMPARE(allIds.size(), 2000);
    QVERIFY(!allIds.contains(0));
    auto store = openStore();
    QCOMPARE(store->countCouplings({}), 2000);
    QCOMPARE(store->countErrors({}), 40);
    QCOMPARE(store->schemaVersion(), StateStore::latestSchemaVersion());
    QCOMPARE(rawColumn(str("SELECT COUNT(*) FROM schema_migrations")).value(0).toInt(),
             StateStore::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
